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


@pytest.mark.parametrize("name", ["with spaces.txt", "ünïcødé-履歴書.txt", "new\nline.txt", "=cmd()|x.txt"])
def test_odd_file_names_are_screened(tmp_path, name):
    (tmp_path / name).write_text(RESUME)
    results, _ = screen_json(tmp_path)
    assert [os.path.basename(r["file"]) for r in results] == [name] and results[0]["verdict"] != "error"


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
