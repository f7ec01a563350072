"""Where results are written: --output never damages what is there, and a failed write says so in one line."""
import errno
import os
import socket
import stat
import subprocess
import sys
import threading

import pytest
from typer.testing import CliRunner

from screener import reporters
from screener.cli import EXIT_CLOSED_PIPE, EXIT_USAGE, EXIT_WRITE, app
from screener.reporters import Format

runner = CliRunner()
RESUME = "Experience\nBackend engineer, Python, 2015 - 2024\n"


@pytest.fixture
def resume(tmp_path):
    path = tmp_path / "cv.txt"
    path.write_text(RESUME)
    return path


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def writes(kind, resume, target):
    """Each command that writes a file with -o / --output (or --update), writing `target`."""
    if kind == "check --update":
        return run("check", resume, "--expect", target, "--update", "--as-of", "2026-01-01")
    if kind == "rules draft":
        posting = resume.parent / "posting.txt"
        posting.write_text("Backend Engineer\nRequirements\n- 5+ years of professional experience\n")
        return run("rules", "draft", posting, "--output", target)
    return run("screen", resume, "--format", kind, "--output", target, "--as-of", "2026-01-01")


KINDS = ["csv", "html", "junit", "json", "check --update", "rules draft"]


def test_output_to_a_fifo_is_written_in_place_for_its_reader(resume, tmp_path):
    fifo = tmp_path / "results.fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text()), daemon=True)
    reader.start()
    result = run("screen", resume, "--format", "csv", "--output", fifo)
    reader.join(timeout=30)
    assert result.exit_code == 0 and got[0].startswith("file,verdict")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_output_to_a_path_that_is_no_file_fifo_or_device_is_refused_and_left_alone(resume, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # a socket's path must be short
    server = socket.socket(socket.AF_UNIX)
    server.bind("out.sock")
    try:
        result = run("screen", resume, "--format", "csv", "--output", "out.sock")
        assert result.exit_code == EXIT_USAGE
        assert result.stderr == "screener: cannot write out.sock: not a regular file, FIFO or character device\n"
        assert stat.S_ISSOCK(os.stat("out.sock").st_mode)
    finally:
        server.close()


@pytest.mark.parametrize("kind", KINDS)
def test_a_new_output_file_follows_the_umask(kind, resume, tmp_path, umask_022):
    target = tmp_path / "out"
    assert writes(kind, resume, target).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


@pytest.mark.parametrize("kind", KINDS)
def test_an_overwritten_output_file_keeps_its_mode(kind, resume, tmp_path, umask_022):
    target = tmp_path / "out"
    target.write_text("old")
    target.chmod(0o664)
    assert writes(kind, resume, target).exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o664 and target.read_text() != "old"


def full_disk(report, out):
    out.write("file,verdict\n")
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_under_output_is_one_line_and_the_write_failure_code(resume, tmp_path, monkeypatch):
    monkeypatch.setitem(reporters.REPORTERS, Format.csv, full_disk)
    target = tmp_path / "out.csv"
    target.write_text("previous results")
    result = run("screen", resume, "--format", "csv", "--output", target)
    assert result.exit_code == EXIT_WRITE
    assert result.stderr == f"screener: cannot write {target}: No space left on device\n"
    assert target.read_text() == "previous results" and sorted(os.listdir(tmp_path)) == ["cv.txt", "out.csv"]


def test_a_full_disk_on_stdout_is_one_line_and_the_write_failure_code(resume, monkeypatch):
    monkeypatch.setitem(reporters.REPORTERS, Format.csv, full_disk)
    result = run("screen", resume, "--format", "csv")
    assert result.exit_code == EXIT_WRITE
    assert result.stderr == "screener: cannot write output: No space left on device\n"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_pipe_closed_by_its_reader_ends_quietly(fmt, tmp_path):
    for n in range(5):
        (tmp_path / f"cv{n}.txt").write_text(RESUME)
    screener = subprocess.Popen([sys.executable, "-m", "screener", "screen", str(tmp_path), "--format", fmt,
                                 "--jobs", "1", "--no-cache"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    screener.stdout.close()  # the reader is gone before the first line, as `| head -0` would be
    _, err = screener.communicate(timeout=60)
    assert (screener.returncode, err) == (EXIT_CLOSED_PIPE, b"")


def test_output_through_a_symlink_replaces_the_file_it_points_at_and_keeps_the_link(resume, tmp_path):
    (tmp_path / "real.csv").write_text("old")
    (tmp_path / "link.csv").symlink_to("real.csv")
    assert run("screen", resume, "--format", "csv", "--output", tmp_path / "link.csv").exit_code == 0
    assert (tmp_path / "link.csv").is_symlink() and (tmp_path / "real.csv").read_text().startswith("file,verdict")
