"""Formats that must count a whole batch before they write their head (the table's widths, JUnit's totals, the
HTML page's verdict counts) still hold no result: each resume's part is drawn or spooled as it comes, so memory
stays flat however many resumes there are."""
import datetime as dt
import errno
import io
import os
import re
import weakref
import xml.etree.ElementTree as ET

import pytest
from rich.console import Console

from screener.errors import OutputError
from screener.models import Group, Job, Report, RequirementInfo, RequirementResult, ResumeResult, Status, Verdict
from screener.reporters import html, junit, spool, table
from screener.reporters.rows import rows
from screener.run.output import spool_folder

INFO = tuple(RequirementInfo(i, Group.MUST_HAVE, f"{i} text") for i in ("go", "sql"))
JOB = Job("backend", "Backend", "rules.toml", "abc", INFO)
N = 40


def result(n: int) -> ResumeResult:
    status = (Status.PASS, Status.FAIL, Status.UNKNOWN)[n % 3]
    verdict = {Status.PASS: Verdict.PASS, Status.FAIL: Verdict.FAIL, Status.UNKNOWN: Verdict.UNKNOWN}[status]
    reqs = tuple(RequirementResult(i, Group.MUST_HAVE, status, "detail") for i in ("go", "sql"))
    return ResumeResult(f"cv-{n:03d}.txt", verdict, 0.5, float(n), reqs)


class Watched:
    """The results of a batch, made one at a time; asked for the next, it notes how many it made are still alive
    (a writer that held them, or rows made of them, would keep them all)."""

    def __init__(self, count: int = N) -> None:
        self.count, self.made, self.most_alive = count, [], 0

    def __iter__(self):
        for n in range(self.count):
            self.most_alive = max(self.most_alive, sum(ref() is not None for ref in self.made))
            r = result(n)
            self.made.append(weakref.ref(r))
            yield r


class SpoolWatcher:
    """Every spool the format opens, and on each result asked for, the resumes already written to a spool."""

    def __init__(self, monkeypatch, module) -> None:
        self.spools: list[io.StringIO] = []
        self.written_before: list[int] = []

        def fake_spool(folder=None):
            self.spools.append(io.StringIO())
            return self.spools[-1]
        monkeypatch.setattr(module, "spool", fake_spool)

    def seen(self) -> int:
        """The fewest resumes any spool has been written so far."""
        return min((len(set(re.findall(r"cv-\d{3}", s.getvalue()))) for s in self.spools), default=0)


def spooled_as_they_come(monkeypatch, module, write, count: int = N) -> SpoolWatcher:
    watcher = SpoolWatcher(monkeypatch, module)

    def watched():
        for n in range(count):
            watcher.written_before.append(watcher.seen())
            yield result(n)
    write(Report((JOB,), dt.date(2026, 1, 1), watched()), io.StringIO())
    return watcher


@pytest.mark.parametrize("module", [junit, html])
def test_junit_and_html_write_each_resume_to_a_spool_before_reading_the_next(monkeypatch, module):
    watcher = spooled_as_they_come(monkeypatch, module, module.write)
    # html spools two parts per resume (its row and its section): each has every resume before the next is read
    assert watcher.written_before == list(range(N))


@pytest.mark.parametrize("write", [junit.write, html.write, table.write])
def test_a_format_that_counts_the_batch_first_keeps_no_result_alive(write):
    batch = Watched()
    write(Report((JOB,), dt.date(2026, 1, 1), batch), io.StringIO())
    assert batch.most_alive <= 1  # the one just written, still named by the writer's loop


def test_the_table_is_written_a_row_at_a_time(monkeypatch):
    writes = []

    class Recorder(io.StringIO):
        def write(self, text):
            writes.append(text)
            return super().write(text)
    monkeypatch.setattr(table, "Console", lambda **kw: Console(**kw, width=120))
    table.write(Report((JOB,), dt.date(2026, 1, 1), Watched()), Recorder())
    holding_rows = [w for w in writes if "cv-" in w]
    assert len(holding_rows) == N and all(w.count("cv-") == 1 for w in holding_rows)


def whole_junit(report: Report) -> str:
    """The document as ElementTree writes it whole: every suite under the root, indented once, then serialised."""
    root = ET.Element("testsuites", name=junit._clean(f"screener: {report.title}"))
    suites = [junit._suite(row, report.several, "skip") for row in rows(report)]
    root.extend(suites)
    for key in ("tests", "failures", "errors", "skipped"):
        root.set(key, str(sum(int(s.get(key)) for s in suites)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


@pytest.mark.parametrize("count", [0, 1, 2, 7])
def test_junit_streamed_is_the_document_elementtree_writes_whole(count):
    report = Report((JOB,), dt.date(2026, 1, 1), tuple(result(n) for n in range(count)))
    out = io.StringIO()
    junit.write(report, out)
    assert out.getvalue() == whole_junit(report)


@pytest.mark.parametrize("write", [junit.write, html.write])
def test_a_spool_lives_in_the_folder_given_and_is_gone_after_the_write(tmp_path, write):
    seen = []
    real = spool.spool

    opened = []

    def recording(folder=None):
        seen.append(folder)
        opened.append(real(folder))
        seen.append(os.listdir(tmp_path))  # unnamed: it never shows in its folder
        return opened[-1]
    module = junit if write is junit.write else html
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(module, "spool", recording)
        write(Report((JOB,), dt.date(2026, 1, 1), Watched(3)), io.StringIO(), spool_folder=tmp_path)
    assert seen[0] == tmp_path and seen[1] == [] and os.listdir(tmp_path) == []
    assert all(f.closed for f in opened)  # closed, so gone even where the system names its temporary files


def test_a_spool_gives_back_the_text_written_to_it_exactly():
    text = "line\r\nmixed\rends\n\ud800 lone surrogate, ünïcödé, \x00"
    out = io.StringIO()
    with spool.spool() as s:
        s.write(text)
        spool.copy(s, out)
    assert out.getvalue() == text


def test_a_batch_that_fails_midway_leaves_no_spool_behind(tmp_path):
    def failing():
        yield result(0)
        raise KeyboardInterrupt
    opened = []

    def recording(folder=None):
        opened.append(spool.spool(folder))
        return opened[-1]
    with pytest.MonkeyPatch.context() as mp, pytest.raises(KeyboardInterrupt):
        mp.setattr(html, "spool", recording)
        html.write(Report((JOB,), dt.date(2026, 1, 1), failing()), io.StringIO(), spool_folder=tmp_path)
    assert opened and all(f.closed for f in opened) and os.listdir(tmp_path) == []


def test_the_spool_of_an_output_file_is_beside_it_and_of_anything_else_in_the_temporary_folder(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "out.xml").write_text("old")
    (tmp_path / "link.xml").symlink_to(tmp_path / "real" / "out.xml")
    os.mkfifo(tmp_path / "fifo")
    assert spool_folder(tmp_path / "new.xml") == tmp_path
    assert spool_folder(tmp_path / "link.xml") == tmp_path / "real"  # where its temporary file is written
    assert spool_folder(tmp_path / "fifo") is None and spool_folder(None) is None


class _FullDisk(io.StringIO):
    """A temporary file on a disk with no space left: what is written fails when it reaches the disk."""

    def __init__(self, *args, **kwargs):
        super().__init__()

    def write(self, text):
        raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("write", [junit.write, html.write])
def test_a_spool_on_a_full_disk_is_an_output_error_naming_its_folder(monkeypatch, tmp_path, write):
    monkeypatch.setattr(spool.tempfile, "TemporaryFile", _FullDisk)
    with pytest.raises(OutputError, match=f"in {re.escape(str(tmp_path))} .*No space left on device$"):
        write(Report((JOB,), dt.date(2026, 1, 1), Watched(2)), io.StringIO(), spool_folder=tmp_path)


def test_a_spool_for_stdout_names_the_systems_temporary_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(spool.tempfile, "TemporaryFile", _FullDisk)
    monkeypatch.setattr(spool.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    with pytest.raises(OutputError, match=re.escape(str(tmp_path / "tmp")) + ".*TMPDIR names another folder"):
        junit.write(Report((JOB,), dt.date(2026, 1, 1), Watched(2)), io.StringIO())
