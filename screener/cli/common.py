"""What the commands share: exit codes, option declarations, the run's options, and the one way errors are said."""
from __future__ import annotations

import contextlib
import datetime as dt
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import LoadError, OutputError, ScreenerError
from ..loaders import PdfEngine

# Exit codes besides 0, which means the screening ran: candidates failing is not an error.
EXIT_DIFFERS = 1  # `check` found outcomes that differ from the expectations file
EXIT_USAGE = 2  # bad arguments or a broken rule file (typer/click use 2 for usage errors too)
EXIT_WRITE = 3  # the results could not be written: a full disk, a device or folder gone
EXIT_CLOSED_PIPE = 128 + signal.SIGPIPE  # the reader closed the pipe (`| head`): what shells report for `yes | head`



def err(message: str) -> None:
    """One line on stderr."""
    typer.echo(message, err=True)


def parse_as_of(value: Optional[str]) -> dt.date:
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
RehashOpt = Annotated[bool, typer.Option(
    "--rehash", help="Read and hash every file, not trusting the cache's memo of unchanged files' hashes.")]
OcrOpt = Annotated[bool, typer.Option("--ocr", help="Read scanned (image-only) PDFs with Tesseract, if installed. "
                                                  "Allow more --timeout: OCR takes seconds per page.")]
PdfEngineOpt = Annotated[PdfEngine, typer.Option(
    "--pdf-engine", case_sensitive=False, help="PDF reader: pdfium (default, about ten times faster) or pdfplumber (the reference "
                         "it was measured against).")]
DEFAULT_TIMEOUT = 10.0
OCR_TIMEOUT = 120.0


def screen_options(rulesets, as_of: dt.date, jobs: Optional[int] = None, timeout: Optional[float] = None,
             no_cache: bool = False, blind: bool = False, ocr: bool = False,
             pdf_engine: PdfEngine = PdfEngine.pdfium, rehash: bool = False) -> "ScreenOptions":  # noqa: F821
    """The run's options as one value; --timeout 0 means no limit, and no --timeout a default that allows OCR."""
    from ..run.cache import Cache
    from ..run.options import ScreenOptions

    if timeout is None:
        timeout = OCR_TIMEOUT if ocr else DEFAULT_TIMEOUT
    return ScreenOptions(tuple(rulesets), as_of, None if no_cache else Cache(), blind, ocr, pdf_engine.value, jobs,
                         timeout or None, rehash)


def load_ruleset(path: Optional[Path], cached: bool = False):
    """The rule set, or one located line on stderr and exit 2. With `cached`, the cache remembers a rule file
    that validated, so that the next run builds its checks only when a resume needs them."""
    from ..rules import load_rules
    from ..run.cache import Cache

    cache = Cache() if cached else None
    try:
        ruleset = load_rules(path, cache.knows_valid_rules if cache else None, cache.parsed_rules if cache else None)
    except ScreenerError as exc:
        raise fail(exc) from None
    if cache and not cache.knows_valid_rules(ruleset.sha256, ruleset.spec):
        cache.remember_valid_rules(ruleset.sha256, ruleset.spec)
    return ruleset


def write_output(path: Path, write) -> None:
    """Write an output file without damaging what is there (see run/output.py): a folder that is missing or
    read-only, or a path that is neither a file, a FIFO nor a character device, is one line and exit 2."""
    from ..run.output import open_output

    try:
        with open_output(path) as out:
            write(out)
    except ScreenerError as exc:
        raise fail(exc) from None


def fail(exc: ScreenerError) -> typer.Exit:
    err(f"screener: {exc}")
    return typer.Exit(EXIT_WRITE if isinstance(exc, OutputError) else EXIT_USAGE)


@contextlib.contextmanager
def one_file() -> Iterator[None]:
    """Reading (and screening) the one file of `text` or `explain`: a failure is one line, as a batch's error row
    says it, never a traceback, which could quote the resume's text."""
    try:
        yield
    except ScreenerError as exc:
        raise fail(exc) from None
    except Exception as exc:  # noqa: BLE001 - a bug on one hostile file, as run.file.screen_file treats it
        raise fail(LoadError(f"could not read the file ({type(exc).__name__})")) from None
