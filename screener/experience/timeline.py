"""Years of professional experience from the resume's dated positions, with every position and why it counts."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..models import Document, Position
from ..text.furniture import running_lines
from ..text.sections import Section
from .blocks import positions_in, role_lines
from .students import mark_student_roles

_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty"
_NUMBERS = {w: i for i, w in enumerate(_WORDS.split("|"), 1)} | {"twenty": 20}
_CLAIM = re.compile(
    rf"\b(?P<n>\d{{1,2}}(?:\.\d)?|{_WORDS})\s*\+?\s*(?:years?|yrs?)['’]?\+?\s*(?:of\s+)?(?:[\w/+#.-]+\s+){{0,4}}?"
    r"(?:experience|expertise|in (?:the )?(?:industry|software|it\b|tech)|building|developing|designing|working)"
    r"|\b(?P<dec>over|more than|nearly|almost|about|a|one|two|three)\s+(?:a\s+)?decades?\b",
    re.I,
)
_DECADES = {"two": 20, "three": 30}
_DISAGREE = 2.0  # years between claim and dates worth a note


@dataclass(frozen=True)
class Timeline:
    """Every dated position found (counted or not, and why), the merged total, and any explicit claim."""

    positions: tuple[Position, ...]
    years: float | None
    claimed: float | None
    notes: tuple[str, ...] = ()


def merged_years(spans: Sequence[tuple[dt.date, dt.date]]) -> float:
    """Years covered by the union of inclusive date spans: overlaps merged, gaps not counted."""
    total, cur = 0, None
    for start, end in sorted(spans):
        if cur and start <= cur[1] + dt.timedelta(days=1):
            cur = (cur[0], max(cur[1], end))
            continue
        if cur:
            total += (cur[1] - cur[0]).days + 1
        cur = (start, end)
    if cur:
        total += (cur[1] - cur[0]).days + 1
    return round(total / 365.25, 1)


def find_claim(text: str) -> float | None:
    """The largest explicit claim such as '12+ years of experience' or 'over a decade'."""
    claims = []
    for m in _CLAIM.finditer(text):
        if m["n"]:
            n = m["n"].lower()
            claims.append(float(_NUMBERS[n]) if n in _NUMBERS else float(n))
        else:
            claims.append(float(_DECADES.get(m["dec"].lower(), 10)))
    claims = [c for c in claims if 0 < c <= 60]
    return max(claims) if claims else None


def _structured(document: Document, as_of: dt.date) -> list[Position]:
    """JSON Resume positions as given; an open end (date.max from the loader) or one past as_of becomes as_of."""
    return [p if p.end < as_of else replace(p, end=as_of) for p in document.structured.positions]


def build_timeline(document: Document, sections: Sequence[Section], as_of: dt.date) -> Timeline:
    """Positions from experience-like sections (never education and the like), their merged years, any claim."""
    furniture = running_lines(document.lines)  # a dated running header is no role: read it as a blank line
    lines = ["" if i in furniture else line.text for i, line in enumerate(document.lines)]
    if document.structured and document.structured.positions:
        positions = _structured(document, as_of)
    else:
        positions = []
        for start, end, default in role_lines(sections, len(lines)):
            positions += positions_in(lines, start, end, default, as_of)
        positions = mark_student_roles(positions, lines, sections, as_of)
    counted = [(p.start, p.end) for p in positions if p.counted]
    years = merged_years(counted) if counted else (0.0 if positions else None)
    claimed = find_claim(document.text)
    notes = []
    if not positions:
        notes.append("no dated positions found in an experience section")
    if years is not None and claimed is not None and abs(years - claimed) > _DISAGREE:
        notes.append(f"the resume claims {claimed:g} years but its dated positions add up to {years:g}")
    return Timeline(tuple(positions), years, claimed, tuple(notes))


def skill_years(timeline: Timeline, document: Document, mentions: Callable[[str], bool]) -> float | None:
    """Merged years of the counted positions whose text (title, dates and bullets) mentions a skill."""
    spans = []
    for p in timeline.positions:
        if not p.counted or p.line is None:
            continue
        first = p.line_start if p.line_start is not None else p.line
        last = p.end_line if p.end_line is not None else p.line + 1
        if mentions("\n".join(line.text for line in document.lines[first:last])):
            spans.append((p.start, p.end))
    return merged_years(spans) if spans else None

