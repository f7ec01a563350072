"""A range left open at a line's end is a role still held: a bullet or a sentence below it that ends in a month and
year (a promotion, a finished project) is an event within the role, not its end."""
import datetime as dt

import pytest

from screener.experience import build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def spans(*lines):
    d = doc(*lines)
    return [(f"{p.start:%Y-%m}", f"{p.end:%Y-%m}") for p in build_timeline(d, sections(d), AS_OF).positions]


@pytest.mark.parametrize("below", [
    "Promoted to Senior Software Engineer, May 2019",
    "• Promoted to Senior Engineer, May 2023",
    "Led migration of the warehouse, completed in August 2022.",
])
def test_a_dated_line_below_an_open_range_leaves_the_role_open(below):
    assert spans("Experience", "Senior Software Engineer, Acme Corp   January 2017 –", below) == [
        ("2017-01", "2026-01")]
