"""JSON for programs: one document with the rules, the as-of date and every result; JSONL streams one per line."""
from __future__ import annotations

import json
from typing import TextIO

from ..models import Report
from .records import header_record, result_record

# json.dumps(record, ensure_ascii=False) made once: a record is a tree built for this write, never circular
_encode = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def write(report: Report, out: TextIO) -> None:
    """Stream the results array so a large batch is never held in memory twice."""
    head = json.dumps(header_record(report), ensure_ascii=False, indent=2)
    out.write(head[:-2] + ',\n  "results": [')
    for n, result in enumerate(report.results):
        out.write(("," if n else "") + "\n    " + _encode(result_record(result)))
    out.write("\n  ]\n}\n")


def write_lines(report: Report, out: TextIO) -> None:
    """One result object per line, flushed as each resume finishes, for pipes and long batches."""
    for result in report.results:
        out.write(_encode(result_record(result)) + "\n")
        out.flush()
