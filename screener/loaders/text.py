"""Plain text and Markdown resumes: decode whatever encoding they came in, then normalise."""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import LoadError
from ..models import Document, Line
from ..text.normalize import normalize_lines

_REPLACEMENT = "\ufffd".encode()
# A UTF-8 character some byte of which a lossy conversion replaced by '?': its lead byte, then as many bytes as the
# lead announces (fewer where the data ends), each a continuation byte or '?', one at least a '?'. Legacy 8-bit text
# seldom has an accented letter followed by '?' and a symbol; a dash or a bullet damaged this way is common.
# One lead byte class first, the lead's length told by a lookbehind: the search then skips ASCII at C speed (an
# alternation of three lead classes tries each at every byte, 4 times slower).
_DAMAGED = re.compile(rb"[\xc2-\xf4](?:(?<=[\xc2-\xdf])\?"
                      rb"|(?<=[\xe0-\xef])(?=[\x80-\xbf]?\?)(?:[\x80-\xbf?]{2}|[\x80-\xbf?]\Z)"
                      rb"|(?<=[\xf0-\xf4])(?=[\x80-\xbf]{0,2}\?)(?:[\x80-\xbf?]{3}|[\x80-\xbf?]{1,2}\Z))")


def _damaged_utf8(data: bytes) -> str | None:
    """The text of bytes that are UTF-8 but for some damaged or stray sequences, each read as U+FFFD (as a PDF's
    glyph without a Unicode map reads), or None when most non-ASCII sequences are not UTF-8: legacy 8-bit text,
    whose accented letters and curly quotes are stray bytes to UTF-8 and almost never form a valid sequence."""
    marked, damaged = _DAMAGED.subn(_REPLACEMENT, data)
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    text = decoder.decode(marked)  # a sequence cut by the end of the data (a capped read) is held back, no evidence
    marks = text.count("\ufffd")
    stray = marks - marked.count(_REPLACEMENT)  # bytes that fit no UTF-8 sequence, whole or damaged
    characters = len(text) - len(text.encode("ascii", "ignore")) - marks  # non-ASCII characters decoded whole
    if characters + damaged < stray:
        return None
    return text + "\ufffd" if decoder.getstate()[0] else text


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM, damaged sequences marked), UTF-16 with BOM, else Windows-1252 as the common
    legacy 8-bit encoding."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = _damaged_utf8(data.removeprefix(codecs.BOM_UTF8))
    return data.decode("cp1252", errors="replace") if text is None else text


MAX_BYTES = 2 * 1024 * 1024  # a long resume is 50 KB; more is a dump or an attack, so read only the start


def load(path: Path) -> Document:
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
    if (marks := text.count("\ufffd")) * 100 >= len(text):  # as many as the PDF loader's unmapped glyphs warn of
        warnings.append(f"{marks} characters could not be decoded (damaged bytes); they read as bullets or separators, "
                        "so a date or a word near them may be misread")
    lines = normalize_lines(text.splitlines())
    return Document(source=str(path), kind="text", lines=tuple(Line(t) for t in lines),
                    warnings=tuple(warnings))
