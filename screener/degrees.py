"""Degrees on the resume: level, field and status.

PLACEHOLDER (replaced by the experience/education engine work): a few common spellings only.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .models import Degree, Document
from .text.sections import Section

LEVELS = ("associate", "bachelor", "master", "doctorate")
RELATED_FIELDS = ("computer science", "software engineering", "computer engineering", "information technology",
                  "information systems", "electrical engineering", "electronic engineering", "mathematics",
                  "statistics", "physics", "data science")

_LEVEL_PATTERNS = [
    ("doctorate", re.compile(r"\b(ph\.?\s?d|doctor of|doctorate)\b", re.I)),
    ("master", re.compile(r"\b(master'?s?|m\.?sc|m\.s\.|mba|m\.?eng)\b", re.I)),
    ("bachelor", re.compile(r"\b(bachelor'?s?|b\.?sc|b\.s\.|b\.a\.|b\.?eng|b\.?tech)\b", re.I)),
    ("associate", re.compile(r"\bassociate'?s? (degree|of)\b", re.I)),
]
_FIELD = re.compile(r"\b(?:in|of)\s+([A-Z][\w&,\- ]{2,60})")


def find_degrees(document: Document, sections: Sequence[Section]) -> tuple[Degree, ...]:
    found = []
    for i, line in enumerate(document.lines):
        for level, rx in _LEVEL_PATTERNS:
            if rx.search(line.text):
                m = _FIELD.search(line.text)
                found.append(Degree(level, m[1].strip().lower() if m else None, quote=line.text, line=i))
                break
    return tuple(found)


def field_matches(degree: Degree, fields: Sequence[str]) -> bool:
    """True when the degree's field (or its line) names one of `fields`."""
    hay = f"{degree.field or ''} {degree.quote}".lower()
    return any(f.lower() in hay for f in fields)
