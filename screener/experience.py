"""Years of professional experience from the resume's dated positions.

PLACEHOLDER (replaced by the experience engine work): year ranges in experience sections, merged.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .models import Document, Position
from .text.sections import Section

_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d|present|current|now)\b", re.I)
_CLAIM = re.compile(r"\b(\d{1,2})\+?\s*years?\s+of\s+(?:\w+\s+){0,3}experience", re.I)


@dataclass(frozen=True)
class Timeline:
    """Every dated position found (counted or not, and why), the merged total, and any explicit claim."""

    positions: tuple[Position, ...]
    years: float | None
    claimed: float | None
    notes: tuple[str, ...] = ()


def merged_years(positions: Sequence[Position]) -> float:
    """Years covered by the positions, overlaps merged and gaps left out."""
    return _merged_years([(p.start, p.end) for p in positions])


def _merged_years(spans: Sequence[tuple[dt.date, dt.date]]) -> float:
    total, cur = 0, None
    for start, end in sorted(spans):
        if cur and start <= cur[1]:
            cur = (cur[0], max(cur[1], end))
            continue
        if cur:
            total += (cur[1] - cur[0]).days
        cur = (start, end)
    if cur:
        total += (cur[1] - cur[0]).days
    return round(total / 365.25, 1)


def build_timeline(document: Document, sections: Sequence[Section], as_of: dt.date) -> Timeline:
    positions = []
    for sec in sections:
        if sec.name != "experience":
            continue
        for i in range(sec.start, sec.end):
            for m in _RANGE.finditer(document.lines[i].text):
                start = dt.date(int(m[1]), 7, 1)
                end = as_of if not m[2].isdigit() else dt.date(int(m[2]), 6, 30)
                if end > start:
                    positions.append(Position(document.lines[i].text, "", start, end, line=i))
    claims = [float(m[1]) for m in _CLAIM.finditer(document.text)]
    years = _merged_years([(p.start, p.end) for p in positions if p.counted]) if positions else None
    return Timeline(tuple(positions), years, max(claims) if claims else None)


def skill_years(timeline: Timeline, document: Document, mentions: Callable[[str], bool]) -> float | None:
    """Merged years of the counted positions whose text mentions a skill (per-skill year rules)."""
    spans = [(p.start, p.end) for p in timeline.positions
             if p.counted and p.line is not None and mentions(document.lines[p.line].text)]
    return _merged_years(spans) if spans else None
