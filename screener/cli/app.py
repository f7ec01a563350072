"""The typer app and its screening commands (screen, check, explain, text), under one guard for their output."""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import ScreenerError
from ..loaders import PdfEngine
from ..reporters import Format, JunitUnknown
from ..run.shortlist import Sort
from .cache import cache_app
from .common import (EXIT_CLOSED_PIPE, EXIT_DIFFERS, EXIT_USAGE, EXIT_WRITE, AsOfOpt, JobsOpt, NoCacheOpt, OcrOpt,
                     PathsArg, PdfEngineOpt, RehashOpt, RulesOpt, TimeoutOpt, err, fail, load_ruleset, one_file,
                     parse_as_of, screen_options, write_output)
from .rules import rules_app
from .stopping import Stopped, stopped_by_signals
from .terminal import terminal_stderr


class _Group(TyperGroup):
    """Runs every command under one guard for its output, so no write failure ends in a traceback."""

    def invoke(self, ctx):
        with _output_guard():
            return super().invoke(ctx)


@contextlib.contextmanager
def _output_guard():
    """A closed pipe ends quietly; any other failure to write stdout is one line and EXIT_WRITE.

    stdout is flushed here, inside the guard: data still buffered at interpreter exit would fail where nothing
    can catch it.
    """
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        _drop_stdout()
        raise typer.Exit(EXIT_CLOSED_PIPE) from None
    except OSError as exc:
        _drop_stdout()
        err(f"screener: cannot write output: {exc.strerror or exc}")
        raise typer.Exit(EXIT_WRITE) from None


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what is still buffered cannot fail."""
    with contextlib.suppress(OSError, ValueError):  # io.UnsupportedOperation where stdout is not a file
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


app = typer.Typer(
    help="Screen resumes (PDF, DOCX, text, Markdown, LaTeX, JSON Resume) against a job's requirements. "
         "Every pass quotes the words that passed it; every unknown says why it could not decide. "
         "Nothing leaves this machine.",
    no_args_is_help=True, pretty_exceptions_enable=False, cls=_Group,
)
app.add_typer(rules_app, name="rules")
app.add_typer(cache_app, name="cache")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"screener {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[Optional[bool], typer.Option("--version", callback=_version, is_eager=True,
                                                    help="Print the version and exit.")] = None,
) -> None:
    """Screen resumes against a job's requirements."""


def _screen_all(paths: list[Path], options) -> Iterator:
    """Results in path order; skipped files and per-file errors are named on stderr as they happen."""
    from ..run.batch import screen_paths

    say, progress = terminal_stderr() if sys.stderr.isatty() else (err, None)
    return screen_paths(paths, options, say, progress)


def _report(rulesets, as_of: dt.date, results) -> "Report":  # noqa: F821
    from ..models import Report
    return Report(tuple(r.job() for r in rulesets), as_of, results, __version__)


@app.command()
def screen(
    paths: PathsArg,
    rules: Annotated[Optional[list[Path]], typer.Option(
        "--rules", "-r", dir_okay=False, envvar="SCREENER_RULES",
        help="Rule file (TOML); repeat it to screen against several jobs at once (one result per resume and job). "
             "Default: the bundled senior backend team lead rules.")] = None,
    format: Annotated[Format, typer.Option(
        "--format", "-f", envvar="SCREENER_FORMAT", case_sensitive=False,
        help="table (terminal), csv / xlsx (spreadsheets), json / jsonl (programs), junit (CI), html (a report "
             "to share).")
    ] = Format.table,
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Write to this file instead of stdout (a regular file atomically: never "
                              "half-written; a FIFO or device in place).",
        dir_okay=False, envvar="SCREENER_OUTPUT")] = None,
    as_of: AsOfOpt = None,
    jobs: JobsOpt = None,
    timeout: TimeoutOpt = None,
    no_cache: NoCacheOpt = False,
    rehash: RehashOpt = False,
    sort: Annotated[Sort, typer.Option("--sort", case_sensitive=False, help="Order: file (path order, streamed), "
                                       "score (best first) or verdict (pass, unknown, fail, error).")] = Sort.file,
    top: Annotated[Optional[int], typer.Option("--top", min=1, help="Keep only the first N after sorting.")] = None,
    blind: Annotated[bool, typer.Option("--blind", help="Leave names, contact details, addresses and ages out of "
                                                        "every output, evidence included; files become ids.")] = False,
    ocr: OcrOpt = False,
    pdf_engine: PdfEngineOpt = PdfEngine.pdfium,
    bom: Annotated[bool, typer.Option("--bom", help="CSV only: start with a UTF-8 byte-order mark, so Excel and "
                                                    "LibreOffice read accented names right.")] = False,
    junit_unknown: Annotated[JunitUnknown, typer.Option(
        "--junit-unknown", case_sensitive=False, help="junit: what the verdict test case of a resume whose verdict is unknown reports: "
                                "skip (default), fail or pass.")] = JunitUnknown.skip,
) -> None:
    """Screen resumes and print pass / fail / unknown per requirement, with a verdict and score per resume."""
    from ..reporters import REPORTERS

    fmt = format
    if bom and fmt is not Format.csv:
        raise typer.BadParameter("a byte-order mark is for CSV only", param_hint="--bom")
    if fmt is Format.xlsx and output is None and sys.stdout.isatty():
        raise typer.BadParameter("XLSX is binary: write it to a file with --output", param_hint="--format")
    date = parse_as_of(as_of)
    rulesets = [load_ruleset(r, not no_cache) for r in rules or [None]]
    names = [r.name for r in rulesets]
    if len(set(names)) != len(names):
        raise typer.BadParameter("two rule files have the same name; results are labelled by it",
                                 param_hint="--rules")
    from ..run.shortlist import shortlist

    format_options = {"unknown": junit_unknown.value} if fmt is Format.junit else {}
    if fmt in (Format.junit, Format.html):
        from ..run.output import spool_folder

        format_options["spool_folder"] = spool_folder(output)
    if output is not None:
        from ..run.collect import collect

        inputs = {p.resolve() for p in [*paths, *collect(paths).files]}
        if output.resolve() in inputs:
            raise typer.BadParameter("would overwrite an input", param_hint="--output")
    options = screen_options(rulesets, date, jobs, timeout, no_cache, blind, ocr, pdf_engine, rehash)
    results = shortlist(_screen_all(paths, options), sort, top)
    report = _report(rulesets, date, results)

    def write(out) -> None:
        if bom:  # an encoding signal, not content: the reporter's rows stay the same
            out.write("\ufeff")
        REPORTERS[fmt](report, out, **format_options)
    if output is None:
        try:
            write(sys.stdout)
        except ScreenerError as exc:  # a format's spool could not be written: its folder's disk is full
            raise fail(exc) from None
    else:
        write_output(output, write)


@app.command()
def check(
    paths: PathsArg,
    expect: Annotated[Path, typer.Option("--expect", help="Expectations CSV: file, verdict, one column per "
                                                          "requirement id.", dir_okay=False)],
    rules: RulesOpt = None,
    as_of: AsOfOpt = None,
    update: Annotated[bool, typer.Option("--update", help="Rewrite the expectations file from this run "
                                                          "(after a deliberate rule change).")] = False,
    jobs: JobsOpt = None,
    timeout: TimeoutOpt = None,
    no_cache: NoCacheOpt = False,
    rehash: RehashOpt = False,
) -> None:
    """CI mode: exit 0 when every outcome matches the expectations file, 1 with a diff when any differs."""
    from ..run.expect import compare, read_expectations, write_expectations
    from ..text.printable import printable

    date = parse_as_of(as_of)
    ruleset = load_ruleset(rules, not no_cache)
    if not update and not expect.exists():
        raise typer.BadParameter(f"{expect} does not exist (create it with --update)", param_hint="--expect")
    try:  # a broken expectations file is said before a long batch, not after it
        expected = None if update else read_expectations(expect, ruleset.ids)
    except ScreenerError as exc:
        raise fail(exc) from None
    results = list(_screen_all(paths, screen_options([ruleset], date, jobs, timeout, no_cache,
                                                        rehash=rehash)))
    if expected is None:
        write_output(expect, lambda out: write_expectations(results, ruleset.ids, out))
        typer.echo(f"wrote {len(results)} expectations to {expect}")
        return
    diffs = compare(expected, results)
    if not diffs:
        typer.echo(f"ok: {len(results)} resumes match {expect}")
        return
    typer.echo(f"{len(diffs)} outcome(s) differ from {expect}:")
    for d in diffs:
        typer.echo(f"  {printable(d.file)}  {d.requirement}: expected {d.expected}, got {d.got}"
                   + (f"\n      evidence: {d.evidence}" if d.evidence else ""))
    raise typer.Exit(EXIT_DIFFERS)


@app.command()
def explain(
    file: Annotated[Path, typer.Argument(help="One resume file.", exists=True, dir_okay=False)],
    rules: RulesOpt = None,
    as_of: AsOfOpt = None,
    no_cache: NoCacheOpt = False,
    ocr: OcrOpt = False,
    pdf_engine: PdfEngineOpt = PdfEngine.pdfium,
) -> None:
    """Show how one resume was read: experience timeline, degrees, then every requirement with its evidence."""
    from ..engine import screen_facts
    from ..facts import Facts
    from ..reporters.explain import render
    from ..run.file import read_document

    date = parse_as_of(as_of)
    ruleset = load_ruleset(rules)
    options = screen_options([ruleset], date, no_cache=no_cache, ocr=ocr, pdf_engine=pdf_engine)
    with one_file():
        facts = Facts(read_document(file, options), date)
        result = screen_facts(facts, ruleset)
    render(facts, result, sys.stdout)


@app.command()
def text(file: Annotated[Path, typer.Argument(help="One resume file.", exists=True, dir_okay=False)]) -> None:
    """Print the text the screener extracted, with section markers, to debug a rule."""
    from ..loaders import load
    from ..reporters.extracted import extracted_lines

    with one_file():
        document = load(file)
    for warning in document.warnings:
        err(f"warning: {warning}")
    if document.unreadable:
        err(f"unreadable: {document.unreadable}")
    for line in extracted_lines(document):
        typer.echo(line)


def _settings() -> dict:
    """Defaults from the nearest screener.toml or [tool.screener] (flags and SCREENER_* variables win)."""
    from .. import config

    try:
        found = config.find(Path.cwd())
    except OSError:  # the current folder was removed under us: no settings to find
        return {}
    return config.default_map(*found) if found else {}


def main(argv: Optional[list[str]] = None) -> None:
    # Libraries (pdfminer above all) log warnings about fonts and broken objects; they are noise to a recruiter
    # and may quote document content, so they never reach stderr.
    logging.disable(logging.WARNING)
    try:
        with stopped_by_signals():
            try:
                defaults = _settings()
            except ScreenerError as exc:
                err(f"screener: {exc}")
                sys.exit(EXIT_USAGE)
            app(args=argv, default_map=defaults)
    except Stopped as stop:
        _drop_stdout()
        err(f"screener: stopped by {stop.name}; results on stdout are incomplete, an --output file is left as it "
            "was")
        sys.exit(stop.exit_code)
