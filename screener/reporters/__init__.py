"""Output formats by name: each maps to one function (Report, TextIO) -> None reading the same Report.

A format's module is imported only when it is asked for (rich for the table, for instance).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable
from enum import Enum
from typing import TextIO

from ..models import Report


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    junit = "junit"
    html = "html"


Reporter = Callable[[Report, TextIO], None]



def _lazy(module: str, function: str = "write") -> Reporter:
    def write_format(report: Report, out: TextIO) -> None:
        getattr(importlib.import_module(f"{__name__}.{module}"), function)(report, out)
    write_format.__qualname__ = f"{module}.{function}"
    return write_format


REPORTERS: dict[Format, Reporter] = {
    Format.table: _lazy("table"),
    Format.csv: _lazy("csv"),
    Format.json: _lazy("json"),
    Format.jsonl: _lazy("json", "write_lines"),
    Format.junit: _lazy("junit"),
    Format.html: _lazy("html"),
}
