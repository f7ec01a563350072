"""What every check kind shares: its declared parameters and the Outcome it returns."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from ..models import Evidence

if TYPE_CHECKING:
    from ..facts import Facts


@dataclass(frozen=True)
class Outcome:
    """`met` is True or False when the resume decides it, None when it cannot (then `detail` says why)."""

    met: bool | None
    detail: str
    evidence: tuple[Evidence, ...] = ()


class Check(ABC):
    """A check kind: `NAME` is what a requirement's `check` key says to pick it; `PARAMS` declares each
    parameter's allowed types and default (None: not given).

    The rule loader validates a requirement's keys and types against PARAMS before `from_params` runs, so
    `from_params` only checks what types cannot say (ranges, empty lists).
    """

    NAME: ClassVar[str]
    PARAMS: ClassVar[dict[str, tuple[tuple[type, ...], Any]]] = {}

    @classmethod
    @abstractmethod
    def from_params(cls, params: dict[str, Any], ctx: BuildContext) -> Check:
        """Make the check from validated parameters; raise RuleFileError for values types cannot rule out."""

    @abstractmethod
    def evaluate(self, facts: Facts) -> Outcome:
        """Decide the check on one resume's facts; pure, no I/O."""

    def words(self) -> Iterator[str]:
        """The words this check looks for in a resume, nested checks' included, so that rule linting (the fairness
        lint) reads every kind's words without knowing the kind; none by default."""
        return iter(())


@dataclass(frozen=True)
class BuildContext:
    """What building a check may need beyond its own parameters: the alias table, a way to build the
    nested checks of a composition (`build(table, path)`, supplied by the rule loader), and the `field` table of
    each years requirement by id (a keyword check's `role` names one)."""

    aliases: dict[str, tuple[str, ...]]
    build: Callable[[dict[str, Any], str], Check]
    fields: dict[str, Any] = field(default_factory=dict)
