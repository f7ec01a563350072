"""Service to a school or a field (committees, reviewing, outreach) is no employment, and a list of one's mentees
dates their time, not a role: their headings start a section of their own, and the dates under them add no years
to the roles above."""
import datetime as dt

import pytest

from screener.experience import build_timeline
from screener.text.sections import heading_name

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def years(*lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF).years


@pytest.mark.parametrize("line", ["Academic Service", "EXTERNAL SERVICE", "Service and Outreach", "Mentees",
                                  "Undergraduate Research Mentees:"])
def test_a_heading_of_service_or_mentees_starts_a_section_of_its_own(line):
    assert heading_name(line) == "other"


@pytest.mark.parametrize("line", ["Customer Service", "Outreach Coordinator", "Service Desk Analyst"])
def test_a_role_that_names_service_or_outreach_is_no_heading(line):
    assert heading_name(line) is None


@pytest.mark.parametrize("heading, entry", [
    ("Service and Outreach", "Graduate admissions panel, School of Botany 2010 – 2017"),
    ("Mentees", "Pat Quill (summer student) March 2011 – June 2016"),
])
def test_dates_under_service_or_mentees_add_no_years(heading, entry):
    assert years("Experience", "Analyst, Acme Corp", "Jan 2020 – Dec 2021", heading, entry) == 2.0


def test_outreach_alone_is_no_heading_for_it_names_paid_work_as_often_as_service():
    assert heading_name("Outreach") is None
    assert years("Experience", "Outreach", "Community Outreach Worker, County Health Office",
                 "Jan 2020 – Dec 2023") == 4.0


@pytest.mark.parametrize("line, name", [("Teaching and Outreach", "teaching"), ("Research & Outreach", "research"),
                                        ("Outreach and Service", "other")])
def test_outreach_joined_to_a_section_name_is_read_as_the_joined_heading(line, name):
    assert heading_name(line) == name
