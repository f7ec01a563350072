"""CI mode: compare outcomes with an expectations CSV (file, verdict, one column per requirement id).

Expectations are keyed by file name alone, so the same file works from any checkout path; two files with one
name (a/cv.pdf, b/cv.pdf) are keyed by their path below the folder they share. A rule change that flips an
outcome shows up as a row in the diff.
"""
from __future__ import annotations

import csv
import os
from collections import Counter
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


def _keys(files: list[str]) -> dict[str, str]:
    """Each screened file's key: its name, or where names repeat, its path below the files' common folder."""
    names = Counter(Path(f).name for f in files)
    common = Path(os.path.commonpath([os.path.abspath(f) for f in files])) if len(files) > 1 else None
    keys = {}
    for f in files:
        if names[Path(f).name] == 1 or common is None:
            keys[f] = Path(f).name
        else:
            keys[f] = Path(os.path.abspath(f)).relative_to(common).as_posix()
    return keys


def read_expectations(path: Path) -> dict[str, dict[str, str]]:
    """{file name: {"verdict": ..., requirement id: status}}."""
    try:
        with path.open(newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
    except OSError as exc:
        raise ScreenerError(f"{path}: cannot read expectations: {exc.strerror or exc}") from exc
    if rows and "file" not in rows[0]:
        raise ScreenerError(f"{path}: expectations need a 'file' column")
    return {Path(r["file"]).as_posix(): {k: v for k, v in r.items() if k != "file" and v} for r in rows}


def outcomes(result: ResumeResult) -> dict[str, str]:
    return {"verdict": result.verdict.value, **{q.id: q.status.value for q in result.requirements}}


def compare(expected: dict[str, dict[str, str]], results: list[ResumeResult]) -> list[Difference]:
    diffs = []
    seen = set()
    keys = _keys([r.file for r in results])
    for r in results:
        key = keys[r.file]
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
    keys = _keys([r.file for r in results])
    for r in sorted(results, key=lambda r: keys[r.file]):
        got = outcomes(r)
        w.writerow([keys[r.file], got["verdict"], *(got.get(i, "") for i in ids)])
