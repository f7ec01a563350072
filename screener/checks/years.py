"""Years-of-experience checks: total professional years (or years with one skill) against a minimum and maximum."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import RuleFileError
from ..experience import CLAIM_TOLERANCE, Kind, Timeline, merged_years
from ..models import Evidence, Position
from .base import BuildContext, Check, Outcome
from .fields import Field

if TYPE_CHECKING:
    from ..facts import Facts

KINDS = tuple(Kind)


@dataclass(frozen=True)
class Years(Check):
    """Passes when the resume's professional years fall in [min, max]; unknown when nothing is dated or claimed.

    With a `field`, only the positions in that field count (a nurse's years are not years of software work)."""

    min: float | None
    max: float | None
    exclude_kinds: tuple[str, ...] = ()
    field: Field | None = None

    NAME = "years"
    PARAMS = {
        "min": ((int, float), None),
        "max": ((int, float), None),
        "exclude_kinds": ((list,), []),
        "field": ((dict,), None),
    }

    @classmethod
    def from_params(cls, params: dict[str, Any], ctx: BuildContext) -> Years:
        lo, hi = params["min"], params["max"]
        if lo is None and hi is None:
            raise RuleFileError("a years check needs 'min', 'max' or both")
        for name, value in (("min", lo), ("max", hi)):
            if value is not None and not 0 <= value <= 60:
                raise RuleFileError(f"{name} must be between 0 and 60 years, got {value}")
        if lo is not None and hi is not None and lo > hi:
            raise RuleFileError(f"min ({lo}) is greater than max ({hi})")
        bad = [k for k in params["exclude_kinds"] if k not in KINDS]
        if bad:
            raise RuleFileError(f"exclude_kinds: unknown kind {bad[0]!r} (allowed: {', '.join(KINDS)})")
        return cls(lo, hi, tuple(params["exclude_kinds"]),
                   Field.from_table(params["field"]) if params["field"] is not None else None)

    def words(self) -> Iterator[str]:
        """The field's titles, terms, artefacts and made things decide which years count, so they are screened on
        as a keyword check's are."""
        if self.field is not None:
            yield from self.field.titles
            yield from self.field.terms
            yield from self.field.artefacts
            yield from self.field.made

    def _in_field(self, facts: Facts, p: Position) -> tuple[bool, str]:
        return facts.in_field(self.field, p) if self.field is not None else (True, "")

    def _reading(self, facts: Facts, p: Position) -> str:
        """Where a counted position was read and why it counts, for explain."""
        field = f", in {self.field.name} ({self._in_field(facts, p)[1]})" if self.field is not None else ""
        return f"{facts.blocks[p.line].where}; a {p.kind} position that counts{field}"

    def _counted(self, facts: Facts) -> tuple[list[Position], list[tuple[Position, str]]]:
        """The professional positions that count, and those left out by the field with the reason."""
        counted, outside = [], []
        for p in facts.timeline.positions:
            if not p.counted or p.kind in self.exclude_kinds:
                continue
            ok, why = self._in_field(facts, p)
            if ok:
                counted.append(p)
            else:
                outside.append((p, why))
        return counted, outside

    def _claimed(self, tl: Timeline) -> float | None:
        """The resume's claim, unless it speaks of other work than the field's ('20 years of teaching experience'
        says nothing of years in software)."""
        if self.field is not None and self.field.names_other_work(tl.claim):
            return None
        return tl.claimed

    def _years(self, facts: Facts) -> tuple[float | None, str, list[Position]]:
        tl = facts.timeline
        claimed = self._claimed(tl)
        counted, outside = self._counted(facts)
        of = f" of {self.field.name}" if self.field else ""
        left_out = ""
        if outside:
            named = "; ".join(f"{_label(p)} ({why})" for p, why in outside[:3])
            left_out = f"; not counted: {named}" + (f" and {len(outside) - 3} more" if len(outside) > 3 else "")
        if counted:
            years = merged_years([(p.start, p.end) for p in counted])
            note = f"{years:g} years{of} from {len(counted)} dated position{'s' * (len(counted) != 1)}"
            if self.exclude_kinds:
                note += f" (not counting {', '.join(self.exclude_kinds)})"
            if claimed is not None and abs(claimed - years) > CLAIM_TOLERANCE and not outside:
                note += f"; the resume claims {claimed:g}"
            return years, note + left_out, counted
        if tl.positions:  # dated roles, none of them counting (volunteer, student, excluded, another field)
            left = {f"{p.kind} not counted here" for p in tl.positions if p.counted and p.kind in self.exclude_kinds}
            reasons = sorted({p.why or p.kind for p in tl.positions if not p.counted} | left)
            note = f"0 years{of}: none of the {len(tl.positions)} dated position(s) count"
            return 0.0, note + (f" ({'; '.join(reasons)})" if reasons else "") + left_out, []
        if claimed is not None:
            return claimed, f"{claimed:g} years as claimed on the resume (no dated positions found)", []
        return None, "no dated positions and no stated years of experience", []

    def _within(self, years: float) -> bool:
        return (self.min is None or years >= self.min) and (self.max is None or years <= self.max)

    def _doubt(self, tl: Timeline, years: float) -> str:
        """Why the verdict on `years` cannot be trusted, or "": the dates may have missed years (most of the
        sections' date ranges unread, or the resume claiming more than they add up to) enough to change it. A claim
        says 'at least': dates beyond it agree with it."""
        if tl.years is None:
            return ""
        if tl.mostly_unread:
            missing, why = float("inf"), (f"{tl.unread_lines} of the {tl.date_lines} date ranges in the experience "
                                           "sections could not be read")
        elif (claimed := self._claimed(tl)) is not None and claimed - tl.years > CLAIM_TOLERANCE:
            missing, why = claimed - tl.years, (f"the resume claims {claimed:g} years but its dated positions "
                                                f"add up to {tl.years:g}")
        else:
            return ""
        ok = self._within(years)
        marks = [v for v in (years + missing, self.min, self.max) if v is not None and years <= v <= years + missing]
        return why if any(self._within(v) != ok for v in marks) else ""

    def evaluate(self, facts: Facts) -> Outcome:
        years, note, counted = self._years(facts)
        if years is None:
            return Outcome(None, note)
        lines = facts.document.lines
        evidence = tuple(
            Evidence(lines[p.line].text, "dates", facts.section_names[p.line], lines[p.line].page, p.line + 1,
                     reading=self._reading(facts, p))
            for p in counted if p.line is not None
        )[:3]
        want = " to ".join(f"{v:g}" for v in (self.min, self.max) if v is not None)
        want = f"at least {self.min:g}" if self.max is None else (f"at most {self.max:g}" if self.min is None else want)
        if doubt := self._doubt(facts.timeline, years):
            return Outcome(None, f"{doubt}; {note}; needs {want}", evidence)
        return Outcome(self._within(years), f"{note}; needs {want}", evidence)


def _label(p: Position) -> str:
    """A position as a reader would name it: title and organisation, with its years."""
    name = ", ".join(x for x in (p.title, p.organisation) if x) or "an untitled position"
    return f"{name[:60]} {p.start:%Y}-{p.end:%Y}"
