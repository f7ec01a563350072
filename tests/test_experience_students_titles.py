"""Roles held as a student, by what the role is called (issue 15): a title that names its holder a student who
researches or teaches, a degree's thesis or senior design project, a peer mentor while studying and an associate
tutor at one's own school while studying there are a student's, not jobs. Each with the ordinary
lines where it must not fire: real jobs held during a study, the school's own staff, a postdoc, a lecturer after the
degree, a startup's founder. Every line here is invented."""
import datetime as dt

import pytest
from helpers import doc, sections

from screener.experience import Kind, build_timeline
from screener.experience.kinds import role_kind

AS_OF = dt.date(2026, 1, 1)
STUDYING = ("Education", "BSc Computer Science, Westfield University", "Sep 2018 – Jun 2022")


def kinds(*lines):
    d = doc(*lines)
    return [(p.kind, p.counted) for p in build_timeline(d, sections(d), AS_OF).positions]


def titled(title, *below):
    """The kind of a role titled so in a work history, dated after any study (so only its words decide)."""
    return kinds("Experience", title, "Feb 2012 – Nov 2015", *below)[0][0]


@pytest.mark.parametrize("title", ["Graduate Student Researcher, Westfield University",
                                   "Graduate Student Researcher, Acme Lab",
                                   "Undergraduate Student Instructor for Programming 1",
                                   "Student Tutor (Introduction to Databases)", "Student Teacher, Hillcrest School"])
def test_a_title_naming_a_student_who_researches_or_teaches_is_academic(title):
    assert titled(title) == Kind.ACADEMIC


@pytest.mark.parametrize("title, kind", [
    ("Student Worker, Campus Library", Kind.PART_TIME),
    ("Computer Science Student Researcher, Acme Labs", Kind.JOB),  # a firm's programme for students
    ("Postdoctoral Researcher, Westfield University", Kind.JOB),
    ("Student Success Coordinator, Westfield University", Kind.JOB),
    ("Graduate Recruiter, Acme Staffing", Kind.JOB),
])
def test_other_titles_that_name_students_or_research_keep_their_kind(title, kind):
    assert role_kind(title, Kind.JOB) == kind


@pytest.mark.parametrize("title", ["Thesis Worker, Acme Automotive", "Thesis: route planning, Acme Maps",
                                   "Westfield University Robotics Group | Thesis"])
def test_a_degree_s_thesis_is_study_wherever_it_was_written(title):
    assert titled(title) == Kind.ACADEMIC


@pytest.mark.parametrize("title", ["Thesis Supervisor, Westfield University", "Thesis Committee Member, Westfield"])
def test_supervising_or_examining_a_thesis_is_not_writing_one(title):
    assert titled(title) != Kind.ACADEMIC


def test_a_senior_design_project_is_study():
    assert role_kind("Senior Design Project - solar water pump", Kind.JOB) == Kind.ACADEMIC


@pytest.mark.parametrize("title", ["Senior Design Engineer, Acme Motors", "Senior Designer | Acme Studio"])
def test_a_senior_designer_is_a_job(title):
    assert role_kind(title, Kind.JOB) == Kind.JOB


def test_a_peer_mentor_while_studying_is_a_student_s_role():
    assert kinds(*STUDYING, "Experience", "Peer Mentor", "Jan 2020 – Dec 2021") == [(Kind.ACADEMIC, False)]


def test_a_peer_mentor_after_graduating_is_a_job():
    assert kinds(*STUDYING, "Experience", "Peer Mentor", "Jan 2023 – Dec 2024") == [(Kind.JOB, True)]


def test_an_associate_tutor_at_one_s_own_school_while_studying_there_is_a_student_s_role():
    assert kinds(*STUDYING, "Experience", "Associate Tutor, Westfield University",
                 "Jan 2020 – May 2022") == [(Kind.ACADEMIC, False)]


def test_an_associate_lecturer_at_one_s_own_school_is_its_staff():
    assert kinds(*STUDYING, "Experience", "Associate Lecturer, Westfield University",
                 "Jan 2020 – May 2022") == [(Kind.JOB, True)]


@pytest.mark.parametrize("role, dates", [
    ("Associate Tutor, Westfield University", "Jan 2023 – May 2025"),  # after the degree
    ("Postdoctoral Researcher, Vision Lab, Westfield University", "Jan 2023 – May 2025"),
    ("Lecturer in Computing, Westfield University", "Sep 2022 – Jun 2025"),
    ("Associate Tutor, Westfield University", "Jan 2015 – May 2017"),  # before the study
    ("Software Engineer, Acme Payments", "Jan 2020 – May 2022"),  # a firm's job held during the study
    ("Barista, Corner Café (part-time)", "Jan 2020 – May 2022"),
    ("Founder, Acme Robotics", "Jan 2020 – May 2022"),
])
def test_jobs_held_during_or_after_a_study_and_the_school_s_staff_count(role, dates):
    assert [counted for _, counted in kinds(*STUDYING, "Experience", role, dates)] == [True]


@pytest.mark.parametrize("title", ["Visiting Research Student, Eastbrook University",
                                   "Eastbrook University, Visiting Student",
                                   "Visiting Student Researcher, Eastbrook University"])
def test_a_stay_at_a_school_as_its_student_is_study(title):
    assert titled(title) == Kind.ACADEMIC


@pytest.mark.parametrize("title", ["2019-20 Guest Student: Eastbrook College",
                                   "2019 - 2020 Exchange Student, Eastbrook"])
def test_a_student_s_title_after_its_dates_is_study(title):
    assert role_kind(title, Kind.JOB) == Kind.ACADEMIC


@pytest.mark.parametrize("title, kind", [("Visiting Professor, Eastbrook University", Kind.JOB),
                                         ("2019 – 2021 Student Worker, Campus Library", Kind.PART_TIME),
                                         ("2019 – 2021 Student Ambassador, Westfield University", Kind.JOB)])
def test_a_visiting_member_of_staff_or_a_student_s_job_after_its_dates_keeps_its_kind(title, kind):
    assert role_kind(title, Kind.JOB) == kind


@pytest.mark.parametrize("title", [
    "Coordinator for Exchange Students, Lakeside College",
    "Exchange Student Ambassador, Lakeside College",
    "Student Instructor Programme Lead, ByteForge Academy",
    "Backend Developer, Thesis Ventures",
    "Visiting Student Programmes Officer",
    "Student Tutor Team Supervisor",
    "Head of Student Teaching, Lakeside College",
    "Thesis Writing Mentor",
    "Reader in Physics and Thesis Co-Supervisor",
    "Student Teacher Placements Officer",
    "Visiting Student Researcher, Acme Robotics Labs",  # a firm's programme for students
])
def test_a_title_naming_student_work_is_a_job_unless_the_phrase_is_the_title_without_a_staff_word(title):
    assert titled(title) == Kind.JOB


def test_a_staff_title_for_exchange_students_after_a_degree_is_counted():
    assert kinds("Education", "MSc Geography, Lakeside College", "Sep 2008 – Jun 2010", "Experience",
                 "Exchange Student Ambassador, Lakeside College", "Jan 2012 – Present") == [(Kind.JOB, True)]


@pytest.mark.parametrize("below", ["Supervised visiting thesis students from three schools.",
                                   "Mentored student teachers during their placements."])
def test_a_bullet_naming_student_work_leaves_the_role_a_job(below):
    assert titled("Orbital Metrics Ltd, Leeds", below) == Kind.JOB


def test_a_peer_mentor_at_a_named_firm_during_a_part_time_degree_is_a_job():
    assert kinds("Education", "BA Sociology (part-time), Westfield University", "Sep 2018 – Jun 2022", "Experience",
                 "Peer Mentor, Lantern Housing Trust", "Jan 2020 – May 2022") == [(Kind.JOB, True)]


def test_a_peer_mentor_at_the_school_during_a_degree_is_a_student_s_role():
    assert kinds(*STUDYING, "Experience", "Peer Mentor, Westfield University",
                 "Jan 2020 – Dec 2021") == [(Kind.ACADEMIC, False)]
