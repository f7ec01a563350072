"""CSV for spreadsheets: one row per resume, one column per requirement id in rule order (RFC 4180 quoting).

Trailing columns trace each row to what produced it: the file's sha256, the as-of date, the rule file's sha256
and the screener version, so a row pasted into another sheet still says where it came from.

Cells come from strangers (file names, error messages), so any cell a spreadsheet would run as a formula is
neutralised with a leading apostrophe (OWASP CSV injection).
"""
from __future__ import annotations

import csv
from typing import TextIO

from ..models import Report

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def write(report: Report, out: TextIO) -> None:
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["file", "verdict", "score", "experience_years", *report.requirement_ids, "error", "warnings",
                "sha256", "as_of", "rules_sha256", "screener_version"])
    trace = (report.as_of.isoformat(), report.rules_hash, report.version)
    for r in report.results:
        statuses = {q.id: q.status.value for q in r.requirements}
        years = "" if r.experience_years is None else f"{r.experience_years:g}"
        w.writerow([safe_cell(c) for c in (r.file, r.verdict.value, f"{r.score:g}", years,
                                           *(statuses.get(i, "") for i in report.requirement_ids), r.error,
                                           "; ".join(r.warnings), r.sha256, *trace)])
