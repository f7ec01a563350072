"""How the pdfium loader reads each real PDF page: which words it reads fast and which character by character,
why, and what each part costs.

    python bench/pages.py [FOLDER...]      (default: the dev and fresh corpora; skips when they are absent)

A page's words come from pdfium's own text, two character boxes a word. The hidden-text decision
(pdfium_hidden.risky_regions) marks where a character could be hidden, per text object; only the words that
reach into such a region (or outside the page) are read again character by character. This prints, for the set:
how many pages have risky regions and why (the kind of object that made each), how many words are read each
way, and the CPU time of the decision, of the whole page read, and of reading every character checked (the
path every page with anything risky took before). Nothing here changes screener/.
"""
from __future__ import annotations

import ctypes
import math
import sys
import time
from collections import Counter
from pathlib import Path

import pypdfium2.raw as raw

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copies import DEFAULT_FOLDERS, resumes  # noqa: E402

from screener.loaders import pdf as loader  # noqa: E402
from screener.loaders import pdfium_calls as calls  # noqa: E402
from screener.loaders.pdfium_calls import Buffer  # noqa: E402
from screener.loaders import pdfium_hidden as ph  # noqa: E402
from screener.loaders import pdfium_words as pw  # noqa: E402


def _fill(obj: int) -> tuple[tuple[float, float, float], int]:
    """A page object's fill colour (0..1 RGB) and opacity (0..255)."""
    rgba = Buffer(4, ctypes.c_uint)
    calls.object_fill_color(obj, *rgba.at)
    r, g, b, a = rgba.values
    return (r / 255, g / 255, b / 255), a


def reasons(page) -> Counter:
    """Text objects by what makes them risky, as risky_regions judges them (first reason only)."""
    width, height = page.get_size()
    shapes = ph.fills(page, height)
    size, matrix = Buffer(1), Buffer(6)
    found: Counter = Counter()
    for obj, _, (left, bottom, right, top), _ in ph.page_objects(page, (raw.FPDF_PAGEOBJ_TEXT,)):
        colour, alpha = _fill(obj)
        calls.text_font_size(obj, size.at[0])
        calls.object_matrix(obj, matrix.at[0])
        a, b, c, d = matrix.values[:4]
        scale = math.sqrt(abs(a * d - b * c))
        if right < 0 or left > width or top < 0 or bottom > height:
            found["wholly outside the page (its words dropped whole)"] += 1
        elif calls.text_render_mode(obj) in ph.UNSEEN_MODES or alpha < ph.MIN_ALPHA:
            found["unpainted or transparent"] += 1
        elif size.values[0] * scale < ph.MIN_SIZE:
            found["smaller than MIN_SIZE"] += 1
        elif left < 0 or right > width or bottom < 0 or top > height:
            found["partly outside the page"] += 1
        elif ph.same_colour(colour, ph.PAGE):
            found["page-coloured (white) text"] += 1
        elif any(f["rgb"] is not None and ph.same_colour(colour, f["rgb"]) and f["x0"] < right and left < f["x1"]
                 and f["top"] < height - bottom and height - top < f["bottom"] for f in shapes):
            found["box meets a shape of its colour"] += 1
    return found


def timed(fn, *args):
    """fn's result and the CPU seconds this process spent on it (on a shared machine wall time is mostly waiting)."""
    start = time.process_time()
    out = fn(*args)
    return out, time.process_time() - start


def every_character(page):
    """Every character of the page read and checked one by one: what a page with anything risky cost before."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        chars = pw._Chars(ph.painting(page, height), textpage.raw, width, height, loader._hidden_kind)
        return chars.words(range(raw.FPDFText_CountChars(textpage.raw)))
    finally:
        textpage.close()


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or list(DEFAULT_FOLDERS)
    files, _ = resumes(folders)
    pdfs = [f for f in files if f.suffix.lower() == ".pdf"]
    if not pdfs:
        print("no PDFs to look at: the folders are absent; skipped")
        return
    pages = risky_pages = 0
    objects: Counter = Counter()
    secs: Counter = Counter()
    words = {"kept": 0, "checked": 0}
    checked = pw._Chars.words
    counted = Counter()

    def counting(self, indices):
        counted["words"] += 1
        return checked(self, indices)

    for path in pdfs:
        doc = pw.open_document(path)
        try:
            for index in range(min(len(doc), loader.MAX_PAGES)):
                page = doc[index]
                pages += 1
                objects.update(reasons(page))
                regions, decide = timed(ph.risky_regions, page)
                risky_pages += bool(regions)
                counted.clear()
                pw._Chars.words = counting
                try:
                    (found, _, _), read = timed(pw.page_words, page, loader._hidden_kind)
                finally:
                    pw._Chars.words = checked
                _, slow = timed(every_character, page)
                words["checked"] += counted["words"]
                words["kept"] += len(found)
                secs["hidden-text decision"] += decide
                secs["page words (decision included)"] += read
                secs["every character checked"] += slow
        finally:
            doc.close()
    print(f"{len(pdfs)} PDFs, {pages} pages read; {risky_pages} pages have a risky region")
    print("text objects that could hide text, by reason: " + ", ".join(f"{k} {n}" for k, n in objects.most_common()))
    print(f"{words['kept']} words kept; {words['checked']} of pdfium's words (or whole pages, where pdfium's text "
          "does not index one to one) read again character by character")
    for k, v in secs.items():
        print(f"{k}: {1000 * v:.0f} ms in all, {1000 * v / pages:.2f} ms a page")


if __name__ == "__main__":
    main()
