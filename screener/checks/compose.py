"""Composition: all-of / any-of over nested checks, so one requirement can need several kinds of evidence."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import RuleFileError
from .base import BuildContext, Check, Outcome

if TYPE_CHECKING:
    from ..facts import Facts


@dataclass(frozen=True)
class _Compose(Check):
    checks: tuple[Check, ...]

    PARAMS = {"checks": ((list,), None)}

    def words(self) -> Iterator[str]:
        for check in self.checks:
            yield from check.words()

    @classmethod
    def from_params(cls, params: dict[str, Any], ctx: BuildContext) -> _Compose:
        subs = params["checks"]
        if not subs:
            raise RuleFileError("a composed check needs a non-empty 'checks' list")
        if not all(isinstance(s, dict) for s in subs):
            raise RuleFileError("each entry of 'checks' must be a table with its own 'check' key")
        return cls(tuple(ctx.build(s, f"checks[{i}]") for i, s in enumerate(subs)))


class AllOf(_Compose):
    """Met when every nested check is met; not met as soon as one is not; otherwise undecided."""

    NAME = "all-of"

    def evaluate(self, facts: Facts) -> Outcome:
        outs = [c.evaluate(facts) for c in self.checks]
        evidence = tuple(e for o in outs for e in o.evidence)
        if all(o.met for o in outs):
            return Outcome(True, "; ".join(o.detail for o in outs), evidence)
        failed = [o for o in outs if o.met is False]
        if failed:
            return Outcome(False, "; ".join(o.detail for o in failed), evidence)
        return Outcome(None, "; ".join(o.detail for o in outs if o.met is None), evidence)


class AnyOf(_Compose):
    """Met when any nested check is met; not met when none is and all decided; otherwise undecided."""

    NAME = "any-of"

    def evaluate(self, facts: Facts) -> Outcome:
        outs = [c.evaluate(facts) for c in self.checks]
        met = [o for o in outs if o.met]
        if met:
            return Outcome(True, "; ".join(o.detail for o in met), tuple(e for o in met for e in o.evidence))
        if all(o.met is False for o in outs):
            return Outcome(False, "; ".join(o.detail for o in outs))
        return Outcome(None, "; ".join(o.detail for o in outs if o.met is None))
