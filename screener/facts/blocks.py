"""The block each line of a resume belongs to: a dated position (its title, organisation and kind) or a section
such as the summary or the skills. Evidence is read in the context of the role it sits under."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..models import Position
from ..text.sections import Section, section_at

# Sections that speak for the resume as a whole (its summary, its skills, the lines above the first heading): they
# are read in the context of its main line of work.
WHOLE_RESUME = ("summary", "skills", None)


@dataclass(frozen=True)
class Block:
    """`section` is the canonical section name (None before the first heading); `position` the dated role the
    line sits under, if any."""

    section: str | None
    position: Position | None = None

    @cached_property
    def where(self) -> str:
        """Where a line was read, as explain says it: "under Backend Engineer @ Acme (job, 2019-2022)"."""
        p = self.position
        if p is None:
            return f"in the {self.section} section" if self.section else "at the top of the resume"
        label = " @ ".join(x for x in (p.title, p.organisation) if x) or "an untitled position"
        return f"under {label[:60]} ({p.kind}, {p.start:%Y}-{p.end:%Y})"


def find_blocks(count: int, sections: tuple[Section, ...], positions: tuple[Position, ...]) -> tuple[Block, ...]:
    """One block per line: its position where the timeline placed one (title, dates and bullets), else its
    section."""
    out = []
    for i in range(count):
        sec = section_at(sections, i)
        out.append(Block(sec.name if sec else None))
    # a line is the last position's whose span holds it: read from the last, each line is given once, the lines
    # already given skipped in a step (titles stacked over one text all span it)
    free = list(range(count + 1))  # free[i]: a line at or after i not yet given (followed to the end, it is)

    def next_free(i: int) -> int:
        root = i
        while free[root] != root:
            root = free[root]
        while free[i] != root:
            free[i], i = root, free[i]
        return root

    for p in reversed(positions):
        if p.span is None:
            continue
        first, last = max(0, p.span[0]), min(count, p.span[1])
        i = next_free(first) if first < count else count
        while i < last:
            out[i] = Block(out[i].section, p)
            free[i] = i + 1
            i = next_free(i + 1)
    return tuple(out)
