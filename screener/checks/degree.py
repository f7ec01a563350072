"""Degree checks: a minimum level in one of the wanted fields, or N years of equivalent practical experience."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..degrees import LEVELS, RELATED_FIELDS, highest, related_degree
from ..errors import RuleFileError
from ..experience import skill_years
from ..text.matching import phrase_pattern
from ..models import Degree, DegreeLevel, Evidence
from .base import BuildContext, Check, Outcome

if TYPE_CHECKING:
    from ..facts import Facts


@dataclass(frozen=True)
class DegreeCheck(Check):
    """Passes on a degree at or above `level` in one of `fields` (an empty list: any field), or with `or_years`
    of experience instead (only roles mentioning one of `or_years_terms`, when given)."""

    level: DegreeLevel
    fields: tuple[str, ...]
    or_years: float | None
    or_years_terms: tuple[str, ...] = ()
    or_years_rx: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    NAME = "degree"
    PARAMS = {
        "level": ((str,), "bachelor"),
        "fields": ((list,), list(RELATED_FIELDS)),
        "or_years": ((int, float), None),
        "or_years_terms": ((list,), []),
    }

    @classmethod
    def from_params(cls, params: dict[str, Any], ctx: BuildContext) -> DegreeCheck:
        if params["level"] not in LEVELS:
            raise RuleFileError(f"level must be one of {', '.join(LEVELS)}, got {params['level']!r}")
        if not all(isinstance(f, str) and f.strip() for f in params["fields"]):
            raise RuleFileError("fields must be a list of non-empty strings")
        if params["or_years"] is not None and not 0 < params["or_years"] <= 60:
            raise RuleFileError(f"or_years must be between 0 and 60, got {params['or_years']}")
        terms = params["or_years_terms"]
        if not all(isinstance(t, str) and t.strip() for t in terms):
            raise RuleFileError("or_years_terms must be a list of non-empty strings")
        return cls(DegreeLevel(params["level"]), tuple(params["fields"]), params["or_years"], tuple(terms),
                   phrase_pattern(tuple(terms)))

    def words(self) -> Iterator[str]:
        yield from self.fields
        yield from self.or_years_terms

    def _equivalent_years(self, facts: Facts) -> float | None:
        """Years that count as practical experience: all of them, or only roles that mention `or_years_terms`
        (a nurse's years are not equivalent to a CS degree)."""
        if self.or_years_rx is None:
            return facts.total_years
        rx = self.or_years_rx
        return skill_years(facts.timeline, facts.document, lambda text: bool(rx.search(text)))

    def evaluate(self, facts: Facts) -> Outcome:
        found = facts.degrees
        if self.fields:
            best = related_degree(found, self.fields, self.level)
        else:  # any field will do
            best = highest([d for d in found if d.level.rank >= self.level.rank])
        lines = facts.document.lines

        def cite(d):
            line = lines[d.line] if d.line is not None else None
            return Evidence(d.quote, d.level.value, facts.section_names[d.line] if d.line is not None else "education",
                            line.page if line else None, d.line + 1 if d.line is not None else None,
                            reading=_reading(facts, d))

        if best:
            status = "" if best.status == "completed" else f" ({best.status})"
            return Outcome(True, f"{best.level}'s-level degree in {best.field or 'a wanted field'}{status}",
                           (cite(best),))
        years = self._equivalent_years(facts) if self.or_years is not None else None
        if years is not None and years >= self.or_years:
            kind = "relevant " if self.or_years_terms else ""
            return Outcome(True, f"no {self.level}'s degree in a wanted field, but {years:g} years of {kind}"
                                 f"experience count as equivalent (needs {self.or_years:g})")
        if found:
            have = "; ".join(f"{d.level} in {d.field or 'an unstated field'}" for d in found[:3])
            return Outcome(False, f"degrees found ({have}) are below {self.level} or outside the wanted fields",
                           tuple(cite(d) for d in found[:3]))
        few = " and too few years for equivalent experience" if self.or_years else ""
        return Outcome(False, f"no degree found{few}")


def _reading(facts: Facts, d: Degree) -> str:
    """Where a degree was read and as what, for explain: "in the education section; a bachelor's in physics
    (completed)"; outside it, that the education section names none and this one states its subject or school."""
    what = f"a {d.level}'s in {d.field or 'an unstated field'} ({d.status})"
    if d.line is None:
        return f"from the resume's structured education; {what}"
    where = facts.blocks[d.line].where
    if facts.section_names[d.line] == "education":
        return f"{where}; {what}"
    return f"{where}; {what}, stated with its subject or school (no degree in an education section)"
