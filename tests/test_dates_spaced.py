"""Date lines broken apart by a PDF's letter spacing are read as the dates they are; no other line is respaced.
Written from the principle in screener/text/dates_spaced.py, on invented lines."""
import datetime as dt
import time

import pytest

from screener.experience import build_timeline
from screener.text.dates_spaced import respaced

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


@pytest.mark.parametrize("line, text", [
    ("JU LY 2 0 1 2 T IL L OCTO BE R 2 0 1 3", "july 2012 till october 2013"),
    ("AU GU ST 2 0 0 9 – MARCH 2 0 13", "august 2009 – march 2013"),
    ("JA NUA RY 2 0 2 1 – PRE SE NT", "january 2021 – present"),
    ("DECEMBER 2014 TILL A PRIL 2017", "december 2014 till april 2017"),
])
def test_a_date_line_cut_by_letter_spacing_is_read_with_its_pieces_set_apart(line, text):
    assert respaced(line) == text


@pytest.mark.parametrize("line", [
    "Jan 2019 – Present",  # nothing cut: the grammar reads it as it is
    "Team of 5 in 2019",  # words that are not the grammar's
    "S O F T W A R E  2 0 1 5 – 2 0 1 8",  # a title spaced out with its dates: not a date line
    "Room 1 0 1 2 3 4 5 6",  # a number run longer than a year
])
def test_a_line_with_anything_but_date_pieces_is_left_as_it_is(line):
    assert respaced(line) is None


def test_a_role_dated_by_a_letter_spaced_line_counts_its_months():
    d = doc("Experience", "Engineer, Acme", "MAR CH 2 0 1 9 T IL L FE BRUA RY 2 0 2 0", "Built the billing service.")
    (p,) = build_timeline(d, sections(d), AS_OF).positions
    assert (p.start, p.end, p.title) == (dt.date(2019, 3, 1), dt.date(2020, 2, 29), "Engineer, Acme")


@pytest.mark.parametrize("line", [
    "A P R I L  2 0 1 8  –  P R E S E N T  " * 3,  # date pieces only, but longer than any date line
    "a " * 60 + "1",  # made of the grammar's words ('a'), far past a date line's length
])
def test_a_line_longer_than_a_date_line_is_no_date_line(line):
    assert respaced(line) is None


@pytest.mark.parametrize("line", ["a " * 25000 + "1", "al" * 25000 + " a 1", "a" * 50000 + " 1 x",
                                  "ene" * 16000 + " 1"])
def test_a_long_run_of_the_grammars_letters_is_turned_down_at_once(line):
    started = time.perf_counter()
    assert respaced(line) is None
    assert time.perf_counter() - started < 0.5  # splitting every position of the run into words took seconds
