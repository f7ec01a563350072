"""`screener explain`: how one resume was read — timeline, degrees, then each requirement with its evidence.

Every line is a rich Text, never a markup string: resume words and a degree's "[in progress]" are printed as
written, not read as rich's [style] markup."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from rich.console import Console
from rich.text import Text

from ..facts import Facts
from ..models import Evidence, ResumeResult
from ..text.printable import printable
from .rows import GLYPH, STYLE


def _highlight(quote: str, marks: Iterable[tuple[int, int]]) -> Text:
    """The quote with the matched words, as the checks located them, in bold."""
    text = Text(quote)
    for mark in marks:
        text.stylize("bold underline", *mark)
    return text


def _once(evidence: Iterable[Evidence]) -> list[tuple[Evidence, list[tuple[int, int]], str]]:
    """Each piece of evidence once, as (its first occurrence, the matched words of all, the reading of all).

    A requirement's term groups each cite what they found, so one sentence may come several times, each with the
    words its group matched and its own reading. The same quote at the same page and line is one piece of evidence:
    shown where it first came, with every group's words marked and one reading, the first's with each later one's
    clauses ("; "-joined) it does not have yet. A quote without a line has no place to be the same as another's."""
    shown: dict[object, tuple[Evidence, list[tuple[int, int]], list[str]]] = {}
    for n, e in enumerate(evidence):
        place = (e.page, e.line, e.quote) if e.line is not None else n
        said = e.reading.split("; ") if e.reading else []
        if place not in shown:  # the first's reading as it was written, every clause kept
            shown[place] = (e, [], said)
        else:
            clauses = shown[place][2]
            clauses += [c for c in dict.fromkeys(said) if c not in clauses]
        marks = shown[place][1]
        if e.highlight and e.highlight not in marks:
            marks.append(e.highlight)
    return [(first, marks, "; ".join(clauses)) for first, marks, clauses in shown.values()]


def render(facts: Facts, result: ResumeResult, out: TextIO) -> None:
    console = Console(file=out, highlight=False, soft_wrap=True)  # a line is one line: a pipe or file is not cut at 80 columns
    console.print(Text(printable(result.file), style="bold"))
    for w in result.warnings:
        console.print(Text(f"warning: {w}", style="magenta"))
    tl = facts.timeline
    console.print(Text("\nExperience timeline", style="bold"))
    if not tl.positions:
        console.print("  no dated positions found")
    for p in tl.positions:
        mark = "counted" if p.counted else f"not counted: {p.why}"
        console.print(Text(f"  {p.start:%Y-%m} .. {p.end:%Y-%m}  {p.years:>5.1f}y  {p.kind:10s} "
                           f"{p.title}{' @ ' + p.organisation if p.organisation else ''}  ({mark})"))
    total = "unknown" if tl.years is None else f"{tl.years:g} years (overlaps merged)"
    console.print(Text(f"  total: {total}" + (f"; claimed: {tl.claimed:g}" if tl.claimed is not None else "")))
    for note in tl.notes:
        console.print(Text(f"  note: {note}"))
    console.print(Text("\nDegrees", style="bold"))
    if not facts.degrees:
        console.print("  none found")
    for d in facts.degrees:
        console.print(Text(f"  {d.level:10s} {d.field or '(field not stated)'}  [{d.status}]  “{d.quote}”"))
    console.print(Text(f"\nRequirements: verdict {result.verdict.value}, score {result.score:.2f}", style="bold"))
    for q in result.requirements:
        console.print(Text.assemble((f"  {GLYPH[q.status]} {q.status.value:7s} ", STYLE[q.status]),
                                    (f"{q.id} ", "bold"), (f"[{q.group.value}] ", "dim"), q.detail))
        for e, marks, reading in _once(q.evidence):
            console.print(Text.assemble("      ", (f"{e.where()}: ", "dim"), "“", _highlight(e.quote, marks), "”"))
            if reading:
                console.print(Text(f"        read {reading}", style="dim"))
