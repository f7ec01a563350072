"""Everything a check reads about one resume, each fact computed once on first use and shared by all checks."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING

from .. import degrees, experience
from .blocks import WHOLE_RESUME, Block, find_blocks
from ..experience import ROLE_SECTIONS
from ..experience import merged_years
from ..experience.shared_text import part_starts
from ..models import Degree, Diagnostics, Document, Position
from ..text.dates import A_YEAR
from ..text.furniture import running_lines
from ..text.sections import Section, find_sections, section_at
from ..text.view import View, build_view

if TYPE_CHECKING:
    from ..checks.fields import Field, Shared


class Facts:
    """One resume as the checks see it: its lines, sections, experience timeline and degrees at a date."""

    def __init__(self, document: Document, as_of: dt.date):
        self.document = document
        self.as_of = as_of
        self._fields: dict[Field, dict[int, tuple[bool, str]]] = {}
        self._shared: dict[Field, dict[tuple[int, int], Shared]] = {}  # the text stacked titles share, read once
        # each line's dates read once and in the resume's numeric order, by the timeline and by the diagnostics
        self._dates = experience.DateReadings(document.text)

    @cached_property
    def texts(self) -> tuple[str, ...]:
        return tuple(line.text for line in self.document.lines)

    @cached_property
    def view(self) -> View:
        """The normalised text keyword checks match against, shared so it is built once per resume."""
        return build_view(self.texts)

    @cached_property
    def sections(self) -> tuple[Section, ...]:
        return find_sections(self.texts)

    @cached_property
    def section_names(self) -> tuple[str | None, ...]:
        """The canonical section of every line (None before the first heading)."""
        names = []
        for i in range(len(self.texts)):
            sec = section_at(self.sections, i)
            names.append(sec.name if sec else None)
        return tuple(names)

    @cached_property
    def furniture(self) -> frozenset[int]:
        """The running headers and footers, which neither the timeline nor its diagnostics read as roles."""
        return running_lines(self.document.lines)

    @cached_property
    def timeline(self) -> experience.Timeline:
        return experience.build_timeline(self.document, self.sections, self.as_of, self._dates, self.furniture)

    @cached_property
    def blocks(self) -> tuple[Block, ...]:
        """The position or section every line belongs to."""
        return find_blocks(len(self.texts), self.sections, self.timeline.positions)

    def in_field(self, field: Field, p: Position) -> tuple[bool, str]:
        """Whether a position is work in the field and why, judged once per resume and field."""
        judged = self._fields.setdefault(field, {})
        if id(p) not in judged:
            judged[id(p)] = field.judge_position(self.texts, p, self.starts, self._shared.setdefault(field, {}))
        return judged[id(p)]

    @cached_property
    def starts(self) -> tuple[int, ...]:
        """The first lines of the dated positions, in order: where the text stacked titles share is read in parts (once
        per stack, by the field and the entry readings)."""
        return part_starts(self.timeline.positions)

    @cached_property
    def _main_lines(self) -> dict[Field, bool]:
        return {}

    def main_line(self, field: Field) -> bool:
        """Whether the resume's main work is in the field, so its summary speaks of that work: most of its counted
        years, or without dated positions, its headline (first lines) and text as a position's would be judged."""
        if field not in self._main_lines:
            counted = [p for p in self.timeline.positions if p.counted]
            if not counted:
                self._main_lines[field] = field.judge("\n".join(self.texts[:3]), "\n".join(self.texts))[0]
            else:
                inside = [(p.start, p.end) for p in counted if self.in_field(field, p)[0]]
                self._main_lines[field] = bool(inside) and 2 * merged_years(inside) >= merged_years(
                    [(p.start, p.end) for p in counted])
        return self._main_lines[field]

    def in_role(self, field: Field, line: int) -> tuple[bool, str]:
        """Whether a line sits under work in the field: a position judged in it, or the summary (or the top of
        the resume) of a resume whose main line of work is in it; with the reason, for explain."""
        block = self.blocks[line]
        if block.position is not None:
            ok, why = self.in_field(field, block.position)
            return ok, f"a {'' if ok else 'non-'}{field.name} position ({why})"
        if block.section in WHOLE_RESUME and self.main_line(field):
            return True, f"a resume whose main work is {field.name}"
        return False, "no position"

    @cached_property
    def degrees(self) -> tuple[Degree, ...]:
        """A JSON Resume's degrees as given (completed, in progress or expected at the as-of date), else the ones
        the education section names."""
        structured = self.document.structured
        if structured is not None and structured.degrees:
            return tuple(replace(d, status=degrees.status_at(d.quote, self.as_of)) for d in structured.degrees)
        return degrees.find_degrees(self.document, self.sections, self.as_of)

    @cached_property
    def diagnostics(self) -> Diagnostics:
        doc = self.document
        role_lines = [i for sec in self.sections if sec.name in ROLE_SECTIONS for i in range(sec.start, sec.end)
                      if i not in self.furniture]
        unparsed = tuple(self.texts[i] for i in role_lines
                         if A_YEAR.search(self.texts[i]) and not self._dates.ranges(self.texts[i], self.as_of))
        return Diagnostics(doc.pages, sum(len(t) for t in self.texts), doc.columns, doc.ocr,
                           tuple(dict.fromkeys(s.name for s in self.sections)), unparsed[:10])

    @property
    def total_years(self) -> float | None:
        """Computed years when there are dated positions, else the resume's own claim, else None."""
        tl = self.timeline
        return tl.years if tl.years is not None else tl.claimed
