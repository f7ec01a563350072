"""High school is schooling before university: a line naming one is a pupil's study, unless the entry names a role
held there (a teacher's, a counsellor's), as for senior secondary schooling. A school's team is its pupils' (or
students') team: under a teaching or leadership heading, a seat on it is no post. Every line here is invented."""
import datetime as dt

import pytest
from helpers import doc, sections

from screener.experience import Kind, build_timeline

AS_OF = dt.date(2026, 1, 1)


def roles(*lines):
    d = doc(*lines)
    return [(p.kind, p.counted) for p in build_timeline(d, sections(d), AS_OF).positions]


@pytest.mark.parametrize("lines", [
    ("Experience", "Math Teacher, Westfield High School 2015 - 2019", "Taught algebra to four classes."),
    ("Experience", "High School Chemistry Teacher, Lakeside Unified 2012 - 2016"),
    ("Experience", "Westfield High School", "Guidance Counselor 2015 - 2019"),
])
def test_a_role_held_at_a_high_school_is_a_job(lines):
    assert roles(*lines) == [(Kind.JOB, True)]


@pytest.mark.parametrize("lines", [
    ("Experience", "Software Engineer, Acme 2016 - 2020", "Westfield High School 2008 - 2012"),
    ("Experience", "Software Engineer, Acme 2016 - 2020", "Westfield High School, Class of 2012", "2008 - 2012"),
])
def test_a_high_school_attended_is_no_job(lines):
    assert roles(*lines) == [(Kind.JOB, True)]


@pytest.mark.parametrize("line", ["Peer Tutor, Westfield High School 2010 - 2012",
                                  "High School Student Assistant, Westfield High School 2010 - 2012"])
def test_a_pupil_s_role_at_a_high_school_is_study(line):
    assert roles("Experience", line, "Web Developer, Pixel Forge 2015 - 2020") == [(Kind.JOB, True)]


def test_a_seat_on_a_school_s_team_under_a_teaching_heading_is_no_post():
    d = doc("Teaching and Outreach", "Assistant coach of the Lakeside High School chess team (2006 - 2008)")
    [role] = build_timeline(d, sections(d), AS_OF).positions
    assert (role.counted, role.why) == (False, "not a post: names a club, a team or a committee of students")
