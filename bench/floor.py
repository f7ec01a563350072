"""The raw text-extraction floor: pypdfium2's plain text of every page of the same PDFs, one process per core.

No layout, no hidden-text checks, no matching: what any PDF screener must at least pay. It runs on a process pool
of the screener's size, so files/s on both sides compare like for like.
"""
from __future__ import annotations

import multiprocessing as mp
import time
from pathlib import Path

MAX_PAGES = 50  # as the screener's PDF loader


def extract(path: Path) -> int:
    """Characters of text on the first MAX_PAGES pages (0 for a file pdfium cannot open)."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError:
        return 0
    try:
        chars = 0
        for index in range(min(len(doc), MAX_PAGES)):
            textpage = doc[index].get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
        return chars
    finally:
        doc.close()


def floor_seconds(pdfs: list[Path], jobs: int) -> float:
    """Seconds to extract every PDF's text on `jobs` processes, pool start-up included as the screener's is."""
    start = time.perf_counter()
    if jobs <= 1:
        for path in pdfs:
            extract(path)
    else:
        ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        with ctx.Pool(jobs) as pool:
            for _ in pool.imap_unordered(extract, pdfs, chunksize=4):
                pass
    return time.perf_counter() - start
