"""A range a sentence mentions is not a role's dates: 'since 2015' inside prose that goes on after it dates what
the sentence says. Invented lines, written from the principle in screener/experience/dated_lines.py."""
import datetime as dt

import pytest

from screener.experience import build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)
ROLE = ["Experience", "Engineer, Acme", "Jan 2018 – Feb 2019"]


def timeline(*lines):
    d = doc(*ROLE, *lines)
    return build_timeline(d, sections(d), AS_OF)


def test_since_inside_a_sentence_that_goes_on_is_no_role():
    tl = timeline("Active member of the chess club and its committee since 2015. In 2016 I ran its league.")
    assert [p.title for p in tl.positions] == ["Engineer, Acme"]


@pytest.mark.parametrize("line", [
    "Freelance developer since 2015",  # a role's own line: short, the date closes it
    "Freelance developer for small shops in the region, building their online stores since 2015",  # nothing after it
    "Independent backend developer and data architect since 2016, focused on Rust and Postgres.",  # names a role
])
def test_a_role_line_opened_by_since_is_still_a_role(line):
    assert len(timeline(line).positions) == 2


@pytest.mark.parametrize("lines, years", [
    (["Acme Corp — Senior Developer",
      "Employed here since 2019 as the lead of the payments platform, owning its architecture and hiring.",
      "Beta Ltd — Developer 2015 - 2019"], 10.5),
    (["Self-employed",
      "Running my own consultancy since 2017, helping small firms move their systems to the cloud and more."], 8.5),
    (["Acme Corp, London",
      "I have been working here since 2015, building dashboards and reports for the finance team each month."], 10.5),
])
def test_a_since_sentence_with_no_role_dated_above_it_dates_the_role_it_stands_under(lines, years):
    d = doc("Experience", *lines)
    assert build_timeline(d, sections(d), AS_OF).years == years
