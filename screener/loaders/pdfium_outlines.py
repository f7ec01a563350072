"""Text drawn as outlines, with a searchable copy painted on it: the copy says what a reader sees there.

A browser printing bold type that its font lacks (Chrome's synthetic bold), and exporters that turn text into
curves, paint each glyph, word or line as a filled shape, then paint the same text again, transparent or in an
invisible render mode, so that it can still be selected, searched and copied. By pdfium_hidden's tests the copy
is hidden text, yet a reader sees exactly its words, drawn by the shape under it.

So a transparent or invisible text object is a copy of outlines when the shape painted last before it (any text
between, no other shape) is a filled, opaque path, at most a line high (LINE times the text's height: not a
background or a panel), holding the text's middle, and drawn with a glyph's detail: GLYPH_SEGMENTS segments or
more, where a box has four or five. A glyph whose outline is a box itself (an 'l', an 'I', a hyphen) has no such
detail: its copy counts on a page where at least CONFIRMED copies with detailed outlines show that the page is
drawn this way. Anywhere else a box painted under hidden words is a bar, which no one reads as those words.

A copy is then judged as visible text is, in its shape's colour and at the shape's place in the painting order:
outlines the colour of what lies under them, or painted over, still hide their copy.
"""
from __future__ import annotations

import bisect
import ctypes
import math
from functools import cached_property

from . import pdfium_calls as calls
from .pdfium_calls import Buffer
from .pdfium_hidden import HALF, MIN_ALPHA, SLACK, UNSEEN_MODES, then

GLYPH_SEGMENTS = 8
CONFIRMED = 3
LINE = 2.0


class Outlines:
    """One page's copies of outlines, found the first time a transparent or invisible text object asks: most
    pages have none, and pay nothing."""

    def __init__(self, painted: tuple[list[dict], list], height: float):
        """`painted`: the page's fills and text objects (pdfium_hidden.painting)."""
        self._shapes, self._texts = painted
        self._height = height

    def shape_of(self, obj) -> dict | None:
        """The shape that draws this transparent or invisible text object, when the object is a copy of it."""
        return self._copies.get(obj.value)

    @cached_property
    def _copies(self) -> dict[int, dict]:
        orders = [f["order"] for f in self._shapes]
        rgba = Buffer(4, ctypes.c_uint)
        found: dict[int, tuple[dict, bool]] = {}
        for obj, order, box, place in self._texts:
            at = bisect.bisect_left(orders, order) - 1
            shape = self._shapes[at] if at >= 0 else None
            if shape is None or shape["path"] is None or shape["alpha"] < HALF or not self._under(shape, box):
                continue
            calls.object_fill_color(obj, *rgba.at)
            if (rgba.values[3] < MIN_ALPHA or calls.text_render_mode(obj) in UNSEEN_MODES) and (
                    shape["bottom"] - shape["top"] <= LINE * _size(obj, place) + SLACK):
                found[obj.value] = (shape, calls.path_count_segments(shape["path"]) >= GLYPH_SEGMENTS)
        confirmed = sum(detailed for _, detailed in found.values()) >= CONFIRMED
        return {key: shape for key, (shape, detailed) in found.items() if detailed or confirmed}

    def _under(self, shape: dict, box: tuple[float, float, float, float]) -> bool:
        """Does the shape hold the middle of the text's box (left, bottom, right, top)?"""
        left, bottom, right, top = box
        x, y = (left + right) / 2, self._height - (top + bottom) / 2
        return shape["x0"] - SLACK <= x <= shape["x1"] + SLACK and shape["top"] - SLACK <= y <= shape["bottom"] + SLACK


def _size(obj, place) -> float:
    """The text's size as drawn (its font size, scaled by its matrix and its form's): the height of its line, where
    its box is only its ink's (a hyphen's is a point high)."""
    size, matrix = Buffer(1), Buffer(6)
    calls.text_font_size(obj, size.at[0])
    calls.object_matrix(obj, matrix.at[0])
    a, b, c, d, _, _ = then(tuple(matrix.values.tolist()), place)
    return size.values[0] * math.sqrt(abs(a * d - b * c))
