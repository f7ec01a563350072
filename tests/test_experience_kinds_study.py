"""Periods that are study, not work: a title that ends in "Student", a research post held at one's own school while
studying there (whatever the post is called), an intern in one of its labs, and the dated lines under a heading that
names study or projects. LABELING.md: education and academic roles held as a student do not count."""
import datetime as dt

import pytest

from screener.experience import Kind, build_timeline
from screener.experience.kinds import role_kind

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)
STUDYING = ["Education", "BSc Computer Science, Westfield University", "Sep 2018 – Jun 2022"]


def timeline(*lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF)


def counted(*lines):
    return [p.counted for p in timeline(*lines).positions]


@pytest.mark.parametrize("title", ["Software Development Student, Acme Coding School", "Exchange Student, Some College",
                                   "Nursing Student", "COMPUTER SCIENCE STUDENT"])
def test_a_title_that_ends_in_student_after_what_is_studied_is_a_period_of_study(title):
    assert role_kind(title, Kind.JOB) == Kind.ACADEMIC


@pytest.mark.parametrize("title, kind", [
    ("Computer Science Student Researcher, Acme Labs", Kind.JOB),
    ("Student Ambassador, Westfield University", Kind.JOB),
    ("Student Coordinator, Food Bank", Kind.JOB),
    ("Student Worker, Library", Kind.PART_TIME),
])
def test_student_before_a_role_s_noun_names_a_job_a_student_holds(title, kind):
    assert role_kind(title, Kind.JOB) == kind


def test_a_study_period_titled_by_its_subject_adds_no_years():
    tl = timeline("Experience", "Web Development Student, Acme Bootcamp 8/2020 - Present",
                  "Completed an immersive course", "Analyst, Beta Corp 01/2018 - 12/2019")
    assert [p.counted for p in tl.positions] == [False, True] and tl.years == 2.0


@pytest.mark.parametrize("role", ["Research Software Engineer, Westfield University",
                                  "Lab Developer, Westfield University Vision Lab"])
def test_a_research_post_at_ones_own_school_while_studying_there_is_a_student_s_when_its_title_names_research(role):
    assert counted("Experience", f"{role} Jan 2020 – May 2022", *STUDYING) == [False]


@pytest.mark.parametrize("role", [
    "Research Software Engineer, Acme Analytics Ltd",  # a firm's post
    "Software Engineer, Westfield University IT Services",  # the school's staff, not its research
    "Lecturer in Computing, Westfield University Research Centre",  # a title of the school's own staff
    "Research Fellow, Westfield University",
])
def test_a_post_at_a_firm_or_a_staff_title_at_the_school_is_a_job(role):
    assert counted("Experience", f"{role} Jan 2020 – May 2022", *STUDYING) == [True]


def test_a_research_post_at_the_school_after_graduating_is_a_job():
    assert counted("Experience", "Research Software Engineer, Westfield University Jan 2023 – May 2024",
                   *STUDYING) == [True]


def test_an_intern_in_a_lab_of_ones_own_school_is_a_research_intern_there():
    tl = timeline("Experience", "Intern, Westfield University Robotics Lab 06/2020 – 08/2020",
                  "Software Engineering Intern, Acme Corp 06/2021 – 08/2021", *STUDYING)
    assert [(p.kind, p.counted) for p in tl.positions] == [(Kind.ACADEMIC, False), (Kind.INTERNSHIP, True)]


def test_a_dated_degree_s_school_may_head_its_entry():
    tl = timeline("Experience", "Library Helper, Westfield University 10/2019 – 06/2021",
                  "Education", "Westfield University, Faculty of Computing", "Master's", "Data Science 2019 – 2021")
    assert [p.counted for p in tl.positions] == [False]


def test_a_degree_word_before_the_school_s_name_is_not_part_of_it():
    tl = timeline("Experience", "Library Helper at Westfield University 10/2016 – 06/2019",
                  "Education", "Bachelor's Westfield University, Faculty of Computing 2015 – 2019")
    assert [p.counted for p in tl.positions] == [False]


def test_a_graduation_date_may_stand_on_the_line_under_the_school():
    tl = timeline("Experience", "Library Helper, Westfield University (Dec 2019 – May 2021)",
                  "Education", "Bachelor of Science in Computer Science, Westfield University", "May 2021")
    assert [p.counted for p in tl.positions] == [False]


def test_an_entry_below_a_school_is_not_its_graduation_date():
    """'Westfield University' over 'PhD, Computing 1990': the line below is a degree of its own, dated by itself."""
    tl = timeline("Experience", "Library Helper, Westfield University 1986 – 1987",
                  "Education", "Westfield University", "PhD, Computing 1990")
    assert [p.counted for p in tl.positions] == [True]


@pytest.mark.parametrize("heading", ["Study", "Notable Projects", "Relevant Projects:"])
def test_dated_lines_under_a_heading_that_names_study_or_projects_are_not_positions(heading):
    tl = timeline("Experience", "Engineer, Acme 2020 – 2021", heading, "2011 – 2016 Some Normal School, Paris")
    assert [p.title for p in tl.positions] == ["Engineer, Acme"]


@pytest.mark.parametrize("programme", ["Acme Health Capstone", "Work-based learning programme at school."])
def test_a_role_done_as_part_of_a_course_s_programme_is_study_whatever_its_title(programme):
    tl = timeline("Experience", "Backend Developer July 2021 – December 2021", programme, "Built the platform's API")
    assert [(p.kind, p.counted) for p in tl.positions] == [(Kind.ACADEMIC, False)]


def test_students_named_under_a_role_still_say_only_whom_it_served():
    tl = timeline("Experience", "Statistician, Acme Hospital 2021 – 2023", "Support for PhD students' analysis")
    assert [p.counted for p in tl.positions] == [True]


def test_a_working_student_is_employed_part_time_beside_the_studies():
    assert role_kind("Working Student Web Development, Acme", Kind.JOB) == Kind.PART_TIME


@pytest.mark.parametrize("heading", ["Enrolled in a language school, Westfield", "Enrolled at Westfield College",
                                     "ENROLLED IN A FULL-TIME DATA SCIENCE COURSE", "2019 - 2020 Studied at Westfield"])
def test_a_title_that_says_one_was_enrolled_is_a_period_of_study(heading):
    assert role_kind(heading, Kind.JOB) == Kind.ACADEMIC


@pytest.mark.parametrize("heading", ["Enrollment Specialist, Westfield University",
                                     "Clinical Research Coordinator: enrolled 200 patients, Acme Hospital",
                                     "Admissions Officer (enrolled students in courses), Westfield College",
                                     "Benefits Administrator, Acme Corp - enrolled in and managed employee health plans"])
def test_a_job_whose_heading_goes_on_to_say_enrolled_is_a_job(heading):
    assert role_kind(heading, Kind.JOB) == Kind.JOB


def test_a_study_period_at_a_school_listed_among_jobs_adds_no_years():
    tl = timeline("Employment History", "Enrolled in a language school, Westfield", "April 2022 — April 2025",
                  "Developer at Acme, Westfield", "September 2019 — March 2022")
    assert [p.counted for p in tl.positions] == [False, True]


def test_a_bullet_that_enrolled_others_still_belongs_to_the_role_above():
    tl = timeline("Experience", "Research Nurse, Acme Hospital", "March 2015 — May 2019",
                  "Enrolled in the trial 200 patients.", "Developer at Beta, Westfield", "June 2019 — March 2022")
    assert [(p.title, p.counted) for p in tl.positions] == [("Research Nurse, Acme Hospital", True),
                                                            ("Developer at Beta, Westfield", True)]


@pytest.mark.parametrize("bullet", ["Enrolled in the company's leadership programme",
                                    "- Enrolled in the company's leadership programme",
                                    "• Enrolled in the company's leadership programme",
                                    "Studied at night for an MBA"])
def test_a_last_bullet_that_names_no_school_is_no_title_of_the_next_role(bullet):
    tl = timeline("Experience", "Software Engineer, Acme Corp", "Jan 2015 - Dec 2025", "Built Java services for billing.",
                  bullet, "Backend Developer, Beta Ltd", "Jan 2010 - Dec 2014", "Built PHP APIs.")
    assert [(p.title, p.counted) for p in tl.positions] == [("Software Engineer, Acme Corp", True),
                                                            ("Backend Developer, Beta Ltd", True)]


@pytest.mark.parametrize("heading", ["Zentrix Tools Brookvale Working Student", "ZENTRIX TOOLS WORKING STUDENT",
                                     "Zentrix Tools\nWorking Student"])
def test_a_working_student_under_the_employers_name_is_part_time_work(heading):
    # German "Werkstudent": employed part-time beside the studies (LABELING.md counts part-time work), however many
    # capitalised words of the employer's name stand before the title
    assert role_kind(heading.replace("\n", " "), Kind.JOB) == Kind.PART_TIME
    assert timeline("Experience", *heading.split("\n"), "2019 – 2020", "+ Forecast demand").years == 1.0


@pytest.mark.parametrize("heading", ["Zentrix Academy Data Science Student", "Brookvale College Nursing Student"])
def test_a_subject_s_student_under_a_school_s_name_stays_study(heading):
    assert role_kind(heading, Kind.JOB) == Kind.ACADEMIC
