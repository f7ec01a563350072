"""A role's own part printed as a heading ('Achievements') stays in the work history when a role follows it, and a
role's entry is often stacked: its title, then its organisation (and a place), then its dates, up to three lines
below the title. Invented text, written from that layout."""
import datetime as dt

import pytest

from screener.experience import build_timeline
from screener.text.sections import find_sections

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)

_BELOW = [["Beta Ltd"], ["Beta Ltd", "Leeds, UK"]]  # what stands between the next role's title and its dates


@pytest.mark.parametrize("between", _BELOW)
def test_a_part_heading_over_a_stacked_role_stays_in_the_work_history(between):
    lines = ["Experience", "Developer", "Acme", "Mar 2016 – Jan 2019", "Achievements", "Shipped the billing service",
             "Support Engineer", *between, "June 2014 – Feb 2016", "Education", "BSc Physics, University of Leeds"]
    assert [s.name for s in find_sections(lines)] == ["experience", "education"]


@pytest.mark.parametrize("between", _BELOW)
def test_a_stacked_role_under_a_part_heading_is_counted(between):
    d = doc("Experience", "Developer", "Acme", "Mar 2021 – Present", "Achievements", "Cut the build time in half",
            "Support Engineer", *between, "June 2014 – Feb 2016")
    spans = [(f"{p.start:%Y-%m}", f"{p.end:%Y-%m}") for p in build_timeline(d, sections(d), AS_OF).positions]
    assert ("2014-06", "2016-02") in spans


def test_a_role_word_far_above_a_year_dates_no_role():
    # after the last role, an achievements list that names a role, its only year four lines below: a section
    lines = ["Experience", "Engineer, Beta", "Jan 2015 – Feb 2019", "Achievements", "Engineer of the quarter",
             "Spoke at two meetups", "Wrote the style guide", "Ran the book club", "Hackathon winner, 2018"]
    assert [s.name for s in find_sections(lines)] == ["experience", "awards"]


def test_a_work_heading_led_by_a_selecting_word_starts_its_own_part_of_the_history():
    # "Other Experience" is no role's part: its roles are not the internships of the heading above
    lines = ["Internships", "Data Intern, Acme", "May 2019 – Aug 2019", "Other Experience",
             "Support Technician, Beta", "Sep 2019 – May 2020"]
    assert [(s.name, s.heading) for s in find_sections(lines)] == [
        ("experience", "Internships"), ("experience", "Other Experience")]
