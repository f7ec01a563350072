"""Screening one file: an error row instead of an exception; cached results reused only for the same content,
rules, date, options and code, and never trusted when damaged."""
import datetime as dt
import hashlib
import json
import tomllib

from screener.models import Verdict
from screener.rules import parse_rules
from screener.run import file as run_file
from screener.run.cache import Cache
from screener.run.file import results_variant, screen_file
from screener.run.options import ScreenOptions

AS_OF = dt.date(2026, 1, 1)
RULES = """
title = "Backend engineer"
[[requirement]]
id = "language"
group = "must-have"
text = "Python"
check = "keywords"
any = ["{term}"]
"""


def rules(term="Python"):
    return parse_rules(tomllib.loads(RULES.format(term=term)), "rules.toml")


def screen_path(path, rules, as_of, cache=None, blind=False):
    """The one result of `path` under one rule set, or the results under a list of rule sets."""
    several = isinstance(rules, list)
    results = screen_file(path, ScreenOptions(tuple(rules) if several else (rules,), as_of, cache, blind))
    return results if several else results[0]


def test_a_check_that_raises_becomes_an_error_row_not_a_traceback(tmp_path, monkeypatch):
    path = tmp_path / "r.txt"
    path.write_text("Python")
    monkeypatch.setattr(run_file, "screen_document", lambda *a: 1 / 0)
    result = screen_path(path, rules(), AS_OF)
    assert result.verdict is Verdict.ERROR and result.error == "could not screen the file (ZeroDivisionError)"
    assert result.sha256


def test_the_same_file_and_rules_are_screened_once(tmp_path, monkeypatch):
    resume, cache = tmp_path / "r.txt", Cache(tmp_path / "cache")
    resume.write_text("Python engineer")
    first = screen_path(resume, rules(), AS_OF, cache)
    monkeypatch.setattr(run_file, "screen_document", lambda *a: (_ for _ in ()).throw(AssertionError("re-screened")))
    assert screen_path(resume, rules(), AS_OF, cache) == first


def test_a_rule_change_screens_again(tmp_path):
    resume, cache = tmp_path / "r.txt", Cache(tmp_path / "cache")
    resume.write_text("Python engineer")
    assert screen_path(resume, rules("Python"), AS_OF, cache).requirements[0].status.value == "pass"
    assert screen_path(resume, rules("Rust"), AS_OF, cache).requirements[0].status.value == "fail"


def test_another_as_of_date_screens_again(tmp_path):
    resume, cache = tmp_path / "r.txt", Cache(tmp_path / "cache")
    resume.write_text("Python engineer, Jan 2020 - Present")
    a = screen_path(resume, rules(), AS_OF, cache)
    b = screen_path(resume, rules(), dt.date(2024, 1, 1), cache)
    assert a.experience_years != b.experience_years


def test_a_copy_under_another_name_shows_its_own_name(tmp_path):
    cache = Cache(tmp_path / "cache")
    (tmp_path / "a.txt").write_text("Python engineer")
    (tmp_path / "b.txt").write_text("Python engineer")
    screen_path(tmp_path / "a.txt", rules(), AS_OF, cache)
    assert screen_path(tmp_path / "b.txt", rules(), AS_OF, cache).file.endswith("b.txt")


def test_a_damaged_result_entry_is_screened_again(tmp_path):
    resume, cache = tmp_path / "r.txt", Cache(tmp_path / "cache")
    resume.write_text("Python engineer")
    first = screen_path(resume, rules(), AS_OF, cache)
    for entry in (tmp_path / "cache").rglob("*-results-*.json"):
        entry.write_text('[{"file": "x", "verdict": "pass"}]')
    assert screen_path(resume, rules(), AS_OF, cache) == first


def test_blind_results_are_kept_apart_and_stay_blind(tmp_path):
    resume, cache = tmp_path / "Jane Doe.txt", Cache(tmp_path / "cache")
    resume.write_text("Jane Doe\nPython engineer")
    screen_path(resume, rules(), AS_OF, cache)
    blind = screen_path(resume, rules(), AS_OF, cache, blind=True)
    assert "Jane" not in blind.file
    assert "Jane" not in screen_path(resume, rules(), AS_OF, cache, blind=True).file


def test_an_identical_rule_file_under_another_name_reports_its_own_name(tmp_path):
    resume, cache = tmp_path / "r.txt", Cache(tmp_path / "cache")
    resume.write_text("Python engineer")
    first = parse_rules(tomllib.loads(RULES.format(term="Python")), "backend.toml")
    copy = parse_rules(tomllib.loads(RULES.format(term="Python")), "backend-copy.toml")
    assert screen_path(resume, [first], AS_OF, cache)[0].job == "backend"
    assert screen_path(resume, [copy], AS_OF, cache)[0].job == "backend-copy"


def test_installing_tesseract_screens_a_scan_again(tmp_path, monkeypatch):
    from screener.loaders import ocr as ocr_reader
    monkeypatch.setattr(ocr_reader, "available", lambda: False)
    before = results_variant(ScreenOptions((rules(),), AS_OF, ocr=True))
    monkeypatch.setattr(ocr_reader, "available", lambda: True)
    assert results_variant(ScreenOptions((rules(),), AS_OF, ocr=True)) != before


def test_an_edited_result_fails_its_checksum_and_is_screened_again(tmp_path):
    resume, cache = tmp_path / "r.txt", Cache(tmp_path / "cache")
    resume.write_text("Python engineer")
    first = screen_path(resume, rules(), AS_OF, cache)
    (entry,) = (tmp_path / "cache").rglob("*-results-*.json")
    digest, _, payload = entry.read_bytes().partition(b"\n")
    entry.write_bytes(digest + b"\n" + payload.replace(b'"pass"', b'"fail"'))
    assert screen_path(resume, rules(), AS_OF, cache) == first


def test_a_result_with_a_score_no_screening_gives_is_rejected_even_with_a_valid_checksum(tmp_path):
    resume, cache = tmp_path / "r.txt", Cache(tmp_path / "cache")
    resume.write_text("Python engineer")
    first = screen_path(resume, rules(), AS_OF, cache)
    (entry,) = (tmp_path / "cache").rglob("*-results-*.json")
    (data,) = json.loads(entry.read_bytes().partition(b"\n")[2])
    payload = json.dumps([{**data, "score": -7.0}]).encode()
    entry.write_bytes(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
    assert screen_path(resume, rules(), AS_OF, cache) == first


def _rewrite_entry(cache_folder, change):
    (entry,) = cache_folder.rglob("*-results-*.json")
    payload = json.dumps(change(json.loads(entry.read_bytes().partition(b"\n")[2]))).encode()
    entry.write_bytes(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)


def test_a_result_missing_the_name_it_is_shown_with_is_screened_again_even_with_a_valid_checksum(tmp_path,
                                                                                                 monkeypatch):
    resume, cache = tmp_path / "r.txt", Cache(tmp_path / "cache")
    resume.write_text("Python engineer")
    first = screen_path(resume, rules(), AS_OF, cache)
    _rewrite_entry(tmp_path / "cache", lambda results: [{k: v for k, v in r.items() if k != "file"} for r in results])
    screened = []
    monkeypatch.setattr(run_file, "screen_document", lambda *a: screened.append(a) or first)
    assert screen_path(resume, rules(), AS_OF, cache) == first and len(screened) == 1


def test_an_entry_with_another_number_of_results_than_rule_sets_is_screened_again(tmp_path, monkeypatch):
    resume, cache = tmp_path / "r.txt", Cache(tmp_path / "cache")
    resume.write_text("Python engineer")
    first = screen_path(resume, rules(), AS_OF, cache)
    _rewrite_entry(tmp_path / "cache", lambda results: results * 2)
    screened = []
    monkeypatch.setattr(run_file, "screen_document", lambda *a: screened.append(a) or first)
    assert screen_path(resume, rules(), AS_OF, cache) == first and len(screened) == 1


def test_the_same_bytes_read_by_another_reader_are_screened_by_that_reader(tmp_path):
    """Content alone does not say how a file is read: a text that sniffs as no format is read by the reader its
    extension names (a LaTeX comment is no text), so a copy under another extension has its own cached answer."""
    source = "% Python\nExperience: Rust engineer\n"
    latex, text = tmp_path / "r.tex", tmp_path / "r.txt"
    latex.write_text(source)
    text.write_text(source)
    fresh = [screen_path(p, rules(), AS_OF).requirements[0].status.value for p in (latex, text)]
    cache = Cache(tmp_path / "cache")
    cached = [screen_path(p, rules(), AS_OF, cache).requirements[0].status.value for p in (latex, text)]
    assert fresh == ["fail", "pass"] and cached == fresh
