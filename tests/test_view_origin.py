"""A view maps every character back to where it was written, so a quote is taken from the resume as written."""
import unicodedata

import pytest

from screener.text.view import build_view

LINES = (
    "  Résumé of Zoë Ångström  ",
    "• Built micro-",
    "services in Straße – ﬁle ﬂow",
    "",
    "Led a team and",
    "mentored juniors.  Shipped it.",
    "Ünïcödé\u00a0tail\u2014end",
)


def _written(char: str) -> str:
    """What a written character reads as in the view: accents dropped, dashes and spaces made plain."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return {"\u2013": "-", "\u2014": "-", "\u00a0": " "}.get(char, folded)


@pytest.mark.parametrize("count", range(1, len(LINES) + 1))
def test_every_character_of_the_view_comes_from_its_place_in_the_lines(count):
    lines = LINES[:count]
    view = build_view(lines)
    for pos, char in enumerate(view.text):
        line, col = view.origin[pos]
        if col == len(lines[line]):  # the break after a line, read as a space or a new line
            assert char in " \n"
        else:
            assert char in _written(lines[line][col]), (pos, char, lines[line][col])


def test_positions_follow_each_other_in_reading_order():
    view = build_view(LINES)
    places = [view.origin[pos] for pos in range(len(view.text))]
    assert places == sorted(places)


def test_a_hyphen_at_a_line_break_is_dropped_and_the_word_reads_whole():
    view = build_view(("Built micro-", "services"))
    assert view.text == "Built microservices"
    assert view.origin[view.text.index("services")] == (1, 0)


def test_a_position_before_the_start_is_an_error_not_the_end():
    with pytest.raises(IndexError):
        build_view(("one line",)).origin[-1]


def test_only_characters_beyond_ascii_are_made_plain_so_an_ascii_line_reads_as_written():
    from screener.text.view import _SAME
    assert all(code > 127 for code in _SAME)
    line = "Led a team - of 5 - at \"Acme\"; C++/C# 'quoted'"
    assert build_view((line,)).text == line
