"""CI mode: compare outcomes with an expectations CSV (file, verdict, one column per requirement id).

Expectations are keyed by file name relative to nothing but its own name, so the same file works from any
checkout path; a rule change that flips an outcome shows up as a row in the diff.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .errors import ScreenerError
from .models import ResumeResult


@dataclass(frozen=True)
class Difference:
    file: str
    requirement: str  # a requirement id, or "verdict"
    expected: str
    got: str
    evidence: str = ""


def _key(path: str) -> str:
    return Path(path).name


def read_expectations(path: Path) -> dict[str, dict[str, str]]:
    """{file name: {"verdict": ..., requirement id: status}}."""
    try:
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    except OSError as exc:
        raise ScreenerError(f"{path}: cannot read expectations: {exc.strerror or exc}") from exc
    if rows and "file" not in rows[0]:
        raise ScreenerError(f"{path}: expectations need a 'file' column")
    return {_key(r["file"]): {k: v for k, v in r.items() if k != "file" and v} for r in rows}


def outcomes(result: ResumeResult) -> dict[str, str]:
    return {"verdict": result.verdict.value, **{q.id: q.status.value for q in result.requirements}}


def compare(expected: dict[str, dict[str, str]], results: list[ResumeResult]) -> list[Difference]:
    diffs = []
    seen = set()
    for r in results:
        key = _key(r.file)
        seen.add(key)
        want = expected.get(key)
        if want is None:
            diffs.append(Difference(key, "verdict", "(not in expectations)", r.verdict.value))
            continue
        got = outcomes(r)
        quotes = {q.id: "; ".join(e.quote for e in q.evidence) or q.detail for q in r.requirements}
        for rid, status in want.items():
            if got.get(rid, "(missing)") != status:
                diffs.append(Difference(key, rid, status, got.get(rid, "(missing)"), quotes.get(rid, r.error or "")))
    for key in sorted(set(expected) - seen):
        diffs.append(Difference(key, "verdict", expected[key].get("verdict", "?"), "(file not screened)"))
    return diffs


def write_expectations(results: list[ResumeResult], ids: tuple[str, ...], out: TextIO) -> None:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["file", "verdict", *ids])
    for r in sorted(results, key=lambda r: _key(r.file)):
        got = outcomes(r)
        w.writerow([_key(r.file), got["verdict"], *(got.get(i, "") for i in ids)])
