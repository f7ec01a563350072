"""ScreenOptions: everything a run decides once (rules, date, cache, blind, OCR, PDF reader, workers), as one value.

One frozen value travels from the CLI or a program to every file's screening, in this process or a worker
process (it pickles), instead of options threaded by hand through several signatures.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..loaders import DEFAULT_PDF_ENGINE
from ..rules import RuleSet
from .cache import Cache


@dataclass(frozen=True)
class ScreenOptions:
    """`rulesets`: every file is read once and screened against each (one result per rule set, in this order)."""

    rulesets: tuple[RuleSet, ...]
    as_of: dt.date
    cache: Cache | None = None
    blind: bool = False  # names, contacts and file names left out of every result
    ocr: bool = False  # scanned PDFs read by Tesseract, where it is installed
    pdf_engine: str = DEFAULT_PDF_ENGINE
    jobs: int | None = None  # worker processes; None: one per core
    timeout: float | None = None  # seconds per file before it becomes an error row; None: no limit
    rehash: bool = False  # every file read and hashed, the cache's stat memo not trusted (see run/stat_memo.py)
