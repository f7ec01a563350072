"""Headings that group roles: a dated line over the roles it spans ('2021-2023: Cloud era', 'Acme 2015 - 2020' over
its titles), which a work history prints to say when a stretch of it ran, not that it was one more role."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from ..models import Position
from ..text.dates import MONTH, YEAR

_SLACK = dt.timedelta(days=183)  # a year alone is half a year off at either end
_FINER = re.compile(rf"\b{MONTH}\b|(?<!\d)\d{{1,2}}\s*[/.-]\s*{YEAR}|{YEAR}\s*[/.-]\s*\d{{1,2}}(?!\d)", re.I)
GROUPS = "a heading over the roles dated below it"


def _year_only(line: str) -> bool:
    """Does the line date itself by years alone (no month written)?"""
    return not _FINER.search(line)


def mark_group_headings(positions: Sequence[Position], lines: Sequence[str]) -> list[Position]:
    """A role with no text of its own, dated by years alone, over a role dated by months that lies within its
    years: the years head the roles below, which are counted instead."""
    out = list(positions)
    for k in range(len(out) - 1):
        head, below = out[k], out[k + 1]
        if head.line is None or below.line is None or below.line <= head.line or not head.counted:
            continue
        first = below.line_start if below.line_start is not None else below.line
        bare = not any(lines[j].strip() for j in range(head.line + 1, first))
        if (bare and _year_only(lines[head.line]) and not _year_only(lines[below.line])
                and head.start - _SLACK <= below.start and below.end <= head.end + _SLACK):
            out[k] = replace(head, counted=False, why=GROUPS)
    return out
