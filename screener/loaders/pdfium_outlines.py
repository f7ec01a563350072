"""Text drawn as outlines, with a searchable copy painted on it: the copy says what a reader sees there.

A browser printing bold type that its font lacks (Chrome's synthetic bold), and exporters that turn text into
curves, paint each glyph, word or line as a filled shape, then paint the same text again, transparent or in an
invisible render mode, so that it can still be selected, searched and copied. By pdfium_hidden's tests the copy
is hidden text, yet a reader sees exactly its words, drawn by the shape under it.

Every glyph is drawn as at least one closed contour, so outlines have at least as many contours as the letters
they draw; a chip, a band, a rule, an underline, a dot or a panel is one contour under many letters. So a
transparent or invisible text object is a copy of outlines when the shape painted last before it (any text between,
no other shape) is a filled, opaque path, at most a line high (LINE times the text's size), holding the text's
middle, and the letters of every copy it holds number no more than its contours. The page must also show it is
drawn this way: a copy counts where its shape has a glyph's detail (GLYPH_SEGMENTS segments or more; a box has four
or five), or on a page where at least CONFIRMED copies have such shapes (an 'l', an 'I' or a hyphen is drawn as a
box). What no rule can tell is outlines of other words than their copy says.

A copy is then judged as visible text is, in its shape's colour and at the shape's place in the painting order:
outlines the colour of what lies under them, or painted over, still hide their copy.
"""
from __future__ import annotations

import bisect
import ctypes
from collections import defaultdict
from functools import cached_property

import pypdfium2.raw as raw

from . import pdfium_calls as calls
from .pdfium_calls import Buffer
from .pdfium_hidden import HALF, MIN_ALPHA, SLACK, UNSEEN_MODES, drawn_scale

GLYPH_SEGMENTS = 8
CONFIRMED = 3
LINE = 2.0


class Outlines:
    """One page's copies of outlines, found the first time a transparent or invisible text object asks: most
    pages have none, and pay nothing."""

    def __init__(self, painted: tuple[list[dict], list], height: float, textpage):
        """`painted`: the page's fills and text objects (pdfium_hidden.painting); `textpage`: the page's text, as
        the lean calls take it (a copy's letters are read from it)."""
        self._shapes, self._texts = painted
        self._height, self._textpage = height, textpage

    def shape_of(self, obj) -> dict | None:
        """The shape that draws this transparent or invisible text object, when the object is a copy of it."""
        return self._copies.get(obj.value)

    @cached_property
    def _copies(self) -> dict[int, dict]:
        orders = [f["order"] for f in self._shapes]
        rgba = Buffer(4, ctypes.c_uint)
        held: dict[int, list[int]] = defaultdict(list)  # shape's order -> the copies painted on it
        letters = 0
        for obj, order, box, place in self._texts:
            at = bisect.bisect_left(orders, order) - 1
            shape = self._shapes[at] if at >= 0 else None
            if shape is None or shape["path"] is None or shape["alpha"] < HALF or not self._under(shape, box):
                continue
            calls.object_fill_color(obj, *rgba.at)
            if (rgba.values[3] < MIN_ALPHA or calls.text_render_mode(obj) in UNSEEN_MODES) and (
                    shape["bottom"] - shape["top"] <= LINE * _size(obj, place) + SLACK):
                held[at].append(obj)
        found = {}  # shape's index -> (its copies, whether it has a glyph's detail)
        for at, copies in held.items():
            path = self._shapes[at]["path"]
            letters = sum(self._letters(obj) for obj in copies)
            if 0 < letters <= _contours(path):
                found[at] = (copies, calls.path_count_segments(path) >= GLYPH_SEGMENTS)
        confirmed = sum(detailed for _, detailed in found.values()) >= CONFIRMED
        return {obj.value: self._shapes[at] for at, (copies, detailed) in found.items() if detailed or confirmed
                for obj in copies}

    def _under(self, shape: dict, box: tuple[float, float, float, float]) -> bool:
        """Does the shape hold the middle of the text's box (left, bottom, right, top)?"""
        left, bottom, right, top = box
        x, y = (left + right) / 2, self._height - (top + bottom) / 2
        return shape["x0"] - SLACK <= x <= shape["x1"] + SLACK and shape["top"] - SLACK <= y <= shape["bottom"] + SLACK

    def _letters(self, obj) -> int:
        """How many characters other than spaces the text object paints."""
        size = calls.text_object_text(obj, self._textpage, None, 0)  # bytes, its terminating NUL included
        if size <= 2:
            return 0
        buffer = ctypes.create_string_buffer(size)
        calls.text_object_text(obj, self._textpage, buffer, size)
        return sum(not c.isspace() for c in buffer.raw[:size - 2].decode("utf-16-le", "replace"))


def _contours(path) -> int:
    """How many closed shapes the path draws: each starts with a move."""
    segment, kind = calls.path_segment, calls.segment_type
    return sum(kind(segment(path, i)) == raw.FPDF_SEGMENT_MOVETO for i in range(calls.path_count_segments(path)))


def _size(obj, place) -> float:
    """The text's size as drawn: the height of its line, where its box is only its ink's (a hyphen's is a point)."""
    size, matrix = Buffer(1), Buffer(6)
    calls.text_font_size(obj, size.at[0])
    calls.object_matrix(obj, matrix.at[0])
    return size.values[0] * drawn_scale(matrix.values, place)
