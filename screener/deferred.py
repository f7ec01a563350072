"""A module's function that imports the module on first call, for registries of formats: a run only pays for the
readers and writers it uses (pdfplumber, lxml, rich), and `screener --help` stays quick."""
from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any


def deferred(module: str, function: str) -> Callable[..., Any]:
    """`module.function`, imported when first called; `module` is a full dotted name."""
    def call(*args: Any, **options: Any) -> Any:
        return getattr(importlib.import_module(module), function)(*args, **options)
    call.__qualname__ = f"{module.rsplit('.', 1)[-1]}.{function}"
    return call
