"""Start-up stays quick: heavy readers and writers are imported only when a file or format needs them."""
import os
import subprocess
import sys

from screener import loaders
from screener.loaders import pdf


def _modules_after(code: str, env: dict[str, str] | None = None) -> set[str]:
    out = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True, env=env)
    return set(out.stdout.split())


def test_the_cli_does_not_import_pdf_docx_or_table_libraries_until_needed():
    loaded = _modules_after("import screener.cli, screener.run.batch, screener.reporters")
    assert not {"pdfplumber", "pdfminer", "pypdfium2", "lxml", "docx", "rich.table"} & loaded


def test_help_imports_no_reader_matcher_or_date_grammar():
    """`screener --help` needs the command's options only: what reads, matches or dates a resume waits for a file."""
    loaded = _modules_after("import contextlib, io, sys\nsys.argv = ['screener', '--help']\n"
                            "from screener.cli import main\n"
                            "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
                            "    main()")
    heavy = {"screener.loaders.jsonresume", "screener.degrees", "screener.text.dates", "screener.engine",
             "screener.checks", "screener.facts", "screener.experience", "rapidfuzz", "Stemmer", "pypdfium2", "lxml"}
    assert "screener.cli.app" in loaded and not heavy & loaded


def test_a_run_whose_every_file_is_cached_imports_no_reader_and_no_validation_library(tmp_path):
    """A warm run answers from the cache: it never reads a resume, and typer's options need no pydantic."""
    (tmp_path / "cv.txt").write_text("Jane Doe\nPython developer since 2015\n")
    code = ("import contextlib, io, sys\nfrom screener.cli import main\n"
            f"sys.argv = ['screener', 'screen', {str(tmp_path / 'cv.txt')!r}, '--as-of', '2026-01-01', '-f', 'jsonl']\n"
            "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n    main()")
    env = {**os.environ, "SCREENER_CACHE_DIR": str(tmp_path / "cache")}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)  # fills the cache
    loaded = _modules_after(code, env)
    assert "screener.run.batch" in loaded and not {"pydantic", "pypdfium2", "pdfplumber", "lxml"} & loaded


def test_the_pdf_engines_named_for_the_cli_are_the_ones_the_reader_has():
    assert set(loaders.PDF_ENGINES) == set(pdf.ENGINES)
    assert loaders.DEFAULT_PDF_ENGINE in pdf.ENGINES
