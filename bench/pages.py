"""Which path each real PDF page takes through the pdfium loader, why, and what each path costs.

    python bench/pages.py [FOLDER...]      (default: the dev and fresh corpora; skips when they are absent)

A page is read fast (pdfium's own text, two character boxes a word) unless one of its text objects could be hidden
(pdfium_words._may_hide_text); then it goes character by character. For every page this prints nothing; for the
set it prints how many pages take each path, the first reason that sent each slow page down, both paths' time on
every page, and what a per-object decision would rescue: white text that sits on a darker filled shape, and text
whose box only touches a shape of its colour (a rule under a heading) without sitting on it. Nothing here changes
screener/: the reasons mirror _may_hide_text, and both paths are the loader's own functions.
"""
from __future__ import annotations

import ctypes
import math
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pypdfium2.raw as raw

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copies import DEFAULT_FOLDERS, resumes  # noqa: E402

from screener.loaders import pdf as loader  # noqa: E402
from screener.loaders import pdfium_words as pw  # noqa: E402


def _under(cx: float, cy: float, fills: list[dict]):
    """The colour under a point, as the character path decides it: the smallest fill there, else the page."""
    under = [f for f in fills if f["x0"] <= cx <= f["x1"] and f["top"] <= cy <= f["bottom"]]
    return pw.PAGE if not under else min(under, key=lambda f: (f["x1"] - f["x0"]) * (f["bottom"] - f["top"]))["rgb"]


def risks(page) -> list[tuple[str, bool]]:
    """(reason, rescuable) for every text object that could hide text, as _may_hide_text tests them; rescuable when
    the object's centre sits on something of another colour (it is drawn there to be seen)."""
    width, height = page.get_size()
    fills = pw._fills(page, height)
    size, matrix = ctypes.c_float(), raw.FS_MATRIX()
    found = []
    for obj, _, (left, bottom, right, top) in pw._objects(page, (raw.FPDF_PAGEOBJ_TEXT,)):
        colour, alpha = pw._object_fill(obj)
        raw.FPDFTextObj_GetFontSize(obj, size)
        raw.FPDFPageObj_GetMatrix(obj, matrix)
        scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
        centre = ((left + right) / 2, height - (top + bottom) / 2)
        if raw.FPDFTextObj_GetTextRenderMode(obj) in pw.UNSEEN_MODES:
            found.append(("unpainted render mode", False))
        elif alpha < pw.MIN_ALPHA:
            found.append(("transparent", False))
        elif size.value * scale < pw.MIN_SIZE:
            found.append(("smaller than MIN_SIZE", False))
        elif right < 0 or left > width or top < 0 or bottom > height:
            found.append(("outside the page", False))
        elif pw.same_colour(colour, pw.PAGE):
            under = _under(*centre, fills)
            found.append(("white text", under is None or not pw.same_colour(colour, under)))
        elif any(f["rgb"] is not None and pw.same_colour(colour, f["rgb"]) and f["x0"] < right and left < f["x1"]
                 and f["top"] < height - bottom and height - top < f["bottom"] for f in fills):
            under = _under(*centre, fills)
            found.append(("box touches a shape of its colour", under is None or not pw.same_colour(colour, under)))
    return found


def timed(fn, *args):
    """fn's result and the CPU seconds this process spent on it (on a shared machine wall time is mostly waiting)."""
    start = time.process_time()
    out = fn(*args)
    return out, time.process_time() - start


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:]] or list(DEFAULT_FOLDERS)
    files, _ = resumes(folders)
    pdfs = [f for f in files if f.suffix.lower() == ".pdf"]
    if not pdfs:
        print("no PDFs to look at: the folders are absent; skipped")
        return
    paths = Counter()
    reasons = Counter()  # pages by the first reason found
    objects = Counter()  # text objects by reason
    secs = defaultdict(float)
    rescue = {"pages": 0, "fast": 0.0, "slow": 0.0, "dropping": 0, "same_text": 0}
    # with words outside the page dropped by their boxes on the fast path, as the character path drops them
    outside = {"pages": 0, "fast": 0.0, "slow": 0.0}
    same_on_fast_pages = 0  # how often the two paths give the same words where nothing could hide: the baseline
    for path in pdfs:
        doc = pw.open_document(path)
        try:
            for index in range(min(len(doc), loader.MAX_PAGES)):
                page = doc[index]
                found = risks(page)
                for reason, _ in found:
                    objects[reason] += 1
                (slow_words, dropped, _), slow = timed(pw._checked_page_words, page, loader._hidden_kind)
                saved = pw._may_hide_text
                pw._may_hide_text = lambda _page: False  # the fast path, forced
                try:
                    (fast_words, _, _), fast = timed(pw.page_words, page, loader._hidden_kind)
                finally:
                    pw._may_hide_text = saved
                same = [w["text"] for w in fast_words] == [w["text"] for w in slow_words]
                if not found:
                    same_on_fast_pages += same
                    paths["fast"] += 1
                    secs["fast path, fast pages"] += fast
                    secs["character path, fast pages"] += slow
                    continue
                paths["character by character"] += 1
                reasons[found[0][0]] += 1
                secs["fast path, slow pages"] += fast
                secs["character path, slow pages"] += slow
                if all(ok or reason == "outside the page" for reason, ok in found):
                    outside["pages"] += 1
                    outside["fast"] += fast
                    outside["slow"] += slow
                if all(ok for _, ok in found):
                    rescue["pages"] += 1
                    rescue["fast"] += fast
                    rescue["slow"] += slow
                    rescue["dropping"] += bool(dropped)
                    rescue["same_text"] += same
        finally:
            doc.close()
    total = sum(paths.values())
    print(f"{len(pdfs)} PDFs, {total} pages read: " + ", ".join(f"{n} {k}" for k, n in paths.items()))
    print("slow pages by the first reason found: " + ", ".join(f"{k} {n}" for k, n in reasons.most_common()))
    print("risky text objects by reason: " + ", ".join(f"{k} {n}" for k, n in objects.most_common()))
    for k, v in secs.items():
        n = paths["fast" if k.endswith("fast pages") else "character by character"]
        print(f"{k}: {1000 * v:.0f} ms in all, {1000 * v / max(n, 1):.2f} ms a page")
    r = rescue
    print(f"a per-object decision would send {r['pages']} slow pages down the fast path "
          f"({1000 * r['slow']:.0f} -> {1000 * r['fast']:.0f} ms); on {r['dropping']} of them the character path "
          f"drops hidden characters, and {r['same_text']} give the same words both ways (on pages read fast "
          f"today: {same_on_fast_pages} of {paths['fast']})")
    o = outside
    print(f"and with words outside the page dropped by their boxes, {o['pages']} slow pages "
          f"({1000 * o['slow']:.0f} -> {1000 * o['fast']:.0f} ms)")


if __name__ == "__main__":
    main()
