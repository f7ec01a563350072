"""The shortlist: best first by score or by verdict, ties broken by path, cut to the top N."""
import gc

from screener.models import Evidence, Group, RequirementResult, ResumeResult, Status, Verdict
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


def test_equal_keys_keep_the_order_they_came_in():
    twins = [ResumeResult("a", Verdict.PASS, 0.5, None, (), job=job) for job in ("zeta", "alpha", "mid")]
    assert [r.job for r in shortlist(twins, Sort.score)] == ["zeta", "alpha", "mid"]


def test_top_gives_the_same_first_n_as_the_whole_sort():
    many = [result(f"f{n:02}", Verdict.PASS if n % 3 else Verdict.FAIL, (n * 7 % 10) / 10) for n in range(30)]
    whole = [r.file for r in shortlist(many, Sort.verdict)]
    assert [r.file for r in shortlist(many, Sort.verdict, top=5)] == whole[:5]


def test_a_sorted_result_comes_back_equal_to_the_one_given():
    full = ResumeResult("x.pdf", Verdict.UNKNOWN, 0.25, 3.5, (RequirementResult(
        "python", Group.MUST_HAVE, Status.PASS, "found", (Evidence("wrote Python daily", "python", "Skills", 1, 4),)),),
        warnings=("a warning",), sha256="ab" * 32)
    assert list(shortlist([full], Sort.score)) == [full]


def _live_evidence(marker: str) -> int:
    gc.collect()
    return sum(isinstance(o, Evidence) and o.quote == marker for o in gc.get_objects())


def test_a_sorted_run_holds_results_packed_not_their_evidence():
    marker = "an invented quote that marks this test's evidence"

    def screened():
        for n in range(50):
            evidence = (Evidence(marker, "term"),)
            yield ResumeResult(f"r{n}", Verdict.PASS, n / 50, None,
                               (RequirementResult("req", Group.MUST_HAVE, Status.PASS, "ok", evidence),))

    waiting = shortlist(screened(), Sort.score)
    assert _live_evidence(marker) == 0  # every result is held, none as live objects
    first = next(iter(waiting))
    assert first.file == "r49" and _live_evidence(marker) == 1  # unpacked one at a time, as written
