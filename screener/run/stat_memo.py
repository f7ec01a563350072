"""The stat memo: a file's sha256 remembered by its stat, so that a file unchanged since it was hashed is not read
again to be hashed (hashing was the largest cost of a warm file).

Results stay keyed by the content's hash (cache.py); the memo only spares re-reading bytes that have not changed.
An entry maps the file's (device, inode) to (size, mtime_ns, ctime_ns, sha256, hashed_at_ns) and answers only
when the file's size, mtime and ctime are the same now, and only if its mtime and ctime were at least SETTLED_NS
older than the moment it was hashed: git's "racy" rule, since a write within a timestamp's granularity of the
hash could change the bytes and leave the stat as it was. A file replaced by another (a new inode), moved to
another device, written (a new mtime and ctime) or touched back to its old mtime (the kernel sets ctime to now,
and no program can set it back) is hashed afresh. Whoever can write the cache folder could make it lie, as they
could rewrite any entry of the cache; `--rehash` ignores it.

The memo is SHARDS files in the cache folder, an entry in the one its key's hash names, so that a batch of a
few files reads and rewrites a few small shards rather than every entry; each has the checksum every cache entry
has and is written atomically. A shard that is damaged, truncated, not a regular file or not shaped as a memo's
is ignored, as is any entry that is not, so it is safe to lose: the next run hashes again and writes it anew.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import LoadError
from .codec import sealed, unsealed

SETTLED_NS = 2 * 10**9  # how much older than its hash a file's mtime and ctime must be (FAT's mtime has 2 s steps)
MAX_ENTRIES = 100_000  # beyond this the entries hashed longest ago are dropped (files long gone, mostly)
SHARDS = 256  # files the memo is split into by its keys, so that a batch reads and rewrites only its files' ones
_SHARD_ENTRIES = MAX_ENTRIES // SHARDS  # kept in each shard
_MAX_BYTES = 1 << 20  # a shard larger than _SHARD_ENTRIES entries can be (~80 kB) is not one
_CHUNK = 1 << 16  # a piece of the file hashed at a time; file_digest zeroes a fresh 256 kB buffer for every file
_SHA256 = re.compile(r"[0-9a-f]{64}")
# POSIX sets ctime on every change to the file; Windows reports its creation time there, which a rewrite keeps
TRUSTED_HERE = os.name == "posix"
_STAT_OPEN = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0)
_OPEN = _STAT_OPEN | getattr(os, "O_NOFOLLOW", 0)


def now_ns() -> int:
    """The moment a file is hashed (a function, so that tests can move the clock)."""
    return time.time_ns()


def content_hash(path: Path) -> str:
    """sha256 of the file, streamed: names duplicates, keys the cache, and traces a row back to its file."""
    return _hashed(path)[0]


def _hashed(path: Path) -> tuple[str, os.stat_result]:
    """(sha256 of the file, its stat when opened); raises LoadError."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb", buffering=0) as f:
            opened = os.fstat(f.fileno())
            while chunk := f.read(_CHUNK):
                digest.update(chunk)
    except OSError as exc:
        raise LoadError(f"cannot read file: {exc.strerror or exc}") from exc
    return digest.hexdigest(), opened


def _settled(size: Any, mtime: Any, ctime: Any, sha256: Any, hashed_at: Any) -> bool:
    """Whether an entry is one the memo may answer from: its fields of their types, and the file's last change at
    least SETTLED_NS before it was hashed."""
    return (all(type(n) is int and n >= 0 for n in (size, mtime, ctime, hashed_at)) and type(sha256) is str
            and _SHA256.fullmatch(sha256) is not None and max(mtime, ctime) + SETTLED_NS <= hashed_at)


def shard_of(key: str) -> int:
    """The shard an entry's key (device:inode) is kept in: spread evenly, and the same in every run."""
    return zlib.crc32(key.encode()) % SHARDS


def _usable(entry: Any) -> bool:
    """Whether a memo's entry is shaped as one and settled (see _settled)."""
    return type(entry) is list and len(entry) == 5 and _settled(*entry)


def _opened_stat(path: Path) -> os.stat_result:
    """The file's stat taken through an open descriptor: a network mount (NFS) may answer a plain stat from its
    attribute cache for up to a minute, while an open revalidates it (close-to-open consistency), as reading
    the file to hash it did. Opened without waiting on a FIFO; raises OSError."""
    fd = os.open(path, _STAT_OPEN)
    try:
        return os.fstat(fd)
    finally:
        os.close(fd)


class StatMemo:
    """sha256 of files by their stat, read from and saved to the shard files `path(n)` names for n in
    range(SHARDS) (None: kept in memory for this run only); a shard is read when a file of it is first asked."""

    def __init__(self, path: Callable[[int], str] | None, trust: bool = True):
        self.path = path
        self._trusted = trust and path is not None and TRUSTED_HERE
        self._known: dict[int, dict[str, Any]] = {}
        self._new: dict[int, dict[str, list]] = {}

    def digest(self, path: Path) -> str:
        """The file's sha256: from the memo when its stat says it is unchanged, else read and hashed; raises
        LoadError when it cannot be read."""
        try:
            now = _opened_stat(path)
        except OSError:
            return content_hash(path)  # says why in a LoadError
        key = f"{now.st_dev}:{now.st_ino}"
        entry = self._shard(shard_of(key)).get(key)
        if _usable(entry) and entry[:3] == [now.st_size, now.st_mtime_ns, now.st_ctime_ns]:
            return entry[3]
        hashed_at = now_ns()
        sha256, opened = _hashed(path)
        entry = [opened.st_size, opened.st_mtime_ns, opened.st_ctime_ns, sha256, hashed_at]
        if TRUSTED_HERE and stat.S_ISREG(opened.st_mode) and _settled(*entry):
            key = f"{opened.st_dev}:{opened.st_ino}"
            self._new.setdefault(shard_of(key), {})[key] = entry
        return sha256

    def save(self, store) -> None:
        """Write what this run learned over the shards it touched on disk (each read again: another run may have
        saved meanwhile) with `store(path, bytes)`, the cache's atomic write; a shard that cannot be written
        only costs speed."""
        if not self.path:
            return
        for shard, new in self._new.items():
            entries = {key: entry for key, entry in self._load(shard).items() if _usable(entry)}
            entries.update(new)
            if len(entries) > _SHARD_ENTRIES:
                entries = dict(sorted(entries.items(), key=lambda item: item[1][4])[-_SHARD_ENTRIES:])
            payload = json.dumps(entries, separators=(",", ":")).encode()
            with contextlib.suppress(OSError):
                store(Path(self.path(shard)), sealed(payload))
            if self._trusted:
                self._shard(shard).update(new)
        self._new = {}

    def _shard(self, shard: int) -> dict[str, Any]:
        """The entries of one shard, read on first use (none when the memo is not trusted)."""
        if shard not in self._known:
            self._known[shard] = self._load(shard) if self._trusted else {}
        return self._known[shard]

    def _load(self, shard: int) -> dict[str, Any]:
        """A shard's entries, or none when it is missing, damaged or not a memo's; reading it keeps it from being
        pruned. Opened without following a link or waiting on a FIFO, and read only if a regular file of a
        shard's size."""
        path = self.path(shard)
        try:
            fd = os.open(path, _OPEN)
        except OSError:
            return {}
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_BYTES:
                return {}
            with os.fdopen(fd, "rb") as memo:
                fd = -1
                payload = unsealed(memo.read(_MAX_BYTES + 1))
            data = json.loads(payload)
            if not isinstance(data, dict):
                return {}
            with contextlib.suppress(OSError):
                os.utime(path)
            return data
        except (OSError, ValueError, RecursionError):
            return {}
        finally:
            if fd >= 0:
                os.close(fd)
