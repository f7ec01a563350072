"""Volunteer work is named by the word in any of its forms: "volunteer", the practice ("volunteerism") and work or
service given unpaid ("voluntary work", "voluntary service"), on a role's heading or on its section's. LABELING.md:
volunteer roles do not count. "Voluntary" before what is merely optional names no volunteering."""
import datetime as dt

import pytest

from screener.experience import Kind, build_timeline
from screener.experience.kinds import role_kind
from screener.text.sections import heading_name

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


@pytest.mark.parametrize("heading, kind", [
    ("Voluntary Benefits Specialist, Acme Insurance", Kind.JOB),  # benefits one may opt into
    ("Voluntary Redundancy Adviser, Beta Council", Kind.JOB),
    ("Voluntary Research Internship, Gamma Labs", Kind.INTERNSHIP),  # an internship no course required
    ("Service Desk Analyst, Delta Voluntary Health Insurer", Kind.JOB),
])
def test_voluntary_before_what_is_optional_names_no_volunteering(heading, kind):
    assert role_kind(heading, Kind.JOB) == kind


@pytest.mark.parametrize("heading", [
    "Voluntary work at a riverside food bank",
    "Voluntary Service, Hillside Animal Shelter",
    "VOLUNTEERISM Harbour Arts Trust",
    "Volunteerism: Web Administrator, Lakeside Choir",
])
def test_work_or_service_given_unpaid_and_volunteerism_name_volunteering(heading):
    assert role_kind(heading, Kind.JOB) == Kind.VOLUNTEER


@pytest.mark.parametrize("line", ["Voluntary Work", "VOLUNTARY SERVICES", "Voluntary Service:"])
def test_a_heading_naming_voluntary_work_or_service_is_a_volunteering_section(line):
    assert heading_name(line) == "volunteering"


def test_voluntary_work_on_a_dated_line_under_experience_adds_no_years():
    d = doc("Experience", "2016-2018 voluntary work at a riverside food bank", "Sorted donations",
            "Jan 2019 - Dec 2020 Backend Engineer, Acme Corp", "Built payment APIs")
    tl = build_timeline(d, sections(d), AS_OF)
    assert [(p.kind, p.counted) for p in tl.positions] == [(Kind.VOLUNTEER, False), (Kind.JOB, True)]
    assert tl.years == 2.0


def test_roles_under_a_voluntary_services_heading_add_no_years():
    d = doc("Experience", "Backend Engineer, Acme Corp Jan 2019 - Dec 2020", "Built payment APIs",
            "Voluntary Services", "Web Editor, Hillside Animal Shelter Jan 2015 - Dec 2018")
    tl = build_timeline(d, sections(d), AS_OF)
    assert [p.counted for p in tl.positions] == [True, False] and tl.years == 2.0
