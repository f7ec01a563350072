"""Loader registry: pick a loader by the file's magic bytes first, its extension second.

Each format's module is imported on first use, so a run whose every file is cached never imports pdfplumber or
lxml, and `screener --help` stays quick.
"""
from __future__ import annotations

import importlib
import json
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import replace
from enum import Enum
from pathlib import Path

from ..deferred import deferred
from ..errors import LoadError
from ..models import Document, Unreadable

Loader = Callable[[Path, str], Document]  # (path, PDF engine) -> Document: one signature for every format


class PdfEngine(str, Enum):
    """The PDF readers (pdf.ENGINES), named here so choosing one imports neither."""

    pdfium = "pdfium"  # the default, about ten times faster
    pdfplumber = "pdfplumber"  # the reference pdfium was measured against


PDF_ENGINES = tuple(e.value for e in PdfEngine)
DEFAULT_PDF_ENGINE = PdfEngine.pdfium.value


def _lazy(module: str) -> Callable[..., Document]:
    return deferred(f"{__name__}.{module}", "load")


def _one_reader(load: Callable[[Path], Document]) -> Loader:
    """A format with a single reader, which the PDF engine choice does not concern."""
    return lambda path, pdf_engine: load(path)


_PDF, _DOCX = _lazy("pdf"), _one_reader(_lazy("docx"))
_TEXT, _JSON = _one_reader(_lazy("text")), _one_reader(_lazy("jsonresume"))
_MARKDOWN = _one_reader(_lazy("markdown"))
_is_jsonresume = deferred(f"{__name__}.jsonresume", "is_jsonresume")
_decode_text = deferred(f"{__name__}.text", "decode")

# extension -> loader, used when the content does not say what the file is
LOADERS: dict[str, Loader] = {
    ".txt": _TEXT,
    ".md": _MARKDOWN,
    ".markdown": _MARKDOWN,
    ".pdf": _PDF,
    ".docx": _DOCX,
    ".json": _JSON,
    ".tex": _one_reader(_lazy("latex")),
}

SUPPORTED = frozenset(LOADERS)

# formats we recognise but do not read: say what to do instead of failing obscurely
_UNSUPPORTED = {
    ".doc": "legacy Word .doc; save it as DOCX or PDF",
    ".rtf": "RTF; save it as DOCX or PDF",
    ".odt": "OpenDocument .odt; save it as DOCX or PDF",
    ".pages": "Apple Pages; export it as PDF",
}
# what a folder walk collects: readable files, and resumes in formats we cannot read, which become error rows
# that say how to convert them rather than vanishing from the batch
RECOGNISED = SUPPORTED | frozenset(_UNSUPPORTED)


def _zip_kind(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            mimetype = zf.read("mimetype").decode("ascii", "replace") if "mimetype" in names else ""
    except (zipfile.BadZipFile, OSError, KeyError, UnicodeDecodeError, zlib.error):
        return None  # too damaged to tell: the extension decides, and its loader names the damage
    if "word/document.xml" in names:
        return "docx"
    if "opendocument.text" in mimetype:
        return ".odt"
    return None


def sniff(path: Path, head: bytes) -> Loader | None:
    """The loader the file's content asks for, or None to fall back on the extension."""
    if b"%PDF" in head[:1024]:
        return _PDF
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # OLE: legacy .doc, or a password-protected DOCX
        reason = _UNSUPPORTED[".doc"] if path.suffix.lower() != ".docx" else "encrypted DOCX (password required)"
        raise LoadError(reason if reason.startswith("encrypted") else f"unsupported format: {reason}")
    if head.startswith(b"{\\rtf"):
        raise LoadError(f"unsupported format: {_UNSUPPORTED['.rtf']}")
    if head.startswith(b"PK\x03\x04"):
        kind = _zip_kind(path)
        if kind == "docx":
            return _DOCX
        if kind in _UNSUPPORTED:
            raise LoadError(f"unsupported format: {_UNSUPPORTED[kind]}")
    if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        try:
            data = json.loads(_decode_text(path.read_bytes()))
        except (json.JSONDecodeError, UnicodeDecodeError):
            return None
        if _is_jsonresume(data):
            return _JSON
    return None


# A long resume is 50,000 characters. Matching time grows with the text, so a dump or an attack is screened on
# its start only, whatever its format (a DOCX holds 50 MB, a LaTeX file expands): seconds, never the timeout.
MAX_CHARS = 500_000


def _capped(document: Document) -> Document:
    total = 0
    for i, line in enumerate(document.lines):
        total += len(line.text) + 1
        if total > MAX_CHARS:
            note = f"only the first {MAX_CHARS:,} characters were screened"
            structured = document.structured
            if structured is not None:  # positions and degrees point at lines: keep only those still there
                structured = replace(structured,
                                     positions=tuple(p for p in structured.positions if p.line is None or p.line < i),
                                     degrees=tuple(d for d in structured.degrees if d.line is None or d.line < i))
            return replace(document, lines=document.lines[:i], warnings=(*document.warnings, note),
                           structured=structured)
    return document


def load(path: Path, pdf_engine: str = DEFAULT_PDF_ENGINE) -> Document:
    """Read one resume; any failure is a LoadError with a one-line reason. `pdf_engine` picks the PDF reader
    (pdf.ENGINES: pdfium, the default, or pdfplumber, the reference it was measured against)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
        if not head:
            raise LoadError("empty file")
        loader = sniff(path, head) or LOADERS.get(path.suffix.lower())
        if loader is None:
            suffix = path.suffix.lower()
            if suffix in _UNSUPPORTED:
                raise LoadError(f"unsupported format: {_UNSUPPORTED[suffix]}")
            raise LoadError(f"unsupported file type {path.suffix or '(none)'}")
        return _capped(loader(path, pdf_engine))
    except LoadError:
        raise
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror or exc}") from exc


_READERS = {".pdf": "pdf", ".docx": "docx", ".json": "jsonresume", ".tex": "latex", ".txt": "text", ".md": "markdown",
            ".markdown": "markdown"}


def import_readers(paths: Iterable[Path]) -> None:
    """Import the readers these files' extensions name, before a pool of worker processes is forked: the workers
    then share them instead of each importing its own (the PDF and DOCX readers: about 0.1 s CPU a worker)."""
    for suffix in {path.suffix.lower() for path in paths} & _READERS.keys():
        importlib.import_module(f"{__name__}.{_READERS[suffix]}")


def reader_of(path: Path) -> str:
    """The reader the file's extension names ("sniffed" for any other: its content alone decides, or it fails).
    A content that sniffs as no format is read by this reader, so the content's hash and it together name one
    extraction: the cache keys entries by both."""
    return _READERS.get(path.suffix.lower(), "sniffed")


def is_scan(document: Document) -> bool:
    """Whether the document is a PDF of page images only, which OCR can read."""
    return document.kind == "pdf" and document.unreadable == Unreadable.NO_TEXT_LAYER
