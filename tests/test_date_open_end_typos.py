"""An open end mistyped by one letter ("Presnt", "Curent") still ends a range open.

Principle: where a range's end stands after a date and its separator, nothing but an end is written there, so
"present" or "current" with one letter dropped or two neighbours swapped (the first letter kept) is that end. The
same words anywhere else, or a word that has lost its first letter ("resent"), are not dates.
"""
import datetime as dt

import pytest

from screener.text.dates import find_ranges

AS_OF = dt.date(2026, 1, 1)


@pytest.mark.parametrize("typo", ["Presnt", "Preset", "Persent", "Prsent", "Curent", "Currnet", "CURRET"])
def test_a_mistyped_open_end_after_a_date_runs_to_the_as_of_date(typo):
    (r,) = find_ranges(f"Mar 2021 - {typo}", AS_OF)
    assert (r.start, r.end, r.present) == (dt.date(2021, 3, 1), AS_OF, True)


def test_an_open_end_that_lost_its_first_letter_is_no_end():
    assert all(r.single for r in find_ranges("Mar 2021 - resent", AS_OF))


@pytest.mark.parametrize("text", ["Built a preset library in 2019", "Currency desk analyst 2019", "Presence 2020"])
def test_the_mistyped_words_and_their_longer_kin_elsewhere_make_no_range(text):
    assert not [r for r in find_ranges(text, AS_OF) if r.present]


@pytest.mark.parametrize("text", ["Mar 2019 - Preset editor for a synthesiser, in Python", "Mar 2021 - Preset Studios",
                                  "2018 - Curren Associates, Leeds"])
def test_a_mistyped_end_followed_by_more_words_is_a_word_not_an_end(text):
    assert not [r for r in find_ranges(text, AS_OF) if r.present]


@pytest.mark.parametrize("text", ["2019 – Preset: translator at a publisher", "Jan 2020 - Presnt, Leeds",
                                  "Jan 2020 - Presnt | Leeds"])
def test_a_mistyped_end_before_a_mark_still_closes_the_range(text):
    assert [r for r in find_ranges(text, AS_OF) if r.present]
