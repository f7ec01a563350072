"""Text drawn as outlines, with a searchable copy painted on it: the copy says what a reader sees there.

A browser printing bold type that its font lacks (Chrome's synthetic bold), exporters that turn text into curves,
and printers that re-print a PDF (its text turned into outlines and a Type 3 font whose glyphs draw nothing) paint
each glyph, word or paragraph as a filled shape, then paint the same text again, transparent, invisible or in a
colour that says nothing, so that it can still be selected, searched and copied. By pdfium_hidden's tests such a
copy is hidden (transparent, or coloured like the shape under it), yet a reader sees exactly its words, drawn by the
shape.

Every glyph is drawn as at least one closed contour, so outlines have at least as many contours as the letters
they draw; a chip, a band, a rule, an underline, a dot or a panel is one contour under many letters. So a text
object is a copy of outlines when the shape painted last before it (any text between, no other shape) is a filled,
opaque path holding the text's middle, lying within its copies' boxes grown by a line (not a panel or a
background bigger than them), and the letters of every copy it holds number no more than its contours. The page
must also show it is drawn this way: a copy counts where its shape has a glyph's detail (GLYPH_SEGMENTS segments or
more; a box has four or five), or on a page where at least CONFIRMED copies have such shapes (an 'l', an 'I' or a
hyphen is drawn as a box). What no rule can tell is outlines of other words than their copy says.

A copy painted unseen, or in the shape's own colour, is then judged as the shape is: in its colour and at its place
in the painting order, so outlines the colour of what lies under them, or painted over, still hide their copy. A
copy in a colour of its own is judged as itself, as before (a shape painted with a gradient reports no colour to
judge by).
"""
from __future__ import annotations

import bisect
import ctypes
from collections import defaultdict
from functools import cached_property

import pypdfium2.raw as raw

from . import pdfium_calls as calls
from .pdfium_calls import Buffer
from .pdfium_hidden import HALF, SLACK, drawn_scale

GLYPH_SEGMENTS = 8
CONFIRMED = 3


class Outlines:
    """One page's copies of outlines, found the first time a transparent or invisible text object asks: most
    pages have none, and pay nothing."""

    def __init__(self, painted: tuple[list[dict], list], height: float, textpage):
        """`painted`: the page's fills and text objects (pdfium_hidden.painting); `textpage`: the page's text, as
        the lean calls take it (a copy's letters are read from it)."""
        self._shapes, self._texts = painted
        self._height, self._textpage = height, textpage

    def shape_of(self, obj) -> dict | None:
        """The shape that draws this text object, when the object is a copy of it (see above)."""
        return self._copies.get(obj.value)

    @cached_property
    def _copies(self) -> dict[int, dict]:
        orders = [f["order"] for f in self._shapes]
        held: dict[int, list[tuple]] = defaultdict(list)  # shape's index -> the text objects painted on it
        for obj, order, box, place in self._texts:
            at = bisect.bisect_left(orders, order) - 1
            shape = self._shapes[at] if at >= 0 else None
            if shape is not None and shape["path"] is not None and shape["alpha"] >= HALF and self._under(shape, box):
                held[at].append((obj, box, place))
        found = {}  # shape's index -> (its copies, whether it has a glyph's detail)
        for at, copies in held.items():
            path = self._shapes[at]["path"]
            contours = _contours(path)
            if contours >= len(copies) and self._fits(self._shapes[at], copies) and (
                    0 < sum(self._letters(obj) for obj, _, _ in copies) <= contours):
                found[at] = ([obj for obj, _, _ in copies], calls.path_count_segments(path) >= GLYPH_SEGMENTS)
        confirmed = sum(detailed for _, detailed in found.values()) >= CONFIRMED
        return {obj.value: self._shapes[at] for at, (copies, detailed) in found.items() if detailed or confirmed
                for obj in copies}

    def _fits(self, shape: dict, copies: list[tuple]) -> bool:
        """Does the shape lie within its copies' boxes, grown by their size (a line): outlines of what they say,
        not a panel, a band or a background under them?"""
        grow = max(_size(obj, place) for obj, _, place in copies) + SLACK
        left = min(box[0] for _, box, _ in copies) - grow
        right = max(box[2] for _, box, _ in copies) + grow
        top = self._height - max(box[3] for _, box, _ in copies) - grow
        bottom = self._height - min(box[1] for _, box, _ in copies) + grow
        return left <= shape["x0"] and shape["x1"] <= right and top <= shape["top"] and shape["bottom"] <= bottom

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
