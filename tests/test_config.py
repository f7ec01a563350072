"""Settings are found as linters find theirs, and a flag beats an environment variable beats the file beats the
built-in default."""
import json

import pytest
from typer.testing import CliRunner

from screener import cli, config

RESUME = "Experience\nEngineer, Python, 2015 - 2024\n"


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "cvs").mkdir()
    (tmp_path / "cvs" / "a.txt").write_text(RESUME)
    monkeypatch.chdir(tmp_path / "cvs")
    return tmp_path


def screen(project, *args, env=None):
    defaults = config.default_map(*config.find(project / "cvs"))
    return CliRunner().invoke(cli.app, ["screen", "a.txt", "--no-cache", *args], default_map=defaults, env=env)


def test_screener_toml_in_a_folder_above_gives_the_defaults(project):
    (project / "screener.toml").write_text('format = "jsonl"\nas-of = 2026-01-01\n')
    assert json.loads(screen(project).stdout)["file"] == "a.txt"


def test_pyproject_is_read_only_for_its_tool_screener_table(project):
    (project / "pyproject.toml").write_text('[project]\nname = "x"\n')
    found = config.find(project / "cvs")
    assert found is None or found[0] != project / "pyproject.toml"
    (project / "pyproject.toml").write_text('[tool.screener]\nformat = "csv"\n')
    assert config.find(project / "cvs")[1] == {"format": "csv"}


def test_the_nearest_settings_file_wins(project):
    (project / "screener.toml").write_text('format = "csv"\n')
    (project / "cvs" / "screener.toml").write_text('format = "jsonl"\n')
    assert config.find(project / "cvs")[0] == project / "cvs" / "screener.toml"


def test_paths_in_the_file_are_relative_to_its_folder(project):
    (project / "screener.toml").write_text('rules = "rules/job.toml"\noutput = "out/results.csv"\n')
    defaults = config.default_map(*config.find(project / "cvs"))
    assert defaults["screen"]["rules"] == [str(project / "rules" / "job.toml")]
    assert defaults["screen"]["output"] == str(project / "out" / "results.csv")
    assert defaults["check"]["rules"] == defaults["explain"]["rules"] == str(project / "rules" / "job.toml")


def test_an_environment_variable_beats_the_file(project):
    (project / "screener.toml").write_text('format = "csv"\n')
    assert screen(project, env={"SCREENER_FORMAT": "jsonl"}).stdout.startswith("{")


def test_a_flag_beats_the_environment_and_the_file(project):
    (project / "screener.toml").write_text('format = "csv"\n')
    result = screen(project, "--format", "json", env={"SCREENER_FORMAT": "jsonl"})
    assert json.loads(result.stdout)["results"][0]["file"] == "a.txt"


@pytest.mark.parametrize("settings, message", [
    ('colour = "red"', "unknown key 'colour'"),
    ('format = "pdf"', "format must be one of"),
    ('as-of = "yesterday"', "as-of must be a date"),
    ("jobs = 0", "jobs must be a whole number"),
    ("rules = []", "rules must be a path"),
    ("format = ", "not readable TOML"),
])
def test_a_bad_setting_is_one_located_line_and_exit_2(project, capsys, settings, message):
    (project / "screener.toml").write_text(settings + "\n")
    with pytest.raises(SystemExit) as stop:
        cli.main(["screen", "a.txt"])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and message in err and "screener.toml" in err and err.count("\n") == 1
