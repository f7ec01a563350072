"""Where a PDF page could hide text from a reader, decided per text object from pdfium's page objects.

Text a person can't see is never evidence. Most text objects are plainly visible: painted, opaque, big enough,
on the page, and coloured unlike whatever lies under them. The others mark a region of the page (the object's
box, or the part of it a shape of its own colour covers) whose characters must each be checked; the rest of the
page is read as pdfium gives it, without per-character work.
"""
from __future__ import annotations

import bisect
import ctypes
import math

import pypdfium2.raw as raw

from . import pdfium_calls as calls
from .pdfium_calls import Buffer

UNSEEN_MODES = (3, 7)  # PDF text render modes "neither fill nor stroke" and "clip only": nothing is painted
MIN_ALPHA = 26  # of 255: fill opacity below a tenth is transparent text
DEPTH = 16  # form XObjects nested this deep are still looked into (pdfium's text page reads any depth)
MIN_SIZE = 4.0  # points: text drawn smaller than this is not meant to be read
PAGE = (1.0, 1.0, 1.0)  # what lies under text that no shape is drawn under
CLOSE = 0.08  # colours nearer than this in every channel look the same to a reader
SLACK = 1.0  # points: a character's box may stand this far outside its text object's bounds

Box = tuple[float, float, float, float]  # (x0, top, x1, bottom), top-down like pdfplumber's


def object_fill(obj: int) -> tuple[tuple[float, float, float], int]:
    """A page object's fill colour (0..1 RGB) and opacity (0..255)."""
    rgba = Buffer(4, ctypes.c_uint)
    calls.object_fill_color(obj, *rgba.at)
    r, g, b, a = rgba.values
    return (r / 255, g / 255, b / 255), a


def page_objects(page, kinds: tuple[int, ...]):
    """(object, kind, (left, bottom, right, top)) of the page's objects of these kinds, forms looked into DEPTH
    deep; objects are addresses for the lean calls (pdfium_calls), as there are thousands on some pages."""
    box = Buffer(4)
    values, at = box.values, box.at
    kind_of, bounds = calls.object_type, calls.object_bounds

    def walk(count, get, parent, level):
        for i in range(count(parent)):
            obj = get(parent, i)
            kind = kind_of(obj)
            if kind in kinds:
                bounds(obj, *at)
                yield obj, kind, values[:]
            elif kind == raw.FPDF_PAGEOBJ_FORM and level < DEPTH:
                yield from walk(calls.form_count_objects, calls.form_get_object, obj, level + 1)

    yield from walk(calls.page_count_objects, calls.page_get_object, calls.address(page.raw), 1)


def fills(page, height: float) -> list[dict]:
    """Filled shapes (with their colour) and pictures (colour unknown: None), where text may sit on them."""
    boxes = []
    modes = Buffer(2, ctypes.c_int)
    for obj, kind, (left, bottom, right, top) in page_objects(page, (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE)):
        colour = None
        if kind == raw.FPDF_PAGEOBJ_PATH:
            calls.path_draw_mode(obj, *modes.at)
            if modes.values[0] == 0:
                continue  # outlined, not filled
            colour = object_fill(obj)[0]
        boxes.append({"x0": left, "x1": right, "top": height - top, "bottom": height - bottom, "rgb": colour})
    return boxes


def same_colour(a: tuple[float, float, float], b: tuple[float, float, float]) -> bool:
    """Whether a reader could not tell the two colours apart."""
    return max(abs(x - y) for x, y in zip(a, b)) < CLOSE


def _text_objects(page, width: float, height: float):
    """((x0, top, x1, bottom), colour) of every text object a reader could see on its own merits, and the boxes
    of those no one can: unpainted, transparent, too small, or partly outside the page. Objects wholly outside
    the page are left out: every word of theirs lies outside it too, and the reader drops such words whole."""
    rgba, size, matrix = Buffer(4, ctypes.c_uint), Buffer(1), Buffer(6)
    fill, font_size, transform, mode = calls.object_fill_color, calls.text_font_size, calls.object_matrix, \
        calls.text_render_mode
    seen: list[tuple[Box, tuple[float, float, float]]] = []
    unseen: list[Box] = []
    for obj, _, (left, bottom, right, top) in page_objects(page, (raw.FPDF_PAGEOBJ_TEXT,)):
        if right < 0 or left > width or top < 0 or bottom > height:
            continue
        box = (left, height - top, right, height - bottom)
        fill(obj, *rgba.at)
        font_size(obj, size.at[0])
        transform(obj, matrix.at[0])
        r, g, b, alpha = rgba.values
        a, b_, c, d = matrix.values[:4]
        scale = math.sqrt(abs(a * d - b_ * c))  # a 40 pt font drawn at a tenth
        if (mode(obj) in UNSEEN_MODES or alpha < MIN_ALPHA or size.values[0] * scale < MIN_SIZE
                or left < 0 or right > width or bottom < 0 or top > height):
            unseen.append(box)
        else:
            seen.append((box, (r / 255, g / 255, b / 255)))
    return seen, unseen


def _within(box: Box, f: dict) -> bool:
    x0, top, x1, bottom = box
    return f["x0"] <= x0 - SLACK and x1 + SLACK <= f["x1"] and f["top"] <= top - SLACK and bottom + SLACK <= f["bottom"]


def _meet(box: Box, f: dict) -> Box | None:
    """The part of the box (grown by SLACK) that the shape covers, if any."""
    x0, top, x1, bottom = max(box[0] - SLACK, f["x0"]), max(box[1] - SLACK, f["top"]), \
        min(box[2] + SLACK, f["x1"]), min(box[3] + SLACK, f["bottom"])
    return (x0, top, x1, bottom) if x0 <= x1 and top <= bottom else None


def _area(f: dict) -> float:
    return (f["x1"] - f["x0"]) * (f["bottom"] - f["top"])


def risky_regions(page) -> list[Box]:
    """The parts of the page where a character could be hidden, so must be checked one by one.

    A character is hidden where the colour under its centre (the smallest shape there, else the white page) is
    its own. So a visible text object's characters can hide only where a shape of their colour covers its box,
    and not even there when the box lies wholly on a shape of another colour (or a picture) smaller than that
    shape: the smaller shape is what lies beneath. Text of the page's own colour is hidden wherever no such shape
    lies under the whole of it. Shapes are compared once per text colour (a page has a handful of colours and
    hundreds of text objects), and each with only the boxes level with it."""
    width, height = page.get_size()
    seen, regions = _text_objects(page, width, height)
    by_colour: dict[tuple[float, float, float], list[Box]] = {}
    for box, colour in seen:
        by_colour.setdefault(colour, []).append(box)
    shapes = fills(page, height) if by_colour else []
    for colour, boxes in by_colour.items():
        same = [f for f in shapes if f["rgb"] is not None and same_colour(colour, f["rgb"])]
        page_coloured = same_colour(colour, PAGE)
        if not same and not page_coloured:
            continue
        other = sorted((f for f in shapes if f["rgb"] is None or not same_colour(colour, f["rgb"])), key=_area)
        under: dict[Box, float | None] = {}  # the area of the smallest other-coloured shape under the whole box

        def beneath(box: Box) -> float | None:
            if box not in under:
                under[box] = next((_area(f) for f in other if _within(box, f)), None)
            return under[box]

        if page_coloured:
            regions += [box for box in boxes if beneath(box) is None]
        boxes.sort(key=lambda b: b[1])
        tops = [b[1] for b in boxes]
        tallest = max(b[3] - b[1] for b in boxes)
        for f in same:
            start = bisect.bisect_left(tops, f["top"] - tallest - SLACK)
            end = bisect.bisect_right(tops, f["bottom"] + SLACK)
            for box in boxes[start:end]:
                part = _meet(box, f)
                if part and ((area := beneath(box)) is None or _area(f) <= area):
                    regions.append(part)
    return regions


def invisible_boxes(doc, max_pages: int) -> dict[int, list[Box]]:
    """(x0, top, x1, bottom) of text painted by no render mode or transparent, by page number: pdfminer reports
    neither, so the pdfplumber engine asks pdfium where such text is and drops what lies there."""
    boxes: dict[int, list[Box]] = {}
    for number in range(min(len(doc), max_pages)):
        page = doc[number]
        height = page.get_size()[1]
        for obj, _, (left, bottom, right, top) in page_objects(page, (raw.FPDF_PAGEOBJ_TEXT,)):
            if calls.text_render_mode(obj) in UNSEEN_MODES or object_fill(obj)[1] < MIN_ALPHA:
                boxes.setdefault(number + 1, []).append((left, height - top, right, height - bottom))
    return boxes
