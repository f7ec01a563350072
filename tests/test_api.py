"""The library API is pure and picklable, and runs on a Dask bag when dask is installed."""
import datetime as dt
import pickle

import pytest

from screener.api import load_rules, screen_file, screen_text

AS_OF = dt.date(2026, 1, 1)


def test_screen_text_gives_the_same_result_shape_as_files():
    result = screen_text("Experience\nBackend engineer, Go and Postgres, 2014 - Present", load_rules(), AS_OF)
    assert result.experience_years == 11.5 and {q.id for q in result.requirements} >= {"language"}


def test_rules_and_results_pickle():
    rules = load_rules()
    result = screen_text("Python engineer", rules, AS_OF)
    assert pickle.loads(pickle.dumps(result)) == result
    assert pickle.loads(pickle.dumps(rules)).ids == rules.ids


def test_an_unreadable_file_is_an_error_result(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert screen_file(path, load_rules(), AS_OF).verdict.value == "error"


def test_the_readme_dask_example_runs_on_the_local_scheduler(tmp_path):
    db = pytest.importorskip("dask.bag")
    for i in range(4):
        (tmp_path / f"r{i}.txt").write_text("Python engineer" if i % 2 else "Cashier")
    rules = load_rules()
    paths = sorted(str(p) for p in tmp_path.glob("*.txt"))
    results = db.from_sequence(paths, npartitions=2).map(screen_file, rules=rules, as_of=AS_OF).compute(
        scheduler="processes", num_workers=2)
    assert [r.file for r in results] == paths
