"""JSON for programs: one document with the rules, the as-of date and every result; JSONL streams one per line."""
from __future__ import annotations

import json
from typing import TextIO

from ..models import Report
from .records import header_record, result_record


def write(report: Report, out: TextIO) -> None:
    """Stream the results array so a large batch is never held in memory twice."""
    head = json.dumps(header_record(report), ensure_ascii=False, indent=2)
    out.write(head[:-2] + ',\n  "results": [')
    for n, result in enumerate(report.results):
        out.write(("," if n else "") + "\n    " + json.dumps(result_record(result), ensure_ascii=False))
    out.write("\n  ]\n}\n")


def write_lines(report: Report, out: TextIO) -> None:
    """One result object per line, flushed as each resume finishes, for pipes and long batches."""
    for result in report.results:
        out.write(json.dumps(result_record(result), ensure_ascii=False) + "\n")
        out.flush()
