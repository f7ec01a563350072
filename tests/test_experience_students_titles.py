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


@pytest.mark.parametrize("title", ["Graduate Student Researcher, Westfield University",
                                   "Graduate Student Researcher, Acme Lab",
                                   "Undergraduate Student Instructor for Programming 1",
                                   "Student Tutor (Introduction to Databases)", "Student Teacher, Hillcrest School"])
def test_a_title_naming_a_student_who_researches_or_teaches_is_academic(title):
    assert role_kind(title, Kind.JOB) == Kind.ACADEMIC


@pytest.mark.parametrize("title, kind", [
    ("Student Worker, Campus Library", Kind.PART_TIME),
    ("Computer Science Student Researcher, Acme Labs", Kind.JOB),  # a firm's programme for students
    ("Postdoctoral Researcher, Westfield University", Kind.JOB),
    ("Student Success Coordinator, Westfield University", Kind.JOB),
    ("Graduate Recruiter, Acme Staffing", Kind.JOB),
])
def test_other_titles_that_name_students_or_research_keep_their_kind(title, kind):
    assert role_kind(title, Kind.JOB) == kind


@pytest.mark.parametrize("title", ["Thesis Worker, Acme Automotive", "Master's Thesis: route planning, Acme Maps",
                                   "Project Thesis, Westfield University Robotics Group"])
def test_a_degree_s_thesis_is_study_wherever_it_was_written(title):
    assert role_kind(title, Kind.JOB) == Kind.ACADEMIC


@pytest.mark.parametrize("title", ["Thesis Supervisor, Westfield University", "Thesis Committee Member, Westfield"])
def test_supervising_or_examining_a_thesis_is_not_writing_one(title):
    assert role_kind(title, Kind.JOB) != Kind.ACADEMIC


def test_a_senior_design_project_is_study():
    assert role_kind("Senior Design | Team Falcon", Kind.JOB) == Kind.ACADEMIC


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


@pytest.mark.parametrize("title", ["Visiting PhD Student, Eastbrook University", "Eastbrook University, Visiting Student",
                                   "2015–2016 Research Student: Westfield University",
                                   "2019 - 2020 Exchange Student, Eastbrook College"])
def test_a_stay_at_a_school_as_its_student_is_study(title):
    assert role_kind(title, Kind.JOB) == Kind.ACADEMIC


@pytest.mark.parametrize("title, kind", [("Visiting Professor, Eastbrook University", Kind.JOB),
                                         ("2019 – 2021 Student Worker, Campus Library", Kind.PART_TIME),
                                         ("2019 – 2021 Student Ambassador, Westfield University", Kind.JOB)])
def test_a_visiting_member_of_staff_or_a_student_s_job_after_its_dates_keeps_its_kind(title, kind):
    assert role_kind(title, Kind.JOB) == kind
