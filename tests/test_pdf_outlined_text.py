"""Text drawn as outlines, with a transparent copy painted on it to be searched, is read; other hidden text is not.

Principle (loaders/pdfium_outlines.py): a browser's synthetic bold, or an export that turns text into curves,
paints each glyph or word as a filled shape and then the same text again, transparent, for search and copy. A
reader sees the words there, so the copy counts when the shape painted just before it is opaque, under the text's
middle and within its line, drawn with a glyph's detail, and has a contour of a letter's height for every letter
its copies hold, in sizes and kinds letters come in. A chip, a band, a rule, an underline, a dot or a panel is one
contour under many letters; dots, squares, a QR code or a bar of boxes repeat one size or are boxes; outlines in the
page's colour show nothing: their copies stay hidden.
"""
from __future__ import annotations

import math

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

import builders
from screener.loaders import pdf

VISIBLE = ["Visible Python developer with ten years of work"] * 3
WORDS = "Kubernetes platform engineer"
DARK, WHITE = (0.1, 0.1, 0.2), (1, 1, 1)


def _ring(path, x: float, y: float, width: float, height: float, points: int = 12) -> None:
    """One closed contour with a glyph's detail (many segments)."""
    for k in range(points):
        angle = 2 * math.pi * k / points
        px, py = x + width / 2 + width / 2 * math.cos(angle), y + height / 2 + height / 2 * math.sin(angle)
        path.moveTo(px, py) if k == 0 else path.lineTo(px, py)
    path.close()


def _outlines(c, x: float, y: float, width: float, height: float, contours: int) -> None:
    """One filled shape of `contours` closed contours side by side, standing in for the outlines of a word's
    letters: a contour or more a letter, of a letter's height, in the sizes letters come in (an x-height, a capital,
    wide and narrow)."""
    path = c.beginPath()
    step = width / contours
    for k in range(contours):
        tall = height * (0.6, 1.0, 0.75, 0.9)[k % 4]
        _ring(path, x + k * step, y, step * (0.5, 0.8, 0.65)[k % 3], tall)
    c.drawPath(path, fill=1, stroke=0)


def _copy(c, x: float, y: float, text: str, size: float = 10) -> None:
    """The transparent text a searchable copy is painted as."""
    c.setFillAlpha(0)
    c.setFont("Helvetica", size)
    c.drawString(x, y, text)
    c.setFillAlpha(1)


def _page(tmp_path, draw):
    def with_visible_text(c):
        builders.text_lines(c, VISIBLE, 50, 800)
        draw(c)
    return builders.pdf(tmp_path / "cv.pdf", with_visible_text)


def _shape_then_copy(colour, *shapes, size: float = 10):
    """A page that paints these shapes in `colour`, then transparent words over the first."""
    def draw(c):
        c.setFillColorRGB(*colour)
        for shape in shapes:
            shape(c)
        _copy(c, 50, 700, WORDS, size)
    return draw


def _word_outlines(c):
    _outlines(c, 50, 698, stringWidth(WORDS, "Helvetica", 10), 9, contours=len(WORDS.replace(" ", "")))


def _bar(c):
    c.rect(50, 698, 150, 9, fill=1, stroke=0)


def _chip(c):
    c.roundRect(46, 696, 160, 14, 6, fill=1, stroke=0)  # a skill chip: one rounded contour, many segments


def _wavy_highlight(c):
    """A highlighter stroke behind the words: one contour with a wavy top edge."""
    path = c.beginPath()
    path.moveTo(48, 697)
    for k in range(31):
        path.lineTo(48 + 5 * k, 706 + (1 if k % 2 else 0))
    path.lineTo(198, 697)
    path.close()
    c.drawPath(path, fill=1, stroke=0)


def _dot(c):
    path = c.beginPath()
    middle = 50 + stringWidth(WORDS, "Helvetica", 10) / 2
    _ring(path, middle - 4, 699, 8, 8, points=24)  # a bullet under the words' middle
    c.drawPath(path, fill=1, stroke=0)


def _tall_chip(c):
    c.roundRect(46, 692, 420, 40, 8, fill=1, stroke=0)


def _qr_code(c):
    """Squares of one size on a grid under the words: a pattern, not letters."""
    path = c.beginPath()
    for row in range(3):
        for col in range(40):
            if (row * 7 + col * 3) % 5 < 3:
                path.rect(50 + col * 3.5, 698 + row * 3.5, 3, 3)
    c.drawPath(path, fill=1, stroke=0)


def _bar_of_boxes(c):
    """A bar drawn as thirty touching boxes: as many contours as letters, yet a bar."""
    path = c.beginPath()
    for k in range(30):
        path.rect(50 + k * 5, 698, 5, 9)
    c.drawPath(path, fill=1, stroke=0)


def _dot_grid(c):
    path = c.beginPath()
    for row in range(3):
        for col in range(40):
            _ring(path, 50 + col * 3.4, 698 + row * 3, 3.4, 3.4)
    c.drawPath(path, fill=1, stroke=0)


def _halftone(c):
    """Specks of many sizes, all far smaller than a letter: a picture drawn in dots."""
    path = c.beginPath()
    for k in range(60):
        size = 0.6 + (k * 7 % 11) / 10
        _ring(path, 50 + (k % 30) * 4, 699 + (k // 30) * 4, size, size)
    c.drawPath(path, fill=1, stroke=0)


def _slab_bar(c):
    """A solid bar of slabs of varied widths, each notched (so no box) and every other one drawn the other way
    round: filled whichever way it turns, it covers its box."""
    path = c.beginPath()
    x = 50.0
    for k in range(26):
        width = 4 + k % 3
        corners = [(x, 698), (x + width, 698), (x + width, 707), (x + width / 2, 706.9), (x, 707)]
        for n, (px, py) in enumerate(corners if k % 2 else corners[::-1]):
            path.moveTo(px, py) if n == 0 else path.lineTo(px, py)
        path.close()
        x += width
    c.drawPath(path, fill=1, stroke=0)


def _boxes_of_many_sizes(c):
    path = c.beginPath()
    for k in range(26):
        path.rect(50 + k * 5, 698, 2 + k % 3, 5 + k % 4)
    c.drawPath(path, fill=1, stroke=0)


def _rating_marks(c):
    """Five rating dots under a skill: a row of one size."""
    path = c.beginPath()
    for k in range(5):
        _ring(path, 51 + k * 5.2, 698, 4.5, 6)
    c.drawPath(path, fill=1, stroke=0)


def _scribble(c):
    """Thin loops of many heights, far more of them than the words have letters (a glyph has four at most)."""
    path = c.beginPath()
    for k in range(150):
        _ring(path, 50 + k * 0.85, 698, 0.3, 5 + k % 5)
    c.drawPath(path, fill=1, stroke=0)


def _panel(c):
    _outlines(c, 40, 640, 200, 120, contours=30)


def _box_elsewhere(c):
    c.rect(300, 698, 20, 9, fill=1, stroke=0)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_transparent_copy_of_text_drawn_as_outlines_is_read(tmp_path, engine):
    doc = pdf.load(_page(tmp_path, _shape_then_copy(DARK, _word_outlines)), engine=engine)
    assert WORDS in doc.text and not doc.warnings


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
@pytest.mark.parametrize("draw", [
    pytest.param(_shape_then_copy(DARK, _bar), id="a bar"),
    pytest.param(_shape_then_copy(DARK, _chip), id="a skill chip"),
    pytest.param(_shape_then_copy(DARK, _wavy_highlight), id="a wavy highlight"),
    pytest.param(_shape_then_copy(DARK, _dot), id="a bullet dot"),
    pytest.param(_shape_then_copy(DARK, _panel), id="a panel"),
    pytest.param(_shape_then_copy(DARK, _tall_chip, size=30), id="a large copy on a tall chip"),
    pytest.param(_shape_then_copy(DARK, _qr_code), id="a QR code"),
    pytest.param(_shape_then_copy(DARK, _bar_of_boxes), id="a bar drawn as many boxes"),
    pytest.param(_shape_then_copy(DARK, _dot_grid), id="a dot grid"),
    pytest.param(_shape_then_copy(DARK, _halftone), id="specks smaller than letters"),
    pytest.param(_shape_then_copy(DARK, _slab_bar), id="a bar of slabs turning both ways"),
    pytest.param(_shape_then_copy(DARK, _boxes_of_many_sizes), id="boxes of many sizes"),
    pytest.param(_shape_then_copy(DARK, _scribble), id="more loops than a word's letters have"),
    pytest.param(_shape_then_copy(WHITE, _word_outlines), id="outlines in the page's colour"),
    pytest.param(_shape_then_copy(DARK, _word_outlines, _box_elsewhere), id="another shape painted between"),
])
def test_transparent_words_on_a_shape_that_is_not_their_outlines_stay_hidden(tmp_path, engine, draw):
    doc = pdf.load(_page(tmp_path, draw), engine=engine)
    assert "Kubernetes" not in doc.text and "Visible Python developer" in doc.text
    assert doc.warnings and doc.warnings[0].startswith("hidden text ignored")


def _outlined_words(c, words, y: float = 698):
    x = 50.0
    for word in words:
        _outlines(c, x, y, 6 * len(word), 9, contours=len(word))
        _copy(c, x, y + 2, word)
        x += 8 * len(word) + 10


def test_a_glyph_whose_outline_is_a_box_is_read_on_a_page_drawn_in_outlines(tmp_path):
    def glyph_by_glyph(c):
        c.setFillColorRGB(*DARK)
        _outlined_words(c, ["Go", "Rust", "Lua"])
        c.rect(150, 698, 3, 9, fill=1, stroke=0)  # an 'l' drawn as outline is a box
        _copy(c, 150, 700, "l")
    doc = pdf.load(_page(tmp_path, glyph_by_glyph))
    assert [line.text for line in doc.lines if "Go" in line.text] == ["Go Rust Lua l"]


def test_a_rule_under_words_stays_a_rule_on_a_page_drawn_in_outlines(tmp_path):
    def outlined_then_a_rule(c):
        c.setFillColorRGB(*DARK)
        _outlined_words(c, ["Go", "Rust", "Lua"])
        c.rect(50, 642, 150, 1, fill=1, stroke=0)  # struck through the words' middle
        _copy(c, 50, 640, WORDS)
    doc = pdf.load(_page(tmp_path, outlined_then_a_rule))
    assert "Go Rust Lua" in doc.text and "Kubernetes" not in doc.text


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_copy_painted_in_its_outlines_colour_is_read(tmp_path, engine):
    def outlines_then_a_copy_of_their_colour(c):  # a re-printed PDF: text as outlines, then a copy drawn on them
        c.setFillColorRGB(*DARK)
        _word_outlines(c)
        c.setFont("Helvetica", 10)
        c.drawString(50, 700, WORDS)
    doc = pdf.load(_page(tmp_path, outlines_then_a_copy_of_their_colour), engine=engine)
    assert WORDS in doc.text and not doc.warnings


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
@pytest.mark.parametrize("shape", [_bar, _bar_of_boxes, _dot_grid, _slab_bar],
                         ids=["a bar", "a bar of boxes", "a dot grid", "a bar of slabs turning both ways"])
def test_words_painted_on_a_shape_of_their_colour_stay_hidden(tmp_path, engine, shape):
    def a_shape_then_words_of_its_colour(c):
        c.setFillColorRGB(*DARK)
        shape(c)
        c.setFont("Helvetica", 10)
        c.drawString(50, 700, WORDS)
    doc = pdf.load(_page(tmp_path, a_shape_then_words_of_its_colour), engine=engine)
    assert "Kubernetes" not in doc.text


def test_a_skill_word_on_its_rating_marks_stays_hidden(tmp_path):
    def rating_then_skill(c):
        c.setFillColorRGB(*DARK)
        _rating_marks(c)
        _copy(c, 50, 700, "Kafka")
    doc = pdf.load(_page(tmp_path, rating_then_skill))
    assert "Kafka" not in doc.text


def test_outlines_with_a_move_that_draws_nothing_are_still_read(tmp_path):
    def outlines_with_stray_moves(c):
        c.setFillColorRGB(*DARK)
        path = c.beginPath()
        step = stringWidth(WORDS, "Helvetica", 10) / 26
        for k in range(26):
            for origin in (50 + k * step, 50 + (k + 1) * step):  # a glyph's origin and advance: nothing enclosed
                path.moveTo(origin, 700)
                path.lineTo(origin, 700)
                path.close()
            _ring(path, 50 + k * step, 698, step * (0.5, 0.8, 0.65)[k % 3], 9 * (0.6, 1.0, 0.75, 0.9)[k % 4])
        c.drawPath(path, fill=1, stroke=0)
        _copy(c, 50, 700, WORDS)
    doc = pdf.load(_page(tmp_path, outlines_with_stray_moves))
    assert WORDS in doc.text
