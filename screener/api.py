"""The library API: pure, picklable functions for programs and for frameworks that distribute work.

    from screener.api import load, load_rules, screen_document, screen_text
    rules = load_rules()                       # the bundled rules, or load_rules(Path("rules/x.toml"))
    result = screen_document(load(Path("cv.pdf")), rules, as_of=date(2026, 1, 1))

Every function takes and returns plain frozen dataclasses (models.py), so results pickle across processes and
machines (Dask, Spark, multiprocessing).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from .engine import screen_document as _screen_document
from .loaders import load
from .models import Document, Line, ResumeResult
from .rules import RuleSet, load_rules
from .run.file import screen_file as _screen_file
from .run.options import ScreenOptions
from .text.normalize import normalize_items

__all__ = ["load", "load_rules", "screen_document", "screen_file", "screen_text"]


def screen_document(document: Document, rules: RuleSet, as_of: dt.date | None = None) -> ResumeResult:
    """Screen a loaded document; `as_of` (default today) is the date 'Present' means."""
    return _screen_document(document, rules, as_of or dt.date.today())


def screen_text(text: str, rules: RuleSet, as_of: dt.date | None = None, source: str = "<text>") -> ResumeResult:
    """Screen resume text you already have (from a database, an ATS export, a data-frame column)."""
    lines = tuple(Line(t, item=item) for t, item in normalize_items(text.splitlines()))
    return screen_document(Document(source, "text", lines), rules, as_of)


def screen_file(path: str | Path, rules: RuleSet, as_of: dt.date | None = None) -> ResumeResult:
    """Load and screen one file; an unreadable file gives a result with verdict `error`, never an exception."""
    (result,) = _screen_file(Path(path), ScreenOptions((rules,), as_of or dt.date.today()))
    return result
