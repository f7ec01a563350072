"""A plain elected seat in an organisation of students (a students' association, union, society, government, council
or group: president, senator, treasurer, member...) is a student's extracurricular, so volunteer work (LABELING.md:
volunteer roles do not count), whenever it was held; a seat whose title is also a staff post (director, officer,
lead), or a place on a design or competition team at the school one studies at, is one only when it began during a
dated period of study. A staff title is a job: a students' union employs paid staff, firms have design teams, and a
graduate's later job that names students is a job."""
import datetime as dt

import pytest

from screener.experience import Kind, build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)
STUDIED_2008_TO_2011 = ("Education", "Bachelor of Arts, History", "Westfield University 2008 - 2011")


def kinds(heading, dates, *education):
    d = doc("Experience", heading, dates, "Did the work of the role.", *(education or STUDIED_2008_TO_2011))
    return [(p.kind, p.counted) for p in build_timeline(d, sections(d), AS_OF).positions]


@pytest.mark.parametrize("heading", [
    "President, Graduate Students Association, Westfield University",
    "VP Finance, Graduate Students’ Association",
    "Senator, Student Government, Westfield University",
    "Treasurer, Students' Assoc. of Westfield",
    "Member, Undergraduate Student Council",
    "Director, Graduate Students Union, Westfield University",  # a seat on the body's board
    "Events Officer, Student Council",
])
def test_a_seat_in_an_organisation_of_students_begun_while_studying_is_volunteer(heading):
    assert kinds(heading, "Sep 2009 - May 2011") == [(Kind.VOLUNTEER, False)]


def test_a_heading_cut_inside_the_bodys_name_still_names_it():
    assert kinds("President, Economics Graduate Students Associati", "Sep 2009 - May 2011") == [(Kind.VOLUNTEER, False)]


@pytest.mark.parametrize("heading", [
    "Mechanical Member, Solar Car Design Team, Westfield University",
    "Software Member, Formula Racing Team, Westfield University",
])
def test_a_place_on_a_design_or_competition_team_at_ones_own_school_while_studying_is_volunteer(heading):
    assert kinds(heading, "Sep 2009 - May 2011") == [(Kind.VOLUNTEER, False)]


@pytest.mark.parametrize("heading", [
    "Software Engineer, Design Team, Acme Institute for Health Metrics",
    "Bridge Engineer, Roadway Design Team, Ohio Department of Transportation",
    "Account Manager, Student Group Travel, Acme Tours",
    "Coordinator of Student Organizations, Westfield College",
    "Marketing Officer, Students' Union",
])
def test_a_job_begun_after_graduating_stays_a_job_whatever_students_it_names(heading):
    assert kinds(heading, "Jan 2012 - Dec 2025") == [(Kind.JOB, True)]


def test_a_director_of_relations_with_student_government_is_staff_after_graduating():
    heading = "Director of Student Government Relations, Westfield University"
    assert kinds(heading, "Sep 2014 - Aug 2022") == [(Kind.JOB, True)]


@pytest.mark.parametrize("heading", [
    "Bar Manager, Westfield Students' Union",  # a trade's title before the body's name
    "Events Coordinator, Graduate Students Association",
    "Senior Designer, Product Design Team, Acme Corp",  # a firm's design team, not one's school's
    "Software Developer, Design Team, Acme Institute",  # near a word for a place of study, not at one's school
    "Software Engineer, Student Loans Company",  # a firm that serves students names no body of them
])
def test_a_staff_title_or_a_firms_team_stays_a_job_even_while_studying(heading):
    assert kinds(heading, "Sep 2009 - May 2011") == [(Kind.JOB, True)]


@pytest.mark.parametrize("heading", ["President, Graduate Students Association", "Senator, Student Government",
                                     "Treasurer, Students' Union", "Class Representative, Student Council"])
def test_a_plain_elected_seat_is_volunteer_without_a_dated_study(heading):
    undated = ("Education", "Bachelor of Arts, History", "Westfield University")
    assert kinds(heading, "Sep 2009 - May 2011", *undated) == [(Kind.VOLUNTEER, False)]


def test_a_plain_elected_seat_is_volunteer_outside_the_study_s_years():
    heading = "President, Student Government, Westfield University"  # a school council's, years before the degree
    assert kinds(heading, "Sep 2003 - May 2004") == [(Kind.VOLUNTEER, False)]


def test_a_plain_elected_seat_is_volunteer_on_a_resume_naming_no_study():
    d = doc("Experience", "Vice President, Student Council", "Sep 2009 - May 2011", "Ran the meetings.")
    assert [(p.kind, p.counted) for p in build_timeline(d, sections(d), AS_OF).positions] == [(Kind.VOLUNTEER, False)]


@pytest.mark.parametrize("heading", ["Director, Graduate Students Union", "Events Officer, Student Council"])
def test_a_seat_that_may_be_a_staff_post_is_not_known_to_be_a_students_without_a_dated_study(heading):
    undated = ("Education", "Bachelor of Arts, History", "Westfield University")
    assert kinds(heading, "Sep 2009 - May 2011", *undated) == [(Kind.JOB, True)]


def test_a_team_named_under_its_dates_at_the_school_named_under_the_degree_is_the_students_own():
    d = doc("Experience", "Chassis Designer Sep 2023 – Present", "Solar Car Design Team, Westfield University, Westfield",
            "Education", "Bachelor of Engineering Sep 2022 – Present", "Westfield University, Westfield")
    assert [(p.kind, p.counted) for p in build_timeline(d, sections(d), AS_OF).positions] == [(Kind.VOLUNTEER, False)]


def test_with_only_a_graduation_year_a_seat_begun_in_the_years_before_it_is_a_students():
    graduated = ("Education", "Bachelor of Arts, History, Westfield University 2011")
    assert kinds("President, Graduate Students Association", "Sep 2009 - May 2011", *graduated) == [
        (Kind.VOLUNTEER, False)]
