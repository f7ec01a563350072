"""Normalisation makes the same words look the same whatever file they came from."""
import pytest

from screener.text.normalize import normalize_items, normalize_line, normalize_lines


def test_ligatures_are_split():
    assert normalize_line("\ufb01nance o\ufb03ce") == "finance office"


def test_soft_hyphens_and_zero_width_marks_vanish():
    assert normalize_line("Kuber\u00adnetes\u200b") == "Kubernetes"


def test_leading_bullets_are_removed():
    assert normalize_line("\u2022  Built APIs") == "Built APIs"


def test_a_character_that_cannot_be_read_where_a_bullet_stands_is_a_bullet():
    # U+FFFD: a damaged byte sequence of a text file, a glyph without a Unicode map in a PDF
    assert normalize_line("\ufffd Built APIs \ufffd in Go") == "Built APIs \ufffd in Go"


@pytest.mark.parametrize("line, read", [
    ("\ufffcLed a team", "Led a team"),  # glued to a capital: a bullet still
    ("\ufffd\ufffd\ufffd words", "\ufffd\ufffd\ufffd words"),  # a run: a word that cannot be read, no bullet
    ("\ufffdeveloped APIs", "\ufffdeveloped APIs"),  # glued to a small letter: a lost first letter
], ids=["glued", "run", "lost-letter"])
def test_one_character_that_cannot_be_read_is_a_bullet_before_a_space_or_a_capital(line, read):
    assert normalize_line(line) == read


def test_date_dashes_are_kept_distinct():
    assert normalize_line("Jan 2015 \u2013 Mar 2018 \u2014 x - y") == "Jan 2015 \u2013 Mar 2018 \u2014 x - y"


def test_word_hyphenated_across_lines_is_joined():
    assert normalize_lines(["Built micro-", "services in Go"]) == ["Built microservices", "in Go"]


def test_compound_broken_after_its_own_hyphen_keeps_it():
    assert normalize_lines(["Owned end-to-", "end delivery"]) == ["Owned end-to-end", "delivery"]


def test_open_date_range_at_line_end_is_not_joined():
    assert normalize_lines(["Jan 2015 -", "present"]) == ["Jan 2015 -", "present"]


def test_every_control_character_a_report_would_picture_is_a_space_in_extracted_text():
    from screener.text.printable import printable

    for code in [*range(0x20), *range(0x7F, 0xA0)]:
        char = chr(code)
        if char in "\t\n":
            continue  # layout: a line's tab is a space anyway, a newline ends the line
        assert printable(char) != char and normalize_line(f"a{char}b") == "a b", hex(code)


@pytest.mark.parametrize("line, item", [
    ("\u2022 Payments in Go", True), ("- Payments in Go", True), ("* Payments in Go", True),
    ("\u25aa Payments in Go", True), ("\ufffd Payments in Go", True),  # a bullet, removed from the text
    ("1. Payments in Go", True), ("12) Payments in Go", True),  # an item's number, kept
    ("Payments in Go", False), ("    Payments in Go", False),  # indented only
    ("Senior Engineer", False), ("2019 - 2021", False), ("1.5 years in Go", False), ("3 engineers", False),
], ids=["bullet", "dash", "star", "square", "unreadable", "number", "number-bracket", "plain", "indented",
        "title", "range", "decimal", "count"])
def test_a_line_led_by_a_bullet_or_an_items_number_is_a_list_item(line, item):
    assert normalize_items([line]) == [(normalize_line(line), item)]


def test_a_list_items_line_joined_or_split_keeps_its_mark_on_its_own_text_only():
    assert normalize_items(["\u2022 Built micro-", "services in Go"]) == [("Built microservices", True),
                                                                          ("in Go", False)]
    assert normalize_items(["\u2022 Python, GoEXPERIENCE"]) == [("Python, Go", True),
                                                               ("EXPERIENCE", False)]
