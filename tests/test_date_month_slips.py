"""A month name mistyped by one slip inside it is still that month where the grammar reads a date: a letter dropped,
two neighbours swapped, a vowel added or written for another, a letter doubled. Its first and last letters stay as
written, and only names of six letters or more are read so (one slip turns a shorter name into another word), and only
with the year right after them.
Invented text, written from that definition."""
import datetime as dt
import re

import pytest

from screener.text.dates import MONTH, find_ranges
from screener.text.months import SLIPS

AS_OF = dt.date(2026, 1, 1)
D = dt.date


def spans(text):
    return [(r.start, r.end) for r in find_ranges(text, AS_OF) if not r.single]


@pytest.mark.parametrize("text, start, end", [
    ("Analyst May 2009 – Augoust 2010", D(2009, 5, 1), D(2010, 8, 31)),  # a vowel added
    ("Augist 2004 – March 2006", D(2004, 8, 1), D(2006, 3, 31)),  # a vowel written for another
    ("Septembar 2011 – June 2013", D(2011, 9, 1), D(2013, 6, 30)),
    ("Octeber 2001 – Novmber 2003", D(2001, 10, 1), D(2003, 11, 30)),  # ... and a letter dropped
    ("Janaury 2007 – Decemmber 2008", D(2007, 1, 1), D(2008, 12, 31)),  # neighbours swapped, a letter doubled
])
def test_a_month_mistyped_by_one_slip_is_read(text, start, end):
    assert spans(text) == [(start, end)]


@pytest.mark.parametrize("text, start, end", [
    ("Augusta 2019 – 2020", D(2019, 7, 1), D(2020, 6, 30)),  # a name, and its year read alone
    ("Match 2019 – 2020", D(2019, 7, 1), D(2020, 6, 30)),  # a short name's slip is another word
    ("Oktxber 2019 – 2020", D(2019, 7, 1), D(2020, 6, 30)),  # a consonant for a vowel: no slip the grammar reads
])
def test_a_word_beyond_one_slip_or_at_the_ends_is_no_month(text, start, end):
    assert spans(text) == [(start, end)]


def test_a_mistyped_month_is_read_only_with_its_year():
    # Without its year a slip is too weak to be a month: the range is the written month's alone.
    assert [(r.start, r.end, r.single) for r in find_ranges("Octeber – Novmber 2003", AS_OF)] == [
        (D(2003, 11, 1), D(2003, 11, 30), True)]


def test_the_slips_are_a_table_not_words_of_the_date_pattern():
    # every slip in the grammar's trie doubled its longest pattern and its compile time
    assert "septembar" in SLIPS and re.fullmatch(MONTH, "septembar", re.I) is None


def test_a_word_that_is_no_slip_is_given_back_letter_by_letter():
    # the ordinal's letters and the month glued to them look like one word before a year; the month is still read
    assert spans("3rd Oct 2014 – 9thJune 2016") == [(D(2014, 10, 1), D(2016, 6, 30))]
