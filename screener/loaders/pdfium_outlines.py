"""Text drawn as outlines, with a searchable copy painted on it: the copy says what a reader sees there.

A browser printing bold type that its font lacks (Chrome's synthetic bold), exporters that turn text into curves,
and printers that re-print a PDF (its text turned into outlines and a Type 3 font whose glyphs draw nothing) paint
each glyph, word or paragraph as a filled shape, then paint the same text again, transparent, invisible or in a
colour that says nothing, so that it can still be selected, searched and copied. By pdfium_hidden's tests such a
copy is hidden (transparent, or coloured like the shape under it), yet a reader sees exactly its words, drawn by the
shape.

Every glyph is drawn as one to four closed contours of a letter's height, and the letters of a word differ in
size and kind; a chip, a band, a rule, an underline, a dot or a panel is one contour under many letters, and
dots, squares, rating marks, a QR code or a bar of boxes repeat one size or are boxes. So a text object is a copy of
outlines when the shape painted last before it (any text between, no other shape) is a filled, opaque path holding
the text's middle, lying within its copies' boxes grown by a line (not a panel or a background bigger than them),
with a contour of a letter's height for every letter its copies hold (no more than MOST_CONTOURS a letter), in
sizes and kinds letters come in, and ink that leaves its box partly bare (_draws_letters). The page must also show
it is drawn this way: a copy counts where its shape has a glyph's detail (GLYPH_SEGMENTS segments or more; a box
has four or five), or on a page where at least CONFIRMED copies have such shapes (an 'l', an 'I' or a hyphen is
drawn as a box). What these counts cannot tell is outlines of other words or of things shaped like letters (a
signature, a curved chart, a map): a candidate drawing those to carry hidden words would need this rule's reading.

A copy painted unseen, or in the shape's own colour, is then judged as the shape is: in its colour and at its place
in the painting order, so outlines the colour of what lies under them, or painted over, still hide their copy. A
copy in a colour of its own is judged as itself, as before (a shape painted with a gradient reports no colour to
judge by).
"""
from __future__ import annotations

import bisect
import ctypes
from collections import Counter, defaultdict
from functools import cached_property
from operator import mul, sub

import pypdfium2.raw as raw

from . import pdfium_calls as calls
from .pdfium_calls import Buffer
from .pdfium_hidden import HALF, SLACK, drawn_scale

GLYPH_SEGMENTS = 8
CONFIRMED = 3
LETTER_HIGH = (0.3, 1.5)  # a letter's contour, in the text's size: an x-height to a capital with a descender
PATTERN_FROM = 6  # contours from which a shape's sizes and kinds tell letters from a pattern
SAME = 0.05  # contours whose widths and heights differ by less than this part of the size are one size
INK = 0.75  # letters leave a good part of their box bare; a bar or a band fills it
MOST_CONTOURS = 4  # a glyph has at most about four (B, 8, %, ö)
BOX_LETTERS = frozenset("Iil1j")  # the letters whose outline may be a box or two
HOLE_AFTER = 3  # a glyph's holes are drawn within this many contours after its outline


class Outlines:
    """One page's copies of outlines, found the first time a text object that could be hidden asks (transparent,
    invisible, or in a region where characters are checked one by one): most pages never ask, and pay nothing."""

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
        size_of = _sizes()
        for at, copies in held.items():
            shape, size = self._shapes[at], max(size_of(obj, place) for obj, _, place in copies)
            if not self._fits(shape, copies, size):
                continue
            letters = "".join(self._letters(obj) for obj, _, _ in copies)
            if _draws_letters(shape["path"], letters, size, copies[0][2]):
                detailed = calls.path_count_segments(shape["path"]) >= GLYPH_SEGMENTS
                found[at] = ([obj for obj, _, _ in copies], detailed)
        confirmed = sum(detailed for _, detailed in found.values()) >= CONFIRMED
        return {obj.value: self._shapes[at] for at, (copies, detailed) in found.items() if detailed or confirmed
                for obj in copies}

    def _fits(self, shape: dict, copies: list[tuple], size: float) -> bool:
        """Does the shape lie within its copies' boxes, grown by their size (a line): outlines of what they say,
        not a panel, a band or a background under them?"""
        grow = size + SLACK
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

    def _letters(self, obj) -> str:
        """The letters and digits the text object paints (each drawn as a contour at least a third of the line high;
        marks and accents may be smaller)."""
        size = calls.text_object_text(obj, self._textpage, None, 0)  # bytes, its terminating NUL included
        if size <= 2:
            return ""
        buffer, at = calls.out_bytes(size)
        calls.text_object_text(obj, self._textpage, at, size)
        return "".join(filter(str.isalnum, buffer[:size - 2].decode("utf-16-le", "replace")))


def _draws_letters(path, letters: str, size: float, place) -> bool:
    """Could the path draw these letters (none: a mark, a dash) at this size? Letters are contours of a letter's
    height, one to MOST_CONTOURS each, of many sizes and kinds. A pattern repeats one size (dots, squares, rating
    marks, a QR code) or is boxes, which draw only a few letters; ink that fills its box is a bar or a band."""
    contours = _contours(path)
    if not contours or len(contours) > MOST_CONTOURS * (len(letters) + 1):
        return False
    matrix = Buffer(6)
    calls.object_matrix(path, matrix.at[0])
    scale = drawn_scale(matrix.values, place)
    boxes = [(min(c[0::2]), min(c[1::2]), max(c[0::2]), max(c[1::2])) for c in contours]
    sizes = [(x1 - x0, y1 - y0) for x0, y0, x1, y1 in boxes]
    high = [(w, h) for w, h in sizes if LETTER_HIGH[0] * size <= h * scale <= LETTER_HIGH[1] * size]
    if len(high) < len(letters):
        return False
    kinds = Counter((round(w * scale / (SAME * size)), round(h * scale / (SAME * size))) for w, h in sizes)
    boxy = sum(len(c) <= 10 and _straight(c) for c in contours)
    if boxy == len(contours) and not set(letters) <= BOX_LETTERS:
        return False  # boxes draw an I, an l, a 1, not a word
    if len(letters) >= 3 and len(kinds) == 1:
        return False  # several letters all of one size: a row of marks
    if len(contours) < PATTERN_FROM:
        return True  # a glyph or two: too few contours to tell letters from a pattern by their share (see CONFIRMED)
    if kinds.most_common(1)[0][1] * 2 > len(contours) or boxy * 2 > len(contours):
        return False
    box = (max(b[2] for b in boxes) - min(b[0] for b in boxes)) * (max(b[3] for b in boxes) - min(b[1] for b in boxes))
    return box > 0 and _ink(path, contours, boxes) <= INK * box


def _ink(path, contours: list[list[float]], boxes: list[tuple[float, float, float, float]]) -> float:
    """The area the contours (with their boxes) fill. A contour inside one of the few drawn just before it (a glyph
    draws its holes after its outline) is a hole when the path fills alternately, or when it turns the other way;
    every other contour fills, whichever way it turns."""
    modes = Buffer(2, ctypes.c_int)
    calls.path_draw_mode(path, *modes.at)
    alternate = modes.values[0] == raw.FPDF_FILLMODE_ALTERNATE
    areas = [_area(c) for c in contours]
    ink = 0.0
    for i, (x0, y0, x1, y1) in enumerate(boxes):
        outer = next((j for j in range(i - 1, max(-1, i - 1 - HOLE_AFTER), -1)
                      if boxes[j][0] <= x0 and boxes[j][1] <= y0 and x1 <= boxes[j][2] and y1 <= boxes[j][3]), None)
        hole = outer is not None and (alternate or (areas[i] > 0) != (areas[outer] > 0))
        ink += -abs(areas[i]) if hole else abs(areas[i])
    return ink


def _contours(path) -> list[list[float]]:
    """The path's closed shapes that enclose something, each its points as x, y, x, y, ... in the path's own space
    (a curve by its end points: enough for sizes and areas). A glyph drawn as outlines has dozens of segments and a
    page of them a hundred thousand: each costs three calls into pdfium, so the loop does nothing else."""
    segment, kind, point = calls.path_segment, calls.segment_type, calls.segment_point
    at = Buffer(2)
    at_x, at_y = at.at
    xy, moveto = at.values, raw.FPDF_SEGMENT_MOVETO
    contours: list[list[float]] = []
    current: list[float] = []
    for i in range(calls.path_count_segments(path)):
        piece = segment(path, i)
        if kind(piece) == moveto or not contours:
            current = []
            contours.append(current)
        point(piece, at_x, at_y)
        current += xy.tolist()
    # a move with nothing drawn after it (a glyph's origin) encloses nothing
    return [c for c in contours if len(c) >= 6 and max(c[0::2]) > min(c[0::2]) and max(c[1::2]) > min(c[1::2])]


def _straight(points: list[float]) -> bool:
    """Is the contour a box: its points on no more than two x and two y values?"""
    return len({round(x, 1) for x in points[0::2]}) <= 2 and len({round(y, 1) for y in points[1::2]}) <= 2


def _area(points: list[float]) -> float:
    """The contour's signed area (shoelace: for each point, the x before it times its y, less its x times the y
    before it; the first point's are the last's), summed by map in the order a written-out loop sums them."""
    xs, ys = points[0::2], points[1::2]
    return sum(map(sub, map(mul, xs[-1:] + xs[:-1], ys), map(mul, xs, ys[-1:] + ys[:-1]))) / 2


def _sizes():
    """A function giving a text object's size as drawn: the height of its line, where its box is only its ink's (a
    hyphen's is a point). Its out-parameters are made once, as a page of outlines asks for thousands of objects."""
    size, matrix = Buffer(1), Buffer(6)
    at_size, at_matrix, values = size.at[0], matrix.at[0], size.values

    def size_of(obj, place) -> float:
        calls.text_font_size(obj, at_size)
        calls.object_matrix(obj, at_matrix)
        return values[0] * drawn_scale(matrix.values, place)

    return size_of
