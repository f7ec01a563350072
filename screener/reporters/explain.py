"""`screener explain`: how one resume was read — timeline, degrees, then each requirement with its evidence.

Every line is a rich Text, never a markup string: resume words and a degree's "[in progress]" are printed as
written, not read as rich's [style] markup."""
from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.text import Text

from ..facts import Facts
from ..models import Evidence, ResumeResult
from ..text.printable import printable
from .rows import GLYPH, STYLE


def _highlight(ev: Evidence) -> Text:
    """The quote with the matched words, as the check located them, in bold."""
    text = Text(ev.quote)
    if ev.highlight:
        text.stylize("bold underline", *ev.highlight)
    return text


def render(facts: Facts, result: ResumeResult, out: TextIO) -> None:
    console = Console(file=out, highlight=False)
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
        for e in q.evidence:
            console.print(Text.assemble("      ", (f"{e.where()}: ", "dim"), "“", _highlight(e), "”"))
            if e.reading:
                console.print(Text(f"        read {e.reading}", style="dim"))
