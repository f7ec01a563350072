"""Output formats by name: each maps to one function (Report, TextIO) -> None reading the same Report (junit also
takes `unknown`, a JunitUnknown value; junit and html take `spool_folder`, where they keep what they have written
while the totals that head it are counted: see spool.py).

A format's module is imported only when it is asked for (rich for the table, for instance).
"""
from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from ..deferred import deferred


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    junit = "junit"
    html = "html"
    xlsx = "xlsx"


Reporter = Callable[..., None]  # (Report, TextIO, **format options) -> None


class JunitUnknown(str, Enum):
    """What junit's `verdict` case reports for a resume whose verdict is unknown."""

    skip = "skip"
    fail = "fail"
    pass_ = "pass"


def _lazy(module: str, function: str = "write") -> Reporter:
    return deferred(f"{__name__}.{module}", function)


REPORTERS: dict[Format, Reporter] = {
    Format.table: _lazy("table"),
    Format.csv: _lazy("csv"),
    Format.json: _lazy("json"),
    Format.jsonl: _lazy("json", "write_lines"),
    Format.junit: _lazy("junit"),
    Format.html: _lazy("html"),
    Format.xlsx: _lazy("xlsx"),
}
