"""Where a PDF page could hide text from a reader, decided per text object from pdfium's page objects.

Text a person can't see is never evidence. Most text objects are plainly visible: painted, opaque, big enough,
on the page, coloured unlike what was painted under them and not painted over. The others mark a region of the
page (the object's box, or the part of it a fill that could match or cover it meets) whose characters must each
be checked; the rest of the page is read as pdfium gives it, without per-character work.
"""
from __future__ import annotations

import ctypes
import math
from collections.abc import Sequence

import pypdfium2.raw as raw

from . import pdfium_calls as calls
from .pdfium_calls import Buffer

UNSEEN_MODES = (3, 7)  # PDF text render modes "neither fill nor stroke" and "clip only": nothing is painted
MIN_ALPHA = 26  # of 255: fill opacity below a tenth is transparent text
DEPTH = 16  # form XObjects nested this deep are still looked into (pdfium's text page reads any depth)
MIN_SIZE = 4.0  # points: text drawn smaller than this is not meant to be read
PAGE = (1.0, 1.0, 1.0)  # what lies under text that no shape is drawn under
CLOSE = 0.08  # colours nearer than this in every channel look the same to a reader
HALF = 0.5  # a fill at least this opaque shows as itself where a colour is unknown
SLACK = 1.0  # points: a character's box may stand this far outside its text object's bounds

Box = tuple[float, float, float, float]  # (x0, top, x1, bottom), top-down like pdfplumber's


Matrix = tuple[float, float, float, float, float, float]  # PDF's (a, b, c, d, e, f): x' = ax + cy + e, y' = bx + dy + f


def then(inner: Matrix, outer: Matrix | None) -> Matrix:
    """The matrix that applies `inner`, then `outer` (None: nothing more)."""
    if outer is None:
        return inner
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F


def drawn_scale(matrix: Sequence[float], place: Matrix | None) -> float:
    """How much an object's matrix (and its form's `place`) scales what it draws: a 40 pt font drawn at a tenth, or
    in a form drawn at a tenth, is 4 pt on the page."""
    a, b, c, d, _, _ = matrix if place is None else then(tuple(matrix), place)
    return math.sqrt(abs(a * d - b * c))


def _placed(xs: list[float], ys: list[float], place: Matrix | None) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) on the page of the box round these points, given in a form's own space that
    `place` maps onto the page (None: on the page already)."""
    if place is not None:
        a, b, c, d, e, f = place
        xs, ys = [a * x + c * y + e for x, y in zip(xs, ys)], [b * x + d * y + f for x, y in zip(xs, ys)]
    return min(xs), min(ys), max(xs), max(ys)


def page_objects(page, kinds: tuple[int, ...]):
    """(object, kind, (left, bottom, right, top), place) of the page's objects of these kinds, forms looked into
    DEPTH deep; objects are handles for the lean calls (pdfium_calls), as there are thousands on some pages.

    An object inside a form XObject is drawn in the form's own space, and pdfium gives its bounds and clip there:
    the form's matrix (`place`, composed through nested forms; None on the page itself) puts it where a reader
    sees it, so a logo's shape drawn large in its form is not taken for a fill over half the page."""
    box, matrix = Buffer(4), Buffer(6)
    values, at = box.values, box.at
    kind_of, bounds = calls.object_type, calls.object_bounds

    def walk(count, get, parent, level, place):
        for i in range(count(parent)):
            obj = get(parent, i)
            kind = kind_of(obj)
            if kind in kinds:
                bounds(obj, *at)
                if place is None:
                    yield obj, kind, values.tolist(), None  # a copy: the buffer is the next object's
                else:
                    left, bottom, right, top = values.tolist()
                    yield obj, kind, _placed([left, left, right, right], [bottom, top, bottom, top], place), place
            elif kind == raw.FPDF_PAGEOBJ_FORM and level < DEPTH:
                calls.object_matrix(obj, matrix.at[0])
                inner = then(tuple(matrix.values.tolist()), place)
                yield from walk(calls.form_count_objects, calls.form_get_object, obj, level + 1, inner)

    yield from walk(calls.page_count_objects, calls.page_get_object, calls.handle(page.raw), 1, None)


def clip_box(obj: int, height: float, place: Matrix | None, point: Buffer) -> Box | None:
    """The bounding box of the object's clipping path (top-down, on the page; `place`: see page_objects), or
    None when nothing clips it: paint shows only inside it, so a page-sized fill clipped to a rule colours only
    the rule. `point`: a Buffer(2) for the path's points, made once for a page's many fills."""
    clip = calls.object_clip(obj)
    if not clip:
        return None
    x0 = top = -math.inf
    x1 = bottom = math.inf
    for p in range(calls.clip_count_paths(clip)):
        xs, ys = [], []
        for s in range(calls.clip_count_segments(clip, p)):
            calls.segment_point(calls.clip_segment(clip, p, s), *point.at)
            xs.append(point.values[0])
            ys.append(point.values[1])
        if xs:  # the clip is where every path of it holds
            left, low, right, high = _placed(xs, ys, place)
            x0, top, x1, bottom = max(x0, left), max(top, height - high), min(x1, right), min(bottom, height - low)
    return None if x0 == -math.inf else (x0, top, x1, bottom)


def painting(page, height: float) -> tuple[list[dict], list[tuple[int, int, tuple[float, float, float, float]]]]:
    """The page's fills in painting order and its text objects as (object, order, (left, bottom, right, top),
    place), boxes on the page (see page_objects).

    A fill is a filled shape (its colour, and its object as "path") or a picture (colour unknown: None), cut to
    its clipping path, with its opacity (0..1) and its place in the painting order: what lies under a character is
    what was painted before it.
    Fills that paint nothing (fully transparent, or clipped away) are left out."""
    shapes, texts = [], []
    modes, rgba, point = Buffer(2, ctypes.c_int), Buffer(4, ctypes.c_uint), Buffer(2)
    kinds = (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_TEXT)
    for order, (obj, kind, (left, bottom, right, top), place) in enumerate(page_objects(page, kinds)):
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            texts.append((obj, order, (left, bottom, right, top), place))
            continue
        if kind == raw.FPDF_PAGEOBJ_PATH:
            calls.path_draw_mode(obj, *modes.at)
            if modes.values[0] == 0:
                continue  # outlined, not filled
        rgba.values[3] = 255  # a picture may have no fill colour: opaque
        calls.object_fill_color(obj, *rgba.at)
        r, g, b, a = rgba.values
        x0, top_, x1, bottom_ = left, height - top, right, height - bottom
        if (clip := clip_box(obj, height, place, point)) is not None:
            x0, top_, x1, bottom_ = max(x0, clip[0]), max(top_, clip[1]), min(x1, clip[2]), min(bottom_, clip[3])
        if a == 0 or x0 > x1 or top_ > bottom_:
            continue
        path = obj if kind == raw.FPDF_PAGEOBJ_PATH else None
        colour = (r / 255, g / 255, b / 255) if path is not None else None
        shapes.append({"x0": x0, "x1": x1, "top": top_, "bottom": bottom_, "rgb": colour, "alpha": a / 255,
                       "order": order, "path": path})
    return shapes, texts


def fills(page, height: float) -> list[dict]:
    """The page's fills in painting order (see painting)."""
    return painting(page, height)[0]


def over(colour: tuple[float, float, float] | None, fill: dict) -> tuple[float, float, float] | None:
    """What a reader sees where `fill` is painted on `colour` (None: a picture, colour unknown): the two blended by
    the fill's opacity; a picture, or a colour on one, counts when it is at least half opaque."""
    alpha, rgb = fill["alpha"], fill["rgb"]
    if rgb is None or colour is None:
        return (rgb if rgb is not None else None) if alpha >= HALF else colour
    return tuple(c * (1 - alpha) + f * alpha for c, f in zip(colour, rgb))


def background(x: float, y: float, order: float, shapes: list[dict]) -> tuple[float, float, float] | None:
    """The colour under the point for text painted at `order`: the white page, then each fill painted before it
    that holds the point, in painting order."""
    colour = PAGE
    for f in shapes:
        if f["order"] >= order:
            break
        if f["x0"] <= x <= f["x1"] and f["top"] <= y <= f["bottom"]:
            colour = over(colour, f)
    return colour


def covering(box: dict, order: float, shapes: list[dict]) -> tuple[float, float, float] | None:
    """The colour of the last shape painted after the text over its box (its whole width and at least half its
    height), at least half opaque: the reader sees that shape, not the text. A rule struck through or under the
    text is too thin to count, and pictures are left out (a logo's box is not its outline)."""
    half = (box["bottom"] - box["top"]) / 2
    found = None
    for f in shapes:
        if (f["order"] > order and f["rgb"] is not None and f["alpha"] >= HALF and f["x0"] <= box["x0"]
                and box["x1"] <= f["x1"] and min(f["bottom"], box["bottom"]) - max(f["top"], box["top"]) >= half):
            found = f["rgb"]
    return found


def same_colour(a: tuple[float, float, float], b: tuple[float, float, float]) -> bool:
    """Whether a reader could not tell the two colours apart."""
    return abs(a[0] - b[0]) < CLOSE and abs(a[1] - b[1]) < CLOSE and abs(a[2] - b[2]) < CLOSE  # every channel


def _text_objects(texts, width: float, height: float, outline=None):
    """((x0, top, x1, bottom), colour, order) of every text object a reader could see on its own merits, and the
    boxes of those no one can: unpainted, transparent, too small, or partly outside the page. Objects wholly
    outside the page are left out: every word of theirs lies outside it too, and the reader drops such words whole.
    `outline(obj)`: the shape an unpainted or transparent object is a copy of (pdfium_outlines), seen as that shape."""
    rgba, size, matrix = Buffer(4, ctypes.c_uint), Buffer(1), Buffer(6)
    fill, font_size, transform, mode = calls.object_fill_color, calls.text_font_size, calls.object_matrix, \
        calls.text_render_mode
    seen: list[tuple[Box, tuple[float, float, float], int]] = []
    unseen: list[Box] = []
    at_r, at_g, at_b, at_alpha = rgba.at
    at_size, at_matrix = size.at[0], matrix.at[0]
    for obj, order, (left, bottom, right, top), place in texts:
        if right < 0 or left > width or top < 0 or bottom > height:
            continue
        box = (left, height - top, right, height - bottom)
        fill(obj, at_r, at_g, at_b, at_alpha)
        font_size(obj, at_size)
        transform(obj, at_matrix)
        r, g, b, alpha = rgba.values
        if (size.values[0] * drawn_scale(matrix.values, place) < MIN_SIZE
                or left < 0 or right > width or bottom < 0 or top > height):
            unseen.append(box)
        elif mode(obj) in UNSEEN_MODES or alpha < MIN_ALPHA:
            shape = outline(obj) if outline is not None else None
            if shape is None:
                unseen.append(box)
            else:
                seen.append((box, shape["rgb"], shape["order"]))
        else:
            seen.append((box, (r / 255, g / 255, b / 255), order))
    return seen, unseen


def _within(box: Box, f: dict) -> bool:
    x0, top, x1, bottom = box
    return f["x0"] <= x0 - SLACK and x1 + SLACK <= f["x1"] and f["top"] <= top - SLACK and bottom + SLACK <= f["bottom"]


def _meet(box: Box, f: dict) -> Box | None:
    """The part of the box (grown by SLACK) that the shape covers, if any."""
    x0, top, x1, bottom = max(box[0] - SLACK, f["x0"]), max(box[1] - SLACK, f["top"]), \
        min(box[2] + SLACK, f["x1"]), min(box[3] + SLACK, f["bottom"])
    return (x0, top, x1, bottom) if x0 <= x1 and top <= bottom else None


class Bands:
    """Items with boxes (x0, top, x1, bottom) filed under the horizontal bands of the page they cross, so that a
    box is compared only with the items level with it (a page may have hundreds)."""

    HEIGHT = 24.0  # points

    def __init__(self, items: list[tuple[Box, object]]):
        self.bands: dict[int, list[tuple[Box, int, object]]] = {}
        for n, (box, item) in enumerate(items):
            for band in range(int(box[1] // self.HEIGHT), int(box[3] // self.HEIGHT) + 1):
                self.bands.setdefault(band, []).append((box, n, item))

    def meets(self, box: Box) -> bool:
        """Whether any item's box meets this box."""
        if not self.bands:  # most pages have no risky region, and every word asks
            return False
        x0, top, x1, bottom = box
        return any(fx0 <= x1 and x0 <= fx1 and ftop <= bottom and top <= fbottom
                   for band in range(int(top // self.HEIGHT), int(bottom // self.HEIGHT) + 1)
                   for (fx0, ftop, fx1, fbottom), _, _ in self.bands.get(band, ()))

    def near(self, box: Box, slack: float = 0.0) -> list:
        """The items whose boxes meet this box grown by `slack`, each once, in the order they were given (fills
        are given in painting order, so callers need not sort them again)."""
        if not self.bands:
            return []
        x0, top, x1, bottom = box[0] - slack, box[1] - slack, box[2] + slack, box[3] + slack
        first, last = int(top // self.HEIGHT), int(bottom // self.HEIGHT)
        if first == last:  # most boxes lie within one band, whose items are in the order given
            return [item for (fx0, ftop, fx1, fbottom), _, item in self.bands.get(first, ())
                    if fx0 <= x1 and x0 <= fx1 and ftop <= bottom and top <= fbottom]
        found: dict[int, object] = {}
        for band in range(first, last + 1):
            for (fx0, ftop, fx1, fbottom), n, item in self.bands.get(band, ()):
                if fx0 <= x1 and x0 <= fx1 and ftop <= bottom and top <= fbottom:
                    found[n] = item
        return [found[n] for n in sorted(found)]


def _may_cover(f: dict) -> bool:
    """Whether a shape painted after text could cover a character of it (see covering): a shape covers one over
    half its height, so one thinner than half the smallest readable size never does."""
    return f["rgb"] is not None and f["alpha"] >= HALF and f["bottom"] - f["top"] >= MIN_SIZE / 2


def _may_turn(colour: tuple[float, float, float], f: dict) -> bool:
    """Whether painting the fill on some background could leave the text's colour there: a fill of that colour,
    or a translucent one whose blend with some colour reaches it (a picture's colours are unknown: no)."""
    if f["rgb"] is None:
        return False
    if f["alpha"] >= 1:
        return same_colour(colour, f["rgb"])
    a = f["alpha"]  # each channel blends to between rgb*a (on black) and rgb*a + 1 - a (on white)
    return all(v * a - CLOSE < c < v * a + 1 - a + CLOSE for c, v in zip(colour, f["rgb"]))


def _risky_parts(box: Box, colour: tuple[float, float, float], order: int, near: list[dict]) -> list[Box]:
    """Where in a visible text object's box a character could be hidden, from the fills that meet it (in painting
    order). Under the box lies the last opaque fill painted before the text over the whole of it (else the page),
    then the fills painted after that one: a part is risky where a fill of the text's colour, or a translucent
    fill that blends, could make the background its colour, or where a shape painted after the text covers it."""
    before = [f for f in near if f["order"] < order]
    base = next((i for i in range(len(before) - 1, -1, -1)
                 if before[i]["alpha"] >= 1 and _within(box, before[i])), None)
    uniform = PAGE if base is None else before[base]["rgb"]
    parts, split = [], False
    for f in before[base + 1 if base is not None else 0:]:
        inside = _within(box, f)
        if inside and not split:
            uniform = over(uniform, f)
        elif _may_turn(colour, f):
            parts.append(box if inside else _meet(box, f))
        split = split or not inside
    if uniform is not None and same_colour(colour, uniform):
        return [box]
    after = [_meet(box, f) for f in near if f["order"] > order and _may_cover(f)]
    return [p for p in parts + after if p is not None]


def risky_regions(page, painted: tuple[list[dict], list] | None = None, outline=None) -> list[Box]:
    """The parts of the page where a character could be hidden, so must be checked one by one.

    A character is hidden where the background a reader sees under it (what was painted before it, see
    background) is its own colour, or where a shape painted after it covers it. Each visible text object is
    compared with the fills level with it (_risky_parts); unseen ones are risky whole. `painted`: the page's
    painting, when the caller has read it already; `outline`: see _text_objects."""
    width, height = page.get_size()
    shapes, texts = painting(page, height) if painted is None else painted
    seen, regions = _text_objects(texts, width, height, outline)
    bands = Bands([((f["x0"], f["top"], f["x1"], f["bottom"]), f) for f in shapes])
    # most text objects need no look at the fills near them: a colour no fill has, but the page's, can be hidden
    # only by blending or by a shape painted over it; a page has a handful of colours and hundreds of objects
    translucent = any(f["alpha"] < 1 for f in shapes)
    last_cover = max((f["order"] for f in shapes if _may_cover(f)), default=-1)  # the last shape that may cover text
    matchable: dict[tuple[float, float, float], bool] = {}  # a fill of the colour exists, or it is the page's
    for box, colour, order in seen:
        if colour not in matchable:
            matchable[colour] = same_colour(colour, PAGE) or any(
                f["rgb"] is not None and same_colour(colour, f["rgb"]) for f in shapes)
        if matchable[colour] or translucent or order < last_cover:
            near = bands.near(box, SLACK)  # in painting order
            if near:
                regions += _risky_parts(box, colour, order, near)
            elif same_colour(colour, PAGE):  # on the bare page: what _risky_parts finds with no fill near
                regions.append(box)
    return regions
