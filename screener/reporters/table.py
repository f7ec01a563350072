"""Terminal table: one row per resume with a coloured status per requirement, readable in 80 columns.

When the terminal is wide enough every requirement gets its own column under an abbreviated id; otherwise the
statuses collapse into one strip per resume, grouped must-have | qualification | nice-to-have. A legend below
maps abbreviations to ids. Colour follows rich's terminal detection, so NO_COLOR and pipes get plain text.
"""
from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..models import Report, ResumeResult, Status, Verdict
from ..text.printable import printable
from .rows import GLYPH, STYLE, best_fits, brief, rows


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
    table = Table(title=Text(report.title), title_justify="left", show_lines=False, pad_edge=False)
    table.add_column("file", overflow="fold", ratio=1, min_width=12)
    if report.several:
        table.add_column("job", overflow="fold")
    table.add_column("verdict")
    table.add_column("score", justify="right")
    table.add_column("years", justify="right")
    if wide:
        for rid in ids:
            table.add_column(short[rid], justify="center")
    else:
        table.add_column("requirements", no_wrap=True)
    results = []  # each row's result in brief: the counts and best fits below need no evidence
    for row in rows(report):
        r = row.result
        results.append(brief(r))
        head = [Text(row.file), *([Text(r.job)] if report.several else []),
                Text(r.verdict.value, style=STYLE[r.verdict]), f"{r.score:.2f}", Text(row.years or "-")]
        if r.error:
            cells = [Text(f"error: {r.error}", style="magenta")] + ([Text("")] * (len(ids) - 1) if wide else [])
        elif wide:
            cells = [_status_cell(row.statuses[i].status) if i in row.statuses else Text("") for i in ids]
        else:
            cells = [_strip(r)]
        table.add_row(*head, *cells)
    console.print(table)
    legend = "  ".join(f"{short[i]}={i}" for i in ids)
    if not wide:  # the strip has no headers: say its order, groups separated as in the strip
        groups: dict[str, list[str]] = {}
        for q in report.requirements:
            groups.setdefault(q.group.value, []).append(short[q.id])
        legend = "order: " + " | ".join(" ".join(g) for g in groups.values()) + "   " + legend
    console.print(Text("✓ pass  ✗ fail  ? unknown   " + legend, style="dim"))
    counts = {v: sum(r.verdict is v for r in results) for v in Verdict}
    console.print(f"{len(results)} results: " + ", ".join(f"{n} {v.value}" for v, n in counts.items() if n))
    if report.several:
        for file, job, score in best_fits(results):
            console.print(Text(f"best fit for {printable(file)}: {job} (score {score:.2f})"))


def _strip(r: ResumeResult) -> Text:
    """All statuses in rule order as glyphs, a space between groups."""
    text, prev = Text(), None
    for q in r.requirements:
        if prev is not None and q.group is not prev:
            text.append(" ")
        text.append_text(_status_cell(q.status))
        prev = q.group
    return text
