"""Patterns compiled on first use: importing a module whose grammar a run never needs (a warm run answers from
the cache) should not pay for compiling it, and the date and degree grammars are large."""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_BOUND = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner")


class LazyPattern:
    """Stands for `re.compile(pattern, flags)`; `pattern` and `flags` are known without compiling.

    The first use compiles and binds the pattern's methods onto this object, so later calls cost what a compiled
    pattern's own calls cost."""

    def __init__(self, pattern: str, flags: int = 0, build: Callable[[str, int], re.Pattern[str]] = re.compile) -> None:
        self.pattern, self.flags, self._build = pattern, flags, build  # build: how it compiles (first_chars.search_led)

    def __getattr__(self, name: str) -> Any:  # only reached while a name is not yet bound
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = self._build(self.pattern, self.flags)
        for method in _BOUND:
            setattr(self, method, getattr(compiled, method))
        self.groupindex, self.groups = compiled.groupindex, compiled.groups
        return getattr(compiled, name)

    @property
    def compiled(self) -> bool:
        return "search" in vars(self)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"
