"""The extracted-text cache: reused by content, private to the user, and never trusted when corrupt."""
import errno
import hashlib
import json
import os
import stat
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener.run import cache as cache_module
from screener import loaders
from screener.run.cache import MAX_AGE_DAYS, Cache
from screener.cli import app
from screener.run.file import content_hash, load_document


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
    monkeypatch.setitem(loaders.LOADERS, ".txt", lambda p, engine: (_ for _ in ()).throw(AssertionError("re-extracted")))
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
    from screener.run.cache import fingerprint
    (tmp_path / "loaders").mkdir()
    source = tmp_path / "loaders" / "pdf.py"
    source.write_text("A = 1\n")
    before = fingerprint(tmp_path)
    source.write_text("A = 2\n")
    assert fingerprint(tmp_path) != before


def test_the_fingerprint_covers_every_module_the_loaders_import():
    from fnmatch import fnmatch
    from test_layers import GRAPH, PACKAGE
    reached, todo = set(), [m for m in GRAPH if m.startswith("screener.loaders")]
    while todo:
        if (module := todo.pop()) not in reached and module in GRAPH:
            reached.add(module)
            todo += GRAPH[module]
    paths = [Path(*m.split(".")[1:]) for m in reached if m != "screener"]
    files = [str(p / "__init__.py" if (PACKAGE / p).is_dir() else p.with_suffix(".py")) for p in paths]
    assert [f for f in files if not any(fnmatch(f, g) for g in cache_module._EXTRACTION_SOURCES)] == []


def test_an_edited_entry_fails_its_checksum_and_is_extracted_again(resume, cache):
    load(resume, cache)
    (entry,) = cache.folder.glob("*/*.json")
    digest, _, payload = entry.read_bytes().partition(b"\n")
    entry.write_bytes(digest + b"\n" + payload.replace(b"Python engineer", b"Kubernetes expert"))
    assert load(resume, cache).text == "Python engineer"
    assert b"Kubernetes" not in entry.read_bytes()


def test_an_entry_with_a_negative_page_count_is_rejected_even_with_a_valid_checksum(resume, cache):
    load(resume, cache)
    (entry,) = cache.folder.glob("*/*.json")
    data = json.loads(entry.read_bytes().partition(b"\n")[2])
    payload = json.dumps({**data, "pages": -3}).encode()
    entry.write_bytes(hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload)
    assert load(resume, cache).pages == 1


def test_entries_unused_for_thirty_days_are_pruned_and_used_ones_kept(tmp_path, cache):
    old, used = tmp_path / "old.txt", tmp_path / "used.txt"
    old.write_text("Go engineer")
    used.write_text("Python engineer")
    load(old, cache), load(used, cache)
    month_ago = time.time() - (MAX_AGE_DAYS + 1) * 86400
    for entry in cache.folder.glob("*/*.json"):
        os.utime(entry, (month_ago, month_ago))
    load(used, cache)  # read today
    assert cache.prepare() is None
    (kept,) = cache.folder.glob("*/*.json")
    assert kept.name.startswith(content_hash(used))


def screen_three(folder):
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(f"Python engineer {name}")
    return CliRunner().invoke(app, ["screen", str(folder), "--format", "csv"])


def test_a_cache_folder_that_cannot_be_written_is_said_once_per_run(tmp_path, monkeypatch):
    (tmp_path / "in-the-way").write_text("a file where the cache folder should be")
    monkeypatch.setenv("SCREENER_CACHE_DIR", str(tmp_path / "in-the-way" / "cache"))
    result = screen_three(tmp_path / "resumes")
    assert result.exit_code == 0 and result.stdout.count("\n") == 4
    assert result.stderr.count("warning: cannot write the cache") == 1 and "Not a directory" in result.stderr


def test_a_full_disk_under_the_cache_is_said_once_per_run(tmp_path, monkeypatch):
    def full(path, data):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    monkeypatch.setattr(cache_module, "_store", full)
    result = screen_three(tmp_path / "resumes")
    assert result.exit_code == 0 and result.stdout.count("\n") == 4
    assert result.stderr.count("warning: cannot write the cache") == 1
    assert "No space left on device" in result.stderr


def test_a_probe_removed_by_a_run_started_at_the_same_moment_is_no_write_failure(cache, monkeypatch):
    store = cache_module._store

    def store_then_lose_it(path, data):  # another run removes the shared probe first
        store(path, data)
        path.unlink()
    monkeypatch.setattr(cache_module, "_store", store_then_lose_it)
    assert cache.prepare() is None and cache.writable


def test_the_files_properties_survive_the_cache(resume, cache):
    from dataclasses import replace

    doc = replace(loaders.load(resume), metadata=("Jane Roe",))
    cache.put(content_hash(resume), doc)
    assert cache.get(content_hash(resume), str(resume)).metadata == ("Jane Roe",)


# Dependencies that present or locate results but never change one: the CLI, the terminal, the spreadsheet
# writer, the cache folder's location, the TOML writer of `rules draft`.
PRESENTATION_ONLY = {"typer", "rich", "xlsxwriter", "platformdirs", "tomli-w"}


def test_every_runtime_dependency_is_fingerprinted_unless_it_only_presents_results():
    import re
    from importlib import metadata

    from screener.run.cache import _RESULT_LIBRARIES

    runtime = {re.match(r"[A-Za-z0-9_.-]+", r)[0].lower() for r in metadata.requires("resume-screener")
               if "extra ==" not in r}
    assert runtime - PRESENTATION_ONLY == {name.lower() for name in _RESULT_LIBRARIES}


def test_a_stemmer_upgrade_makes_new_result_entries(monkeypatch, tmp_path):
    from importlib import metadata

    from screener.run.cache import _RESULT_LIBRARIES, _RESULT_SOURCES, fingerprint

    before = fingerprint(sources=_RESULT_SOURCES, libraries=_RESULT_LIBRARIES)
    upgraded = tmp_path / "PyStemmer-99.0.dist-info"  # an upgrade as an installer leaves it, ahead on the path
    upgraded.mkdir()
    (upgraded / "METADATA").write_text("Metadata-Version: 2.1\nName: PyStemmer\nVersion: 99.0\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert metadata.version("PyStemmer") == "99.0"
    assert fingerprint(sources=_RESULT_SOURCES, libraries=_RESULT_LIBRARIES) != before


def test_storing_an_entry_leaves_no_temporary_file_behind(resume, cache):
    load(resume, cache)
    assert [p.suffix for p in cache.folder.glob("*/*")] == [".json"]


def test_a_temporary_file_left_by_an_earlier_process_with_the_same_id_is_neither_reused_nor_lost(tmp_path,
                                                                                                 monkeypatch):
    import itertools
    monkeypatch.setattr(cache_module, "_TEMPORARY", itertools.count())
    folder = tmp_path / "ab"
    folder.mkdir()
    left = folder / f"tmp{os.getpid()}_0.tmp"
    left.write_bytes(b"an earlier process's half-written entry")
    cache_module._store(folder / "entry.json", b"new")
    assert (folder / "entry.json").read_bytes() == b"new"
    assert left.read_bytes() == b"an earlier process's half-written entry"
    assert stat.S_IMODE((folder / "entry.json").stat().st_mode) == 0o600


def test_a_temporary_name_that_is_a_link_is_never_written_through(tmp_path, monkeypatch):
    import itertools
    monkeypatch.setattr(cache_module, "_TEMPORARY", itertools.count())
    folder, target = tmp_path / "ab", tmp_path / "elsewhere.txt"
    folder.mkdir()
    target.write_text("precious")
    (folder / f"tmp{os.getpid()}_0.tmp").symlink_to(target)
    cache_module._store(folder / "entry.json", b"new")
    assert target.read_text() == "precious" and (folder / "entry.json").read_bytes() == b"new"


def test_an_extraction_is_reused_only_by_the_reader_that_made_it(tmp_path, cache):
    """The same bytes under .tex, .txt and .md are read by three readers, each with an entry of its own."""
    source = "% hidden\n**shown**\n"
    paths = {name: tmp_path / name for name in ("r.tex", "r.txt", "r.md")}
    for path in paths.values():
        path.write_text(source)
    read = {name: [line.text for line in load(path, cache).lines] for name, path in paths.items()}
    assert "hidden" not in " ".join(read["r.tex"]) and "hidden" in " ".join(read["r.txt"])
    assert "**shown**" in read["r.txt"] and "shown" in read["r.md"]
    assert len(list(cache.folder.rglob("*.json"))) == 3
