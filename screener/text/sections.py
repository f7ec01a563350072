"""Split a resume into sections by its headings, so checks can look only where a fact belongs.

PLACEHOLDER (replaced by the experience/sections work): a handful of common headings only.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

_HEADINGS = {
    "experience": r"(work |professional )?experience|employment( history)?|work history",
    "education": r"education",
    "skills": r"(technical )?skills",
    "summary": r"summary|profile|about me",
}
_PATTERNS = {name: re.compile(rf"^\s*(?:{rx})\s*:?\s*$", re.I) for name, rx in _HEADINGS.items()}


@dataclass(frozen=True, slots=True)
class Section:
    """Lines [start, end) of Document.lines under one heading; `name` is canonical, `heading` as written."""

    name: str
    heading: str
    start: int
    end: int


def find_sections(lines: Sequence[str]) -> tuple[Section, ...]:
    marks = [(i, name, line) for i, line in enumerate(lines)
             for name, rx in _PATTERNS.items() if rx.match(line)]
    out = []
    for k, (i, name, heading) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(lines)
        out.append(Section(name, heading.strip(), i + 1, end))
    return tuple(out)


def section_at(sections: Sequence[Section], index: int) -> Section | None:
    """The section holding line `index`, or None for lines before the first heading."""
    for s in sections:
        if s.start - 1 <= index < s.end:
            return s
    return None
