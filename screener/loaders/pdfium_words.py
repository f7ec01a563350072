"""The fast PDF engine: visible words with their boxes from pdfium, in the same shape pdfplumber gives them."""
from __future__ import annotations

import ctypes
import math
import re

import pypdfium2 as pdfium
import pypdfium2.raw as raw

UNSEEN_MODES = (3, 7)  # PDF text render modes "neither fill nor stroke" and "clip only": nothing is painted
MIN_ALPHA = 26  # of 255: fill opacity below a tenth is transparent text
DEPTH = 16  # form XObjects nested this deep are still looked into (pdfium's text page reads any depth)
MIN_SIZE = 4.0  # points: text drawn smaller than this is not meant to be read
PAGE = (1.0, 1.0, 1.0)  # what lies under text that no shape is drawn under
CLOSE = 0.08  # colours nearer than this in every channel look the same to a reader


def _fill(textpage, i: int) -> tuple[tuple[float, float, float], int]:
    """The character's fill colour (0..1 RGB) and opacity (0..255)."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    raw.FPDFText_GetFillColor(textpage, i, r, g, b, a)
    return (r.value / 255, g.value / 255, b.value / 255), a.value


def _object_fill(obj) -> tuple[tuple[float, float, float], int]:
    """A page object's fill colour (0..1 RGB) and opacity (0..255)."""
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    raw.FPDFPageObj_GetFillColor(obj, r, g, b, a)
    return (r.value / 255, g.value / 255, b.value / 255), a.value


def _baseline(textpage, i: int) -> float:
    x, y = ctypes.c_double(), ctypes.c_double()
    raw.FPDFText_GetCharOrigin(textpage, i, x, y)
    return y.value


def _objects(page, kinds: tuple[int, ...]):
    """(object, kind, (left, bottom, right, top)) of the page's objects of these kinds, forms looked into DEPTH
    deep; through the raw API, as the helper objects cost more than the checks made on them."""
    box = [ctypes.c_float() for _ in range(4)]

    def walk(count, get, parent, level):
        for i in range(count(parent)):
            obj = get(parent, i)
            kind = raw.FPDFPageObj_GetType(obj)
            if kind in kinds:
                raw.FPDFPageObj_GetBounds(obj, *box)
                yield obj, kind, tuple(v.value for v in box)
            elif kind == raw.FPDF_PAGEOBJ_FORM and level < DEPTH:
                yield from walk(raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, obj, level + 1)

    yield from walk(raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page.raw, 1)


def _fills(page, height: float) -> list[dict]:
    """Filled shapes (with their colour) and pictures (colour unknown: None), where text may sit on them."""
    boxes = []
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    for obj, kind, (left, bottom, right, top) in _objects(page, (raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE)):
        colour = None
        if kind == raw.FPDF_PAGEOBJ_PATH:
            raw.FPDFPath_GetDrawMode(obj, mode, stroke)
            if mode.value == 0:
                continue  # outlined, not filled
            colour = _object_fill(obj)[0]
        boxes.append({"x0": left, "x1": right, "top": height - top, "bottom": height - bottom, "rgb": colour})
    return boxes


def same_colour(a: tuple[float, float, float], b: tuple[float, float, float]) -> bool:
    """Whether a reader could not tell the two colours apart."""
    return max(abs(x - y) for x, y in zip(a, b)) < CLOSE


def _may_hide_text(page) -> bool:
    """Whether any text object on the page could be unseen by a reader: painted by no render mode, transparent,
    drawn smaller than MIN_SIZE, outside the page, white, or coloured like any shape its box overlaps. Most pages
    have none, and their words need no per-character checks; the others are read character by character.

    Text boxes are grouped by colour and each colour is compared with the shapes once (a page has a handful of
    colours and hundreds of text objects): the same answer as a test per object, at about half the cost."""
    width, height = page.get_size()
    size, matrix = ctypes.c_float(), raw.FS_MATRIX()
    by_colour: dict[tuple[float, float, float], list[tuple[float, float, float, float]]] = {}
    for obj, _, box in _objects(page, (raw.FPDF_PAGEOBJ_TEXT,)):
        left, bottom, right, top = box
        colour, alpha = _object_fill(obj)
        raw.FPDFTextObj_GetFontSize(obj, size)
        raw.FPDFPageObj_GetMatrix(obj, matrix)
        scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))  # a 40 pt font drawn at a tenth
        if (raw.FPDFTextObj_GetTextRenderMode(obj) in UNSEEN_MODES or alpha < MIN_ALPHA
                or size.value * scale < MIN_SIZE or right < 0 or left > width or top < 0 or bottom > height):
            return True
        by_colour.setdefault(colour, []).append(box)
    if any(same_colour(colour, PAGE) for colour in by_colour):
        return True
    fills = _fills(page, height) if by_colour else []
    for colour, boxes in by_colour.items():
        same = [f for f in fills if f["rgb"] is not None and same_colour(colour, f["rgb"])]
        if same and any(f["x0"] < right and left < f["x1"] and f["top"] < height - bottom and height - top < f["bottom"]
                        for left, bottom, right, top in boxes for f in same):
            return True
    return False


# pdfium writes a hyphen that ends a line as U+FFFE or U+0002 and may run the word on into the next line: cut it
# there. LaTeX fonts in the T1 encoding without a Unicode map give their ligatures as control codes 0x1B-0x1F,
# which Python counts as white space.
_WORD = re.compile("(?:[^\\s\ufffe\x02]|[\x1b-\x1f])+[\ufffe\x02]?|[\ufffe\x02]")
_CHARS = str.maketrans({"\ufffe": "-", "\x02": "-", "\x1b": "ff", "\x1c": "fi", "\x1d": "fl", "\x1e": "ffi",
                        "\x1f": "ffl"})


def page_words(page, hidden_kind) -> tuple[list[dict], list[str], int]:
    """Visible words of one page, the kinds of hidden text that were dropped, and how many characters
    pdfium could not map to Unicode (a font without a ToUnicode map reads as shifted letters).

    A page whose text objects are all plainly visible is read fast: pdfium's own text with its generated spaces
    and line breaks gives the words, and only each word's first and last character are measured. Any other page
    is read character by character, each checked for being hidden.
    """
    if _may_hide_text(page):
        return _checked_page_words(page, hidden_kind)
    height = page.get_size()[1]
    textpage = page.get_textpage()
    handle = textpage.raw
    count = raw.FPDFText_CountChars(handle)
    text = textpage.get_text_range(0, count) if count > 0 else ""
    if len(text) != count:  # characters outside the BMP shift the indices: measure every character instead
        textpage.close()
        return _checked_page_words(page, hidden_kind)
    first, last = raw.FS_RECTF(), raw.FS_RECTF()
    x, y, y_last = ctypes.c_double(), ctypes.c_double(), ctypes.c_double()
    words, unmapped = [], 0
    for m in _WORD.finditer(text.replace("\x00", " ")):
        a, b = m.start(), m.end() - 1
        raw.FPDFText_GetLooseCharBox(handle, a, first)
        raw.FPDFText_GetLooseCharBox(handle, b, last)
        raw.FPDFText_GetCharOrigin(handle, a, x, y)
        raw.FPDFText_GetCharOrigin(handle, b, x, y_last)
        if raw.FPDFText_HasUnicodeMapError(handle, a) == 1:
            unmapped += b - a + 1
        word = {"text": m.group().translate(_CHARS), "x0": first.left, "x1": max(first.right, last.right),
                "top": height - max(first.top, last.top), "bottom": height - y.value}
        if abs(y.value - y_last.value) > 2:  # letters running down the page: a rotated label, a line of its own
            word["alone"] = True
        words.append(word)
    textpage.close()
    return _join_vertical(words), [], unmapped


def _join_vertical(words: list[dict]) -> list[dict]:
    """Letters stacked one under another at the same x, in reading order, are one word written vertically (a
    rotated section label): pdfium gives each letter its own line, where pdfplumber reads one word."""
    out: list[dict] = []
    stack, last = None, None
    for w in words:
        p = out[-1] if out else None
        if (p is not None and len(w["text"]) == 1 and w["text"].isalpha()
                and (p is stack or (len(p["text"]) == 1 and p["text"].isalpha()))
                and abs(w["x0"] - p["x0"]) < 1.0 and 0 < abs(w["bottom"] - last) <= 2 * (w["x1"] - w["x0"]) + 4):
            p["text"] += w["text"]
            p["alone"] = True  # a line of its own, not glued to the text beside it
            p["x1"] = max(p["x1"], w["x1"])
            stack = p
        else:
            out.append(dict(w))
            stack = None
        last = w["bottom"]
    return out


def _checked_page_words(page, hidden_kind) -> tuple[list[dict], list[str], int]:
    """page_words, one character at a time, each tested with `hidden_kind`."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    fills = _fills(page, height)
    words: list[dict] = []
    dropped: list[str] = []
    current: dict | None = None
    unmapped = 0
    for i in range(textpage.count_chars()):
        char = chr(raw.FPDFText_GetUnicode(textpage, i)).translate(_CHARS)
        if char.isspace() or raw.FPDFText_IsGenerated(textpage, i) == 1 or char == "\x00":
            current = None
            continue
        # Loose boxes span the font's full height and advance, like pdfplumber's; FPDFText_GetFontSize would
        # ignore the text matrix (1 pt fonts scaled up are common), so the box height stands for the size
        unmapped += raw.FPDFText_HasUnicodeMapError(textpage, i) == 1
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        size = top - bottom
        # the baseline stands for the bottom: some fonts give glyph-tight "loose" boxes, whose bottoms differ
        # between "awesome" and "templates" on one line
        colour, alpha = _fill(textpage, i)
        box = {"text": char, "x0": left, "x1": right, "top": height - top,
               "bottom": height - _baseline(textpage, i), "size": size, "non_stroking_color": colour}
        if raw.FPDFTextObj_GetTextRenderMode(raw.FPDFText_GetTextObject(textpage, i)) in UNSEEN_MODES:
            kind = "invisible text"
        elif alpha < MIN_ALPHA:
            kind = "transparent text"
        else:
            kind = hidden_kind(box, width, height, fills)
        if kind:
            dropped.append(kind)
            current = None
            continue
        gap = box["x0"] - current["x1"] if current else 0
        if current and abs(box["bottom"] - current["bottom"]) < 0.5 * size and -0.5 * size < gap < 0.12 * size:
            current["text"] += char
            current["x1"] = max(current["x1"], box["x1"])
            current["top"] = min(current["top"], box["top"])
            current["bottom"] = max(current["bottom"], box["bottom"])
        else:
            current = {k: box[k] for k in ("text", "x0", "x1", "top", "bottom")}
            words.append(current)
    textpage.close()
    return _join_vertical(words), dropped, unmapped


def invisible_boxes(doc, max_pages: int) -> dict[int, list[tuple[float, float, float, float]]]:
    """(x0, top, x1, bottom) of text painted by no render mode or transparent, by page number: pdfminer reports
    neither, so the pdfplumber engine asks pdfium where such text is and drops what lies there."""
    boxes: dict[int, list[tuple[float, float, float, float]]] = {}
    for number in range(min(len(doc), max_pages)):
        page = doc[number]
        height = page.get_size()[1]
        for obj, _, (left, bottom, right, top) in _objects(page, (raw.FPDF_PAGEOBJ_TEXT,)):
            if raw.FPDFTextObj_GetTextRenderMode(obj) in UNSEEN_MODES or _object_fill(obj)[1] < MIN_ALPHA:
                boxes.setdefault(number + 1, []).append((left, height - top, right, height - bottom))
    return boxes


def page_links(doc, page) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The URIs of the page's link annotations, each with its area (x0, top, x1, bottom)."""
    found = []
    height = page.get_size()[1]
    pos, link, rect = ctypes.c_int(0), raw.FPDF_LINK(), raw.FS_RECTF()
    while raw.FPDFLink_Enumerate(page, pos, link):
        action = raw.FPDFLink_GetAction(link)
        size = raw.FPDFAction_GetURIPath(doc, action, None, 0) if action else 0
        if 1 < size <= 2048 and raw.FPDFLink_GetAnnotRect(link, rect):
            buf = ctypes.create_string_buffer(size)
            raw.FPDFAction_GetURIPath(doc, action, buf, size)
            box = (min(rect.left, rect.right), height - max(rect.top, rect.bottom), max(rect.left, rect.right),
                   height - min(rect.top, rect.bottom))
            found.append((buf.value.decode("latin-1"), box))
    return found


def link_targets(doc, max_pages: int) -> dict[int, list[tuple[str, tuple[float, float, float, float]]]]:
    """page_links of the first `max_pages` pages, by page number."""
    return {number + 1: page_links(doc, doc[number]) for number in range(min(len(doc), max_pages))}


def open_document(path) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(str(path), password=None)
