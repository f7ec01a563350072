"""The terminal table drawn a row at a time is, byte for byte, the table rich draws when given every row at once:
at any width, in colour or not, with rows that fold, errors, several jobs, or no rows at all."""
import datetime as dt
import io

import pytest
from rich.console import Console
from rich.table import Table
from rich.text import Text

from screener.models import Group, Job, Report, RequirementInfo, RequirementResult, ResumeResult, Status, Verdict
from screener.reporters import table, table_layout
from screener.reporters.rows import rows
from screener.reporters.table_layout import Layout

IDS = ("team-leadership", "python", "sql", "cloud-platforms", "degree", "mentoring")
GROUPS = (Group.MUST_HAVE, Group.MUST_HAVE, Group.QUALIFICATION, Group.QUALIFICATION, Group.NICE_TO_HAVE,
          Group.NICE_TO_HAVE)
INFO = tuple(RequirementInfo(i, g, f"the {i} requirement") for i, g in zip(IDS, GROUPS))
BACKEND = Job("backend", "Backend Lead", "backend.toml", "b" * 64, INFO)
DATA = Job("data", "Data [senior]", "data.toml", "d" * 64, INFO[1:4])


def result(file: str, n: int, job: str = "", error: str | None = None, ids=IDS) -> ResumeResult:
    if error:
        return ResumeResult(file, Verdict.ERROR, 0.0, None, (), error, job=job)
    statuses = [(Status.PASS, Status.FAIL, Status.UNKNOWN)[(n + k) % 3] for k in range(len(ids))]
    reqs = tuple(RequirementResult(i, dict(zip(IDS, GROUPS))[i], s, "why") for i, s in zip(ids, statuses))
    verdict = Verdict.FAIL if Status.FAIL in statuses[:2] else Verdict.PASS
    return ResumeResult(file, verdict, round(0.137 * n % 1, 3), None if n % 4 == 0 else n * 1.5, reqs, job=job)


BATCH = (result("ada-okafor.pdf", 1), result("a/very/long/folder/name/that/must/fold/in/a/narrow/table/cv.pdf", 2),
         result("broken.pdf", 3, error="the file is encrypted and no password was given"),
         result("ben [draft].docx", 4), result("zoë-lindqvist.txt", 5), result("x.md", 6))


def whole(report: Report, console: Console) -> None:
    """The table as rich draws it with every row given at once: the cells and columns of table.py in one Table."""
    ids = report.requirement_ids
    short = table.abbreviations(ids)
    wide = console.width >= 60 + 4 * len(ids)
    whole_table = Table(title=Text(report.title), title_justify="left", show_lines=False, pad_edge=False)
    for header, options in table._headers(report, short, wide):
        whole_table.add_column(header, **options)
    for row in rows(report):
        whole_table.add_row(*table._cells(table._line(row, ids, wide), report.several, wide, len(ids)))
    console.print(whole_table)


def drawn(report: Report, width: int, colour: bool, draw) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, force_terminal=colour, color_system="truecolor" if colour else None,
                      highlight=False, soft_wrap=False)
    draw(report, console)
    return out.getvalue()


def by_pieces(report: Report, console: Console) -> None:
    """The table as table.write draws it, without the legend and counts printed below it."""
    ids = report.requirement_ids
    short = table.abbreviations(ids)
    wide = console.width >= 60 + 4 * len(ids)
    layout = Layout(Text(report.title), table._headers(report, short, wide))
    lines = [table._line(row, ids, wide) for row in rows(report)]
    for line in lines:
        layout.measure(console, table._cells(line, report.several, wide, len(ids)))
    layout.draw(console, (table._cells(line, report.several, wide, len(ids)) for line in lines))


@pytest.mark.parametrize("width", [24, 50, 80, 100, 160, 300])
@pytest.mark.parametrize("colour", [False, True])
def test_a_table_drawn_row_by_row_is_the_table_drawn_whole(width, colour):
    report = Report((BACKEND,), dt.date(2026, 1, 1), BATCH)
    assert drawn(report, width, colour, by_pieces) == drawn(report, width, colour, whole)


@pytest.mark.parametrize("width", [40, 80, 200])
def test_a_table_of_several_jobs_drawn_row_by_row_is_the_table_drawn_whole(width):
    several = [result(r.file, n, job, r.error, IDS if job == "backend" else IDS[1:4])
               for n, r in enumerate(BATCH) for job in ("backend", "data")]
    report = Report((BACKEND, DATA), dt.date(2026, 1, 1), several)
    assert drawn(report, width, True, by_pieces) == drawn(report, width, True, whole)


@pytest.mark.parametrize("width", [30, 80, 200])
def test_a_table_without_rows_is_its_header_between_its_edges_as_drawn_whole(width):
    report = Report((BACKEND,), dt.date(2026, 1, 1), ())
    assert drawn(report, width, False, by_pieces) == drawn(report, width, False, whole)


def test_a_title_wider_than_the_table_wraps_as_it_does_drawn_whole():
    report = Report((Job("j", "A posting title far longer than the few narrow columns of its table " * 2,
                         "j.toml", "j" * 64, INFO[:1]),), dt.date(2026, 1, 1), BATCH[:2])
    assert drawn(report, 60, False, by_pieces) == drawn(report, 60, False, whole)


def test_a_rich_that_no_longer_lays_columns_out_through_the_hook_still_gets_the_table_drawn_whole(monkeypatch):
    monkeypatch.setattr(table_layout._Table, "_calculate_column_widths", Table._calculate_column_widths)
    report = Report((BACKEND,), dt.date(2026, 1, 1), BATCH)
    assert drawn(report, 100, False, by_pieces) == drawn(report, 100, False, whole)
