"""The stat memo answers a file's sha256 from its stat only while the file is provably unchanged since it was
hashed (same device and inode, size, mtime and ctime, and hashed at least 2 s after its last change); anything
else, and anything in a memo that is not a memo's, means reading the file again."""
import datetime as dt
import hashlib
import json
import os
import time
import tomllib

import pytest

from screener.rules import parse_rules
from screener.run import stat_memo
from screener.run.batch import screen_paths
from screener.run.cache import Cache
from screener.run.options import ScreenOptions

LATER = 10 * 10**9  # ten seconds: a clock this far ahead sees every file written by the test as settled


@pytest.fixture
def reads(monkeypatch):
    """How many times a file was read to be hashed."""
    count = [0]
    real = stat_memo._hashed

    def counting(path):
        count[0] += 1
        return real(path)
    monkeypatch.setattr(stat_memo, "_hashed", counting)
    return count


@pytest.fixture
def settled(monkeypatch):
    """Hash files as if ten seconds after they were written."""
    monkeypatch.setattr(stat_memo, "now_ns", lambda: time.time_ns() + LATER)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def key_of(path) -> str:
    st = os.stat(path)
    return f"{st.st_dev}:{st.st_ino}"


def memo_file(cache: Cache, resume) -> str:
    """The memo's shard that keeps the entry of `resume`."""
    return cache.stat_memo().path(stat_memo.shard_of(key_of(resume)))


def write_memo(cache: Cache, resume, payload: bytes, checksum: bytes | None = None) -> None:
    """Write the memo's shard that `resume` is looked up in."""
    path = memo_file(cache, resume)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write((checksum if checksum is not None else sha(payload).encode()) + b"\n" + payload)


def entry_for(path, digest: str, hashed_at: int | None = None, key: str | None = None) -> dict:
    st = os.stat(path)
    return {key or f"{st.st_dev}:{st.st_ino}": [st.st_size, st.st_mtime_ns, st.st_ctime_ns, digest,
                                                 hashed_at if hashed_at is not None else time.time_ns() + LATER]}


def run(cache: Cache, *paths, trust: bool = True) -> list[str]:
    """One run's hashes of the paths, its memo saved as a batch saves it."""
    memo = cache.stat_memo(trust)
    digests = [memo.digest(p) for p in paths]
    cache.save_stat_memo(memo)
    return digests


def test_a_settled_unchanged_file_is_hashed_once_across_runs(tmp_path, reads, settled):
    cache, resume = Cache(tmp_path / "cache"), tmp_path / "a.txt"
    resume.write_bytes(b"Python")
    assert run(cache, resume) == run(cache, resume) == [sha(b"Python")]
    assert reads[0] == 1


def test_a_file_changed_to_the_same_size_with_its_mtime_moved_is_hashed_afresh(tmp_path, settled):
    cache, resume = Cache(tmp_path / "cache"), tmp_path / "a.txt"
    resume.write_bytes(b"Python")
    run(cache, resume)
    before = os.stat(resume)
    resume.write_bytes(b"Golang")
    os.utime(resume, ns=(before.st_atime_ns, before.st_mtime_ns + 5 * 10**9))
    assert run(cache, resume) == [sha(b"Golang")]


def test_a_remembered_file_rewritten_to_the_same_size_with_its_old_mtime_set_back_is_hashed_afresh(
        tmp_path, settled):
    cache, resume = Cache(tmp_path / "cache"), tmp_path / "a.txt"
    resume.write_bytes(b"Python")
    run(cache, resume)
    before = os.stat(resume)
    resume.write_bytes(b"Golang")
    os.utime(resume, ns=(before.st_atime_ns, before.st_mtime_ns))  # only ctime, which no program sets, moved
    assert run(cache, resume) == [sha(b"Golang")]


def test_a_file_hashed_within_the_racy_window_is_not_remembered(tmp_path, reads):
    cache, resume = Cache(tmp_path / "cache"), tmp_path / "a.txt"
    resume.write_bytes(b"Python")  # hashed at once: a write in the same timestamp step would leave the stat as is
    run(cache, resume)
    run(cache, resume)
    assert reads[0] == 2
    assert not os.path.exists(memo_file(cache, resume))


def test_a_rewrite_within_the_racy_window_that_keeps_size_and_mtime_is_seen(tmp_path):
    cache, resume = Cache(tmp_path / "cache"), tmp_path / "a.txt"
    resume.write_bytes(b"Python")
    run(cache, resume)
    before = os.stat(resume)
    resume.write_bytes(b"Golang")
    os.utime(resume, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert run(cache, resume) == [sha(b"Golang")]


def test_an_entry_recorded_within_the_racy_window_is_not_trusted(tmp_path):
    cache, resume = Cache(tmp_path / "cache"), tmp_path / "a.txt"
    resume.write_bytes(b"Python")
    mtime = os.stat(resume).st_mtime_ns
    write_memo(cache, resume, json.dumps(entry_for(resume, "0" * 64, hashed_at=mtime + 10**9)).encode())
    assert run(cache, resume) == [sha(b"Python")]


def test_an_entry_of_another_inode_with_the_same_stat_is_never_used(tmp_path, settled):
    cache, resume = Cache(tmp_path / "cache"), tmp_path / "a.txt"
    resume.write_bytes(b"Python")
    st = os.stat(resume)
    write_memo(cache, resume, json.dumps(entry_for(resume, "0" * 64, key=f"{st.st_dev}:{st.st_ino + 1}")).encode())
    assert run(cache, resume) == [sha(b"Python")]


def test_a_settled_entry_is_what_the_memo_answers_and_rehash_ignores_it(tmp_path):
    cache, resume = Cache(tmp_path / "cache"), tmp_path / "a.txt"
    resume.write_bytes(b"Python")
    write_memo(cache, resume, json.dumps(entry_for(resume, "0" * 64)).encode())
    assert run(cache, resume) == ["0" * 64]  # trusted: whoever writes the cache could rewrite any entry
    assert run(cache, resume, trust=False) == [sha(b"Python")]


@pytest.mark.parametrize("damage", [
    lambda cache, resume: write_memo(cache, resume, b"not a memo at all"),
    lambda cache, resume: write_memo(cache, resume, json.dumps(entry_for(resume, "0" * 64)).encode(), b"0" * 64),
    lambda cache, resume: write_memo(cache, resume, json.dumps(entry_for(resume, "0" * 64)).encode()[:-7],
                                     sha(json.dumps(entry_for(resume, "0" * 64)).encode()).encode()),
    lambda cache, resume: write_memo(cache, resume, b"[1, 2, 3]"),
    lambda cache, resume: write_memo(cache, resume, b"[" * 100_000 + b"]" * 100_000),
    lambda cache, resume: write_memo(cache, resume, json.dumps(
        {k: [*v[:3], "../../etc/passwd", v[4]] for k, v in entry_for(resume, "").items()}).encode()),
    lambda cache, resume: write_memo(cache, resume, json.dumps(
        {k: [True, *v[1:4], v[4]] for k, v in entry_for(resume, "0" * 64).items()}).encode()),
    lambda cache, resume: write_memo(cache, resume, json.dumps(
        {k: [*v[:4], -1] for k, v in entry_for(resume, "0" * 64).items()}).encode()),
    lambda cache, resume: write_memo(cache, resume, json.dumps(
        {k: v[:3] for k, v in entry_for(resume, "0" * 64).items()}).encode()),
    lambda cache, resume: write_memo(cache, resume, json.dumps({k: {"sha256": "0" * 64} for k in entry_for(
        resume, "").keys()}).encode()),
    lambda cache, resume: (os.makedirs(memo_file(cache, resume))),
    lambda cache, resume: (os.makedirs(os.path.dirname(memo_file(cache, resume))), os.mkfifo(memo_file(cache, resume))),
], ids=["garbage", "bad-checksum", "truncated", "not-a-mapping", "deeply-nested", "not-a-hash", "bool-size",
        "negative-time", "short-entry", "entry-not-a-list", "a-folder", "a-fifo"])
def test_a_damaged_or_hostile_memo_is_ignored(tmp_path, damage, settled):
    cache, resume = Cache(tmp_path / "cache"), tmp_path / "a.txt"
    resume.write_bytes(b"Python")
    damage(cache, resume)
    assert run(cache, resume) == [sha(b"Python")]


def test_a_memo_that_is_a_link_is_not_followed(tmp_path, settled):
    cache, resume, elsewhere = Cache(tmp_path / "cache"), tmp_path / "a.txt", tmp_path / "elsewhere"
    resume.write_bytes(b"Python")
    payload = json.dumps(entry_for(resume, "0" * 64)).encode()
    elsewhere.write_bytes(sha(payload).encode() + b"\n" + payload)
    os.makedirs(os.path.dirname(memo_file(cache, resume)))
    os.symlink(elsewhere, memo_file(cache, resume))
    assert run(cache, resume) == [sha(b"Python")]


def test_a_memo_that_cannot_be_saved_costs_only_speed(tmp_path, settled, monkeypatch):
    cache, resume = Cache(tmp_path / "cache"), tmp_path / "a.txt"
    resume.write_bytes(b"Python")

    def full_disk(path, data):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr("screener.run.cache._store", full_disk)
    assert run(cache, resume) == [sha(b"Python")]


def test_an_unreadable_file_is_a_load_error_as_without_the_memo(tmp_path):
    from screener.errors import LoadError

    with pytest.raises(LoadError):
        run(Cache(tmp_path / "cache"), tmp_path / "missing.txt")


def test_clearing_the_cache_removes_the_memo(tmp_path, settled):
    cache, resume = Cache(tmp_path / "cache"), tmp_path / "a.txt"
    resume.write_bytes(b"Python")
    run(cache, resume)
    assert os.path.exists(memo_file(cache, resume))
    cache.clear()
    assert not os.path.exists(memo_file(cache, resume))


RULES = parse_rules(tomllib.loads('title = "T"\n[[requirement]]\nid = "language"\ngroup = "must-have"\n'
                                  'text = "Python"\ncheck = "keywords"\nany = ["Python"]\n'), "rules.toml")


def verdicts(folder, cache, **more):
    options = ScreenOptions((RULES,), dt.date(2026, 1, 1), cache, jobs=1, **more)
    return [r.verdict.value for r in screen_paths([folder], options)]


def test_a_changed_resume_is_screened_again_not_answered_from_its_old_hash(tmp_path, settled):
    folder, cache = tmp_path / "resumes", Cache(tmp_path / "cache")
    folder.mkdir()
    resume = folder / "a.txt"
    resume.write_text("Python")
    assert verdicts(folder, cache) == verdicts(folder, cache) == ["pass"]
    before = os.stat(resume)
    resume.write_text("Golang")
    os.utime(resume, ns=(before.st_atime_ns, before.st_mtime_ns + 5 * 10**9))
    assert verdicts(folder, cache) == ["fail"]


def test_rehash_screens_by_the_files_bytes_whatever_the_memo_says(tmp_path):
    folder, cache = tmp_path / "resumes", Cache(tmp_path / "cache")
    folder.mkdir()
    (folder / "a.txt").write_text("Python")
    (folder / "b.txt").write_text("Golang")
    assert verdicts(folder, cache) == ["pass", "fail"]
    write_memo(cache, folder / "b.txt", json.dumps(entry_for(folder / "b.txt", sha(b"Python"))).encode())
    assert verdicts(folder, cache) == ["pass", "pass"]  # the memo, as written, says b has a's bytes
    assert verdicts(folder, cache, rehash=True) == ["pass", "fail"]


def test_where_ctime_is_not_the_change_time_the_memo_answers_nothing(tmp_path, settled, reads, monkeypatch):
    monkeypatch.setattr(stat_memo, "TRUSTED_HERE", False)  # Windows: ctime is when the file was created
    cache, resume = Cache(tmp_path / "cache"), tmp_path / "a.txt"
    resume.write_bytes(b"Python")
    run(cache, resume)
    run(cache, resume)
    assert reads[0] == 2


def files_in_two_shards(folder) -> tuple:
    """Two files whose entries the memo keeps in different shards."""
    first = folder / "a.txt"
    first.write_bytes(b"Python")
    for n in range(1000):
        other = folder / f"b{n}.txt"
        other.write_bytes(b"Golang")
        if stat_memo.shard_of(key_of(other)) != stat_memo.shard_of(key_of(first)):
            return first, other
    raise AssertionError("every file landed in one shard")


def test_a_batch_reads_only_the_shards_of_the_files_it_hashes(tmp_path, settled, monkeypatch):
    cache = Cache(tmp_path / "cache")
    first, other = files_in_two_shards(tmp_path)
    run(cache, first, other)
    loaded = []
    real = stat_memo.StatMemo._load
    monkeypatch.setattr(stat_memo.StatMemo, "_load", lambda memo, shard: loaded.append(shard) or real(memo, shard))
    assert run(cache, first) == [sha(b"Python")]
    assert loaded == [stat_memo.shard_of(key_of(first))]


def test_saving_one_shard_keeps_what_the_others_remember(tmp_path, reads, settled):
    cache = Cache(tmp_path / "cache")
    first, other = files_in_two_shards(tmp_path)
    run(cache, first)
    run(cache, other)
    assert run(cache, first, other) == [sha(b"Python"), sha(b"Golang")]
    assert reads[0] == 2


def test_a_full_shard_drops_the_entries_hashed_longest_ago(tmp_path, reads, settled, monkeypatch):
    monkeypatch.setattr(stat_memo, "SHARDS", 1)
    monkeypatch.setattr(stat_memo, "_SHARD_ENTRIES", 1)
    cache = Cache(tmp_path / "cache")
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_bytes(b"Python")
    new.write_bytes(b"Golang")
    run(cache, old)
    run(cache, new)
    run(cache, new, old)
    assert reads[0] == 3  # new answered from the memo, old hashed again
