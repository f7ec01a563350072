"""From PATH arguments to results: collect files, screen them on the worker pool, flag duplicates.

Shared by the CLI and the library API; messages for the user go through the `say` callback (stderr in the CLI),
never print().
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

from ..errors import LoadError
from ..loaders import SUPPORTED
from ..models import ResumeResult
from ..text.printable import printable
from .collect import collect
from .file import content_hash, error_rows, results_variant, screen_file
from .options import ScreenOptions
from .pool import default_jobs, map_in_order


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
    if options.cache is not None and len(found.files) > 1:
        results_variant(options)  # hashes the code once; forked workers inherit it

    def on_error(path: Path, reason: str) -> tuple[ResumeResult, ...]:
        try:
            sha256 = content_hash(path)
        except LoadError:
            sha256 = ""
        return error_rows(path, reason, options, sha256)

    work = partial(screen_file, options=options)
    for path, results in zip(found.files, map_in_order(found.files, work, on_error,
                                                       options.jobs or default_jobs(), options.timeout)):
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
