"""Numeric dates are read day first by convention, but a resume writes all its numeric dates one way: when one of
them can only be month first and none can only be day first, the document's ambiguous ones are read month first."""
import datetime as dt

import pytest

from screener.experience import build_timeline
from screener.text.dates import find_ranges, writes_month_first

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


@pytest.mark.parametrize("text, expected", [
    ("Started 8/13/2017", True),  # 13 cannot be a month
    ("Started 8/13/17", True),
    ("Started 12/31/2017", True),  # a day past the 19th
    ("Started 13/8/2017", False),  # 13 cannot be a month the other way: day first
    ("Started 3/4/2017, left 5/6/2019", False),  # every date reads both ways: the convention
    ("No numeric dates, Jan 2017 – Mar 2019", False),
    ("Started 8/13/2017, left 13/8/2019", False),  # evidence both ways: the convention
], ids=["month-first-full-year", "month-first-short-year", "month-first-late-day", "day-first", "no-evidence", "no-numeric-dates",
        "conflicting"])
def test_the_document_decides_the_order_only_from_a_date_that_reads_one_way(text, expected):
    assert writes_month_first(text) is expected


def test_ambiguous_dates_read_day_first_by_convention():
    (r,) = find_ranges("3/4/2017 – 5/6/2019", AS_OF)
    assert (r.start, r.end) == (dt.date(2017, 4, 1), dt.date(2019, 6, 30))


def test_ambiguous_dates_read_month_first_in_a_month_first_document():
    (r,) = find_ranges("3/4/2017 – 5/6/2019", AS_OF, month_first=True)
    assert (r.start, r.end) == (dt.date(2017, 3, 1), dt.date(2019, 5, 31))


def test_two_digit_years_follow_the_order_too():
    (r,) = find_ranges("3/4/17 – 5/6/19", AS_OF, month_first=True)
    assert (r.start, r.end) == (dt.date(2017, 3, 1), dt.date(2019, 5, 31))


@pytest.mark.parametrize("month_first", [False, True])
def test_a_date_that_reads_one_way_only_is_read_that_way_in_either_order(month_first):
    (r,) = find_ranges("13/4/2017 – 5/20/2019", AS_OF, month_first=month_first)
    assert (r.start, r.end) == (dt.date(2017, 4, 1), dt.date(2019, 5, 31))


def _starts(*lines):
    d = doc(*lines)
    return [p.start for p in build_timeline(d, sections(d), AS_OF).positions]


def test_the_timeline_reads_a_month_first_resume_month_first():
    assert _starts("Experience", "Engineer, Acme", "3/4/2017 – 5/6/2019",
                   "Analyst, Beta", "8/13/2014 – 2/1/2017") == [dt.date(2017, 3, 1), dt.date(2014, 8, 1)]


def test_the_timeline_keeps_the_convention_without_evidence():
    assert _starts("Experience", "Engineer, Acme", "3/4/2017 – 5/6/2019",
                   "Analyst, Beta", "8/1/2014 – 2/1/2017") == [dt.date(2017, 4, 1), dt.date(2014, 1, 1)]


def test_the_timeline_keeps_the_convention_when_the_evidence_conflicts():
    assert _starts("Experience", "Engineer, Acme", "3/4/2017 – 5/6/2019", "Analyst, Beta",
                   "8/13/2014 – 20/1/2017") == [dt.date(2017, 4, 1), dt.date(2014, 8, 1)]
