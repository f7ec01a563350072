"""From PATH arguments to results: collect files, screen them in batches, flag duplicates, shortlist.

Kept out of cli.py so the library API and the commands share one pipeline; messages for the user go through
the `say` callback (stderr in the CLI), never print().
"""
from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from .batch import default_jobs, screen_files
from .blind import blind_id
from .cache import Cache
from .collect import collect
from .engine import DEFAULT_PDF_ENGINE, content_hash, error_result, results_variant, screen_path
from .errors import LoadError
from .loaders import SUPPORTED
from .models import ResumeResult, Verdict
from .rules import RuleSet
from .text.printable import printable

SORTS = ("file", "score", "verdict")
_VERDICT_ORDER = {Verdict.PASS: 0, Verdict.UNKNOWN: 1, Verdict.FAIL: 2, Verdict.ERROR: 3}


def screen_paths(paths: Iterable[Path], rules: RuleSet | Sequence[RuleSet], as_of: dt.date, *,
                 jobs: int | None = None, timeout: float | None = None, cache: Cache | None = None,
                 blind: bool = False, ocr: bool = False, pdf_engine: str = DEFAULT_PDF_ENGINE,
                 say: Callable[[str], None] = lambda _: None,
                 progress: Callable[[int], Callable[[], None]] | None = None) -> Iterator[ResumeResult]:
    """Yield one result per resume file (and rule set) under `paths`, in path order, as each finishes.

    `progress(total)`, when given, is called once with the number of files and returns a function called after
    each file.
    """
    rulesets = (rules,) if isinstance(rules, RuleSet) else tuple(rules)
    found = collect(paths)
    for line in found.skipped:  # a file name often is a person's name: --blind keeps only the reason
        say(f"skipped {printable(line) if not blind else 'a file: ' + line.rsplit(': ', 1)[-1]}")
    if not found.files:
        say("no resumes found (supported: " + ", ".join(sorted(SUPPORTED)) + ")")
    elif cache is not None and (problem := cache.prepare()):
        say(f"warning: {problem}")
    tick = progress(len(found.files)) if progress else (lambda: None)  # after the lines said up front
    first_of: dict[str, tuple[Path, str]] = {}
    work = partial(screen_path, rules=rulesets, as_of=as_of, cache=cache, blind=blind, ocr=ocr,
                   pdf_engine=pdf_engine)
    if cache is not None and len(found.files) > 1:
        results_variant(rulesets, as_of, blind, ocr, pdf_engine)  # hashes the code once; forked workers inherit it

    def on_error(path: Path, reason: str) -> tuple[ResumeResult, ...]:
        try:
            sha256 = content_hash(path)
        except LoadError:
            sha256 = ""
        return tuple(error_result(path, reason, r.name, sha256) for r in rulesets)

    for path, results in zip(found.files, screen_files(found.files, work, on_error, jobs or default_jobs(),
                                                       timeout)):
        tick()
        for result in results:
            if result.error:
                if result is results[0]:
                    shown = blind_id(result.sha256 or _path_id(path)) if blind else printable(result.file)
                    say(f"error {shown}: {result.error}")
                if blind:
                    result = replace(result, file=blind_id(result.sha256 or _path_id(path)))
            else:
                # keyed by path, not by the shown name: under --blind two copies share one name
                first_path, first_name = first_of.setdefault(result.sha256, (path, result.file))
                if first_path != path:
                    result = replace(result, warnings=(*result.warnings, f"duplicate of {first_name} (same content)"))
            yield result


def _path_id(path: Path) -> str:
    """A stand-in for the content hash of a file that could not even be read."""
    return hashlib.sha256(os.fsencode(path)).hexdigest()


def shortlist(results: Iterable[ResumeResult], sort: str = "file", top: int | None = None
              ) -> Iterable[ResumeResult]:
    """Best first by score or verdict (ties by path), cut to `top`; 'file' keeps the streaming path order."""
    if sort == "score":
        results = sorted(results, key=lambda r: (-r.score, _VERDICT_ORDER[r.verdict], r.file))
    elif sort == "verdict":
        results = sorted(results, key=lambda r: (_VERDICT_ORDER[r.verdict], -r.score, r.file))
    if top is not None:
        results = _take(results, top)
    return results


def _take(results: Iterable[ResumeResult], n: int) -> Iterator[ResumeResult]:
    for i, r in enumerate(results):
        if i >= n:
            return
        yield r
