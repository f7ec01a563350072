"""PDF resumes: visible text only, column by column, so a sidebar never interleaves with the experience."""
from __future__ import annotations

import math
import re
from collections import defaultdict
from operator import itemgetter
from pathlib import Path

import pypdfium2 as pdfium

from ..errors import LoadError
from ..models import Document, Line, Unreadable
from ..text.normalize import normalize_items, normalize_lines
from ..text.sections import heading_name
from . import DEFAULT_PDF_ENGINE as DEFAULT_ENGINE, pdfium_words
from .pdfium_hidden import Bands, PAGE, MIN_SIZE as MIN_FONT_PT, background, covering, same_colour
from .columns import split_columns
from .page_rows import baseline_rows
from .pdfium_words import OUTSIDE
from .links import link_lines

MAX_PAGES = 50
NO_TEXT = Unreadable.NO_TEXT_LAYER
GARBLED = "garbled text layer (font without a Unicode map)"


def rgb(colour) -> tuple[float, float, float] | None:
    """A fill colour (gray, RGB or CMYK components in 0..1) as RGB, or None for a pattern or unknown space."""
    if colour is None or not isinstance(colour, (tuple, list)) or not colour:
        return None
    try:
        values = [float(v) for v in colour]
    except (TypeError, ValueError):
        return None  # a pattern colour: treat as visible
    if len(values) == 1:
        return values[0], values[0], values[0]
    if len(values) == 3:
        return values[0], values[1], values[2]
    if len(values) == 4:
        c, m, y, k = values
        return (1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k)
    return None




def _hidden_kind(char: dict, width: float, height: float, fills: list[dict] | None) -> str | None:
    """Why a character is invisible to a human reader, or None if it is visible. `fills` are the page's filled
    shapes and pictures in painting order (pdfium_hidden.painting), against which a character painted at its
    "order" (else after them all) is judged; None when its colour was judged already."""
    if char.get("text", "").isspace():
        return None
    if char["x1"] < 0 or char["x0"] > width or char["bottom"] < 0 or char["top"] > height:
        return OUTSIDE
    if char.get("size", 10) < MIN_FONT_PT:
        return "tiny text"
    if fills is None:
        return None
    order = char.get("order", math.inf)
    colour = rgb(char.get("non_stroking_color"))
    under = background((char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2, order, fills)
    cover = covering(char, order, fills)
    for seen in (under, cover):  # what lies beneath the text, and what a reader sees over it
        if colour is not None and seen is not None and same_colour(colour, seen):
            return "white text" if same_colour(seen, PAGE) else "text coloured like its background"
    return "text covered by a shape" if cover is not None else None


def _load_error(exc: Exception) -> LoadError:
    if _is_password_error(exc):
        return LoadError("encrypted PDF (password required)")
    detail = str(exc).strip()
    return LoadError(f"corrupt PDF: {type(exc).__name__}{': ' + detail if detail else ''}"[:200])


def _check_header(path: Path) -> None:
    """Refuse files that are not PDFs at all before pdfminer reports something cryptic."""
    with path.open("rb") as fh:
        head = fh.read(1024)
    if not head:
        raise LoadError("empty file")
    if b"%PDF" not in head:
        html = head.lstrip().lower().startswith((b"<!doctype html", b"<html"))
        raise LoadError("not a PDF: an HTML page saved as .pdf" if html else "not a PDF (no %PDF header)")


def _is_password_error(exc: BaseException | None) -> bool:
    """pdfplumber wraps pdfminer's errors, so look down the chain for the password failure."""
    from pdfminer.pdfdocument import PDFPasswordIncorrect  # see _open

    while exc is not None:
        if isinstance(exc, PDFPasswordIncorrect) or any(isinstance(a, PDFPasswordIncorrect) for a in exc.args):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def _open(path: Path):
    """The file through pdfplumber, imported here: the default engine never needs it nor pdfminer, which took
    a third of a pooled worker's start-up (about 75 ms CPU each)."""
    import pdfplumber

    _check_header(path)
    try:
        return pdfplumber.open(path, password="")
    except Exception as exc:  # pdfminer raises many ad-hoc types for broken files
        raise _load_error(exc) from exc


def _plumber_words(page, hidden: dict[str, set[int]], judged: list[tuple[str, dict]] | None) -> list[dict]:
    """The visible words of one page, as pdfplumber sees them. pdfminer knows neither painting order, opacity,
    clipping nor render mode, so pdfium judges those: `judged` holds the characters it found hidden, each kind
    with its box (pdfium_words.page_words). Without it (pdfium could not read the file), a character is judged
    against the fills pdfminer lists, as though painted after them all."""
    width, height = float(page.width), float(page.height)
    fills = None if judged is not None else [
        {**f, "rgb": rgb(f.get("non_stroking_color")) if kind else None, "alpha": 1.0, "order": order}
        for order, (f, kind) in enumerate([*((r, True) for r in page.rects + page.curves if r.get("fill")),
                                           *((i, False) for i in page.images)])]

    # what lies outside the page pdfminer sees as well as pdfium; a page may have thousands of such characters
    found = Bands([((b["x0"], b["top"], b["x1"], b["bottom"]), kind) for kind, b in judged or () if kind != OUTSIDE])

    def keep(obj) -> bool:
        if obj.get("object_type") != "char":
            return True
        x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
        kind = next(iter(found.near((x, y, x, y))), None) or _hidden_kind(obj, width, height, fills)
        if kind:
            hidden[kind].add(page.page_number)
            return False
        return True

    # a small, size-relative tolerance: LaTeX PDFs often have no space characters, only narrow gaps
    # a glyph painted again a hair from itself is one letter drawn bold (word_breaks.overprints_dropped)
    return (page.filter(keep).dedupe_chars(tolerance=1)
            .extract_words(x_tolerance_ratio=0.12, use_text_flow=False))


def _shown(links: list[tuple[str, tuple[float, float, float, float]]], words: list[dict]) -> list[str]:
    """The links whose area covers a visible word: an icon or a handle a reader can click, not an empty corner."""
    return [url for url, (x0, top, x1, bottom) in links
            if any(w["x0"] < x1 and x0 < w["x1"] and w["top"] < bottom and top < w["bottom"] for w in words)]


def _pdfium_extras(path: Path) -> tuple[dict[int, list[tuple[str, dict]]] | None, dict[int, list]]:
    """The characters pdfium finds hidden, by page number (see _plumber_words), and the link annotations: a file
    pdfium cannot open has no judgement (None) and no links."""
    try:
        doc = pdfium_words.open_document(path)
        try:
            judged = {n + 1: pdfium_words.page_words(doc[n], _hidden_kind)[1] for n in range(min(len(doc), MAX_PAGES))}
            return judged, pdfium_words.link_targets(doc, MAX_PAGES)
        finally:
            doc.close()
    except Exception:  # noqa: BLE001 - pdfminer still reads the file; only these extras are lost
        return None, {}


_PROPERTIES = ("Author", "Title")


def properties(info: dict) -> tuple[str, ...]:
    """The Author and Title of a PDF's document information, where a name often sits (for --blind)."""
    return tuple(v.strip() for k in _PROPERTIES if isinstance(v := info.get(k), str) and v.strip())


def _read_plumber(path: Path, hidden: dict[str, set[int]]):
    """(page count, [(page number, words)]) through pdfplumber/pdfminer."""
    with _open(path) as pdf:
        try:
            total = len(pdf.pages)
            judged, links = _pdfium_extras(path)
            pages = [(page.page_number, _plumber_words(page, hidden, None if judged is None
                                                       else judged.get(page.page_number, [])),
                      float(page.width)) for page in pdf.pages[:MAX_PAGES]]
            shown = [url for number, words, _ in pages for url in _shown(links.get(number, []), words)]
            # pdfminer shows unmapped glyphs as (cid:N), counted by unreadable_reason
            return total, pages, 0, shown, properties(pdf.metadata)
        except Exception as exc:  # pdfminer parses lazily: broken streams and passwords surface here too
            raise _load_error(exc) from exc


def _read_pdfium(path: Path, hidden: dict[str, set[int]]):
    """(page count, [(page number, words)]) through pdfium: the same words, about 20 times faster."""
    _check_header(path)
    try:
        doc = pdfium_words.open_document(path)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise LoadError("encrypted PDF (password required)") from exc
        raise LoadError(f"corrupt PDF: {exc}"[:200]) from exc
    try:
        total, pages, unmapped_chars, links = len(doc), [], 0, []
        for index in range(min(total, MAX_PAGES)):
            page = doc[index]
            words, dropped, unmapped = pdfium_words.page_words(page, _hidden_kind)
            unmapped_chars += unmapped
            for kind, _ in dropped:
                hidden[kind].add(index + 1)
            pages.append((index + 1, words, page.get_width()))
            links += _shown(pdfium_words.page_links(doc, page), words)
        # two values read, not the whole dictionary: a quarter of the time, on every PDF
        return total, pages, unmapped_chars, links, properties({k: doc.get_metadata_value(k) for k in _PROPERTIES})
    except pdfium.PdfiumError as exc:
        raise LoadError(f"corrupt PDF: {exc}"[:200]) from exc
    finally:
        doc.close()


ENGINES = {"pdfplumber": _read_plumber, "pdfium": _read_pdfium}


def _assemble(words: list[dict]) -> list[str]:
    """Group words into visual lines by their baseline, then read each line left to right."""
    return [" ".join([w["text"] for w in sorted(row, key=_LEFT)]) for row in _left_cells_first(baseline_rows(words))]


def _left_cells_first(rows: list[list[dict]]) -> list[list[dict]]:
    """A table's label cell set a little lower than the text beside it ('Work' level with the first role of its
    row, its baseline 3 points down) is on the same visual row: read it first, as a row reads left to right.
    Two rows in baseline order swap when the second is a label (a few words) wholly left of the first and their
    heights mostly overlap; a sentence beside a date printed a little higher keeps its place below the date."""
    for k in range(len(rows) - 1):
        a, b = rows[k], rows[k + 1]
        if len(b) > _LABEL_WORDS or max(w["x1"] for w in b) >= min(w["x0"] for w in a):
            continue
        top, bottom = max(min(w["top"] for w in a), min(w["top"] for w in b)), min(a[0]["bottom"], b[0]["bottom"])
        height = min(a[0]["bottom"] - a[0]["top"], b[0]["bottom"] - b[0]["top"])
        if height > 0 and bottom - top > height / 2:
            rows[k], rows[k + 1] = b, a
    return rows


_LEFT = itemgetter("x0")
_LABEL_WORDS = 3  # a table's label cell ('Work', 'Work Experience'), not a line of text


_LETTERS = re.compile(r"[^\W\d_]+")  # letters of any script; private-use glyphs are not

_EDGE = re.compile(r"^\W+|\W+$")
# A word as a font with a Unicode map prints it: letters (with inner - ' . / & and a trailing + or #, as in
# "C++"), a number or date, an e-mail address or a web address. A font without a map shifts letters into
# tokens such as "x2`xx/", which are none of these.
_WORDISH = re.compile(r"[^\W\d_]+(?:[-'’./&+#][^\W\d_]*)*[+#]*|\d+(?:[-/.:,–—]\d+)*%?|\S*@\S*"
                      r"|(?:https?://|www\.)\S*")


def garbled(text: str) -> bool:
    """Most of a page's words are not words. A few unmapped glyphs (dashes, bullets, icons) among real words are
    not enough: the page then reads fine and is kept."""
    tokens = words = 0
    for t in text.split():
        if t.isalpha():  # most tokens: letters only, a word as they stand (no edge to strip, _WORDISH's first form)
            if len(t) > 1:
                tokens += 1
                words += 1
        elif len(t := _EDGE.sub("", t)) > 1:
            tokens += 1
            words += _WORDISH.fullmatch(t) is not None
    return tokens > 0 and words * 2 < tokens


def _readable_pages(lines: list[Line]) -> tuple[list[Line], list[int]]:
    """The lines of pages that read as words, and the numbers of the garbled pages left out."""
    pages: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        pages[line.page].append(line)
    bad = [n for n, page in pages.items() if garbled("\n".join(line.text for line in page))]
    return [line for line in lines if line.page not in bad], bad


def unreadable_reason(text: str) -> str | None:
    """Detect a missing or garbled text layer (fonts without a Unicode map come out as (cid:N) or symbols)."""
    chars = len("".join(text.split()))  # the characters that are not white space (as \s or str.isspace says)
    if chars < 20:
        return NO_TEXT
    if text.count("(cid:") * 5 > chars / 4:
        return GARBLED
    if sum(map(len, _LETTERS.findall(text))) / chars < 0.5:  # counted by runs: a list item per letter is slow
        return "garbled text layer (mostly symbols, font without a Unicode map)"
    return None


def _reading_order(pages: list[tuple[int, list[list[str]]]]) -> list[tuple[int, list[str]]]:
    """(page number, raw lines) in reading order. A two-column page is [header, left, right, footer]; it reads
    left then right, unless a later page's main (longer) column carries on without a heading at its top: then
    the main column of every page is read first and the sidebars after the text, so the roles a continued page
    holds stay in the experience section instead of falling under a sidebar's Skills or Education."""
    def main_side(blocks: list[list[str]]) -> int:
        return 1 if sum(map(len, blocks[1])) >= sum(map(len, blocks[2])) else 2

    def first_is_heading(block: list[str]) -> bool:
        first = normalize_lines(block[:3])
        return bool(first) and heading_name(first[0]) is not None

    continued = any(number > 1 and len(blocks) == 4 and not blocks[0]
                    and not first_is_heading(blocks[main_side(blocks)]) for number, blocks in pages)
    ordered, sidebars = [], []
    for number, blocks in pages:
        if continued and len(blocks) == 4:
            main = main_side(blocks)
            sidebars.append((number, blocks[3 - main]))
            blocks = [blocks[0], blocks[main], blocks[3]]
        ordered.extend((number, block) for block in blocks)
    return ordered + sidebars


def load(path: Path, engine: str = DEFAULT_ENGINE) -> Document:
    """Visible text of the first MAX_PAGES pages, header then column by column on each page."""
    hidden: dict[str, set[int]] = defaultdict(set)
    total, pages, unmapped, links, metadata = ENGINES[engine](path, hidden)
    warnings = [f"only the first {MAX_PAGES} of {total} pages were read"] if total > MAX_PAGES else []
    columns = 1
    assembled = []
    for number, words, width in pages:
        regions = split_columns(words, width)
        columns = max(columns, 2 if len(regions) > 1 else 1)  # split_columns cuts a page in two at most
        assembled.append((number, [_assemble(region) for region in regions]))
    lines = [Line(text, number, item) for number, block in _reading_order(assembled)
             for text, item in normalize_items(block)]
    lines, bad = _readable_pages(lines)
    if bad and lines:
        warnings.append(f"{GARBLED} on page{'s' if len(bad) > 1 else ''} {', '.join(map(str, bad))}: left out")
    if lines:  # after the text, under a heading of their own, so no section or date reads them
        lines.extend(link_lines(links, lines[-1].page))
    for kind, page_numbers in sorted(hidden.items()):
        where = ", ".join(str(n) for n in sorted(page_numbers))
        warnings.append(f"hidden text ignored: {kind} on page{'s' if len(page_numbers) > 1 else ''} {where}")
    text = "\n".join(line.text for line in lines)
    if lines and unmapped * 100 >= len(text):
        warnings.append(f"{unmapped} characters are in fonts without a Unicode map; they read as printed, so a "
                        "date or a word near them may be misread")
    return Document(source=str(path), kind="pdf", lines=tuple(lines), pages=total, columns=columns,
                    warnings=tuple(warnings), metadata=metadata,
                    unreadable=GARBLED if bad and not lines else unreadable_reason(text))
