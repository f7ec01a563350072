"""Label-free checks of the experience timeline on unlabelled resumes: where it contradicts itself or the resume.

    python bench/timeline_consistency.py [--as-of 2019-01-01] [--show KIND] [--limit 10] [CSV]

No answer key is needed, so the checks measure how general the reading is on resumes no rule was written for
(default: the 962 plain-text resumes of `../shared/corpus/text/updated-resume-dataset.csv`, duplicates read once):
- claim: the resume's own "7+ years of experience" and its dated positions differ by more than CLAIM_TOLERANCE;
- unread: a short line of an experience section that looks like a date range gave none;
- no-positions: the resume writes date ranges outside education (and not beside a degree) but no position was
  found;
- long: a position over 40 years; future: a position that starts after the as-of date.
Each kind prints its count, and with --show the resumes' indices and lines, to read for the general cause.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import sys
from collections import defaultdict
from pathlib import Path

from screener.degrees import mentions_degree
from screener.experience import build_timeline
from screener.loaders.text import decode
from screener.models import Document, Line
from screener.text.dates import find_ranges
from screener.text.normalize import normalize_lines
from screener.text.sections import find_sections

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "text" / "updated-resume-dataset.csv"
KINDS = ("claim", "unread", "no-positions", "long", "future")
_LONGEST = 40


def resumes(path: Path, with_category: bool = False) -> list[tuple]:
    """(row index, document) of each distinct resume text in the CSV's `Resume` column, and its `Category` too
    when asked."""
    seen, out = set(), []
    for i, row in enumerate(csv.DictReader(io.StringIO(decode(path.read_bytes())))):
        text = row.get("Resume") or ""
        if text in seen:
            continue
        seen.add(text)
        lines = tuple(Line(t) for t in normalize_lines(text.splitlines()))
        document = Document(f"row {i}", "text", lines)
        out.append((i, document, row.get("Category") or "") if with_category else (i, document))
    return out


def findings(document: Document, as_of: dt.date) -> dict[str, list[str]]:
    """What is inconsistent in one resume's timeline, by kind, each with the lines or figures that show it."""
    texts = [line.text for line in document.lines]
    sections = find_sections(texts)
    tl = build_timeline(document, sections, as_of)
    out: dict[str, list[str]] = defaultdict(list)
    if tl.claim_disagrees:
        out["claim"].append(f"claims {tl.claimed:g}, dated positions add up to {tl.years:g}")
    if tl.unread_lines:
        out["unread"].append(f"{tl.unread_lines} of {tl.date_lines} date-like lines unread")
    if not tl.positions:
        study = {i for s in sections if s.name == "education" for i in range(s.start, s.end)}
        dated = [t for i, t in enumerate(texts) if i not in study and not mentions_degree(t)
                 and any(not r.single for r in find_ranges(t, as_of))]
        if dated:
            out["no-positions"] += dated[:3]
    for p in tl.positions:
        where = texts[p.line][:100] if p.line is not None else p.title
        if (p.end - p.start).days > _LONGEST * 365.25:
            out["long"].append(f"{p.start:%Y-%m}..{p.end:%Y-%m}: {where}")
        if p.start > as_of:
            out["future"].append(f"{p.start:%Y-%m}..{p.end:%Y-%m}: {where}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("csv", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2019, 1, 1),
                    help="the date 'Present' means (the dataset was collected around 2018)")
    ap.add_argument("--show", choices=KINDS, action="append", default=[], help="print the cases of this kind")
    ap.add_argument("--limit", type=int, default=10, help="cases printed per kind")
    a = ap.parse_args()
    if not a.csv.exists():
        print(f"skipped: {a.csv} not found", file=sys.stderr)
        return 0
    docs = resumes(a.csv)
    by_kind: dict[str, list[tuple[int, list[str]]]] = defaultdict(list)
    dated = 0
    for i, document in docs:
        found = findings(document, a.as_of)
        dated += bool(build_timeline(document, find_sections([t.text for t in document.lines]), a.as_of).positions)
        for kind, what in found.items():
            by_kind[kind].append((i, what))
    print(f"{len(docs)} distinct resumes, {dated} with dated positions")
    for kind in KINDS:
        print(f"  {kind:<13} {len(by_kind[kind]):>4}")
    for kind in a.show:
        print(f"\n{kind}:")
        for i, what in by_kind[kind][:a.limit]:
            print(f"  row {i}: " + "\n          ".join(what))
    return 0


if __name__ == "__main__":
    sys.exit(main())
