"""Terminal table: one row per resume with a coloured status per requirement, readable in 80 columns.

When the terminal is wide enough every requirement gets its own column under an abbreviated id; otherwise the
statuses collapse into one strip per resume, grouped must-have | qualification | nice-to-have. A legend below
maps abbreviations to ids. Colour follows rich's terminal detection, so NO_COLOR and pipes get plain text.

A batch of 10,000 resumes would hold 10,000 rows of rich cells and their drawing at once, so the table is laid
out in two passes (table_layout.py): the first keeps each row as a few short strings and widens each column's
measurement, the second draws the rows one at a time at the widths rich gives those measurements.
"""
from __future__ import annotations

from typing import NamedTuple, TextIO

from rich.console import Console
from rich.text import Text

from ..models import Report, Status, Verdict
from ..text.printable import printable
from .rows import GLYPH, STYLE, Row, Tally, rows
from .table_layout import Layout

_STATUS_OF = {glyph: status for status, glyph in GLYPH.items()}
_NONE = " "  # the mark of a requirement its job does not have (wide) and of a gap between groups (strip)


def abbreviations(ids: tuple[str, ...]) -> dict[str, str]:
    """Short unique labels: initials of kebab-case parts, or the first letters of a one-word id."""
    out: dict[str, str] = {}
    for rid in ids:
        parts = rid.split("-")
        base = "".join(p[0] for p in parts) if len(parts) > 1 else rid[:3]
        label, n = base, 1
        while label in out.values():
            n += 1
            label = f"{base}{n}"
        out[rid] = label
    return out


def _status_cell(status: Status) -> Text:
    return Text(GLYPH[status], style=STYLE[status])


def write(report: Report, out: TextIO) -> None:
    console = Console(file=out, highlight=False, soft_wrap=False)
    ids = report.requirement_ids
    short = abbreviations(ids)
    wide = console.width >= 60 + 4 * len(ids)
    layout = Layout(Text(report.title), _headers(report, short, wide))
    kept, tally = [], Tally()  # each row as a few strings: its cells are made again when it is drawn
    for row in rows(report):
        tally.add(row.result)
        line = _line(row, ids, wide)
        layout.measure(console, _cells(line, report.several, wide, len(ids)))
        kept.append(line)
    layout.draw(console, (_cells(line, report.several, wide, len(ids)) for line in kept))
    legend = "  ".join(f"{short[i]}={i}" for i in ids)
    if not wide:  # the strip has no headers: say its order, groups separated as in the strip
        groups: dict[str, list[str]] = {}
        for q in report.requirements:
            groups.setdefault(q.group.value, []).append(short[q.id])
        legend = "order: " + " | ".join(" ".join(g) for g in groups.values()) + "   " + legend
    console.print(Text("✓ pass  ✗ fail  ? unknown   " + legend, style="dim"))
    counts = {v: tally.verdicts[v] for v in Verdict}
    console.print(f"{tally.count} results: " + ", ".join(f"{n} {v.value}" for v, n in counts.items() if n))
    if report.several:
        for file, job, score in tally.best_fits():
            console.print(Text(f"best fit for {printable(file)}: {job} (score {score:.2f})"))


def _headers(report: Report, short: dict[str, str], wide: bool) -> list[tuple[str, dict]]:
    """Each column's header and its rich options."""
    columns = [("file", {"overflow": "fold", "ratio": 1, "min_width": 12})]
    if report.several:
        columns.append(("job", {"overflow": "fold"}))
    columns += [("verdict", {}), ("score", {"justify": "right"}), ("years", {"justify": "right"})]
    if wide:
        columns += [(short[rid], {"justify": "center"}) for rid in report.requirement_ids]
    else:
        columns.append(("requirements", {"no_wrap": True}))
    return columns


class _Line(NamedTuple):
    """A row as the few strings its cells are made from: the table keeps these for every row between measuring
    and drawing, not the row's rich cells (a tuple, so as small as the strings)."""

    file: str
    job: str
    verdict: Verdict
    score: str
    years: str  # "" when unknown
    error: str | None
    marks: str  # one glyph per requirement id (wide), or the strip of the statuses in rule order, groups apart


def _line(row: Row, ids: tuple[str, ...], wide: bool) -> _Line:
    r = row.result
    if wide:
        marks = "".join(GLYPH[row.statuses[i].status] if i in row.statuses else _NONE for i in ids)
    else:
        marks, prev = [], None
        for q in r.requirements:
            if prev is not None and q.group is not prev:
                marks.append(_NONE)
            marks.append(GLYPH[q.status])
            prev = q.group
        marks = "".join(marks)
    return _Line(row.file, r.job, r.verdict, f"{r.score:.2f}", row.years, r.error, marks)


def _cells(line: _Line, several: bool, wide: bool, n_ids: int) -> list:
    """The row's cells as rich draws them, made again from its strings when it is measured and when drawn."""
    file, job, verdict, score, years, error, marks = line
    head = [Text(file), *([Text(job)] if several else []), Text(verdict.value, style=STYLE[verdict]), score,
            Text(years or "-")]
    if error:
        return head + [Text(f"error: {error}", style="magenta")] + ([Text("")] * (n_ids - 1) if wide else [])
    if wide:
        return head + [Text("") if m == _NONE else _status_cell(_STATUS_OF[m]) for m in marks]
    strip = Text()  # all statuses in rule order as glyphs, a space between groups
    for m in marks:
        if m == _NONE:
            strip.append(" ")
        else:
            strip.append_text(_status_cell(_STATUS_OF[m]))
    return head + [strip]
