"""The display row every format renders: each cell formatted once, from a result built in the test."""
import datetime as dt

from screener.models import Group, Job, Report, RequirementInfo, RequirementResult, ResumeResult, Status, Verdict
from screener.reporters.rows import Tally, rows, years_cell

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


def tally(*results):
    kept = Tally()
    for r in results:
        kept.add(r)
    return kept


def test_the_best_fit_of_a_resume_is_its_highest_scoring_job():
    fits = tally(result(job="backend", score=0.4), result(job="data", score=0.8)).best_fits()
    assert fits == [("cv.pdf", "data", 0.8)]


def test_best_fits_keep_the_order_resumes_first_appear_in_and_the_first_job_of_a_tie():
    fits = tally(result("b.pdf", job="backend", score=0.5), result("a.pdf", job="backend", score=0.2),
                 result("b.pdf", job="data", score=0.5), result("a.pdf", job="data", score=0.9)).best_fits()
    assert fits == [("b.pdf", "backend", 0.5), ("a.pdf", "data", 0.9)]


def test_a_file_that_could_not_be_read_has_no_best_fit_but_is_counted():
    broken = ResumeResult("bad.pdf", Verdict.ERROR, 0.0, None, (), "corrupt", job="backend")
    kept = tally(broken, result())
    assert kept.best_fits() == [("cv.pdf", "backend", 0.5)]
    assert (kept.count, kept.verdicts[Verdict.ERROR], kept.verdicts[Verdict.PASS]) == (2, 1, 1)
