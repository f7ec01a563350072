"""Check kinds by name. A requirement's `check` key picks one; each kind validates its own parameters.

The registry is a plain dict built from each kind's own NAME (no registration by import side effect): adding a
check kind is one module and one entry here. It is made on first use, because importing the kinds imports their
matching machinery, which a run answered from the cache never needs.
"""
from __future__ import annotations

from typing import Any

from .base import Check, Outcome


def __getattr__(name: str) -> Any:
    """`CHECKS`, imported and built on first access (PEP 562), then an ordinary module attribute."""
    if name != "CHECKS":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import compose, degree, keywords, years

    checks: dict[str, type[Check]] = {kind.NAME: kind for kind in (
        keywords.Keywords,
        years.Years,
        degree.DegreeCheck,
        compose.AllOf,
        compose.AnyOf,
    )}
    globals()["CHECKS"] = checks
    return checks


__all__ = ["CHECKS", "Check", "Outcome"]
