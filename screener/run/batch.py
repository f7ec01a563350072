"""From PATH arguments to results: collect files, screen them on the worker pool, flag duplicates.

Shared by the CLI and the library API; messages for the user go through the `say` callback (stderr in the CLI),
never print().
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from ..deferred import deferred
from ..errors import LoadError
from ..loaders import SUPPORTED, import_readers
from ..models import ResumeResult
from ..text.printable import printable
from .collect import collect
from .file import by_reader, cached_results, content_hash, error_rows, results_variant, screen_file
from .options import ScreenOptions

if TYPE_CHECKING:
    from .pool import OnError

# the pool (multiprocessing, pickle, sockets) imported by the first miss: a run answered from the cache needs none
_POOL = f"{__package__}.pool"
map_in_order, default_jobs = deferred(_POOL, "map_in_order"), deferred(_POOL, "default_jobs")


def screen_paths(paths: Iterable[Path], options: ScreenOptions, say: Callable[[str], None] = lambda _: None,
                 progress: Callable[[int], Callable[[], None]] | None = None) -> Iterator[ResumeResult]:
    """Yield one result per resume file (and rule set) under `paths`, in path order, as each finishes.

    `progress(total)`, when given, is called once with the number of files and returns a function called after
    each file.
    """
    found = collect(paths)
    for line in found.skipped:  # a file name often is a person's name: --blind keeps only the reason
        say(f"skipped {printable(line) if not options.blind else 'a file: ' + line.rsplit(': ', 1)[-1]}")
    if not found.files:
        say("no resumes found (supported: " + ", ".join(sorted(SUPPORTED)) + ")")
    elif options.cache is not None and (problem := options.cache.prepare()):
        say(f"warning: {problem}")
    tick = progress(len(found.files)) if progress else (lambda: None)  # after the lines said up front
    first_of: dict[str, tuple[Path, str]] = {}

    def on_error(path: Path, reason: str) -> tuple[ResumeResult, ...]:
        try:
            sha256 = content_hash(path)
        except LoadError:
            sha256 = ""
        return error_rows(path, reason, options, sha256)

    for path, results in _answered(found.files, options, on_error):
        tick()
        for result in results:
            if result.error:
                if result is results[0]:
                    say(f"error {printable(result.file)}: {result.error}")
            else:
                # keyed by path, not by the shown name: under --blind two copies share one name
                first_path, first_name = first_of.setdefault(result.sha256, (path, result.file))
                if first_path != path:
                    result = replace(result, warnings=(*result.warnings, f"duplicate of {first_name} (same content)"))
            yield result


def _answered(files: list[Path], options: ScreenOptions, on_error: OnError
              ) -> Iterator[tuple[Path, tuple[ResumeResult, ...]]]:
    """(path, results) for every file in path order: result-cache hits answered here, only the misses screened on
    the worker pool, which is not started at all when every file hits.

    A hit costs a hash and one entry read; sending it to a worker and its result back would cost as much again,
    and starting the pool more than a warm batch of hundreds of files. Entries are only looked for up front and
    read as their turn comes, so memory holds no more results than before.
    """
    variant = results_variant(options)  # once a batch: it hashes the rule sets and looks for Tesseract
    stored = _stored(files, options, variant)
    work = partial(screen_file, options=options)
    misses = [path for path in files if path not in stored]
    if misses:
        _build_checks(options)
        import_readers(misses)
    screened = map_in_order(misses, work, on_error, options.jobs or default_jobs(), options.timeout) if misses \
        else iter(())
    for path in files:
        if path not in stored:
            yield path, next(screened)
        elif (results := cached_results(path, stored[path], options, variant)) is not None:
            yield path, results
        else:  # damaged or removed since it was looked for: screened as a miss, under the same time limit
            _build_checks(options)
            [results] = map_in_order([path], work, on_error, 1, options.timeout)
            yield path, results


def _build_checks(options: ScreenOptions) -> None:
    """Build the rules' checks here, once, before the pool's workers fork and share them."""
    for rules in options.rulesets:
        rules.build_checks()


def _stored(files: list[Path], options: ScreenOptions, variant: str) -> dict[Path, str]:
    """The content hash of every file whose results the cache holds under these options (`variant`)."""
    if options.cache is None:
        return {}
    memo = options.cache.stat_memo(trust=not options.rehash)  # a file unchanged since it was hashed is not read
    found = {}
    for path in files:
        try:
            sha256 = memo.digest(path)
        except LoadError:
            continue  # unreadable: a worker makes its error row, as for any other miss
        if options.cache.has_results(sha256, by_reader(variant, path)):
            found[path] = sha256
    options.cache.save_stat_memo(memo)
    return found
