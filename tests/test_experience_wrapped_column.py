"""A date column printed at the right of a title wrapped over two lines wraps its range with it: the start (a
month and its year) ends the first line, open, and the end, in the same form, ends the second line after its text.
A year alone ending the next line, or a line that opens a range of its own, is no such end."""
import datetime as dt

import pytest

from screener.experience import build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def spans(*lines):
    d = doc(*lines)
    return [(f"{p.start:%Y-%m}", f"{p.end:%Y-%m}") for p in build_timeline(d, sections(d), AS_OF).positions]


@pytest.mark.parametrize("first, second", [
    ("Research Associate with Prof. Smith October, 2016 -", "Department of Mathematics, State University, November, 2021"),
    ("Data Analyst in the planning office, Acme Corp Oct 2016 –", "Springfield branch, Nov 2021."),
])
def test_a_range_wrapped_with_its_title_ends_on_the_date_ending_the_next_line(first, second):
    assert spans("Experience", first, second) == [("2016-10", "2021-11")]


def test_a_year_alone_ending_the_next_line_leaves_the_range_open():
    assert spans("Experience", "Software Engineer Intern (Springfield) August 2020–", "Summer Fellow, class of 2020.",
                 "Built a scheduler.") == [("2020-08", "2026-01")]


def test_a_next_line_with_a_range_of_its_own_is_the_next_role():
    assert spans("Experience", "Analyst, Acme Corp March 2019 -", "Clerk, Beta Ltd, June 2016 - May 2018") == [
        ("2019-03", "2026-01"), ("2016-06", "2018-05")]


def test_a_next_line_naming_two_dates_leaves_the_range_open():
    assert spans("Experience", "Analyst, Acme Corp March 2019 -", "Promoted in May 2020, reviewed in June 2021") == [
        ("2019-03", "2026-01")]
