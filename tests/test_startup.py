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


def _warm_run(tmp_path) -> tuple[str, dict[str, str]]:
    """Code that screens one resume from the CLI, and an environment whose cache already holds its result."""
    (tmp_path / "cv.txt").write_text("Jane Doe\nPython developer since 2015\nBSc Computer Science, 2012\n")
    code = ("import contextlib, io, sys\nfrom screener.cli import main\n"
            f"sys.argv = ['screener', 'screen', {str(tmp_path / 'cv.txt')!r}, '--as-of', '2026-01-01', '-f', 'jsonl']\n"
            "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n    main()")
    env = {**os.environ, "SCREENER_CACHE_DIR": str(tmp_path / "cache")}
    subprocess.run([sys.executable, "-c", code], check=True, env=env, capture_output=True)  # fills the cache
    return code, env


def test_a_run_whose_every_file_is_cached_imports_no_reader_and_no_validation_library(tmp_path):
    """A warm run answers from the cache: it never reads a resume, and typer's options need no pydantic."""
    loaded = _modules_after(*_warm_run(tmp_path))
    assert "screener.run.batch" in loaded and not {"pydantic", "pypdfium2", "pdfplumber", "lxml"} & loaded


def test_a_run_whose_every_file_is_cached_imports_no_check_kind_engine_or_matcher(tmp_path):
    """A warm run needs the rule set's fingerprint and the stored results: the rule file, validated by an earlier
    run, has its checks built on first use, and screening (engine, facts, masking) waits for a miss."""
    loaded = _modules_after(*_warm_run(tmp_path))
    lazy = {"screener.checks.keywords", "screener.checks.years", "screener.checks.degree", "screener.checks.compose",
            "screener.engine", "screener.facts", "screener.experience", "screener.blind", "rapidfuzz"}
    assert "screener.run.batch" in loaded and not lazy & loaded


def test_the_pdf_engines_named_for_the_cli_are_the_ones_the_reader_has():
    assert set(loaders.PDF_ENGINES) == set(pdf.ENGINES)
    assert loaders.DEFAULT_PDF_ENGINE in pdf.ENGINES


_GRAMMARS = ("screener.text.dates", "screener.degrees", "screener.degree_majors", "screener.degree_unfinished",
             "screener.text.sections", "screener.text.subjects", "screener.checks.fields")
_UNCOMPILED = ("import re, sys\nfrom screener.text.lazy_regex import LazyPattern\n"
               "def compiled(v):\n"
               "    if isinstance(v, (re.Pattern, LazyPattern)):\n"
               "        return isinstance(v, re.Pattern) or v.compiled\n"
               "    return sum(map(compiled, v)) if isinstance(v, tuple) else 0\n"
               f"mods = [sys.modules[m] for m in {_GRAMMARS!r} if m in sys.modules]\n"
               "print('COMPILED', sum(compiled(v) for m in mods for v in vars(m).values()))")


def _compiled_after(code: str, env: dict[str, str] | None = None) -> int:
    out = subprocess.run([sys.executable, "-c", f"{code}\n{_UNCOMPILED}"], capture_output=True, text=True,
                         check=True, env=env)
    return int(out.stdout.split("COMPILED")[-1])


def test_importing_the_date_degree_section_and_field_grammars_compiles_none_of_their_patterns():
    """Their patterns are large: a module pays for compiling one when its matching first needs it."""
    code = f"import {', '.join(_GRAMMARS)}\nimport screener.rules, screener.checks"
    assert _compiled_after(code) == 0


def test_a_run_whose_every_file_is_cached_compiles_no_grammar_pattern(tmp_path):
    """Building the rule set and reading cached results never reads a date or a degree."""
    assert _compiled_after(*_warm_run(tmp_path)) == 0


def test_every_grammar_pattern_compiles():
    """Compiling waits for first use, so a broken pattern is caught here rather than by the resume that needs it."""
    import importlib
    import re

    from screener.text.lazy_regex import LazyPattern

    def patterns(value):
        if isinstance(value, LazyPattern):
            return [value]
        return [p for v in value for p in patterns(v)] if isinstance(value, tuple) else []

    found = [p for name in _GRAMMARS for v in vars(importlib.import_module(name)).values() for p in patterns(v)]
    assert len(found) > 40
    for p in found:
        re.compile(p.pattern, p.flags)
