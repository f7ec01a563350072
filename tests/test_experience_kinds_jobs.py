"""Working professionals' jobs stay jobs: a course's programme is study only when the role is named one on its own
title line, and "Student" makes a title a period of study only when it ends the title. LABELING.md: education and
academic roles held as a student do not count; every job does."""
import datetime as dt

import pytest

from screener.experience import Kind, build_timeline
from screener.experience.kinds import role_kind

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def kinds(*lines):
    d = doc(*lines)
    return [p.kind for p in build_timeline(d, sections(d), AS_OF).positions]


def test_a_capstone_named_in_the_first_bullet_does_not_make_the_role_study():
    assert kinds("Experience", "Senior Software Engineer, Acme Payments 2014 – Present",
                 "Mentored university capstone teams building payment APIs in Python.") == [Kind.JOB]


def test_a_role_named_a_capstone_on_its_title_line_is_study():
    assert kinds("Experience", "Backend Developer, Acme Health Capstone Project July 2021 – December 2021",
                 "Built the platform's API") == [Kind.ACADEMIC]


def test_a_company_named_capstone_is_an_employer():
    assert kinds("Experience", "Software Engineer, Capstone Turbine Corporation 2012 – 2020",
                 "Built embedded control firmware in C.") == [Kind.JOB]


@pytest.mark.parametrize("title", ["Capstone Project, Acme Health", "Senior Capstone, Westfield University",
                                   "Final-year capstone: Acme Health", "Capstone Team Member, Acme Health"])
def test_a_role_named_a_capstone_is_study(title):
    assert role_kind(title, Kind.JOB) == Kind.ACADEMIC


@pytest.mark.parametrize("title", ["Work-Based Learning Coordinator, Westfield County Schools",
                                   "Work Based Learning Manager, Acme College"])
def test_a_staff_noun_after_the_programme_s_name_keeps_it_a_job(title):
    assert role_kind(title, Kind.JOB) == Kind.JOB


def test_a_work_based_learning_placement_is_study():
    assert role_kind("Work-based learning placement, Acme Ltd", Kind.JOB) == Kind.ACADEMIC


@pytest.mark.parametrize("title", ["Senior Student Information Systems Developer, Westfield University",
                                   "Associate Director Student Life, Westfield University",
                                   "Senior Student Success Coach, Westfield College"])
def test_student_inside_a_title_names_whom_the_job_serves(title):
    assert role_kind(title, Kind.JOB) == Kind.JOB


def test_an_employer_named_for_students_above_a_title_is_not_study():
    assert kinds("Experience", "Acme Student Housing", "Backend Engineer 2015 – Present",
                 "Built booking APIs.") == [Kind.JOB]


@pytest.mark.parametrize("title", ["Nursing Student", "Exchange Student, Some College", "Design Student at Acme School",
                                   "Biology Student 2019 – 2021", "Law Student Sep 2019 – Jun 2021"])
def test_a_title_ending_in_student_is_study(title):
    assert role_kind(title, Kind.JOB) == Kind.ACADEMIC


def counted(*lines):
    d = doc(*lines)
    return [p.counted for p in build_timeline(d, sections(d), AS_OF).positions]


def test_a_research_engineer_post_that_runs_on_after_graduating_is_a_job():
    assert counted("Experience", "Research Engineer, Westfield University Robotics Lab Jun 2018 – Present",
                   "Education", "BSc Computer Science, Westfield University Sep 2014 – Jun 2018") == [True]


def test_a_staff_engineer_post_begun_before_part_time_study_at_the_school_is_a_job():
    assert counted("Experience", "Software Engineer, Westfield University Research Computing Jun 2019 – Present",
                   "Education", "PhD Computer Science (part-time), Westfield University Sep 2019 – Present") == [True]


@pytest.mark.parametrize("role", ["Engineer, Westfield University Centre for Research",
                                  "Developer, Westfield University Vision Lab"])
def test_research_in_the_department_s_name_does_not_make_an_engineer_s_post_a_student_s(role):
    assert counted("Experience", f"{role} Jan 2020 – May 2022", "Education",
                   "BSc Computer Science, Westfield University", "Sep 2018 – Jun 2022") == [True]


@pytest.mark.parametrize("role", ["Research Engineer, Westfield University Robotics Lab",
                                  "Westfield University Robotics Lab, Research Engineer"])
def test_a_research_engineer_post_inside_ones_studies_at_the_school_is_a_student_s(role):
    assert counted("Experience", f"{role} Jan 2020 – Sep 2022",
                   "Education", "BSc Computer Science, Westfield University Sep 2018 – Jun 2022") == [False]


def test_a_degree_s_school_is_not_read_from_above_another_dated_entry():
    assert counted("Experience", "Research Engineer, Westfield University Robotics Lab Oct 2015 – May 2016",
                   "Education", "Westfield University Sep 2010 – Jun 2014", "MSc Computer Science Sep 2015 – Jun 2016") == [True]
