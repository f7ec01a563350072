"""OCR for image-only (scanned) PDFs through the Tesseract command, when it is installed.

Pages are rendered with pypdfium2 (already installed with pdfplumber) and piped to `tesseract` as PNG; no text
leaves the machine and no Python wrapper is needed for one subprocess call.
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
from pathlib import Path

from ..errors import LoadError
from ..models import Document, Line
from ..text.lazy_regex import LazyPattern

_BULLET = LazyPattern(r"^[e«©°•*»-]\s+(?=[A-Z])")  # Tesseract reads round bullets as 'e', '©' or '«'
MAX_PAGES = 10  # a resume is one to three pages; OCR costs seconds per page
DPI = 200  # enough for 10-pt resume text; 300 doubles the time for little gain
HOW_TO_ENABLE = "install Tesseract (e.g. apt-get install tesseract-ocr) and screen with --ocr to read it"


def available() -> bool:
    return shutil.which("tesseract") is not None


def _page_text(png: bytes) -> str:
    try:
        done = subprocess.run(["tesseract", "stdin", "stdout", "-l", "eng", "--psm", "3"], input=png,
                              capture_output=True, timeout=60, check=True,
                              env={**os.environ, "OMP_THREAD_LIMIT": "1"})  # its threads only contend on few cores
    except (OSError, subprocess.SubprocessError) as exc:
        raise LoadError(f"OCR failed: {type(exc).__name__}") from exc
    return done.stdout.decode("utf-8", errors="replace")


def ocr_pdf(path: Path, source: Document) -> Document:
    """Read a scanned PDF's pages as text; the Document says OCR was used, since OCR text can hold misreadings."""
    import pypdfium2 as pdfium

    from ..text.normalize import normalize_items  # here: every run asks available(), few read a scan

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        raise LoadError(f"cannot open PDF for OCR: {exc}") from exc
    lines: list[Line] = []
    try:
        pages = min(len(pdf), MAX_PAGES)
        for number in range(pages):
            image = pdf[number].render(scale=DPI / 72).to_pil()
            buf = io.BytesIO()
            image.save(buf, format="PNG")
            text = _page_text(buf.getvalue()).splitlines()
            lines += [Line(_BULLET.sub("", t), number + 1, item or bool(_BULLET.match(t)))
                      for t, item in normalize_items(text)]
    finally:
        pdf.close()
    if not lines:
        return source
    warnings = (*source.warnings, f"text read by OCR from {pages} scanned page(s); "
                                  "check quotes against the original")
    return Document(source.source, source.kind, tuple(lines), source.pages, warnings, None, ocr=True)
