"""Unlabelled resumes for the label-free checks: the 962-resume CSV, or a folder of real files (PDF, DOCX, ...).

A CSV is read by `timeline_consistency.resumes` (duplicates once); a folder is walked for the formats the
screener reads, each file loaded as `screen` loads it, and a file that cannot be read is skipped and counted.
"""
from __future__ import annotations

import sys
from pathlib import Path

from screener.errors import ScreenerError
from screener.loaders import SUPPORTED, load
from screener.models import Document

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timeline_consistency import DEFAULT, resumes  # noqa: E402  (one reader of the CSV)

__all__ = ["DEFAULT", "documents"]


def documents(source: Path) -> list[tuple[str, Document]]:
    """(label, document) of each resume in `source`: a row index of a CSV, or a file name under a folder."""
    if not source.is_dir():
        return [(f"row {row}", doc) for row, doc in resumes(source)]
    out, unreadable = [], 0
    for path in sorted(p for p in source.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED):
        try:
            out.append((str(path.relative_to(source)), load(path)))
        except ScreenerError:
            unreadable += 1
    if unreadable:
        print(f"{unreadable} unreadable files skipped", file=sys.stderr)
    return out
