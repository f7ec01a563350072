"""Everything a check reads about one resume, each fact computed once on first use and shared by all checks."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cached_property

from . import degrees, experience
from .experience import ROLE_SECTIONS
from .models import Degree, Diagnostics, Document
from .text.dates import find_ranges
from .text.furniture import running_lines
from .text.matching import View, build_view
from .text.sections import Section, find_sections, section_at


_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")


class Facts:
    """One resume as the checks see it: its lines, sections, experience timeline and degrees at a date."""

    def __init__(self, document: Document, as_of: dt.date, aliases: dict[str, tuple[str, ...]] | None = None):
        self.document = document
        self.as_of = as_of
        self.aliases = aliases or {}

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
    def timeline(self) -> experience.Timeline:
        return experience.build_timeline(self.document, self.sections, self.as_of)

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
        furniture = running_lines(doc.lines)
        role_lines = [i for sec in self.sections if sec.name in ROLE_SECTIONS for i in range(sec.start, sec.end)
                      if i not in furniture]
        unparsed = tuple(self.texts[i] for i in role_lines
                         if _YEAR.search(self.texts[i]) and not find_ranges(self.texts[i], self.as_of))
        return Diagnostics(doc.pages, sum(len(t) for t in self.texts), doc.columns, doc.ocr,
                           tuple(dict.fromkeys(s.name for s in self.sections)), unparsed[:10])

    @property
    def total_years(self) -> float | None:
        """Computed years when there are dated positions, else the resume's own claim, else None."""
        tl = self.timeline
        return tl.years if tl.years is not None else tl.claimed
