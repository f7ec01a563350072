"""The shortlist: best first by score or by verdict, ties broken by path, cut to the top N."""
from screener.models import ResumeResult, Verdict
from screener.run.shortlist import Sort, shortlist


def result(file, verdict, score):
    return ResumeResult(file, verdict, score, None, ())


RESULTS = [result("c", Verdict.FAIL, 0.9), result("b", Verdict.UNKNOWN, 0.5), result("a", Verdict.PASS, 0.5),
           result("d", Verdict.ERROR, 0.0)]


def test_file_order_keeps_the_order_results_came_in():
    assert [r.file for r in shortlist(RESULTS, Sort.file)] == ["c", "b", "a", "d"]


def test_score_order_puts_the_highest_score_first_and_breaks_ties_by_verdict():
    assert [r.file for r in shortlist(RESULTS, Sort.score)] == ["c", "a", "b", "d"]


def test_verdict_order_is_pass_unknown_fail_error():
    assert [r.file for r in shortlist(RESULTS, Sort.verdict)] == ["a", "b", "c", "d"]


def test_top_keeps_only_the_first_n_after_sorting():
    assert [r.file for r in shortlist(RESULTS, Sort.verdict, top=2)] == ["a", "b"]
