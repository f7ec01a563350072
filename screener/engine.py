"""screen(document, rules) -> ResumeResult: run every requirement's check and turn outcomes into statuses."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from . import loaders
from .blind import identify, redact_result
from .cache import Cache, code_fingerprint
from .loaders import ocr as ocr_reader
from .loaders import DEFAULT_PDF_ENGINE
from .errors import LoadError
from .facts import Facts
from .models import Diagnostics, Document, Group, RequirementResult, ResumeResult, Status, Verdict
from .rules import Requirement, RuleSet
from .text.injection import steering_warnings

NO_TEXT_LAYER = "no text layer"  # how the PDF loader's `unreadable` begins for an image-only PDF

# How much a requirement weighs in the 0..1 score: must-haves matter most, nice-to-haves least.
WEIGHTS = {Group.MUST_HAVE: 3.0, Group.QUALIFICATION: 2.0, Group.NICE_TO_HAVE: 1.0}


def _status(req: Requirement, facts: Facts) -> RequirementResult:
    out = req.check.evaluate(facts)
    if out.met:
        return RequirementResult(req.id, req.group, Status.PASS, out.detail, out.evidence)
    if out.met is None:
        return RequirementResult(req.id, req.group, Status.UNKNOWN, f"cannot tell: {out.detail}", out.evidence)
    if req.missing is Status.UNKNOWN:
        return RequirementResult(req.id, req.group, Status.UNKNOWN,
                                 f"not shown by the text ({out.detail}); a resume may not state this, so judge it "
                                 "in the interview", out.evidence)
    return RequirementResult(req.id, req.group, Status.FAIL, out.detail, out.evidence)


def verdict(results: tuple[RequirementResult, ...]) -> Verdict:
    """fail if any must-have fails, else unknown if any must-have is unknown, else pass."""
    musts = [r.status for r in results if r.group is Group.MUST_HAVE]
    if Status.FAIL in musts:
        return Verdict.FAIL
    if Status.UNKNOWN in musts:
        return Verdict.UNKNOWN
    return Verdict.PASS


def score(results: tuple[RequirementResult, ...]) -> float:
    """Weighted share of requirements passed; unknown earns nothing, since nothing on the resume shows it."""
    total = sum(WEIGHTS[r.group] for r in results)
    got = sum(WEIGHTS[r.group] for r in results if r.status is Status.PASS)
    return round(got / total, 3) if total else 0.0


def screen_document(document: Document, rules: RuleSet, as_of: dt.date) -> ResumeResult:
    """Screen one loaded resume. A document with no readable text is unknown on every requirement."""
    if document.unreadable:
        results = tuple(RequirementResult(r.id, r.group, Status.UNKNOWN, f"cannot tell: {document.unreadable}")
                        for r in rules.requirements)
        diagnostics = Diagnostics(document.pages, 0, document.columns, document.ocr, ())
        return ResumeResult(document.source, verdict(results), 0.0, None, results, None, document.warnings,
                            diagnostics=diagnostics)
    facts = Facts(document, as_of, rules.aliases)
    results = tuple(_status(r, facts) for r in rules.requirements)
    warnings = document.warnings + steering_warnings(facts.texts)
    return ResumeResult(document.source, verdict(results), score(results), facts.total_years, results, None,
                        warnings, facts.timeline.positions, diagnostics=facts.diagnostics)


def content_hash(path: Path) -> str:
    """sha256 of the file, streamed: names duplicates, keys the cache, and traces a row back to its file."""
    try:
        with path.open("rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror or exc}") from exc


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
    variant = "" if pdf_engine == DEFAULT_PDF_ENGINE else f"-{pdf_engine}"  # each engine reads differently
    document = _cached(cache, sha256, path, variant, lambda: loaders.load(path, pdf_engine))
    if not (document.kind == "pdf" and document.unreadable and document.unreadable.startswith(NO_TEXT_LAYER)):
        return document
    if ocr and ocr_reader.available():
        return _cached(cache, sha256, path, "-ocr", lambda: ocr_reader.ocr_pdf(path, document))
    return replace(document, unreadable=f"{document.unreadable}: {ocr_reader.HOW_TO_ENABLE}")


def results_variant(rulesets: Sequence[RuleSet], as_of: dt.date, blind: bool, ocr: bool, pdf_engine: str) -> str:
    """Names the results of one file under these rules, date, options and code (see cache.py)."""
    # OCR counts only where Tesseract can run: installing it must not leave the "install Tesseract" answer cached
    reads_scans = ocr and ocr_reader.available()
    key = repr(([r.fingerprint for r in rulesets], as_of.isoformat(), blind, reads_scans, pdf_engine,
                code_fingerprint()))
    return "-results-" + hashlib.sha256(key.encode()).hexdigest()[:16]


def screen_path(path: Path, rules: RuleSet | Sequence[RuleSet], as_of: dt.date, cache: Cache | None = None,
                blind: bool = False, ocr: bool = False, pdf_engine: str = DEFAULT_PDF_ENGINE
                ) -> ResumeResult | tuple[ResumeResult, ...]:
    """Load and screen one file, once per rule set when given several (the file is read once).

    A file that cannot be read becomes an `error` result, never an exception. With `blind`, personal details are
    masked here, while the document is still at hand to find the name.
    """
    several = not isinstance(rules, RuleSet)
    rulesets = tuple(rules) if several else (rules,)
    sha256 = ""
    try:
        sha256 = content_hash(path)
        name = display_name(path)
        variant = results_variant(rulesets, as_of, blind, ocr, pdf_engine) if cache else ""
        stored = cache.get_results(sha256, variant) if cache else None
        if stored is not None and len(stored) == len(rulesets):
            # a copy elsewhere shows its own name (under --blind it is already the content's blind id), and an
            # identical rule file under another name its own job name
            results = tuple(replace(r, job=rules.name, **({} if blind else {"file": name}))
                            for r, rules in zip(stored, rulesets))
        else:
            document = load_document(path, sha256, cache, ocr, pdf_engine)
            results = tuple(replace(screen_document(document, r, as_of), file=name, sha256=sha256, job=r.name)
                            for r in rulesets)
            if blind:
                identity = identify(document)  # once per resume, whatever the number of rule sets
                results = tuple(redact_result(r, identity) for r in results)
            if cache:
                cache.put_results(sha256, results, variant)
    except LoadError as exc:
        results = tuple(error_result(path, str(exc), r.name, sha256) for r in rulesets)
    except Exception as exc:  # noqa: BLE001 - a bug on one hostile file must not stop the batch or leak its text
        results = tuple(error_result(path, f"could not screen the file ({type(exc).__name__})", r.name, sha256)
                        for r in rulesets)
    return results if several else results[0]


def display_name(path: Path) -> str:
    """The path as results carry it: exact, except bytes that are not UTF-8 (names unzipped from Windows archives),
    which JSON cannot hold, escaped. Formats that show it to people neutralise control characters (printable())."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def error_result(path: Path, message: str, job: str = "", sha256: str = "") -> ResumeResult:
    return ResumeResult(display_name(path), Verdict.ERROR, 0.0, None, (), message, job=job, sha256=sha256)
