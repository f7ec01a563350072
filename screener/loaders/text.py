"""Plain text and Markdown resumes: decode whatever encoding they came in, then normalise."""
from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import LoadError
from ..models import Document, Line
from ..text.normalize import normalize_lines


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 as the common legacy 8-bit encoding."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


MAX_BYTES = 2 * 1024 * 1024  # a long resume is 50 KB; more is a dump or an attack, so read only the start


def load(path: Path) -> Document:
    size = path.stat().st_size
    with path.open("rb") as f:
        data = f.read(MAX_BYTES)
    if not data.strip():
        raise LoadError("empty file")
    if b"\x00" in data and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise LoadError("binary data, not text")
    warnings = ()
    if size > MAX_BYTES:
        warnings = (f"only the first {MAX_BYTES // 1024 // 1024} MB of {size / 1024 / 1024:.0f} MB were read",)
    lines = normalize_lines(decode(data).splitlines())
    return Document(source=str(path), kind="text", lines=tuple(Line(t) for t in lines), warnings=warnings)
