"""Text drawn twice, a hair apart, to look bold (an overprint) reads once: the copy is the same glyph at nearly
the same place, which no reader sees as a second letter."""
from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from screener.loaders import pdf, word_breaks

import builders

FILLER = ["Python developer with ten years of work"] * 3


def overprinted(c, text: str, x: float, y: float, size: float = 10, tracking: float = 0.3,
                offset: float = 0.05) -> None:
    """Each glyph drawn on its own `tracking` em apart, and the whole line drawn again `offset` em to the left."""
    c.setFont("Helvetica", size)
    for shift in (0.0, -offset * size):
        at = x + shift
        for ch in text:
            if ch != " ":
                c.drawString(at, y, ch)
            at += stringWidth(ch, "Helvetica", size) + tracking * size


def first_line(tmp_path, draw, engine) -> str:
    return pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine).lines[0].text


def test_a_letter_spaced_line_painted_twice_for_weight_reads_once(tmp_path):
    def draw(c):
        overprinted(c, "DECEMBER 2015 TILL APRIL 2018", 50, 800)
        builders.text_lines(c, FILLER, 50, 700)
    assert first_line(tmp_path, draw, "pdfium") == "DECEMBER 2015 TILL APRIL 2018"


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_line_painted_twice_for_weight_reads_once(tmp_path, engine):
    def draw(c):
        overprinted(c, "Senior Engineer", 50, 800, tracking=0.0)
        builders.text_lines(c, FILLER, 50, 700)
    assert first_line(tmp_path, draw, engine) == "Senior Engineer"


def char(text, x0, width=6.0, bottom=10.0):
    return {"text": text, "x0": x0, "x1": x0 + width, "top": bottom - 10, "bottom": bottom, "size": 10.0,
            "apart": False}


def test_the_same_glyph_a_hair_to_the_side_is_an_overprint():
    assert [c["x0"] for c in word_breaks.overprints_dropped([char("E", 10), char("E", 10.4)])] == [10]


def test_a_doubled_letter_side_by_side_is_two_letters():
    assert len(word_breaks.overprints_dropped([char("l", 10, width=3), char("l", 13.2, width=3)])) == 2


def test_a_different_glyph_at_the_same_place_is_kept():
    assert len(word_breaks.overprints_dropped([char("E", 10), char("F", 10)])) == 2


def test_the_same_glyph_on_another_line_is_kept():
    assert len(word_breaks.overprints_dropped([char("E", 10), char("E", 10, bottom=24)])) == 2


def test_two_letters_of_one_ligature_glyph_are_both_kept():
    assert len(word_breaks.overprints_dropped([char("f", 10), char("f", 10)])) == 2
