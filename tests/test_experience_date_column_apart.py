"""A date column that prints a role's end above its start, read into the role's lines: the end leads the title
line, the start stands alone two or three lines below ('12/2024 Lab Technician' / 'Acme Clinic' / '10/2024')."""
import datetime as dt

import pytest

from screener.experience import build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def spans(*lines):
    d = doc(*lines)
    return [(p.start, p.end, p.title) for p in build_timeline(d, sections(d), AS_OF).positions]


@pytest.mark.parametrize("upper, lower, start, end", [
    ("12/2024 Lab Technician", "10/2024", dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
    ("Currently Implementation Specialist", "05/2025", dt.date(2025, 5, 1), AS_OF),
    ("Dec 2024 Lab Technician", "Oct 2024", dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
])
def test_the_end_leads_the_title_and_the_start_stands_below(upper, lower, start, end):
    got = spans("Employment", upper, "| Town, PL", "Acme Clinic", lower, "Ran the analysers.")
    assert [(s, e) for s, e, _ in got] == [(start, end)]
    assert got[0][2].endswith(upper.split()[-1])


def test_a_lone_date_below_a_year_written_between_belongs_to_another_role():
    got = spans("Employment", "12/2024 Lab Technician", "Trained in 2019 at the lab", "10/2024")
    assert (dt.date(2024, 10, 1), dt.date(2024, 12, 31)) not in [(s, e) for s, e, _ in got]


def test_a_later_date_below_is_no_start():
    got = spans("Experience", "April 2022 Workshop, Marseille", "Talks on growth", "2022")
    assert all(e - s < dt.timedelta(days=40) for s, e, _ in got)


def test_an_open_start_below_is_not_a_lone_date():
    got = spans("Experience", "1989 Shift supervisor", "Various schools", "1989 -", "2022 Teacher")
    assert (dt.date(1989, 7, 1), dt.date(1989, 12, 31)) not in [(s, e) for s, e, _ in got]
