"""CSV for spreadsheets: one row per resume, one column per requirement id in rule order (RFC 4180 quoting).

With several rule files, a `rules` column names the job of each row and requirement columns are the union of
the jobs' ids (empty where a job lacks one). Trailing columns trace each row to what produced it: the file's sha256, the as-of date, the rule file's sha256
and the screener version, so a row pasted into another sheet still says where it came from.

Cells come from strangers (file names, error messages), so any cell a spreadsheet would run as a formula is
neutralised with a leading apostrophe (OWASP CSV injection), and control characters (a newline in a file name)
are shown as pictures, so every row is one line.
"""
from __future__ import annotations

import csv
from typing import TextIO

from ..models import Report
from ..text.printable import printable
from .rows import rows as display_rows

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The value as a cell no spreadsheet runs as a formula, with control characters shown as pictures."""
    text = "" if value is None else str(value)
    return "'" + printable(text) if text.startswith(FORMULA_START) else printable(text)


def rows(report: Report) -> list[list[str]]:
    """The header and one row per resume, as plain strings; each format escapes them as it needs."""
    job_col = ["rules"] if report.several else []
    table = [["file", *job_col, "verdict", "score", "experience_years", *report.requirement_ids, "error",
              "warnings", "sha256", "as_of", "rules_sha256", "screener_version"]]
    for row in display_rows(report):
        r = row.result
        job = [r.job] if report.several else []
        table.append(["" if c is None else str(c) for c in (
            r.file, *job, r.verdict.value, f"{r.score:g}", row.years,
            *(row.statuses[i].status.value if i in row.statuses else "" for i in report.requirement_ids),
            r.error, "; ".join(r.warnings), r.sha256, *(value for _, value in row.trace))])
    return table


def write(report: Report, out: TextIO) -> None:
    w = csv.writer(out, lineterminator="\r\n")
    for row in rows(report):
        w.writerow([safe_cell(c) for c in row])
