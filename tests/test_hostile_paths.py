"""Hostile folders and file names: every file gets its row, nothing hangs, nothing is misread as a formula."""
import csv
import io
import json
import os

import pytest
from typer.testing import CliRunner

from screener.cli import app

runner = CliRunner()
RESUME = "Experience\nBackend engineer, Python, 2015 - 2024\n"


def screen_json(*args):
    result = runner.invoke(app, ["screen", *map(str, args), "--format", "json", "--as-of", "2026-01-01"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["results"], result.stderr


@pytest.mark.parametrize("name", ["with spaces.txt", "ünïcødé-履歴書.txt", "new\nline.txt", "=cmd()|x.txt",
                                  "esc\x1b[31mRED.txt"])
def test_odd_file_names_are_screened_and_kept_exactly_in_json(tmp_path, name):
    (tmp_path / name).write_text(RESUME)
    results, _ = screen_json(tmp_path)
    assert [os.path.basename(r["file"]) for r in results] == [name] and results[0]["verdict"] != "error"


def test_jsonl_keeps_a_newline_in_a_file_name_exactly(tmp_path):
    (tmp_path / "new\nline.txt").write_text(RESUME)
    out = runner.invoke(app, ["screen", str(tmp_path), "--format", "jsonl"]).stdout
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(tmp_path / "new\nline.txt")]


@pytest.mark.parametrize("fmt", ["csv", "table", "junit", "html"])
def test_control_characters_in_a_file_name_are_shown_as_pictures_for_people(tmp_path, fmt):
    (tmp_path / "new\nline\x1b[2J.txt").write_text(RESUME)
    result = runner.invoke(app, ["screen", str(tmp_path), "--format", fmt, "--as-of", "2026-01-01"])
    assert "new\u240aline\u241b[2J.txt" in result.stdout.replace("\n", "")
    assert "new\nline" not in result.stdout and "\x1b" not in result.stdout


def test_a_file_name_that_is_not_utf8_is_screened_and_shown_escaped(tmp_path):
    name = os.fsdecode(b"bad\xff\xfename.txt")
    (tmp_path / name).write_text(RESUME)
    out = tmp_path / "out.csv"
    result = runner.invoke(app, ["screen", str(tmp_path), "--format", "csv", "--output", str(out)])
    assert result.exit_code == 0 and "bad\\xff\\xfename.txt" in out.read_text("utf-8")


def test_output_never_overwrites_a_resume_found_inside_a_folder(tmp_path):
    resume = tmp_path / "k.txt"
    resume.write_text(RESUME)
    result = runner.invoke(app, ["screen", str(tmp_path), "--output", str(resume), "--format", "csv"])
    assert result.exit_code == 2 and resume.read_text() == RESUME


def test_output_to_a_missing_folder_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "a.txt").write_text(RESUME)
    result = runner.invoke(app, ["screen", str(tmp_path / "a.txt"), "--output", str(tmp_path / "no" / "out.csv")])
    assert result.exit_code == 2 and "cannot write" in result.stderr


def test_terminal_escapes_in_resume_text_never_reach_the_output(tmp_path):
    (tmp_path / "esc.txt").write_text("Experience\nBackend engineer, Python \x1b]0;pwned\x07\x1b[2J, 2015 - 2024\n")
    result = runner.invoke(app, ["explain", str(tmp_path / "esc.txt")])
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_a_formula_like_file_name_is_neutralised_in_csv(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "=HYPERLINK(1).txt").write_text(RESUME)
    out = runner.invoke(app, ["screen", "=HYPERLINK(1).txt", "--format", "csv"]).stdout
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["file"] == "'=HYPERLINK(1).txt"


def test_a_symlink_loop_does_not_trap_the_walk(tmp_path):
    (tmp_path / "a.txt").write_text(RESUME)
    os.symlink(tmp_path, tmp_path / "loop")
    results, _ = screen_json(tmp_path)
    assert [os.path.basename(r["file"]) for r in results] == ["a.txt"]


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read any file")
def test_an_unreadable_file_is_an_error_row(tmp_path):
    (tmp_path / "a.txt").write_text(RESUME)
    locked = tmp_path / "b.txt"
    locked.write_text(RESUME)
    locked.chmod(0)
    results, err = screen_json(tmp_path)
    assert [r["verdict"] for r in results][1] == "error" and "Permission denied" in results[1]["error"]


def test_a_folder_with_no_resumes_says_so_and_exits_0_with_an_empty_report(tmp_path):
    (tmp_path / "notes.xyz").write_text("x")
    results, err = screen_json(tmp_path)
    assert results == [] and "no resumes found" in err


@pytest.mark.parametrize("data,reason", [(b"", "empty file"), (b"\x00\x01\x02binary\xff" * 100, "binary data")],
                         ids=["zero-byte", "binary"])
def test_bad_text_files_are_error_rows_and_the_batch_goes_on(tmp_path, data, reason):
    (tmp_path / "bad.txt").write_bytes(data)
    (tmp_path / "good.txt").write_text(RESUME)
    results, err = screen_json(tmp_path)
    assert [os.path.basename(r["file"]) for r in results] == ["bad.txt", "good.txt"]
    assert results[0]["verdict"] == "error" and results[1]["verdict"] != "error"
    assert reason in results[0]["error"] and f"bad.txt: {reason}" in err


def test_invalid_utf8_still_reads(tmp_path):
    (tmp_path / "r.txt").write_bytes(b"Python engineer \xff\xfe\x81 caf\xe9\n")
    results, _ = screen_json(tmp_path)
    assert results[0]["verdict"] != "error"


def test_stderr_shows_control_characters_in_file_names_as_pictures(tmp_path):
    (tmp_path / "empty\n.txt").write_text("")
    (tmp_path / ".hidden\x1b[2J.txt").write_text(RESUME)
    result = runner.invoke(app, ["screen", str(tmp_path), "--format", "json"])
    assert f"skipped {tmp_path}/.hidden\u241b[2J.txt: hidden file" in result.stderr
    assert f"error {tmp_path}/empty\u240a.txt: empty file" in result.stderr
    assert "\x1b" not in result.stderr and json.loads(result.stdout)["results"][0]["file"].endswith("empty\n.txt")
