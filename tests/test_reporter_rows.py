"""The display row every format renders: each cell formatted once, from a result built in the test."""
import datetime as dt

from screener.models import Group, Job, Report, RequirementInfo, RequirementResult, ResumeResult, Status, Verdict
from screener.reporters.rows import best_fits, rows, years_cell

INFO = (RequirementInfo("go", Group.MUST_HAVE, "Go"),)


def report(*results, jobs=(Job("backend", "Backend", "backend.toml", "b" * 64, INFO),)):
    return Report(jobs, dt.date(2026, 1, 1), results, "9.9")


def result(file="cv.pdf", years=3.0, job="backend", score=0.5):
    go = RequirementResult("go", Group.MUST_HAVE, Status.PASS, "found")
    return ResumeResult(file, Verdict.PASS, score, years, (go,), job=job)


def test_unknown_years_are_a_blank_cell_and_known_years_drop_trailing_zeros():
    assert (years_cell(None), years_cell(3.0), years_cell(2.5)) == ("", "3", "2.5")


def test_a_control_character_in_a_file_name_is_shown_as_its_picture():
    (row,) = rows(report(result(file="a\nb.pdf")))
    assert row.file == "a␊b.pdf" and row.result.file == "a\nb.pdf"


def test_each_requirement_result_is_found_by_its_id():
    (row,) = rows(report(result()))
    assert row.statuses["go"].status is Status.PASS


def test_the_trace_names_the_date_the_rule_file_of_the_rows_job_and_the_version():
    jobs = (Job("backend", "B", "backend.toml", "b" * 64, INFO), Job("data", "D", "data.toml", "d" * 64, INFO))
    (row,) = rows(report(result(job="data"), jobs=jobs))
    assert dict(row.trace) == {"as_of": "2026-01-01", "rules_sha256": "d" * 64, "screener_version": "9.9"}


def test_the_best_fit_of_a_resume_is_its_highest_scoring_job():
    fits = best_fits([result(job="backend", score=0.4), result(job="data", score=0.8)])
    assert fits == [("cv.pdf", "data", 0.8)]
