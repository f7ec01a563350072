"""A page's words by visual row, as pdf._assemble gathers them: the one row grouping the layout readers share."""
from __future__ import annotations

from operator import itemgetter

ROW_TOLERANCE = 2.5  # points between baselines read as one row (pdf._assemble)


def baseline_rows(words: list[dict]) -> list[list[dict]]:
    """The words in rows top to bottom, in the order they were gathered (by rounded baseline, then x): a word joins
    the row above when its baseline is within ROW_TOLERANCE of the row's first word (a bold title and its regular
    dates sit a fraction apart), unless either is a line of its own (a rotated label, a heading already set apart)."""
    rows: list[list[dict]] = []
    row: list[dict] = []
    bottom, joins = 0.0, False  # the row's first word's baseline, and whether a word may join it (neither alone)
    for word in sorted(words, key=_row_order):
        if joins and abs(bottom - word["bottom"]) <= ROW_TOLERANCE and not word.get("alone"):
            row.append(word)
        else:
            row = [word]
            rows.append(row)
            bottom, joins = word["bottom"], not word.get("alone")
    return rows


def _row_order(word: dict) -> tuple[int, float]:
    return round(word["bottom"]), word["x0"]


_LEFT = itemgetter("x0")


def visual_rows(words: list[dict]) -> list[list[dict]]:
    """The rows of baseline_rows, each read left to right."""
    rows = baseline_rows(words)
    for row in rows:
        row.sort(key=_LEFT)
    return rows
