"""An entry's dates alone on their line date the study below them (screener/degrees.py's definition), whatever
symbol a layout draws before them: a bullet, or an icon font's calendar glyph."""

import pytest

from screener.degree_entry import dates_only

from helpers import degrees_read


@pytest.mark.parametrize("line", ["\uf073 03/2017 - 11/2020", "\u2022 2011 - 2014", "\u25b8 Oct 2013 – May 2016"])
def test_dates_after_a_symbol_are_a_line_of_dates_alone(line):
    assert dates_only(line)


@pytest.mark.parametrize("line", ["\uf073 Acme 2011 - 2014", "\u2022 Kessel University 2013"])
def test_a_symbol_does_not_make_other_words_dates(line):
    assert not dates_only(line)


def test_a_school_dated_on_the_line_above_behind_an_icon_is_undergraduate_study():
    read = degrees_read("\u25b8 2018 - 2022", "Kessel University, Faculty of Statistics")
    assert read == [("bachelor", "statistics")]
