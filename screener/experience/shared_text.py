"""Reading the text titles stacked at one employer share once for the whole stack, not once per title.

A title with no text of its own runs on to the text under the titles below it (blocks._stacked_titles_share_text),
so every title of a stack ends where the last one's text ends: read title by title, a stack of n titles is read
n times over. Cut at each position's first line, the lines from any title to that end are its own part followed by
the lines of the title below, so each part is read once and a title's reading is its part's joined to the reading
below it.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from ..models import Position

T = TypeVar("T")


def part_starts(positions: Iterable[Position]) -> tuple[int, ...]:
    """Where a stack's shared text is cut into parts: the first lines of the dated positions, in order."""
    return tuple(sorted({p.span[0] for p in positions if p.span is not None}))


def read_in_parts(first: int, end: int, starts: Sequence[int], memo: dict[tuple[int, int], T],
                  read: Callable[[int, int], T], then: Callable[[T, T], T], nothing: T) -> T:
    """The reading of lines [first, end): `read` of each part (cut at each of `starts`, the positions' first lines)
    joined by `then` to the reading of the lines after it; `memo` keeps the readings by the lines they run from and
    to, so each part is read once for every reading that runs to `end`."""
    parts = []
    while first < end and (first, end) not in memo:
        k = bisect.bisect_right(starts, first)
        cut = starts[k] if k < len(starts) and starts[k] < end else end
        parts.append((first, cut))
        first = cut
    after = memo.get((first, end), nothing)
    for a, b in reversed(parts):
        after = memo[(a, end)] = then(read(a, b), after)
    return after
