"""Runs sharing one cache folder (CI jobs beside a terminal): each prunes it, removing a sub-folder once it is empty,
so another run may find a folder gone between two of its own steps. That costs at most a write, never a traceback
or a false "cannot write the cache". Each test plays one such interleaving with the other run's step put in."""
import os

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


def test_pruning_skips_a_folder_another_run_removes_as_it_is_listed(tmp_path, monkeypatch):
    cache = Cache(tmp_path / "cache")
    cache_module._store(tmp_path / "cache" / "ab" / ("0" * 64 + "-k.json"), b"entry")
    (tmp_path / "cache" / "cd").mkdir()

    def listing_while_another_run_prunes(real):
        def listing(path="."):
            if os.path.basename(path) == "cd" and os.path.isdir(path):
                os.rmdir(path)
            return real(path)
        return listing
    for name in ("scandir", "listdir"):
        monkeypatch.setattr(os, name, listing_while_another_run_prunes(getattr(os, name)))
    assert cache.clear() == 1
