"""Section headings in a page's label column: a heading written in a narrow cell at the left of a row, set apart by a
gap from the row's text, names the rows below it and is read as a line of its own, before its row."""
from __future__ import annotations

import re
from collections import Counter

from ..text.dates import YEAR, may_run_on
from ..text.sections import heading_name
from .page_rows import visual_rows

LABEL_GAP = 8.0  # points between a label cell and its row's text: wider than any word space (columns.WIDE_GUTTER)
EDGE_TOLERANCE = 1.0  # points: rows whose text starts this near one x share the content's left edge
MIN_EDGE_ROWS = 3  # rows of text starting at one x beside their label cells: a label column, not a wide space
LEFT_TOLERANCE = 2.0  # points: a label cell starts at the page's (or the column's) left edge
WRAP_PITCH = 1.25  # of the page's usual line pitch: a label's next line, not the next section's label
MAX_HEADING_LINES = 3  # a heading wraps over at most this many label cells ("Teaching" / "and Research" / "Experience")
_YEAR_WORD = re.compile(rf"(?<![^\W_])(?:\d{{1,2}}[/.-])?{YEAR}(?![^\W_])")  # "2019", "09/2021", not "cv2019"


def headings_apart(words: list[dict], rows: list[list[dict]] | None = None) -> list[dict]:
    """The words, with each heading of a label column joined into one word marked alone (as pdf._assemble reads a
    rotated label: a line of its own) and set a point above its row, so it is read before the row's text. A heading
    wrapped over the cells of rows a line apart, each beside its text ('Teaching' over 'Experience'), is one.
    A column of labels holds headings and dates for the most part; a sidebar that lists languages or skills a
    row, level with the main column's rows, is no label column and is left as it is, as is a page without one
    ('Education Technology Consultant' written with word spaces is a line of text, whatever its first word). So
    is a form whose every row has its label ('Languages' beside 'English and German', 'Hobbies' beside ...).
    `rows`: the words' visual rows, when the caller has grouped them already."""
    rows = visual_rows(words) if rows is None else rows
    cells = _label_cells(rows, min((w["x0"] for w in words), default=0.0))
    runs = _runs(rows, cells)
    # a heading names the rows of its section, which go on below its label, unlabelled or dated; a label on every
    # row is a form's key
    headings = [(i, k) for run in runs for i, k in _headings(cells, run)
                if k + 1 < len(rows) and (k + 1 not in cells or date_row(cells[k + 1]))]
    starts = {i for i, _ in headings}
    labels = sum(any(i in starts for i in run) or date_row(cells[run[0]]) for run in runs)
    if not headings or 2 * labels < len(runs):
        return words
    out, taken = list(words), set()
    for i, k in headings:
        label = [w for j in range(i, k + 1) for w in cells[j]]
        taken |= {id(w) for w in label}
        out.append({"text": " ".join(w["text"] for w in label), "x0": min(w["x0"] for w in label),
                    "x1": max(w["x1"] for w in label), "top": min(w["top"] for w in label),
                    "bottom": min(w["bottom"] for w in rows[i]) - 1.0, "alone": True})
    return [w for w in out if id(w) not in taken]


def date_row(row: list[dict]) -> bool:
    """A row that is a date or a range and nothing else: every word a piece of a date, one of them a year."""
    texts = [w["text"] for w in row]
    return (all(may_run_on(t) and "@" not in t and "://" not in t for t in texts)
            and any(_YEAR_WORD.search(t) for t in texts))


def _label_cells(rows: list[list[dict]], left: float) -> dict[int, list[dict]]:
    """{row index: its label cell}: the words at the left edge up to a gap wider than a word space, when the text
    after the gap starts at the content edge that at least MIN_EDGE_ROWS rows share. Text beside a cell is words,
    not a label's colon, and not a heading itself: two headings on one row head two columns ('WORK EXPERIENCE'
    beside 'SKILLS'), and a heading alone on its row is a line already (and ends no wrapped label before it)."""
    split: dict[int, tuple[list[dict], float]] = {}
    for n, row in enumerate(rows):
        if row[0]["x0"] > left + LEFT_TOLERANCE or row[0].get("alone"):
            continue
        cut = next((j for j in range(1, len(row)) if row[j]["x0"] - row[j - 1]["x1"] >= LABEL_GAP), None)
        if cut is None:
            continue
        beside = " ".join(w["text"] for w in row[cut:])
        if any(c.isalnum() for c in beside) and heading_name(beside) is None:
            split[n] = (row[:cut], row[cut]["x0"])
    starts = Counter(round(x) for _, x in split.values())
    edges = [x for x, count in starts.items() if count >= MIN_EDGE_ROWS]
    return {n: cell for n, (cell, x) in split.items() if any(abs(x - e) <= EDGE_TOLERANCE for e in edges)}


def _runs(rows: list[list[dict]], cells: dict[int, list[dict]]) -> list[list[int]]:
    """Label cells in runs that may be one label wrapped: rows a line apart (no wider than the page's usual line
    pitch, a section's break is wider), each next cell going on in words, not in dates or numbers."""
    steps = sorted(b[0]["bottom"] - a[0]["bottom"] for a, b in zip(rows, rows[1:]))
    pitch = steps[len(steps) // 2] if steps else 0.0
    runs: list[list[int]] = []
    for n in sorted(cells):
        if (runs and runs[-1][-1] == n - 1 and rows[n][0]["bottom"] - rows[n - 1][0]["bottom"] <= WRAP_PITCH * pitch
                and not any(c.isdigit() for w in cells[n] for c in w["text"])):
            runs[-1].append(n)
        else:
            runs.append([n])
    return runs


def _headings(cells: dict[int, list[dict]], run: list[int]) -> list[tuple[int, int]]:
    """(first row, last row) of each heading in a run of label cells, the longest from each cell on, of at most
    MAX_HEADING_LINES cells: a heading is a few words, so each cell is tried against the next two at most and the
    work grows with the run, not with its cube."""
    found, at = [], 0
    while at < len(run):
        end = next((e for e in range(min(len(run), at + MAX_HEADING_LINES) - 1, at - 1, -1)
                    if heading_name(" ".join(w["text"] for n in run[at:e + 1] for w in cells[n]))), None)
        if end is None:
            at += 1
        else:
            found.append((run[at], run[end]))
            at = end + 1
    return found
