"""Order results best first (by score or verdict) and cut the list to the top N; 'file' keeps the path order.

A sort must see every result before it yields the first, so it holds each one packed (pickled and compressed,
a tenth of the live objects with their evidence, positions and diagnostics) beside its sort key, and unpacks
one at a time as the output is written: 10,000 resumes sort in tens of megabytes, not hundreds. With --top only
the best N are held at all.
"""
from __future__ import annotations

import heapq
import pickle
import zlib
from collections.abc import Iterable, Iterator
from enum import Enum
from operator import itemgetter

from ..models import VERDICT_RANK, ResumeResult


class Sort(str, Enum):
    file = "file"  # path order, streamed as each file finishes
    score = "score"
    verdict = "verdict"


_KEYS = {
    Sort.score: lambda r: (-r.score, VERDICT_RANK[r.verdict], r.file),
    Sort.verdict: lambda r: (VERDICT_RANK[r.verdict], -r.score, r.file),
}


def shortlist(results: Iterable[ResumeResult], sort: Sort = Sort.file, top: int | None = None
              ) -> Iterable[ResumeResult]:
    """Best first by score or verdict (ties by path, then input order), cut to `top`; 'file' keeps the streaming
    path order."""
    if sort is Sort.file:
        return results if top is None else _take(results, top)
    key = _KEYS[sort]
    packed = ((key(r), pack(r)) for r in results)
    first = itemgetter(0)  # never compares the packed bytes: equal keys keep their input order
    held = sorted(packed, key=first) if top is None else heapq.nsmallest(top, packed, key=first)
    return (unpack(blob) for _, blob in held)


def pack(result: ResumeResult) -> bytes:
    """The result as compact bytes, while it waits for its turn in a sorted output."""
    return zlib.compress(pickle.dumps(result, pickle.HIGHEST_PROTOCOL), 1)


def unpack(blob: bytes) -> ResumeResult:
    return pickle.loads(zlib.decompress(blob))


def _take(results: Iterable[ResumeResult], n: int) -> Iterator[ResumeResult]:
    for i, r in enumerate(results):
        if i >= n:
            return
        yield r
