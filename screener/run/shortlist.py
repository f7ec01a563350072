"""Order results best first (by score or verdict) and cut the list to the top N; 'file' keeps the path order."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from enum import Enum

from ..models import VERDICT_RANK, ResumeResult


class Sort(str, Enum):
    file = "file"  # path order, streamed as each file finishes
    score = "score"
    verdict = "verdict"


def shortlist(results: Iterable[ResumeResult], sort: Sort = Sort.file, top: int | None = None
              ) -> Iterable[ResumeResult]:
    """Best first by score or verdict (ties by path), cut to `top`; 'file' keeps the streaming path order."""
    if sort is Sort.score:
        results = sorted(results, key=lambda r: (-r.score, VERDICT_RANK[r.verdict], r.file))
    elif sort is Sort.verdict:
        results = sorted(results, key=lambda r: (VERDICT_RANK[r.verdict], -r.score, r.file))
    if top is not None:
        results = _take(results, top)
    return results


def _take(results: Iterable[ResumeResult], n: int) -> Iterator[ResumeResult]:
    for i, r in enumerate(results):
        if i >= n:
            return
        yield r
