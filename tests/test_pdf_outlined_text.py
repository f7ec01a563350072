"""Text drawn as outlines, with a transparent copy painted on it to be searched, is read; other hidden text is not.

Principle (loaders/pdfium_outlines.py): a browser's synthetic bold, or an export that turns text into curves,
paints each glyph or word as a filled shape and then the same text again, transparent, for search and copy. A
reader sees the words there, so the copy counts, when the shape painted just before it is opaque, a line high,
under the text's middle and drawn with a glyph's detail. A plain box under transparent words is a bar, a panel
is a background, and outlines in the page's colour show nothing: their copies stay hidden.
"""
from __future__ import annotations

import math

import pytest

import builders
from screener.loaders import pdf

VISIBLE = ["Visible Python developer with ten years of work"] * 3


def _outline(c, x: float, y: float, width: float, height: float, points: int = 16) -> None:
    """A filled shape with a glyph's detail (many segments), standing in for the outlines of a word."""
    path = c.beginPath()
    for k in range(points):
        angle = 2 * math.pi * k / points
        px = x + width / 2 + width / 2 * math.cos(angle)
        py = y + height / 2 + height / 2 * math.sin(angle)
        path.moveTo(px, py) if k == 0 else path.lineTo(px, py)
    path.close()
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


DARK, WHITE = (0.1, 0.1, 0.2), (1, 1, 1)


def _shape_then_copy(colour, *shapes):
    """A page that paints these shapes in `colour`, then transparent words over the first."""
    def draw(c):
        c.setFillColorRGB(*colour)
        for shape in shapes:
            shape(c)
        _copy(c, 50, 700, "Kubernetes platform engineer")
    return draw


def _word_outlines(c):
    _outline(c, 50, 698, 150, 9)


def _bar(c):
    c.rect(50, 698, 150, 9, fill=1, stroke=0)


def _panel(c):
    _outline(c, 40, 640, 200, 120)


def _box_elsewhere(c):
    c.rect(300, 698, 20, 9, fill=1, stroke=0)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_transparent_copy_of_text_drawn_as_outlines_is_read(tmp_path, engine):
    doc = pdf.load(_page(tmp_path, _shape_then_copy(DARK, _word_outlines)), engine=engine)
    assert "Kubernetes platform engineer" in doc.text and not doc.warnings


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
@pytest.mark.parametrize("draw", [
    pytest.param(_shape_then_copy(DARK, _bar), id="a bar"),
    pytest.param(_shape_then_copy(DARK, _panel), id="a panel"),
    pytest.param(_shape_then_copy(WHITE, _word_outlines), id="outlines in the page's colour"),
    pytest.param(_shape_then_copy(DARK, _word_outlines, _box_elsewhere), id="another shape painted between"),
])
def test_transparent_words_on_a_bar_a_panel_or_unseen_outlines_stay_hidden(tmp_path, engine, draw):
    doc = pdf.load(_page(tmp_path, draw), engine=engine)
    assert "Kubernetes" not in doc.text and "Visible Python developer" in doc.text
    assert doc.warnings and doc.warnings[0].startswith("hidden text ignored")


def test_a_glyph_whose_outline_is_a_box_is_read_on_a_page_drawn_in_outlines(tmp_path):
    def glyph_by_glyph(c):
        c.setFillColorRGB(*DARK)
        x = 50.0
        for word in ("Go", "Rust", "Lua"):
            _outline(c, x, 698, 20, 9)
            _copy(c, x, 700, word)
            x += 40
        c.rect(x, 698, 3, 9, fill=1, stroke=0)  # an 'l' drawn as outline is a box
        _copy(c, x, 700, "l")
    doc = pdf.load(_page(tmp_path, glyph_by_glyph))
    assert [line.text for line in doc.lines if "Go" in line.text] == ["Go Rust Lua l"]
