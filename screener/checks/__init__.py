"""Check kinds by name. A requirement's `check` key picks one; each kind validates its own parameters.

The registry is a plain dict built from each kind's own NAME (no registration by import side effect): adding a
check kind is one module and one entry here.
"""
from __future__ import annotations

from . import compose, degree, keywords, years
from .base import Check, Outcome

CHECKS: dict[str, type[Check]] = {kind.NAME: kind for kind in (
    keywords.Keywords,
    years.Years,
    degree.DegreeCheck,
    compose.AllOf,
    compose.AnyOf,
)}

__all__ = ["CHECKS", "Check", "Outcome"]
