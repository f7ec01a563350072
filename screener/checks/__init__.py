"""Check kinds by name. A requirement's `check` key picks one; each kind validates its own parameters.

The registry is a plain dict (no registration by import side effect): adding a check kind is one module and one
line here.
"""
from __future__ import annotations

from . import compose, degree, keywords, years
from .base import Check, Outcome

CHECKS: dict[str, type[Check]] = {
    "keywords": keywords.Keywords,
    "years": years.Years,
    "degree": degree.DegreeCheck,
    "all-of": compose.AllOf,
    "any-of": compose.AnyOf,
}

__all__ = ["CHECKS", "Check", "Outcome"]
