"""A gap between two letters is a word break when it is wider than its line's own letter spacing by a word space:
letter-spaced (tracked) text reads as words, and ordinary text keeps its words apart."""
from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from screener.loaders import pdf, word_breaks

import builders


def tracked(c, text: str, x: float, y: float, size: float = 10, tracking: float = 0.3) -> None:
    """Each glyph drawn on its own, `tracking` em after the one before, and no space glyph: a word gap is only
    a space's advance wider, as design tools letter-space a line."""
    c.setFont("Helvetica", size)
    for ch in text:
        if ch != " ":
            c.drawString(x, y, ch)
        x += stringWidth(ch, "Helvetica", size) + tracking * size


def lines_of(tmp_path, draw) -> list[str]:
    return [line.text for line in pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine="pdfium").lines]


FILLER = ["Python developer with ten years of work"] * 3  # a page needs some ordinary text around the case


@pytest.mark.parametrize("tracking", [0.15, 0.3, 0.5])
def test_a_letter_spaced_sentence_reads_as_its_words(tmp_path, tracking):
    def draw(c):
        tracked(c, "Find a role that matches your skills", 50, 800, tracking=tracking)
        builders.text_lines(c, FILLER, 50, 700)
    assert lines_of(tmp_path, draw)[0] == "Find a role that matches your skills"


def test_a_letter_spaced_heading_reads_as_its_words(tmp_path):
    def draw(c):
        tracked(c, "WORK EXPERIENCE", 50, 800, size=14, tracking=0.2)
        builders.text_lines(c, FILLER, 50, 700)
    assert lines_of(tmp_path, draw)[0] == "WORK EXPERIENCE"


def test_short_words_of_a_letter_spaced_line_stay_apart(tmp_path):
    def draw(c):
        tracked(c, "I am a QA lead at X", 50, 800, tracking=0.3)
        builders.text_lines(c, FILLER, 50, 700)
    assert lines_of(tmp_path, draw)[0] == "I am a QA lead at X"


def test_ordinary_words_drawn_glyph_by_glyph_stay_apart(tmp_path):
    def draw(c):
        tracked(c, "I am a lead developer in Go", 50, 800, tracking=0)
        builders.text_lines(c, FILLER, 50, 700)
    assert lines_of(tmp_path, draw)[0] == "I am a lead developer in Go"


def test_single_letters_set_a_word_space_apart_stay_apart(tmp_path):
    def draw(c):
        builders.text_lines(c, ["Grades A B C and D in Go", *FILLER], 50, 800)
    assert lines_of(tmp_path, draw)[0] == "Grades A B C and D in Go"


def test_a_letter_spaced_heading_level_with_another_columns_text_has_its_own_spacing(tmp_path):
    def draw(c):
        tracked(c, "SKILLS", 50, 800, size=12, tracking=0.3)
        builders.text_lines(c, ["Experience at Acme Corp"], 300, 800)
        builders.text_lines(c, FILLER, 50, 700)
    assert lines_of(tmp_path, draw)[0] == "SKILLS Experience at Acme Corp"


def test_hidden_letters_inside_a_letter_spaced_line_are_still_dropped(tmp_path):
    def draw(c):
        tracked(c, "Python", 50, 800, tracking=0.3)
        c.setFillColorRGB(1, 1, 1)
        tracked(c, "Kubernetes", 110, 800, tracking=0.3)
        c.setFillColorRGB(0, 0, 0)
        builders.text_lines(c, FILLER, 50, 700)
    doc = pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine="pdfium")
    assert doc.lines[0].text == "Python"
    assert any("white text" in warning for warning in doc.warnings)


# --- the rule on characters -------------------------------------------------------------------------------

def _line(text: str, letter_gap: float, word_gap: float, width: float = 5.0, size: float = 10.0) -> list[dict]:
    """Characters of one line, `letter_gap` apart within a word and `word_gap` apart between words, every
    gap a generated one (no space character)."""
    chars, x = [], 0.0
    for word in text.split():
        for i, ch in enumerate(word):
            chars.append({"text": ch, "x0": x, "x1": x + width, "top": 90.0, "bottom": 100.0, "size": size,
                          "apart": False})
            x += width + (letter_gap if i < len(word) - 1 else 0)
        x += word_gap
    return chars


def _texts(chars: list[dict]) -> list[str]:
    return [w["text"] for w in word_breaks.words_of(chars)]


def test_letter_spacing_of_ordinary_text_is_zero():
    assert word_breaks.letter_spacing(_line("lead developer", 0.0, 3.0)) == 0.0


def test_letter_spacing_is_the_distance_letters_are_set_apart():
    assert word_breaks.letter_spacing(_line("lead developer", 3.0, 8.0)) == pytest.approx(3.0)


def test_letter_spacing_ignores_gaps_a_space_character_marks():
    chars = _line("ab cd", 0.0, 9.0)
    chars[2]["apart"] = True
    assert word_breaks.letter_spacing(chars) == 0.0


def test_a_gap_a_word_space_wider_than_the_letter_spacing_breaks_words():
    assert _texts(_line("lead a team", 3.0, 8.0)) == ["lead", "a", "team"]


def test_a_gap_as_wide_as_the_letter_spacing_joins_letters():
    assert _texts(_line("skills", 3.0, 8.0)) == ["skills"]


def test_a_word_gap_of_ordinary_text_breaks_words():
    assert _texts(_line("lead a team", 0.0, 2.5)) == ["lead", "a", "team"]


def test_a_space_character_always_breaks_words():
    chars = _line("ab", 0.0, 0.0)
    chars[1]["apart"] = True
    assert _texts(chars) == ["a", "b"]
