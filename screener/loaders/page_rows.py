"""A page's words by visual row, as pdf._assemble gathers them: the one row grouping the layout readers share."""
from __future__ import annotations

ROW_TOLERANCE = 2.5  # points between baselines read as one row (pdf._assemble)


def baseline_rows(words: list[dict]) -> list[list[dict]]:
    """The words in rows top to bottom, in the order they were gathered (by rounded baseline, then x): a word joins
    the row above when its baseline is within ROW_TOLERANCE of the row's first word (a bold title and its regular
    dates sit a fraction apart), unless either is a line of its own (a rotated label, a heading already set apart)."""
    rows: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (round(w["bottom"]), w["x0"])):
        if (rows and abs(rows[-1][0]["bottom"] - word["bottom"]) <= ROW_TOLERANCE
                and not (word.get("alone") or rows[-1][0].get("alone"))):
            rows[-1].append(word)
        else:
            rows.append([word])
    return rows


def visual_rows(words: list[dict]) -> list[list[dict]]:
    """The rows of baseline_rows, each read left to right."""
    rows = baseline_rows(words)
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    return rows
