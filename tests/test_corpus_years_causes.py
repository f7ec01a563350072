"""The years-miss breakdown puts each month the screener and the key disagree on down to what each holds there."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("years_causes", ROOT / "corpus" / "years_causes.py")
yc = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(yc)


def post(start, end, kind="job"):
    return {"title": "Engineer", "org": "Org", "start": start, "end": end, "kind": kind}


def ours(start, end, counted=True, kind="job"):
    return {"start": start, "end": end, "counted": counted, "kind": kind}


def test_the_same_months_give_no_cause():
    assert not yc.causes({"positions": [post("2020-01", "2020-12")]}, [ours("2020-01-01", "2020-12-31")])


def test_months_the_key_holds_as_an_academic_post_are_over_for_that_kind():
    got = yc.causes({"positions": [post("2020-01", "2020-06", "academic")]}, [ours("2020-01-01", "2020-06-30")])
    assert got == {"over: the key's academic post": 6}


def test_months_of_a_key_with_no_dated_posts_are_over_for_that_reason():
    assert yc.causes({"positions": []}, [ours("2020-01-01", "2020-03-31")]) == {
        "over: the key has no dated posts": 3}


def test_a_post_read_as_its_first_month_only_is_under_as_shorter():
    got = yc.causes({"positions": [post("2020-01", "2020-12")]}, [ours("2020-01-01", "2020-01-31")])
    assert got == {"under: a post read shorter than the key's": 11}


def test_a_post_the_screener_holds_but_does_not_count_is_under_for_its_kind():
    got = yc.causes({"positions": [post("2020-01", "2020-02")]},
                    [ours("2020-01-01", "2020-02-29", counted=False, kind="volunteer")])
    assert got == {"under: the screener's volunteer post, not counted": 2}


def test_a_key_post_nothing_of_the_screener_touches_is_not_found():
    assert yc.causes({"positions": [post("2020-01", "2020-04")]}, []) == {"under: no post found": 4}


def test_a_year_alone_runs_july_to_june_and_present_runs_up_to_the_as_of_month():
    assert yc.key_months(post("2018", "2019")) == set(range(2018 * 12 + 6, 2019 * 12 + 6))
    assert max(yc.key_months(post("2025-11", "present"))) == 2025 * 12 + 11


def test_a_range_within_one_year_written_by_years_alone_is_july_to_december():
    assert yc.key_months(post("2018", "2018")) == set(range(2018 * 12 + 6, 2018 * 12 + 12))


def test_an_open_end_at_the_as_of_date_stops_before_its_month_on_both_sides():
    assert not yc.causes({"positions": [post("2025-11", "present")]}, [ours("2025-11-01", "2026-01-01")])


def test_months_of_a_post_read_longer_than_the_keys_are_over_as_longer():
    got = yc.causes({"positions": [post("2020-01", "2020-06")]}, [ours("2020-01-01", "2020-12-31")])
    assert got == {"over: a post read longer than the key's": 6}


def test_a_key_post_overlapping_one_that_was_found_is_still_not_found():
    got = yc.causes({"positions": [post("2010-01", "2010-12"), post("2010-06", "2015-12")]},
                    [ours("2010-01-01", "2010-12-31")])
    assert got == {"under: no post found": 60}


def test_a_key_whose_posts_carry_no_dates_has_no_dated_posts():
    assert yc.causes({"positions": [post("", "")]}, [ours("2020-01-01", "2020-03-31")]) == {
        "over: the key has no dated posts": 3}


def test_a_key_study_post_read_as_a_job_does_not_make_the_next_key_job_found():
    got = yc.causes({"positions": [post("2010-01", "2014-12", "academic"), post("2014-06", "2020-12")]},
                    [ours("2010-01-01", "2014-12-31")])
    assert got == {"over: the key's academic post": 53, "under: no post found": 72}


def test_a_role_starting_at_the_as_of_date_has_no_months_on_either_side():
    assert not yc.causes({"positions": [post("2026-01", "present")]}, [ours("2026-01-01", "2026-01-01")])
