"""A batch answers result-cache hits itself and sends only the misses to the worker pool, keeping path order,
duplicate flags and error rows as if every file had gone through the pool."""
import datetime as dt
import tomllib

import pytest

from screener.rules import parse_rules
from screener.run import batch
from screener.run.batch import screen_paths
from screener.run.cache import Cache
from screener.run.options import ScreenOptions

RULES = parse_rules(tomllib.loads('title = "T"\n[[requirement]]\nid = "language"\ngroup = "must-have"\n'
                                  'text = "Python"\ncheck = "keywords"\nany = ["Python"]\n'), "rules.toml")


@pytest.fixture
def pooled(monkeypatch):
    """The files each batch handed to the worker pool (screened here, in order)."""
    sent: list[list[str]] = []
    real = batch.map_in_order

    def recording(files, work, on_error, jobs=1, timeout=None):
        sent.append([f.name for f in files])
        return real(files, work, on_error, 1)
    monkeypatch.setattr(batch, "map_in_order", recording)
    return sent


def options(tmp_path, **more):
    return ScreenOptions((RULES,), dt.date(2026, 1, 1), Cache(tmp_path / "cache"), jobs=2, **more)


def files(tmp_path, **texts):
    folder = tmp_path / "resumes"
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text)
    return folder


def screen(folder, opts):
    return [(r.file.rsplit("/", 1)[-1], r.verdict.value, r.warnings) for r in screen_paths([folder], opts)]


def test_a_batch_whose_every_file_is_cached_starts_no_pool(tmp_path, pooled):
    folder = files(tmp_path, a="Python", b="Rust")
    first = screen(folder, options(tmp_path))
    pooled.clear()
    assert screen(folder, options(tmp_path)) == first
    assert pooled == []


def test_only_the_files_not_cached_go_to_the_pool_and_results_keep_path_order(tmp_path, pooled):
    folder = files(tmp_path, b="Python", d="Rust")
    screen(folder, options(tmp_path))
    files(tmp_path, a="Go", c="Python developer", e="Java")
    pooled.clear()
    assert [name for name, *_ in screen(folder, options(tmp_path))] == ["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]
    assert pooled == [["a.txt", "c.txt", "e.txt"]]


def test_a_cached_copy_of_another_file_is_still_flagged_as_a_duplicate(tmp_path, pooled):
    folder = files(tmp_path, a="Python", b="Python")
    screen(folder, options(tmp_path))
    rows = screen(folder, options(tmp_path))
    assert rows[0][2] == () and rows[1][2] == ("duplicate of " + str(folder / "a.txt") + " (same content)",)


def test_an_entry_damaged_after_it_was_found_is_screened_again(tmp_path, pooled, monkeypatch):
    folder = files(tmp_path, a="Python")
    expected = screen(folder, options(tmp_path))
    monkeypatch.setattr(batch, "cached_results", lambda *a: None)  # found up front, unreadable at its turn
    pooled.clear()
    assert screen(folder, options(tmp_path)) == expected
    assert pooled == [["a.txt"]]


def test_under_blind_a_cached_result_still_shows_no_file_name(tmp_path, pooled):
    folder = files(tmp_path, jane_doe="Python")
    screen(folder, options(tmp_path, blind=True))
    pooled.clear()
    (name, *_), = screen(folder, options(tmp_path, blind=True))
    assert name.startswith("candidate-") and pooled == []


def test_without_a_cache_every_file_goes_to_the_pool(tmp_path, pooled):
    folder = files(tmp_path, a="Python", b="Rust")
    opts = ScreenOptions((RULES,), dt.date(2026, 1, 1), None, jobs=2)
    screen(folder, opts)
    screen(folder, opts)
    assert pooled == [["a.txt", "b.txt"], ["a.txt", "b.txt"]]


def test_the_readers_a_batch_misses_need_are_imported_before_its_workers_fork_and_only_those(tmp_path):
    import subprocess
    import sys

    probe = ("import sys; from pathlib import Path; from screener.loaders import import_readers; "
             "import_readers([Path('a.PDF'), Path('b.txt'), Path('c.md')]); "
             "print(sorted(m for m in ('screener.loaders.pdf', 'screener.loaders.docx', 'screener.loaders.latex') "
             "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['screener.loaders.pdf']"
