"""The command line through typer's CliRunner: every format, exit codes, errors as one line."""
import csv
import datetime as dt
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener import __version__
from screener.cli import app

runner = CliRunner()

RULES = """
title = "Backend"

[[requirement]]
id = "language"
group = "must-have"
text = "Python or Go"
check = "keywords"
any = ["Python", { term = "Go", match = "case" }]

[[requirement]]
id = "years"
group = "qualification"
text = "5+ years"
check = "years"
min = 5
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "b.txt").write_text("Experience\nEngineer, Python, 2015 - 2024\n")
    (tmp_path / "a.txt").write_text("Experience\nCashier, 2022 - 2024\n")
    (tmp_path / ".hidden.txt").write_text("Python")
    (tmp_path / "notes.xyz").write_text("Python")
    (tmp_path / "rules.toml").write_text(RULES)
    return tmp_path


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def screen(folder, fmt):
    return run("screen", folder / "a.txt", folder / "b.txt", "--rules", folder / "rules.toml", "--format", fmt,
               "--as-of", "2026-01-01")


def test_version():
    result = run("--version")
    assert result.exit_code == 0 and result.output.strip() == f"screener {__version__}"


def test_json_has_the_result_fields(folder):
    result = screen(folder, "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["as_of"] == "2026-01-01" and data["rules"]["requirements"] == ["language", "years"]
    first = data["results"][0]
    assert set(first) >= {"file", "verdict", "score", "experience_years", "error", "requirements", "warnings"}
    assert set(first["requirements"][0]) == {"id", "group", "status", "detail", "evidence"}


def test_results_are_ordered_by_path(folder):
    data = json.loads(run("screen", folder, "--rules", folder / "rules.toml", "--format", "json").stdout)
    assert [r["file"].rsplit("/", 1)[1] for r in data["results"]] == ["a.txt", "b.txt"]


def test_folders_skip_hidden_and_unsupported_files_and_say_so(folder):
    result = run("screen", folder, "--rules", folder / "rules.toml", "--format", "json")
    assert "hidden file" in result.stderr and "unsupported type .xyz" in result.stderr


def test_csv_has_one_row_per_resume_and_one_column_per_requirement(folder):
    rows = list(csv.DictReader(io.StringIO(screen(folder, "csv").stdout)))
    assert len(rows) == 2
    assert list(rows[0])[:6] == ["file", "verdict", "score", "experience_years", "language", "years"]
    assert (rows[1]["language"], rows[1]["years"], rows[1]["verdict"]) == ("pass", "pass", "pass")


def test_jsonl_has_one_result_per_line(folder):
    lines = screen(folder, "jsonl").stdout.splitlines()
    assert [json.loads(line)["verdict"] for line in lines] == ["fail", "pass"]


def test_junit_has_a_suite_per_resume_a_verdict_case_and_a_case_per_requirement(folder):
    root = ET.fromstring(screen(folder, "junit").stdout)
    suites = root.findall("testsuite")
    assert len(suites) == 2
    assert [[c.get("name") for c in s.findall("testcase")] for s in suites] == [["verdict", "language", "years"]] * 2
    assert suites[0].find("testcase[@name='language']/failure") is not None


def test_table_shows_each_resume_on_its_own_row_with_its_verdict_score_and_years(folder, monkeypatch):
    monkeypatch.chdir(folder)  # short names, so no row folds
    out = run("screen", "a.txt", "b.txt", "--rules", "rules.toml", "--as-of", "2026-01-01").stdout
    rows = [line.strip("│").split("│") for line in out.splitlines() if line.startswith("│")]
    assert [[cell.strip() for cell in row[:4]] for row in rows] == [["a.txt", "fail", "0.00", "2"],
                                                                  ["b.txt", "pass", "1.00", "9"]]


def test_an_unknown_format_is_a_usage_error(folder):
    assert screen(folder, "yaml").exit_code == 2


def test_a_broken_rule_file_is_one_line_and_exit_2(folder):
    (folder / "rules.toml").write_text("bogus = 1\n" + RULES)
    result = screen(folder, "json")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"screener: {folder / 'rules.toml'}: unknown key 'bogus' "
                                                  "(allowed: aliases, posting, requirement, title)"]
    assert "Traceback" not in result.output


@pytest.mark.parametrize("fmt", ["junit", "html"])
def test_a_full_temporary_folder_is_one_line_naming_it_and_exit_3(folder, monkeypatch, fmt):
    from screener.reporters import spool

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(spool.tempfile, "TemporaryFile", full_disk)
    monkeypatch.setattr(spool.tempfile, "gettempdir", lambda: "/scratch")
    result = screen(folder, fmt)
    assert result.exit_code == 3
    assert result.stderr.strip().splitlines() == [
        "screener: cannot keep the report's parts in /scratch while its totals are counted: No space left on "
        "device (TMPDIR names another folder for them)"]


def test_output_is_written_to_the_file_not_stdout(folder):
    target = folder / "out.csv"
    result = run("screen", folder / "a.txt", "--rules", folder / "rules.toml", "--format", "csv",
                 "--output", target)
    assert result.exit_code == 0 and result.stdout == "" and target.read_text().startswith("file,verdict")


def test_output_never_overwrites_an_input(folder):
    result = run("screen", folder / "a.txt", "--rules", folder / "rules.toml", "--output", folder / "a.txt")
    assert result.exit_code == 2 and (folder / "a.txt").read_text().startswith("Experience")


def test_an_unreadable_file_is_an_error_row_and_the_batch_goes_on(folder):
    (folder / "empty.txt").write_text("")
    data = json.loads(run("screen", folder, "--rules", folder / "rules.toml", "--format", "json").stdout)
    by_name = {r["file"].rsplit("/", 1)[1]: r for r in data["results"]}
    assert by_name["empty.txt"]["verdict"] == "error" and by_name["empty.txt"]["error"] == "empty file"
    assert by_name["b.txt"]["verdict"] == "pass"


def test_rules_check_accepts_a_good_file(folder):
    result = run("rules", "check", folder / "rules.toml")
    assert result.exit_code == 0 and "2 requirements" in result.stdout


def test_rules_show_lists_ids_groups_and_text(folder):
    out = run("rules", "show", folder / "rules.toml").stdout
    assert "language" in out and "must-have" in out and "Python or Go" in out


def test_text_prints_section_markers(folder):
    out = run("text", folder / "b.txt").stdout
    assert out.splitlines()[:2] == ["--- [experience] ---", "Experience"]


def test_explain_shows_timeline_and_requirements(folder):
    out = run("explain", folder / "b.txt", "--rules", folder / "rules.toml", "--as-of", "2026-01-01").stdout
    assert "Experience timeline" in out and "language" in out and "Python" in out


def test_explain_keeps_a_long_line_whole_when_written_to_a_file_or_pipe(folder):
    title = "Principal Backend Engineer and Platform Team Lead, Northwind Payments and Logistics Holdings"
    (folder / "long.txt").write_text(f"Experience\n{title}, 2015 - 2024\n- Built services in Python\n")
    out = run("explain", folder / "long.txt", "--rules", folder / "rules.toml", "--as-of", "2026-01-01").stdout
    assert any(title in line for line in out.splitlines())


def test_check_passes_when_outcomes_match_and_fails_with_a_diff_when_not(folder):
    expect = folder / "expected.csv"
    args = ["check", folder / "a.txt", folder / "b.txt", "--rules", folder / "rules.toml", "--expect", expect,
            "--as-of", "2026-01-01"]
    assert run(*args, "--update").exit_code == 0
    assert run(*args).exit_code == 0
    (folder / "rules.toml").write_text(RULES.replace('"Python", ', ""))
    result = run(*args)
    assert result.exit_code == 1
    assert "b.txt  language: expected pass, got fail" in result.stdout


def test_check_tells_apart_two_resumes_with_one_name_in_different_folders(folder):
    for sub, text in (("x", "Python developer"), ("y", "Cashier")):
        (folder / sub).mkdir()
        (folder / sub / "cv.txt").write_text(text)
    expect = folder / "expected.csv"
    args = ["check", folder / "x", folder / "y", "--rules", folder / "rules.toml", "--expect", expect,
            "--as-of", "2026-01-01"]
    assert run(*args, "--update").exit_code == 0
    assert [line.split(",")[:2] for line in expect.read_text().splitlines()[1:]] == [["x/cv.txt", "pass"],
                                                                                  ["y/cv.txt", "fail"]]
    assert run(*args).exit_code == 0


def test_sort_by_score_puts_the_best_first_and_top_cuts(folder):
    data = json.loads(run("screen", folder, "--rules", folder / "rules.toml", "--format", "json",
                          "--sort", "score", "--top", "1").stdout)
    assert [r["file"].rsplit("/", 1)[1] for r in data["results"]] == ["b.txt"]


def test_the_same_content_twice_is_flagged_as_a_duplicate(folder):
    (folder / "c.txt").write_text((folder / "b.txt").read_text())
    data = json.loads(run("screen", folder, "--rules", folder / "rules.toml", "--format", "json").stdout)
    by_name = {r["file"].rsplit("/", 1)[1]: r for r in data["results"]}
    assert by_name["c.txt"]["warnings"] == [f"duplicate of {folder / 'b.txt'} (same content)"]
    assert by_name["b.txt"]["warnings"] == []


def test_several_rule_files_give_one_result_per_resume_and_job(folder):
    (folder / "cashier.toml").write_text(RULES.replace('title = "Backend"', 'title = "Cashier"')
                                         .replace('"Python", { term = "Go", match = "case" }', '"Cashier"'))
    out = run("screen", folder / "a.txt", folder / "b.txt", "--rules", folder / "rules.toml",
              "--rules", folder / "cashier.toml", "--format", "csv", "--as-of", "2026-01-01").stdout
    rows = [(r["file"].rsplit("/", 1)[1], r["rules"], r["verdict"]) for r in csv.DictReader(io.StringIO(out))]
    assert rows == [("a.txt", "rules", "fail"), ("a.txt", "cashier", "pass"),
                    ("b.txt", "rules", "pass"), ("b.txt", "cashier", "fail")]


def test_the_table_names_each_resumes_best_fitting_job(folder):
    (folder / "cashier.toml").write_text(RULES.replace('"Python", { term = "Go", match = "case" }', '"Cashier"'))
    out = run("screen", folder / "a.txt", "--rules", folder / "rules.toml", "--rules", folder / "cashier.toml",
              "--as-of", "2026-01-01").stdout
    assert f"best fit for {folder / 'a.txt'}: cashier" in out.replace("\n", " ").replace("  ", " ")


def test_rules_draft_writes_a_file_that_rules_check_accepts(tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text("Backend Engineer\nRequirements\n- 5+ years of professional experience\n"
                       "- Proficiency in at least one of: Python, Go\n")
    target = tmp_path / "draft.toml"
    assert run("rules", "draft", posting, "--output", target).exit_code == 0
    result = run("rules", "check", target)
    assert result.exit_code == 0 and "2 requirements" in result.stdout


def test_rules_check_warns_about_proxies_for_protected_characteristics(folder):
    (folder / "rules.toml").write_text(RULES.replace("min = 5", "min = 5\nmax = 10"))
    result = run("rules", "check", folder / "rules.toml")
    assert result.exit_code == 0 and "warning: requirement years:" in result.stderr


def test_results_carry_extraction_diagnostics(folder):
    (folder / "d.txt").write_text("Experience\nEngineer, Acme, 2015 ~ 2O18\nSkills\nPython\n")
    data = json.loads(run("screen", folder / "d.txt", "--rules", folder / "rules.toml", "--format", "json").stdout)
    diag = data["results"][0]["diagnostics"]
    assert diag["sections"] == ["experience", "skills"] and diag["columns"] == 1 and diag["ocr"] is False
    assert diag["unparsed_dates"] == ["Engineer, Acme, 2015 ~ 2O18"]


@pytest.mark.parametrize("engine", ["pdfplumber", "pdfium"])
def test_either_pdf_engine_reads_a_pdf(engine):
    sample = Path(__file__).resolve().parent.parent / "samples" / "alex-morgan-strong.pdf"
    data = json.loads(run("screen", sample, "--pdf-engine", engine, "--format", "json").stdout)
    assert data["results"][0]["verdict"] == "pass"


def test_an_unknown_pdf_engine_is_a_usage_error(folder):
    assert run("screen", folder / "a.txt", "--pdf-engine", "magic").exit_code == 2


def test_rules_check_takes_several_files_and_names_each_broken_one(folder, tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("title = \n")
    result = run("rules", "check", folder / "rules.toml", broken)
    assert result.exit_code == 2 and "ok: " in result.stdout and "broken.toml" in result.stderr


@pytest.fixture
def expectations(folder):
    """An expectations file written by --update, and the check command that reads it."""
    expect = folder / "expected.csv"
    args = ["check", folder / "a.txt", folder / "b.txt", "--rules", folder / "rules.toml", "--expect", expect,
            "--as-of", "2026-01-01"]
    assert run(*args, "--update").exit_code == 0
    return expect, args


def test_check_refuses_an_expectations_file_missing_a_requirements_column(expectations):
    expect, args = expectations
    expect.write_text("\n".join(line.rsplit(",", 1)[0] for line in expect.read_text().splitlines()) + "\n")
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == (f"screener: {expect}:1: no column 'years': every requirement of the rules needs one "
                             "(add it, or rewrite the file with --update)\n")


def test_check_refuses_an_unknown_column(expectations):
    expect, args = expectations
    expect.write_text(expect.read_text().replace("language", "langauge"))
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == (f"screener: {expect}:1: unknown column 'langauge' "
                             "(allowed: file, verdict, language, years)\n")


def test_check_refuses_a_value_that_is_not_an_outcome(expectations):
    expect, args = expectations
    expect.write_text(expect.read_text().replace("b.txt,pass,pass", "b.txt,pass,Pass"))
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr == (f"screener: {expect}:3: column 'language': 'Pass' is not an outcome "
                             "(allowed: pass, fail, unknown, or empty)\n")


def test_junit_unknown_option_reaches_the_report_and_rejects_other_values(folder):
    (folder / "rules.toml").write_text(RULES.replace('group = "must-have"', 'group = "must-have"\nmissing = "unknown"'))
    args = ["screen", folder / "a.txt", "--rules", folder / "rules.toml", "--format", "junit"]
    root = ET.fromstring(run(*args, "--junit-unknown", "fail").stdout)
    assert root.find("testsuite/properties/property[@name='verdict']").get("value") == "unknown"
    assert root.find("testsuite/testcase[@name='verdict']/failure") is not None
    assert run(*args, "--junit-unknown", "maybe").exit_code == 2


def test_skipped_files_are_said_before_the_progress_bar_starts(folder):
    from screener.run.batch import screen_paths
    from screener.run.options import ScreenOptions
    from screener.rules import load_rules

    events = []

    def progress(total):
        events.append(f"bar of {total}")
        return lambda: events.append("tick")
    list(screen_paths([folder], ScreenOptions((load_rules(folder / "rules.toml"),), dt.date(2026, 1, 1), jobs=1),
                      say=lambda line: events.append(line.split(":")[0].split(" ")[0]), progress=progress))
    assert events == ["skipped"] * 3 + ["bar of 2", "tick", "tick"]  # .hidden.txt, notes.xyz, rules.toml


def test_lines_said_during_a_batch_print_through_the_progress_bars_console(folder):
    from rich.console import Console

    from screener.cli.terminal import terminal_stderr
    from screener.run.batch import screen_paths
    from screener.run.options import ScreenOptions
    from screener.rules import load_rules

    (folder / "c.txt").write_text("")
    terminal = io.StringIO()
    say, progress = terminal_stderr(Console(file=terminal, force_terminal=True, width=200))
    options = ScreenOptions((load_rules(folder / "rules.toml"),), dt.date(2026, 1, 1), jobs=1)
    list(screen_paths([folder / "a.txt", folder / "b.txt", folder / "c.txt"], options, say, progress))
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\r", "\n", terminal.getvalue()).splitlines()
    assert f"error {folder / 'c.txt'}: empty file" in shown


@pytest.mark.parametrize("command", ["text", "explain"])
def test_a_reader_bug_on_one_file_is_one_line_without_its_text(folder, monkeypatch, command):
    def broken(*args, **kwargs):
        raise AssertionError("expected name token at 'a secret line of the resume'")
    monkeypatch.setattr("screener.loaders.load", broken)
    monkeypatch.setattr("screener.run.file.read_document", broken)
    options = ["--rules", folder / "rules.toml", "--no-cache"] if command == "explain" else []
    result = run(command, folder / "b.txt", *options)
    assert result.exit_code == 2 and "could not read the file (AssertionError)" in result.output
    assert "secret" not in result.output and not isinstance(result.exception, AssertionError)
