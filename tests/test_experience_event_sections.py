"""Conferences, talks, workshops and seminars attended or presented at are events, not roles held: their headings
start a section of their own, so the dates listed under them never add to the years of the roles above."""
import datetime as dt

import pytest

from screener.experience import build_timeline
from screener.text.sections import heading_name

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def years(*lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF).years


@pytest.mark.parametrize("line, name", [
    ("Conferences", "publications"),
    ("CONFERENCES ATTENDED", "publications"),
    ("Conference Presentations", "publications"),
    ("Conferences and Talks", "publications"),
    ("Invited Talks", "publications"),
    ("Workshops", "certifications"),
    ("Seminars Attended:", "certifications"),
    ("Workshops and Seminars", "certifications"),
])
def test_a_heading_of_events_attended_starts_a_section_of_its_own(line, name):
    assert heading_name(line) == name


@pytest.mark.parametrize("line", [
    "Conference Reviewer",  # a service role
    "Workshop on Stream Processing, 2023",  # an entry of a list of papers
    "Proceedings of the Annual Conference, 2025, pp. 10-19.",
    "Conference",  # a word alone, not the name of a list
])
def test_a_line_naming_one_conference_or_workshop_is_no_heading(line):
    assert heading_name(line) is None


@pytest.mark.parametrize("heading", ["Conferences Attended", "Workshops", "Seminars"])
def test_dated_events_under_their_own_heading_add_no_years(heading):
    assert years("Experience", "Analyst, Acme Corp", "Jan 2020 – Dec 2021",
                 heading, "Northern Beekeeping Symposium, Lakeview (2009 - 2014)") == 2.0


def test_a_role_dated_after_an_events_heading_in_a_work_section_still_counts():
    assert years("Experience", "Analyst, Acme Corp", "Jan 2020 – Dec 2021",
                 "Conferences", "Coastal Ferry Operators Forum (2018)",
                 "Work History", "Clerk, Beta Ltd", "Jan 2015 – Dec 2016") == 4.0
