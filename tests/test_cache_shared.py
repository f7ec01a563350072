"""Runs sharing one cache folder (CI jobs beside a terminal): each prunes it, removing a sub-folder once it is empty,
so another run may find a folder gone between two of its own steps. That costs at most a write, never a traceback
or a false "cannot write the cache". Each test plays one such interleaving with the other run's step put in."""
import os
import pathlib

from screener.run import cache as cache_module
from screener.run.cache import Cache


def test_a_folder_removed_before_the_temporary_file_is_made_in_it_is_made_again(tmp_path, monkeypatch):
    real_open, removed = os.open, []

    def open_after_another_run_prunes(path, flags, mode=0o777, **kw):
        if str(path).endswith(".tmp") and not removed:
            removed.append(os.path.dirname(path))
            os.rmdir(os.path.dirname(path))  # empty: made by this run a moment ago
        return real_open(path, flags, mode, **kw)
    monkeypatch.setattr(os, "open", open_after_another_run_prunes)
    cache = Cache(tmp_path / "cache")
    assert cache.prepare() is None and cache.writable and removed
    cache_module._store(tmp_path / "cache" / "ab" / "entry.json", b"data")
    assert (tmp_path / "cache" / "ab" / "entry.json").read_bytes() == b"data"


def test_a_folder_removed_as_it_is_found_to_exist_is_made_again(tmp_path, monkeypatch):
    cache = Cache(tmp_path / "cache")
    (tmp_path / "cache" / "00").mkdir(parents=True)  # made by another run
    real_mkdir, removed = os.mkdir, []

    def mkdir_while_another_run_prunes(path, mode=0o777, **kw):
        try:
            real_mkdir(path, mode, **kw)
        finally:
            if os.path.basename(path) == "00" and not removed:
                removed.append(path)
                os.rmdir(path)
    monkeypatch.setattr(os, "mkdir", mkdir_while_another_run_prunes)
    assert cache.prepare() is None and cache.writable and removed


def test_pruning_skips_a_folder_another_run_removed_once_it_was_listed(tmp_path, monkeypatch):
    cache = Cache(tmp_path / "cache")
    cache_module._store(tmp_path / "cache" / "ab" / ("0" * 64 + "-k.json"), b"entry")
    (tmp_path / "cache" / "cd").mkdir()
    real_glob = pathlib.Path.glob

    def listed_then_pruned_by_another_run(self, pattern):
        found = list(real_glob(self, pattern))
        if self == cache.folder:
            os.rmdir(self / "cd")
        return iter(found)
    monkeypatch.setattr(pathlib.Path, "glob", listed_then_pruned_by_another_run)
    assert cache.clear() == 1


def test_a_file_named_as_a_cache_folder_is_left_alone_by_pruning(tmp_path):
    cache = Cache(tmp_path / "cache")
    cache.folder.mkdir()
    (cache.folder / "ef").write_text("not a folder of entries")
    assert cache.prepare() is None and cache.clear() == 0
    assert (cache.folder / "ef").read_text() == "not a folder of entries"
