"""Years of professional experience from the resume's dated positions, with every position and why it counts."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..models import Document, Position
from ..text.furniture import running_lines
from ..text.dates import may_hold_range
from ..text.sections import Section
from .blocks import SHORT, positions_in
from .claims import find_claims
from .dated_lines import DateReadings, find_ranges, numeric_order
from .kinds import Kind
from .posts import mark_unposted, mark_work_unposted
from .role_sections import post_only_lines, role_lines, study_lines, teaching_lines
from .shared_text import part_starts, read_in_parts
from .students import mark_student_roles

# How far a resume's own claim and its dated positions may honestly differ: a claim is a round number rounded
# down ("10+"), often written a year or two before the resume is read, and a year-only date is half a year off at
# either end. Together that is up to three years; beyond it, one of the two was misread.
CLAIM_TOLERANCE = 3.0
_Y = r"(?:19[5-9]\d|20\d\d)"
_TO = r"(?:[-–—~]|\bto\b|\buntil\b|\btill\b)"
# A year with a dash or 'to' beside it: a range was meant, whether or not its style can be read ("01/10/2022 – 30/01/
# 2023"); a year alone ("Acme (2015)") is a point in time, and a DOI's "egu2020-5825" is neither.
_RANGE_LIKE = re.compile(rf"(?<![\w.]){_Y}(?!\w)\S{{0,3}}\s*{_TO}|{_TO}\s*\S{{0,12}}?(?<![\w.]){_Y}(?!\d)", re.I)


@dataclass(frozen=True)
class Timeline:
    """Every dated position found (counted or not, and why), the merged total, and any explicit claim."""

    positions: tuple[Position, ...]
    years: float | None
    claimed: float | None
    notes: tuple[str, ...] = ()
    date_lines: int = 0  # short lines of the experience sections that write a date range
    unread_lines: int = 0  # ... of which no date range could be read
    claim: str = ""  # the words of the claim ("almost 18 years of teaching experience"): of what work it speaks

    @property
    def claim_disagrees(self) -> bool:
        """The resume's own claim and its dated positions differ by more than honest rounding explains."""
        return self.years is not None and self.claimed is not None and abs(self.years - self.claimed) > CLAIM_TOLERANCE

    @property
    def mostly_unread(self) -> bool:
        """Most date-like lines of the experience sections could not be read as dates: the total is a guess."""
        return self.date_lines >= 2 and 2 * self.unread_lines > self.date_lines


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


def _structured(document: Document, as_of: dt.date) -> list[Position]:
    """JSON Resume positions as given; an open end (date.max from the loader) or one past as_of becomes as_of."""
    return [p if p.end < as_of else replace(p, end=as_of) for p in document.structured.positions]


def build_timeline(document: Document, sections: Sequence[Section], as_of: dt.date,
                   readings: DateReadings | None = None, furniture: frozenset[int] | None = None) -> Timeline:
    """Positions from experience-like sections (never education and the like), their merged years, any claim, and
    how many of the sections' date-like lines went unread. `readings` (the resume's dates as its other readers read
    them, so each line is parsed once and in one order) and `furniture` (its running lines) when already known."""
    if furniture is None:
        furniture = running_lines(document.lines)  # a dated running header is no role: read it as a blank line
    lines = ["" if i in furniture else line.text for i, line in enumerate(document.lines)]
    items = frozenset(i for i, line in enumerate(document.lines) if line.item)  # content, never a role's heading
    dated = unread = 0
    if document.structured and document.structured.positions:
        positions = _structured(document, as_of)
    else:
        with numeric_order(readings if readings is not None else DateReadings(document.text)):
            positions, blocks = [], role_lines(sections, len(lines))
            for start, end, default in blocks:
                positions += positions_in(lines, start, end, default, as_of, items=items)
            for start, end in study_lines(sections):
                positions += positions_in(lines, start, end, Kind.JOB, as_of, titled=True, items=items)
            for start, end in teaching_lines(sections):
                positions += positions_in(lines, start, end, Kind.JOB, as_of, teaching=True, items=items)
            positions = mark_unposted(positions, lines, post_only_lines(sections), as_of)
            positions = mark_work_unposted(positions, lines, [(start, end) for start, end, _ in blocks], as_of)
            positions = mark_student_roles(positions, lines, sections, as_of)
            dated, unread = _date_lines(lines, blocks, positions, as_of)
    positions = [replace(p, counted=False, why="starts after the as-of date") if p.counted and p.start > as_of else p
                 for p in positions]  # a post accepted but not begun is no experience yet
    counted = [(p.start, p.end) for p in positions if p.counted]
    years = merged_years(counted) if counted else (0.0 if positions else None)
    claimed, claim = max(find_claims(document.text), default=(None, ""))
    tl = Timeline(tuple(positions), years, claimed, (), dated, unread, claim)
    notes = [] if positions else ["no dated positions found in an experience section"]
    if tl.claim_disagrees:
        notes.append(f"the resume claims {tl.claimed:g} years but its dated positions add up to {years:g}")
    if tl.mostly_unread:
        notes.append(f"{unread} of the {dated} date-like lines of the experience sections could not be read as dates")
    return replace(tl, notes=tuple(notes))


def _date_lines(lines: Sequence[str], blocks: Sequence[tuple[int, int, Kind]], positions: Sequence[Position],
                as_of: dt.date) -> tuple[int, int]:
    """(short lines of the experience sections that write a date range, how many of them gave none): a layout or a
    date style the reader does not know leaves its ranges unread."""
    used = {j for p in positions if p.line is not None for j in (p.line, p.line + 1)}
    dated = unread = 0
    for start, end, _ in blocks:
        for i in range(start, end):
            if len(lines[i]) > SHORT or not may_hold_range(lines[i]):
                continue  # a range inside a sentence is a mention, not a role's dates; and a range holds a year
            read = any(not r.single for r in find_ranges(lines[i], as_of))
            if read or _RANGE_LIKE.search(lines[i]):
                dated += 1
                unread += not read and i not in used  # a range broken over two lines is read from the first
    return dated, unread


def skill_years(timeline: Timeline, document: Document, mentions: Callable[[str], bool]) -> float | None:
    """Merged years of the counted positions whose text (title, dates and bullets) mentions a skill: a part of it
    does (its own lines, or a stacked title's below it, each part read once for the stack)."""
    starts = part_starts(timeline.positions)
    memo: dict[tuple[int, int], bool] = {}
    spans = []
    for p in timeline.positions:
        if not p.counted or p.span is None:
            continue
        if read_in_parts(*p.span, starts, memo, lambda a, b: mentions("\n".join(x.text for x in document.lines[a:b])),
                         lambda here, after: here or after, False):
            spans.append((p.start, p.end))
    return merged_years(spans) if spans else None

