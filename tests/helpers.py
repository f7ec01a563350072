"""Build tiny Documents from lists of strings, so tests read like the resumes they describe."""
from __future__ import annotations

from screener.models import Document, Line
from screener.text.normalize import normalize_lines
from screener.text.sections import find_sections


def doc(*lines: str) -> Document:
    return Document("test.txt", "text", tuple(Line(t) for t in normalize_lines(list(lines))))


def sections(document: Document):
    return find_sections([line.text for line in document.lines])
