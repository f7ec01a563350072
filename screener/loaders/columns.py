"""Find the vertical gutter of a two-column page so each column can be read on its own."""
from __future__ import annotations

MIN_GUTTER = 8.0  # points of empty x-range between columns
MIN_SIDE_SHARE = 0.12  # each column holds at least this share of the body's words
MAX_HEADER_SHARE = 0.4  # a full-width header may cover at most the top 40% of the text


def split_columns(words: list[dict], width: float, height: float) -> list[list[dict]]:
    """Return word groups in reading order: [header, left, right] for a two-column page, else [words]."""
    if len(words) < 20:
        return [words]
    top = min(w["top"] for w in words)
    bottom = max(w["bottom"] for w in words)
    span = bottom - top
    best = None
    for gap_x0, gap_x1 in _candidate_gaps(words, width, span, top):
        x = (gap_x0 + gap_x1) / 2
        cut = _header_cut(words, x, top, span)
        if cut is None:
            continue
        body = [w for w in words if w["top"] >= cut]
        left = [w for w in body if w["x1"] <= x]
        right = [w for w in body if w["x0"] >= x]
        if len(left) + len(right) != len(body):
            continue
        if min(len(left), len(right)) < MIN_SIDE_SHARE * len(body):
            continue
        if _vertical_extent(left) < 0.3 * span or _vertical_extent(right) < 0.3 * span:
            continue
        # A real gutter has lines on both sides at the same heights: rows merely aligned in a table do not
        width_gap = gap_x1 - gap_x0
        if best is None or width_gap > best[0]:
            best = (width_gap, cut, x)
    if best is None:
        return [words]
    _, cut, x = best
    header = [w for w in words if w["top"] < cut]
    body = [w for w in words if w["top"] >= cut]
    return [header, [w for w in body if w["x1"] <= x], [w for w in body if w["x0"] >= x]]


def _vertical_extent(words: list[dict]) -> float:
    return max(w["bottom"] for w in words) - min(w["top"] for w in words) if words else 0.0


def _header_cut(words: list[dict], x: float, top: float, span: float) -> float | None:
    """The y below which no word crosses x, if the crossing words form a header near the top."""
    crossing = [w for w in words if w["x0"] < x < w["x1"]]
    if not crossing:
        return top
    cut = max(w["bottom"] for w in crossing)
    if cut - top > MAX_HEADER_SHARE * span:
        return None
    return cut + 0.1


def _candidate_gaps(words: list[dict], width: float, span: float, top: float) -> list[tuple[float, float]]:
    """x-ranges in the middle 70% of the page not covered by any word below the top part of the page."""
    lower = [w for w in words if w["top"] >= top + MAX_HEADER_SHARE * span] or words
    covered = sorted((w["x0"], w["x1"]) for w in lower)
    gaps: list[tuple[float, float]] = []
    reach = covered[0][1]
    for x0, x1 in covered[1:]:
        if x0 - reach >= MIN_GUTTER:
            gaps.append((reach, x0))
        reach = max(reach, x1)
    lo, hi = 0.15 * width, 0.85 * width
    return [(a, b) for a, b in gaps if lo <= (a + b) / 2 <= hi]
