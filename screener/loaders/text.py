"""Plain text and Markdown resumes: decode whatever encoding they came in, then normalise."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import LoadError
from ..models import Document, Line
from ..text.normalize import normalize_items
from . import damaged_utf8


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM, damaged sequences marked, double-encoded runs read as what they spell), UTF-16
    with BOM, else Windows-1252 as the common legacy 8-bit encoding."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = damaged_utf8.read(data.removeprefix(codecs.BOM_UTF8))
        if text is None:
            return data.decode("cp1252", errors="replace")
    return damaged_utf8.undouble(text)


MAX_BYTES = 2 * 1024 * 1024  # a long resume is 50 KB; more is a dump or an attack, so read only the start


def read(path: Path) -> tuple[str, list[str]]:
    """The file's text, decoded, and warnings about what was not read (past MAX_BYTES, damaged bytes)."""
    size = path.stat().st_size
    with path.open("rb") as f:
        data = f.read(MAX_BYTES)
    if not data.strip():
        raise LoadError("empty file")
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise LoadError("binary data, not text")
    warnings = []
    if size > MAX_BYTES:
        warnings.append(f"only the first {MAX_BYTES // 1024 // 1024} MB of {size / 1024 / 1024:.0f} MB were read")
    text = decode(data)
    marks = sum(map(text.count, damaged_utf8.MARKS))
    if marks * 100 >= len(text):  # as many as the PDF loader's unmapped glyphs warn of
        warnings.append(f"{marks} characters could not be decoded (damaged bytes); they read as bullets or separators, "
                        "so a date or a word near them may be misread")
    return text, warnings


def load(path: Path) -> Document:
    text, warnings = read(path)
    lines = normalize_items(text.splitlines())
    return Document(source=str(path), kind="text", lines=tuple(Line(t, item=item) for t, item in lines),
                    warnings=tuple(warnings))
