"""The extracted-text cache: reused by content, private to the user, and never trusted when corrupt."""
import stat

import pytest

from screener import loaders
from screener.cache import Cache
from screener.engine import content_hash, load_document


@pytest.fixture
def cache(tmp_path):
    return Cache(tmp_path / "cache")


@pytest.fixture
def resume(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("Python engineer")
    return path


def load(path, cache):
    return load_document(path, content_hash(path), cache)


def test_a_second_load_of_the_same_content_comes_from_the_cache(resume, cache, monkeypatch):
    first = load(resume, cache)
    monkeypatch.setitem(loaders.LOADERS, ".txt", lambda p: (_ for _ in ()).throw(AssertionError("re-extracted")))
    assert load(resume, cache).lines == first.lines


def test_changed_content_is_extracted_again(resume, cache):
    load(resume, cache)
    resume.write_text("Go engineer")
    assert load(resume, cache).text == "Go engineer"


def test_cache_files_are_private_to_the_user(resume, cache):
    load(resume, cache)
    (entry,) = cache.folder.glob("*/*.json")
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.folder.stat().st_mode) == 0o700


def test_a_corrupt_entry_is_ignored_and_rewritten(resume, cache):
    load(resume, cache)
    (entry,) = cache.folder.glob("*/*.json")
    entry.write_text('{"lines": [["injected", "not-a-page"]]}')
    assert load(resume, cache).text == "Python engineer"
    assert "injected" not in entry.read_text()


def test_clear_removes_every_entry(resume, cache):
    load(resume, cache)
    assert cache.clear() == 1 and not list(cache.folder.glob("*/*.json"))


def test_clear_touches_nothing_but_cache_entries(resume, tmp_path):
    folder = tmp_path / "home"
    folder.mkdir()
    (folder / "thesis.txt").write_text("precious")
    (folder / "ab").mkdir()
    (folder / "ab" / "notes.json").write_text("{}")
    cache = Cache(folder)
    load(resume, cache)
    assert cache.clear() == 1
    assert (folder / "thesis.txt").read_text() == "precious" and (folder / "ab" / "notes.json").exists()


def test_entries_from_other_extraction_code_are_never_read(resume, cache, tmp_path):
    load(resume, cache)
    other = Cache(cache.folder, key="3-someothercode")
    assert other.get(content_hash(resume), str(resume)) is None


def test_the_fingerprint_changes_when_extraction_code_changes(tmp_path):
    from screener.cache import fingerprint
    (tmp_path / "loaders").mkdir()
    source = tmp_path / "loaders" / "pdf.py"
    source.write_text("A = 1\n")
    before = fingerprint(tmp_path)
    source.write_text("A = 2\n")
    assert fingerprint(tmp_path) != before


def test_the_files_properties_survive_the_cache(resume, cache):
    from dataclasses import replace

    doc = replace(loaders.load(resume), metadata=("Jane Roe",))
    cache.put(content_hash(resume), doc)
    assert cache.get(content_hash(resume), str(resume)).metadata == ("Jane Roe",)
