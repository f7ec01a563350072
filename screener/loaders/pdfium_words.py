"""The fast PDF engine: visible words with their boxes from pdfium, in the same shape pdfplumber gives them."""
from __future__ import annotations

import ctypes
import math
import re

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..text.normalize import ACCENT
from . import pdfium_calls as calls
from .pdfium_calls import Buffer
from .pdfium_hidden import MIN_ALPHA, UNSEEN_MODES, Bands, painting, risky_regions, same_colour
from .pdfium_outlines import Outlines
from .word_breaks import accents_composed, letter_spaced_lines, overprints_dropped, words_of

OUTSIDE = "text outside the page"


# pdfium writes a hyphen that ends a line as U+FFFE or U+0002 and may run the word on into the next line: cut it
# there. LaTeX fonts in the T1 encoding without a Unicode map give their ligatures as control codes 0x1B-0x1F,
# which Python counts as white space (0x1C-0x1F), yet they are letters; a NUL parts words as a space does. So a
# word's character is one class: anything but NUL, the two hyphen marks and Python's white space (str.isspace,
# written out) save 0x1C-0x1F. One class, not an alternation of two, lets the engine run along a word without
# trying branches at each character: half the scan's time.
_WORD = re.compile(r"[^\x00\x02\ufffe\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+"
                   r"[\ufffe\x02]?|[\ufffe\x02]")
_CHARS = str.maketrans({"\ufffe": "-", "\x02": "-", "\x1b": "ff", "\x1c": "fi", "\x1d": "fl", "\x1e": "ffi",
                        "\x1f": "ffl"})
_SPECIAL = re.compile("[\ufffe\x02\x1b-\x1f]")  # the characters _CHARS translates


def page_words(page, hidden_kind) -> tuple[list[dict], list[tuple[str, dict]], int]:
    """Visible words of one page, the hidden text dropped (each kind with its box), and how many characters
    pdfium could not map to Unicode (a font without a ToUnicode map reads as shifted letters).

    pdfium's own text with its generated spaces and line breaks gives the words, and only each word's first and
    last character are measured. A word wholly outside the page is dropped whole; a word that reaches outside
    it or into a region where text could be hidden (pdfium_hidden.risky_regions) is read again character by
    character, each checked with `hidden_kind`.
    """
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        painted = painting(page, height)  # read once, for the decision and the characters it sends back
        outline = Outlines(painted, height, calls.handle(textpage.raw)).shape_of
        chars = _Chars(painted, textpage.raw, width, height, hidden_kind, outline)
        count = raw.FPDFText_CountChars(chars.handle)
        text = textpage.get_text_range(0, count) if count > 0 else ""
        if len(text) != count:  # characters outside the BMP shift the indices: measure every character instead
            found, hidden, unmapped = chars.words(range(count))
            return _join_vertical(found), hidden, unmapped
        words, unmapped = _measured(chars.handle, text, height)
        if ACCENT.search(text):
            _compose_accents(chars.handle, text, words)
        dropped: list[tuple[str, dict]] = []
        risky = Bands([(region, region) for region in risky_regions(page, painted, outline)])
        meets = risky.meets if risky.bands else None  # most pages have no risky region
        kept = []
        for word, start, end in letter_spaced_lines(words, text):
            if word is None:  # a letter-spaced line: its word breaks judged again, character by character
                found, hidden, _ = chars.words(range(start, end))
                kept += found
                dropped += hidden
            elif word["x1"] < 0 or word["x0"] > width or word["bottom"] < 0 or word["top"] > height:
                dropped.append((OUTSIDE, word))
            elif (word["x0"] < 0 or word["x1"] > width or word["top"] < 0 or word["bottom"] > height
                  or (meets is not None and meets((word["x0"], word["top"], word["x1"], word["bottom"])))):
                found, hidden, _ = chars.words(range(start, end))
                kept += found
                dropped += hidden
            else:
                kept.append(word)
        return _join_vertical(kept), dropped, unmapped
    finally:
        textpage.close()


def _measured(handle, text: str, height: float) -> tuple[list[tuple[dict, int, int]], int]:
    """([(word, its first character's index, the index after its last)], unmapped characters) from pdfium's
    text, each word's box from its first and last character."""
    page = calls.handle(handle)
    first, last, origin = Buffer(4), Buffer(4), Buffer(3, ctypes.c_double)  # boxes: left, top, right, bottom
    f, l, o = first.values, last.values, origin.values  # origin: x (unused), y of the first, y of the last
    at_first, at_last, at_x, at_y, at_y_last = first.at[0], last.at[0], *origin.at
    box, at, unmapped_at = calls.char_loose_box, calls.char_origin, calls.char_unmapped
    words, unmapped = [], 0
    special = _SPECIAL.search(text) is not None  # most pages have none: no word needs translating
    for m in _WORD.finditer(text):
        a, end = m.span()
        box(page, a, at_first)
        at(page, a, at_x, at_y)
        left, top, right, baseline = f[0], f[1], f[2], o[1]
        rotated = False
        if end - a > 1:  # a word of one character is its own last
            box(page, end - 1, at_last)
            at(page, end - 1, at_x, at_y_last)
            if l[2] > right:  # max() without its call, on every word
                right = l[2]
            if l[1] > top:
                top = l[1]
            rotated = abs(baseline - o[2]) > 2  # letters running down the page: a rotated label, a line alone
        if unmapped_at(page, a) == 1:
            unmapped += end - a
        word = {"text": m.group().translate(_CHARS) if special else m.group(), "x0": left, "x1": right,
                "top": height - top, "bottom": height - baseline}
        if rotated:
            word["alone"] = True
        words.append((word, a, end))
    return words, unmapped


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
            if p is not stack:  # copied when it first gathers a letter: the words given are left as they are
                p = out[-1] = dict(p)
            p["text"] += w["text"]
            p["alone"] = True  # a line of its own, not glued to the text beside it
            p["x1"] = max(p["x1"], w["x1"])
            stack = p
        else:
            out.append(w)
            stack = None
        last = w["bottom"]
    return out


class _Chars:
    """Reading a page's characters one at a time, each tested for being hidden: for the words that could hide
    some, or every character of a page whose text pdfium cannot index one to one."""

    def __init__(self, painted: tuple[list[dict], list], handle, width: float, height: float, hidden_kind,
                 outline=None):
        """`painted`: the page's fills and text objects (pdfium_hidden.painting); `outline(obj)`: the shape a text
        object is a copy of (pdfium_outlines), if any."""
        self.painted, self.handle, self.width, self.height, self.hidden_kind = painted, handle, width, height, \
            hidden_kind
        self._outline = outline
        self.text = calls.handle(handle)  # the text page, as the lean calls take it
        self._fills: Bands | None = None  # filed by band: a character is judged against the fills level with it
        self._orders: dict[int, int] = {}  # each text object's place in the painting order, by its handle's value
        self._objects: dict[int, tuple[bool, int, tuple[float, float, float], float]] = {}  # see _object
        self._rgba = Buffer(4, ctypes.c_uint)

    def _object(self, obj, i: int) -> tuple[bool, int, tuple[float, float, float], float]:
        """(whether its render mode paints nothing, its fill opacity (0..255) and colour, its place in the painting
        order) of the text object that paints character i. pdfium answers a character's render mode and fill colour
        from its text object, so each text object is asked once, not once for each of its characters."""
        rgba = self._rgba
        calls.char_fill_color(self.text, i, *rgba.at)
        r, g, b, alpha = rgba.values
        unseen = calls.text_render_mode(obj) in UNSEEN_MODES
        colour = (r / 255, g / 255, b / 255)
        if self._outline is not None and (shape := self._outline(obj)) is not None and (
                unseen or alpha < MIN_ALPHA or same_colour(colour, shape["rgb"])):
            # a copy of text drawn as outlines, painted unseen or in their colour: seen as the shape, where it was
            # painted (a copy in a colour of its own is seen as itself)
            found = (False, round(255 * shape["alpha"]), shape["rgb"], shape["order"])
        else:
            found = (unseen, alpha, colour, self._orders.get(obj.value, math.inf))
        self._objects[obj.value] = found
        return found

    def words(self, indices) -> tuple[list[dict], list[tuple[str, dict]], int]:
        """(visible words, hidden characters dropped (kind, box), unmapped characters) of these characters."""
        text, width, height = self.text, self.width, self.height
        if self._fills is None:  # filed when first needed
            shapes, texts = self.painted
            self._fills = Bands([((f["x0"], f["top"], f["x1"], f["bottom"]), f) for f in shapes])
            self._orders = {obj.value: order for obj, order, *_ in texts}
        box, origin = Buffer(4), Buffer(2, ctypes.c_double)
        at_box, at_origin = box.at[0], origin.at
        left_top_right_bottom, y = box.values, origin.values
        objects, text_object = self._objects, self._object
        shown: list[dict] = []  # the visible characters, each marked "apart" when a space or hidden text precedes it
        dropped: list[tuple[str, dict]] = []
        apart = True
        unmapped = 0
        alpha, colour = 0, (0.0, 0.0, 0.0)  # a character without a text object keeps the last read, as pdfium does
        for i in indices:
            char = chr(calls.char_unicode(text, i)).translate(_CHARS)
            generated = calls.char_generated(text, i) == 1
            if char == " " and generated:
                continue  # pdfium's guess at a word gap: the gap itself is judged (words_of)
            if char.isspace() or generated or char == "\x00":
                apart = True
                continue
            # Loose boxes span the font's full height and advance, like pdfplumber's; FPDFText_GetFontSize would
            # ignore the text matrix (1 pt fonts scaled up are common), so the box height stands for the size
            unmapped += calls.char_unmapped(text, i) == 1
            calls.char_loose_box(text, i, at_box)
            left, top, right, bottom = left_top_right_bottom
            size = top - bottom
            # the baseline stands for the bottom: some fonts give glyph-tight "loose" boxes, whose bottoms differ
            # between "awesome" and "templates" on one line
            calls.char_origin(text, i, *at_origin)
            obj = calls.char_object(text, i)
            if obj.value is None:
                unseen, order = False, math.inf
            else:
                unseen, alpha, colour, order = objects.get(obj.value) or text_object(obj, i)
            char_box = {"text": char, "x0": left, "x1": right, "top": height - top, "bottom": height - y[1],
                        "size": size, "non_stroking_color": colour, "order": order}
            if unseen:
                kind = "invisible text"
            elif alpha < MIN_ALPHA:
                kind = "transparent text"
            else:
                near = self._fills.near((left, char_box["top"], right, char_box["bottom"]))
                kind = self.hidden_kind(char_box, width, height, near)  # in painting order, as filed
            if kind:
                dropped.append((kind, char_box))
                apart = True
                continue
            char_box["apart"], apart = apart, False
            shown.append(char_box)
        return words_of(accents_composed(overprints_dropped(shown))), dropped, unmapped


def _compose_accents(handle, text: str, words: list[tuple[dict, int, int]]) -> None:
    """accents_composed in the words pdfium measured: each character of a word holding an accent is measured."""
    page = calls.handle(handle)
    box = Buffer(4)
    for word, start, end in words:
        if not ACCENT.search(text, start, end):
            continue
        chars = []
        for i in range(start, end):
            calls.char_loose_box(page, i, box.at[0])
            left, top, right, bottom = box.values
            chars.append({"text": text[i], "x0": left, "x1": right, "top": -top, "bottom": -bottom})
        word["text"] = "".join(c["text"] for c in accents_composed(chars)).translate(_CHARS)


def page_links(doc, page) -> list[tuple[str, tuple[float, float, float, float]]]:
    """The URIs of the page's link annotations, each with its area (x0, top, x1, bottom)."""
    found = []
    height = page.get_size()[1]
    pos, link, rect = ctypes.c_int(0), raw.FPDF_LINK(), raw.FS_RECTF()
    while raw.FPDFLink_Enumerate(page, pos, link):
        action = raw.FPDFLink_GetAction(link)
        size = raw.FPDFAction_GetURIPath(doc, action, None, 0) if action else 0
        if 1 < size <= 2048 and raw.FPDFLink_GetAnnotRect(link, rect):
            uri, at = calls.out_bytes(size)
            raw.FPDFAction_GetURIPath(doc, action, at, size)
            box = (min(rect.left, rect.right), height - max(rect.top, rect.bottom), max(rect.left, rect.right),
                   height - min(rect.top, rect.bottom))
            found.append((uri.partition(b"\0")[0].decode("latin-1"), box))  # up to its NUL, as a C string reads
    return found


def link_targets(doc, max_pages: int) -> dict[int, list[tuple[str, tuple[float, float, float, float]]]]:
    """page_links of the first `max_pages` pages, by page number."""
    return {number + 1: page_links(doc, doc[number]) for number in range(min(len(doc), max_pages))}


def open_document(path) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(str(path), password=None)
