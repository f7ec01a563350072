"""Output formats by name: each maps to one function (Report, TextIO) -> None reading the same Report."""
from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TextIO

from ..models import Report
from . import csv, html, json, junit, table


class Format(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    junit = "junit"
    html = "html"


Reporter = Callable[[Report, TextIO], None]

REPORTERS: dict[Format, Reporter] = {
    Format.table: table.write,
    Format.csv: csv.write,
    Format.json: json.write,
    Format.jsonl: json.write_lines,
    Format.junit: junit.write,
    Format.html: html.write,
}
