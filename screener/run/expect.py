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

from ..errors import ScreenerError
from ..models import ResumeResult

OUTCOMES = ("pass", "fail", "unknown")  # what a requirement's cell may hold, besides nothing
VERDICTS = (*OUTCOMES, "error")  # and a verdict's


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


def read_expectations(path: Path, ids: tuple[str, ...]) -> dict[str, dict[str, str]]:
    """{file name: {"verdict": ..., requirement id: status}}, from a file whose columns are exactly file,
    verdict and the rules' requirement ids. An empty cell pins nothing (an unreadable file has no outcomes).

    A missing column would silently stop pinning a requirement, and a typo in a header or a cell would show up as
    dozens of outcome differences, so each is one located error instead.
    """
    try:
        with path.open(newline="", encoding="utf-8-sig") as f:  # -sig: a spreadsheet may have saved a BOM
            reader = csv.reader(f)
            header = next(reader, [])
            _check_header(path, header, ids)
            rows = {}
            for cells in filter(None, reader):  # blank lines are no rows
                row = _row(path, reader.line_num, header, cells)
                rows[Path(row.pop("file")).as_posix()] = row
    except OSError as exc:
        raise ScreenerError(f"{path}: cannot read expectations: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ScreenerError(f"{path}: not a UTF-8 CSV file ({exc})") from exc
    return rows


def _check_header(path: Path, header: list[str], ids: tuple[str, ...]) -> None:
    """Exactly file, verdict and the rules' ids, in any order: a requirement added to the rules is pinned at once."""
    allowed = ("file", "verdict", *ids)
    for name in header:
        if name not in allowed:
            raise ScreenerError(f"{path}:1: unknown column {name!r} (allowed: {', '.join(allowed)})")
    for name in allowed:
        if name not in header:
            what = "requirement of the rules" if name in ids else "expectations file"
            raise ScreenerError(f"{path}:1: no column {name!r}: every {what} needs one "
                                "(add it, or rewrite the file with --update)")


def _row(path: Path, line: int, header: list[str], cells: list[str]) -> dict[str, str]:
    """One row as {column: value}, empty cells left out; a cell that is not an outcome is a located error."""
    if len(cells) != len(header):
        raise ScreenerError(f"{path}:{line}: {len(cells)} cells in a row under {len(header)} columns")
    row = {}
    for name, value in zip(header, cells):
        allowed = () if name == "file" else VERDICTS if name == "verdict" else OUTCOMES
        if value and allowed and value not in allowed:
            raise ScreenerError(f"{path}:{line}: column {name!r}: {value!r} is not an outcome "
                                f"(allowed: {', '.join(allowed)}, or empty)")
        if value:
            row[name] = value
    if "file" not in row:
        raise ScreenerError(f"{path}:{line}: the 'file' cell is empty")
    return row


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
