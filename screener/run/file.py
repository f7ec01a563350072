"""Screen one file: hash it, read it (from the cache, by OCR when asked), screen it against every rule set.

A file that cannot be read becomes an `error` row, never an exception, so one hostile file cannot stop a batch.
With `blind`, personal details are masked here, while the document is still at hand to find the name.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from .. import loaders
from ..errors import LoadError
from ..loaders import DEFAULT_PDF_ENGINE
from ..loaders import ocr as ocr_reader
from ..models import Document, ResumeResult, Verdict
from .cache import Cache, code_fingerprint
from .options import ScreenOptions
from .stat_memo import content_hash

if TYPE_CHECKING:
    from datetime import date

    from ..rules import RuleSet


def screen_file(path: Path, options: ScreenOptions) -> tuple[ResumeResult, ...]:
    """One result per rule set of `options`, in their order; the file is read once whatever their number."""
    sha256 = ""
    try:
        sha256 = content_hash(path)
        return _screen(path, sha256, options)
    except LoadError as exc:
        return error_rows(path, str(exc), options, sha256)
    except Exception as exc:  # noqa: BLE001 - a bug on one hostile file must not stop the batch or leak its text
        return error_rows(path, f"could not screen the file ({type(exc).__name__})", options, sha256)


def cached_results(path: Path, sha256: str, options: ScreenOptions, variant: str) -> tuple[ResumeResult, ...] | None:
    """The results stored for this content under these options (`variant`: results_variant(options), made once
    by the caller), shown under this path; None when not cached.

    Cheap (one entry read), so a batch asks it in its own process before handing only the misses to workers.
    """
    if options.cache is None:
        return None
    variant = by_reader(variant, path)
    # a copy elsewhere shows its own name (under --blind it is already the content's blind id), and an identical
    # rule file under another name its own job name
    name = {} if options.blind else {"file": display_name(path)}
    return options.cache.get_results(sha256, variant, [{"job": rules.name, **name} for rules in options.rulesets])


def _screen(path: Path, sha256: str, options: ScreenOptions) -> tuple[ResumeResult, ...]:
    variant = results_variant(options)
    if (stored := cached_results(path, sha256, options, variant)) is not None:
        return stored
    from ..blind import identify, redact_result  # imported by a miss only: a cached answer needs neither

    cache, rulesets, blind = options.cache, options.rulesets, options.blind
    name = display_name(path)
    document = load_document(path, sha256, cache, options.ocr, options.pdf_engine)
    results = tuple(replace(screen_document(document, r, options.as_of), file=name, sha256=sha256, job=r.name)
                    for r in rulesets)
    if blind:
        identity = identify(document)  # once per resume, whatever the number of rule sets
        results = tuple(redact_result(r, identity) for r in results)
    if cache:
        cache.put_results(sha256, results, by_reader(variant, path))
    return results


def screen_document(document: Document, rules: RuleSet, as_of: date) -> ResumeResult:
    """The engine's screening, imported by the first miss: a run answered from the cache never needs it."""
    from ..engine import screen_document as screen

    return screen(document, rules, as_of)


def read_document(path: Path, options: ScreenOptions) -> Document:
    """The document `screen_file` screens (cache, OCR, PDF reader as the options say); raises LoadError."""
    return load_document(path, content_hash(path), options.cache, options.ocr, options.pdf_engine)


def _cached(cache: Cache | None, sha256: str, path: Path, variant: str, read) -> Document:
    document = cache.get(sha256, str(path), variant) if cache else None
    if document is None:
        document = read()
        if cache:
            cache.put(sha256, document, variant)
    return document


def load_document(path: Path, sha256: str, cache: Cache | None = None, ocr: bool = False,
                  pdf_engine: str = DEFAULT_PDF_ENGINE) -> Document:
    """Load one file, from the cache when the same content was extracted before.

    A scanned PDF is read by OCR when asked and Tesseract is installed; otherwise its reason says how to enable it.
    """
    variant = by_reader("" if pdf_engine == DEFAULT_PDF_ENGINE else f"-{pdf_engine}", path)  # each reads its way
    document = _cached(cache, sha256, path, variant, lambda: loaders.load(path, pdf_engine))
    if not loaders.is_scan(document):
        return document
    if ocr and ocr_reader.available():
        return _cached(cache, sha256, path, "-ocr", lambda: ocr_reader.ocr_pdf(path, document))
    return replace(document, unreadable=f"{document.unreadable}: {ocr_reader.HOW_TO_ENABLE}")


def results_variant(options: ScreenOptions) -> str:
    """Names the results of one file under these rules, date, options and code (see cache.py)."""
    # OCR counts only where Tesseract can run: installing it must not leave the "install Tesseract" answer cached
    reads_scans = options.ocr and ocr_reader.available()
    key = repr(([r.fingerprint for r in options.rulesets], options.as_of.isoformat(), options.blind, reads_scans,
                options.pdf_engine, code_fingerprint()))
    return "-results-" + hashlib.sha256(key.encode()).hexdigest()[:16]


def by_reader(variant: str, path: Path) -> str:
    """`variant` for this file's reader: bytes that sniff as no format are read by the reader their extension names
    (a LaTeX comment is no text), so an entry made through one extension must not answer another's."""
    return f"{variant}-{loaders.reader_of(path)}"


def display_name(path: Path) -> str:
    """The path as results carry it: exact, except bytes that are not UTF-8 (names unzipped from Windows archives),
    which JSON cannot hold, escaped. Formats that show it to people neutralise control characters (printable())."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def error_rows(path: Path, reason: str, options: ScreenOptions, sha256: str = "") -> tuple[ResumeResult, ...]:
    """One `error` row per rule set; under --blind the file shows as its blind id, never its name."""
    from ..blind import blind_id

    name = blind_id(sha256 or _path_id(path)) if options.blind else display_name(path)
    return tuple(ResumeResult(name, Verdict.ERROR, 0.0, None, (), reason, job=r.name, sha256=sha256)
                 for r in options.rulesets)


def _path_id(path: Path) -> str:
    """A stand-in for the content hash of a file that could not even be read."""
    return hashlib.sha256(os.fsencode(path)).hexdigest()
