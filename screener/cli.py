"""Command line: options -> pipeline -> reporter -> exit code. The only module that prints errors or exits."""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import os
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer
from typer.core import TyperGroup

from . import __version__
from .errors import OutputError, ScreenerError
from .loaders import DEFAULT_PDF_ENGINE

# Exit codes besides 0, which means the screening ran: candidates failing is not an error.
EXIT_DIFFERS = 1  # `check` found outcomes that differ from the expectations file
EXIT_USAGE = 2  # bad arguments or a broken rule file (typer/click use 2 for usage errors too)
EXIT_WRITE = 3  # the results could not be written: a full disk, a device or folder gone
EXIT_CLOSED_PIPE = 128 + signal.SIGPIPE  # the reader closed the pipe (`| head`): what shells report for `yes | head`


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
        _err(f"screener: cannot write output: {exc.strerror or exc}")
        raise typer.Exit(EXIT_WRITE) from None


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's last flush of what is still buffered cannot fail."""
    with contextlib.suppress(OSError, ValueError):  # io.UnsupportedOperation where stdout is not a file
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)

app = typer.Typer(
    help="Screen resumes (PDF, DOCX, text) against a job's requirements. Every pass quotes the words that "
         "passed it; every unknown says why it could not decide. Nothing leaves this machine.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False, cls=_Group,
)
rules_app = typer.Typer(help="Validate and list rule files.", no_args_is_help=True)
app.add_typer(rules_app, name="rules")
cache_app = typer.Typer(help="The extracted-text cache (private to you; one JSON file per resume content).",
                        no_args_is_help=True)
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


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _as_of(value: Optional[str]) -> dt.date:
    if value is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date like 2026-01-01", param_hint="--as-of") from None


RulesOpt = Annotated[Optional[Path], typer.Option(
    "--rules", "-r", help="Rule file (TOML). Default: the bundled senior backend team lead rules.",
    dir_okay=False, envvar="SCREENER_RULES")]
AsOfOpt = Annotated[Optional[str], typer.Option(
    "--as-of", help="The date 'Present' means, YYYY-MM-DD (default: today). Fix it for reproducible CI runs.",
    envvar="SCREENER_AS_OF")]
PathsArg = Annotated[list[Path], typer.Argument(
    help="Resume files or folders (searched recursively; hidden and unsupported files are skipped).",
    exists=True)]


JobsOpt = Annotated[Optional[int], typer.Option(
    "--jobs", "-j", min=1, help="Worker processes (default: all cores).", envvar="SCREENER_JOBS")]
TimeoutOpt = Annotated[Optional[float], typer.Option(
    "--timeout", min=0, help="Seconds allowed per file before it becomes an error row (0: no limit; "
                             "default 10, or 120 with --ocr).")]
NoCacheOpt = Annotated[bool, typer.Option(
    "--no-cache", help="Neither read nor write the extracted-text cache (see `screener cache`).")]
OcrOpt = Annotated[bool, typer.Option("--ocr", help="Read scanned (image-only) PDFs with Tesseract, if installed. "
                                                  "Allow more --timeout: OCR takes seconds per page.")]
PdfEngineOpt = Annotated[str, typer.Option(
    "--pdf-engine", help="PDF reader: pdfium (default, about ten times faster) or pdfplumber (the reference "
                         "it was measured against).")]
DEFAULT_TIMEOUT = 10.0
OCR_TIMEOUT = 120.0


def _options(rulesets, as_of: dt.date, jobs: Optional[int] = None, timeout: Optional[float] = None,
             no_cache: bool = False, blind: bool = False, ocr: bool = False,
             pdf_engine: str = DEFAULT_PDF_ENGINE) -> "ScreenOptions":  # noqa: F821
    """The run's options as one value; --timeout 0 means no limit, and no --timeout a default that allows OCR."""
    from .run.cache import Cache
    from .run.options import ScreenOptions

    if timeout is None:
        timeout = OCR_TIMEOUT if ocr else DEFAULT_TIMEOUT
    return ScreenOptions(tuple(rulesets), as_of, None if no_cache else Cache(), blind, ocr, pdf_engine, jobs,
                         timeout or None)


def _screen_all(paths: list[Path], options) -> Iterator:
    """Results in path order; skipped files and per-file errors are named on stderr as they happen."""
    from .run.batch import screen_paths

    say, progress = _terminal_stderr() if sys.stderr.isatty() else (_err, None)
    return screen_paths(paths, options, say, progress)


def _terminal_stderr(console=None):
    """say() and a progress bar sharing one rich console on stderr: a line said while the bar is live is printed
    above it, where a plain write to stderr would land in the middle of the bar."""
    from rich.console import Console

    console = console or Console(stderr=True)

    def say(message: str) -> None:
        console.print(message, markup=False, highlight=False, emoji=False, soft_wrap=True)
    return say, functools.partial(_progress_bar, console)


def _progress_bar(console, total: int):
    """A progress bar on `console` for batches; returns the per-file tick."""
    from rich.progress import Progress

    if total < 2:
        return lambda: None
    bar = Progress(console=console, transient=True)
    task = bar.add_task("screening", total=total)
    bar.start()

    def tick() -> None:
        bar.advance(task)
        if bar.finished:
            bar.stop()
    return tick


def _load_rules(path: Optional[Path]):
    """The rule set, or one located line on stderr and exit 2."""
    from .rules import load_rules

    try:
        return load_rules(path)
    except ScreenerError as exc:
        raise _fail(exc) from None


def _report(rulesets, as_of: dt.date, results) -> "Report":  # noqa: F821
    from .models import Report
    return Report(tuple(r.job() for r in rulesets), as_of, results, __version__)


def _write(path: Path, write) -> None:
    """Write an output file without damaging what is there (see output.py): a folder that is missing or
    read-only, or a path that is neither a file, a FIFO nor a character device, is one line and exit 2."""
    from .run.output import open_output

    try:
        with open_output(path) as out:
            write(out)
    except ScreenerError as exc:
        raise _fail(exc) from None


def _fail(exc: ScreenerError) -> typer.Exit:
    _err(f"screener: {exc}")
    return typer.Exit(EXIT_WRITE if isinstance(exc, OutputError) else EXIT_USAGE)


@app.command()
def screen(
    paths: PathsArg,
    rules: Annotated[Optional[list[Path]], typer.Option(
        "--rules", "-r", dir_okay=False, envvar="SCREENER_RULES",
        help="Rule file (TOML); repeat it to screen against several jobs at once (one result per resume and job). "
             "Default: the bundled senior backend team lead rules.")] = None,
    format: Annotated[str, typer.Option(
        "--format", "-f", envvar="SCREENER_FORMAT",
        help="table (terminal), csv / xlsx (spreadsheets), json / jsonl (programs), junit (CI), html (a report "
             "to share).")
    ] = "table",
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", help="Write to this file instead of stdout (a regular file atomically: never "
                              "half-written; a FIFO or device in place).",
        dir_okay=False, envvar="SCREENER_OUTPUT")] = None,
    as_of: AsOfOpt = None,
    jobs: JobsOpt = None,
    timeout: TimeoutOpt = None,
    no_cache: NoCacheOpt = False,
    sort: Annotated[str, typer.Option("--sort", help="Order: file (path order, streamed), score (best first) "
                                                     "or verdict (pass, unknown, fail, error).")] = "file",
    top: Annotated[Optional[int], typer.Option("--top", min=1, help="Keep only the first N after sorting.")] = None,
    blind: Annotated[bool, typer.Option("--blind", help="Leave names, contact details, addresses and ages out of "
                                                        "every output, evidence included; files become ids.")] = False,
    ocr: OcrOpt = False,
    pdf_engine: PdfEngineOpt = DEFAULT_PDF_ENGINE,
    bom: Annotated[bool, typer.Option("--bom", help="CSV only: start with a UTF-8 byte-order mark, so Excel and "
                                                    "LibreOffice read accented names right.")] = False,
    junit_unknown: Annotated[str, typer.Option(
        "--junit-unknown", help="junit: what the verdict test case of a resume whose verdict is unknown reports: "
                                "skip (default), fail or pass.")] = "skip",
) -> None:
    """Screen resumes and print pass / fail / unknown per requirement, with a verdict and score per resume."""
    from .reporters import JUNIT_UNKNOWN, REPORTERS, Format

    try:
        fmt = Format(format)
    except ValueError:
        raise typer.BadParameter(f"{format!r}; choose one of {', '.join(f.value for f in Format)}",
                                 param_hint="--format") from None
    if bom and fmt is not Format.csv:
        raise typer.BadParameter("a byte-order mark is for CSV only", param_hint="--bom")
    if fmt is Format.xlsx and output is None and sys.stdout.isatty():
        raise typer.BadParameter("XLSX is binary: write it to a file with --output", param_hint="--format")
    date = _as_of(as_of)
    rulesets = [_load_rules(r) for r in rules] if rules else [_load_rules(None)]
    names = [r.name for r in rulesets]
    if len(set(names)) != len(names):
        raise typer.BadParameter("two rule files have the same name; results are labelled by it",
                                 param_hint="--rules")
    from .run.shortlist import Sort, shortlist

    from .loaders import PDF_ENGINES as ENGINES

    if pdf_engine not in ENGINES:
        raise typer.BadParameter(f"{pdf_engine!r}; choose one of {', '.join(ENGINES)}", param_hint="--pdf-engine")
    if sort not in {s.value for s in Sort}:
        raise typer.BadParameter(f"{sort!r}; choose one of {', '.join(s.value for s in Sort)}", param_hint="--sort")
    if junit_unknown not in JUNIT_UNKNOWN:
        raise typer.BadParameter(f"{junit_unknown!r}; choose one of {', '.join(JUNIT_UNKNOWN)}",
                                 param_hint="--junit-unknown")
    format_options = {"unknown": junit_unknown} if fmt is Format.junit else {}
    if output is not None:
        from .run.collect import collect

        inputs = {p.resolve() for p in [*paths, *collect(paths).files]}
        if output.resolve() in inputs:
            raise typer.BadParameter("would overwrite an input", param_hint="--output")
    options = _options(rulesets, date, jobs, timeout, no_cache, blind, ocr, pdf_engine)
    results = shortlist(_screen_all(paths, options), Sort(sort), top)
    report = _report(rulesets, date, results)

    def write(out) -> None:
        if bom:  # an encoding signal, not content: the reporter's rows stay the same
            out.write("\ufeff")
        REPORTERS[fmt](report, out, **format_options)
    if output is None:
        write(sys.stdout)
    else:
        _write(output, write)


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
) -> None:
    """CI mode: exit 0 when every outcome matches the expectations file, 1 with a diff when any differs."""
    from .run.expect import compare, read_expectations, write_expectations
    from .text.printable import printable

    date = _as_of(as_of)
    ruleset = _load_rules(rules)
    if not update and not expect.exists():
        raise typer.BadParameter(f"{expect} does not exist (create it with --update)", param_hint="--expect")
    try:  # a broken expectations file is said before a long batch, not after it
        expected = None if update else read_expectations(expect, ruleset.ids)
    except ScreenerError as exc:
        raise _fail(exc) from None
    results = list(_screen_all(paths, _options([ruleset], date, jobs, timeout, no_cache)))
    if expected is None:
        _write(expect, lambda out: write_expectations(results, ruleset.ids, out))
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
    pdf_engine: PdfEngineOpt = DEFAULT_PDF_ENGINE,
) -> None:
    """Show how one resume was read: experience timeline, degrees, then every requirement with its evidence."""
    from .engine import screen_facts
    from .facts import Facts
    from .reporters.explain import render
    from .run.file import read_document

    date = _as_of(as_of)
    ruleset = _load_rules(rules)
    options = _options([ruleset], date, no_cache=no_cache, ocr=ocr, pdf_engine=pdf_engine)
    try:
        document = read_document(file, options)
    except ScreenerError as exc:
        raise _fail(exc) from None
    facts = Facts(document, date)
    render(facts, screen_facts(facts, ruleset), sys.stdout)


@app.command()
def text(file: Annotated[Path, typer.Argument(help="One resume file.", exists=True, dir_okay=False)]) -> None:
    """Print the text the screener extracted, with section markers, to debug a rule."""
    from .loaders import load
    from .reporters.extracted import extracted_lines

    try:
        document = load(file)
    except ScreenerError as exc:
        raise _fail(exc) from None
    for warning in document.warnings:
        _err(f"warning: {warning}")
    if document.unreadable:
        _err(f"unreadable: {document.unreadable}")
    for line in extracted_lines(document):
        typer.echo(line)


@rules_app.command("check")
def rules_check(files: Annotated[list[Path], typer.Argument(help="Rule files to validate.")]) -> None:
    """Validate rule files: exit 0 if every one loads, 2 with a located one-line error for each that does not.

    Takes several files so a pre-commit hook can pass it every changed rule file at once."""
    from .rules.fairness import fairness_warnings
    from .rules import load_rules

    broken = 0
    for file in files:
        try:
            ruleset = load_rules(file)
        except ScreenerError as exc:
            _err(f"screener: {exc}")
            broken += 1
            continue
        typer.echo(f"ok: {file}: {len(ruleset.requirements)} requirements")
        for warning in fairness_warnings(ruleset):
            _err(f"warning: {warning}")
    if broken:
        raise typer.Exit(EXIT_USAGE)


@rules_app.command("draft")
def rules_draft(
    posting: Annotated[Path, typer.Argument(help="The job posting as plain text.", exists=True, dir_okay=False)],
    title: Annotated[Optional[str], typer.Option("--title", help="Title of the rule set (default: from the "
                                                                 "posting).")] = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", dir_okay=False,
                                                   help="Write the draft here (atomically) instead of stdout.")
                      ] = None,
) -> None:
    """Draft a rule file from a job posting: one requirement per bullet, with checks to review and refine."""
    from .rules.draft import draft_rules
    from .loaders.text import decode

    try:
        raw = posting.read_bytes()
    except OSError as exc:
        raise _fail(ScreenerError(f"cannot read {posting}: {exc.strerror or exc}")) from None
    text = draft_rules(decode(raw), title)
    if output is None:
        typer.echo(text, nl=False)
        return
    _write(output, lambda out: out.write(text))
    _err(f"wrote {output}; check it with: screener rules check {output}")


@rules_app.command("show")
def rules_show(file: Annotated[Optional[Path], typer.Argument(
        help="Rule file to list (default: the bundled rules).")] = None) -> None:
    """List a rule file's requirements: id, group, check kind, what a missing match means, and the text."""
    ruleset = _load_rules(file)
    from .checks import CHECKS

    kinds = {cls: name for name, cls in CHECKS.items()}
    typer.echo(f"{ruleset.title}  ({ruleset.source})")
    for r in ruleset.requirements:
        kind = kinds[type(r.check)]
        typer.echo(f"  {r.id:28s} {r.group.value:14s} {kind:12s} missing={r.missing.value}\n      {r.text}")


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete every cached extraction."""
    from .run.cache import Cache

    cache = Cache()
    typer.echo(f"removed {cache.clear()} cached extractions from {cache.folder}")


@cache_app.command("path")
def cache_path() -> None:
    """Print where the cache lives."""
    from .run.cache import Cache

    typer.echo(str(Cache().folder))


def _settings() -> dict:
    """Defaults from the nearest screener.toml or [tool.screener] (flags and SCREENER_* variables win)."""
    from . import config

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
        defaults = _settings()
    except ScreenerError as exc:
        _err(f"screener: {exc}")
        sys.exit(EXIT_USAGE)
    app(args=argv, default_map=defaults)
