"""Ctrl-C or `kill` part-way through a run: one line on stderr, the shell's exit code, an --output file as it was.

A signal is turned into an exception where the run is, so the atomic output's temporary copy is removed and no
traceback is printed. Each test runs the real CLI in a child process whose reporter signals its own process after
writing its first bytes, so the signal always lands mid-run.
"""
from __future__ import annotations

import signal
import subprocess
import sys
import textwrap

import pytest

CHILD = textwrap.dedent("""
    import os, signal, sys
    from screener.reporters import REPORTERS, Format

    def interrupted(report, out, **options):
        out.write("file,verdict\\n")
        os.kill(os.getpid(), signal.{signal})
        raise AssertionError("the signal did not stop the run")

    REPORTERS[Format.csv] = interrupted
    from screener.cli import main
    main(sys.argv[1:])
""")


def _run(tmp_path, signal_name: str, *args: str) -> subprocess.CompletedProcess:
    resume = tmp_path / "resumes" / "a.txt"
    resume.parent.mkdir()
    resume.write_text("Senior engineer. Python, Go and PostgreSQL.\n")
    return subprocess.run([sys.executable, "-c", CHILD.format(signal=signal_name), "screen", str(resume.parent),
                           "--format", "csv", "--as-of", "2026-01-01", "--no-cache", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("name", ["SIGINT", "SIGTERM"])
def test_a_signal_mid_run_ends_with_the_shells_exit_code_and_one_line(tmp_path, name):
    done = _run(tmp_path, name)
    assert done.returncode == 128 + signal.Signals[name]
    assert done.stderr.strip() == (f"screener: stopped by {name}; results on stdout are incomplete, an --output "
                                   "file is left as it was")


@pytest.mark.parametrize("name", ["SIGINT", "SIGTERM"])
def test_a_signal_mid_run_leaves_the_output_file_as_it_was_and_no_temporary_file(tmp_path, name):
    out = tmp_path / "out" / "shortlist.csv"
    out.parent.mkdir()
    out.write_text("yesterday's shortlist\n")
    done = _run(tmp_path, name, "--output", str(out))
    assert done.returncode == 128 + signal.Signals[name]
    assert out.read_text() == "yesterday's shortlist\n"
    assert [p.name for p in out.parent.iterdir()] == ["shortlist.csv"]


LOADING = textwrap.dedent("""
    import builtins, os, signal, sys
    real_import = builtins.__import__

    def importing(name, *args, **kwargs):
        if name == "typer":  # the command line is still loading
            os.kill(os.getpid(), signal.{signal})
        return real_import(name, *args, **kwargs)

    builtins.__import__ = importing
    sys.argv = ["screener", "--version"]
    from screener.command import main
    main()
""")


@pytest.mark.parametrize("name", ["SIGINT", "SIGTERM"])
def test_a_signal_while_the_command_loads_ends_with_one_line_too(name):
    done = subprocess.run([sys.executable, "-c", LOADING.format(signal=name)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 128 + signal.Signals[name]
    assert done.stderr == f"screener: stopped by {name}\n"
