"""Cache of extracted text and of results, keyed by the file's content hash and fingerprints of what made them.

Re-screening a folder after a rule change skips extraction, the whole cost of a run; re-screening it with the same
rules (another output format, a CI re-run, a folder that gained a few files) skips matching too, as a linter's
cache skips unchanged files. Result entries are keyed by the rule set, the as-of date, the options and the code
of the whole package, so any change to one of them makes new results. Entries are JSON
(never pickle: a cache file is data, not code), private to the user (0700 folder, 0600 files), and begin with the
sha256 of their JSON: an entry that was damaged or edited, fails to parse, or holds a value no reading could give
(a negative page count) is ignored and rewritten, never trusted. Entries unused for MAX_AGE_DAYS are pruned, so
the entries of old code and of resumes long gone do not pile up. A cache that cannot be written (a read-only
folder, a full disk) is said once per run, not silently left cold.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import itertools
import json
import os
import sys
import time
import unicodedata
from dataclasses import replace
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .codec import from_plain, sealed, to_plain, unsealed
from .stat_memo import StatMemo
from .versions import installed_versions
from ..models import Document, ResumeResult
from ..text.lazy_regex import LazyPattern

LOADER_VERSION = "3"  # format of an entry; the code that extracts is fingerprinted below, no bump needed

_PACKAGE = Path(__file__).resolve().parent.parent  # the screener package
# The code whose output an entry holds, the loaders and all they import (a test walks their imports): any edit
# to it (an upgrade, another checkout) makes new entries.
_EXTRACTION_SOURCES = ("loaders/*.py", "text/*.py", "degree*.py", "models.py", "errors.py", "deferred.py",
                       "run/cache.py")
# The readers: PDF (both engines), DOCX (python-docx finds the parts, lxml parses them), OCR (Pillow renders pages),
# Markdown (markdown-it-py renders it).
_EXTRACTION_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "lxml", "python-docx", "Pillow", "markdown-it-py")
# Results depend on all of the package (checks, aliases, dates), the fuzzy matcher and the stemmer.
_RESULT_SOURCES = ("**/*.py", "data/*")
_RESULT_LIBRARIES = (*_EXTRACTION_LIBRARIES, "rapidfuzz", "PyStemmer")


def fingerprint(package: Path = _PACKAGE, sources: tuple[str, ...] = _EXTRACTION_SOURCES,
                libraries: tuple[str, ...] = _EXTRACTION_LIBRARIES) -> str:
    """A short hash of the code and library versions an entry depends on, part of the entry's name.

    A version constant bumped by hand is forgotten, and one cache folder serves every installed version and
    checkout, so a stale entry would silently be reused; hashing the sources themselves cannot go stale.
    """
    h = hashlib.sha256(f"python {sys.version_info[:2]} unicode {unicodedata.unidata_version}\0".encode())
    for pattern in sources:
        for path in sorted(package.glob(pattern)):
            h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name, version in installed_versions(libraries).items():
        h.update(f"{name}={version}\0".encode())
    return h.hexdigest()[:12]


@functools.cache
def _key() -> str:
    return f"{LOADER_VERSION}-{fingerprint()}"


@functools.cache
def code_fingerprint() -> str:
    """Fingerprint of everything that shapes a result, computed once per process."""
    return fingerprint(sources=_RESULT_SOURCES, libraries=_RESULT_LIBRARIES)


def _memo_shard(prefix: str, shard: int) -> str:
    return f"{prefix}{shard:02x}.json"


def _spec_hash(spec: str) -> str:
    return hashlib.sha256(spec.encode()).hexdigest()


def _valid_rules() -> str:
    """The variant that marks a rule file valid: any change to the code (a check kind's parameters, the bundled
    aliases) names another, so a file is validated afresh by the code that will run it."""
    return f"-rules-valid-{code_fingerprint()}"


_ENTRY = LazyPattern(r"[0-9a-f]{64}-.+\.json|tmp\w+\.tmp")  # what _store() makes (compiled to prune)
MAX_AGE_DAYS = 30  # an entry not read or written for this long is removed
_PRUNE_EVERY = 24 * 3600  # pruning stats every entry: once a day is enough
_PRUNED = "last-pruned"  # a marker file in the cache folder, touched when it was last pruned
_PROBE = "0" * 64 + "-probe.json"  # stored and removed before a batch, to learn whether the cache can be written
_MEMO = "0" * 64 + "-stat-memo-"  # the stat memo's shards (stat_memo.py), named as entries: prune and clear reach them


def default_dir() -> Path:
    """$SCREENER_CACHE_DIR, else the platform's user cache folder."""
    env = os.environ.get("SCREENER_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir
    return Path(user_cache_dir("screener", appauthor=False))


def _encode(doc: Document) -> Any:
    return to_plain(replace(doc, source=""))  # the path is the reader's, given back by get(); never stored


def _decode(data: Any, source: str) -> Document:
    """Rebuild a Document, checking every field's type (codec) and that its values are ones a reading gives:
    anything unexpected raises ValueError."""
    doc = from_plain(Document, data)
    if doc.structured is not None or doc.pages < 0 or doc.columns < 1 or not all(
            1 <= line.page <= max(doc.pages, 1) for line in doc.lines):
        raise ValueError("values no reading gives")
    return replace(doc, source=source)


class Cache:
    """get/put Documents by content; structured (JSON Resume) documents are cheap to parse and not cached."""

    def __init__(self, folder: Path | None = None, key: str | None = None):
        self.folder = folder or default_dir()
        self.key = key or _key()  # entries made by other extraction code are never read
        self.writable = True  # until prepare() finds otherwise

    def prepare(self) -> str | None:
        """Before a batch: check an entry can be stored and prune old entries (at most daily).

        Returns a one-line warning when the cache cannot be written; the batch then skips every write instead
        of failing each one silently.
        """
        probe = self.folder / _PROBE[:2] / _PROBE
        try:
            _store(probe, b"0" * 4096)  # some data: a full disk still creates empty files
            probe.unlink(missing_ok=True)  # a run started at the same moment may have removed it first
        except OSError as exc:
            self.writable = False
            return (f"cannot write the cache in {self.folder} ({exc.strerror or exc}): every file is read afresh "
                    "(see `screener cache path`; --no-cache silences this)")
        self._prune_if_due()
        return None

    def stat_memo(self, trust: bool = True) -> StatMemo:
        """The files' hashes remembered by their stat (stat_memo.py); with `trust` False it answers nothing from
        what earlier runs saved, hashes every file and saves what it read."""
        return StatMemo(functools.partial(_memo_shard, os.path.join(self.folder, _MEMO[:2], _MEMO)), trust)

    def save_stat_memo(self, memo: StatMemo) -> None:
        if self.writable:
            memo.save(_store)

    def _path(self, sha256: str, variant: str) -> Path:
        return Path(self._file(sha256, variant))

    def _file(self, sha256: str, variant: str) -> str:
        """The entry's path as a string: joining Paths costs more than a warm run's stat and read of the entry."""
        return f"{self.folder}{os.sep}{sha256[:2]}{os.sep}{sha256}-{self.key}{variant}.json"

    def get(self, sha256: str, source: str, variant: str = "") -> Document | None:
        """The cached extraction of this content; `variant` names another reading of it, such as OCR."""
        try:
            return _decode(self._read(sha256, variant), source)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, sha256: str, doc: Document, variant: str = "") -> None:
        if doc.structured is None:
            self._write(sha256, variant, _encode(doc))

    def get_results(self, sha256: str, variant: str, shown: Sequence[Mapping[str, Any]]
                    ) -> tuple[ResumeResult, ...] | None:
        """Results stored for this content under `variant` (see file.results_variant), checked field by field;
        None unless there is one for each mapping of `shown`, the fields each is shown with in this run (its
        file's and rule set's names), which are set before the results are built rather than in a copy."""
        try:
            data = self._read(sha256, variant)
            if not isinstance(data, list) or len(data) != len(shown):
                raise ValueError("not a list of as many results")
            for record, fields in zip(data, shown):
                if not isinstance(record, dict) or not fields.keys() <= record.keys():
                    raise ValueError("not a result")
                record.update(fields)
            return tuple(_checked(from_plain(ResumeResult, r)) for r in data)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def has_results(self, sha256: str, variant: str) -> bool:
        """Whether an entry for these results exists (unread: get_results may still find it damaged)."""
        return os.path.isfile(self._file(sha256, variant))

    def put_results(self, sha256: str, results: tuple[ResumeResult, ...], variant: str) -> None:
        self._write(sha256, variant, [to_plain(r) for r in results])

    def knows_valid_rules(self, sha256: str, spec: str) -> bool:
        """Whether a rule file with this content, read as these requirement tables (RuleSet.spec), passed
        validation by this very code before: its checks can then wait for their first use (see
        rules.load_rules). The tables are named by their hash, so the record vouches only for the file's own."""
        try:
            return self._read(sha256, _valid_rules()) == _spec_hash(spec)
        except (OSError, ValueError):
            return False

    def remember_valid_rules(self, sha256: str, spec: str) -> None:
        self._write(sha256, _valid_rules(), _spec_hash(spec))

    def parsed_rules(self, sha256: str, parse: Callable[[], dict[str, Any]], afresh: bool = False
                     ) -> dict[str, Any]:
        """A rule file's TOML data as `parse()` gave it for this content before (JSON reads it in a twentieth of
        tomllib's time), else `parse()`'s, kept for the next run unless JSON cannot hold it (TOML dates).
        `afresh` parses and keeps it whatever is kept (the copy kept was not the file's)."""
        variant = f"-rules-toml-{code_fingerprint()}"  # tomllib is the Python's, which the fingerprint names
        with contextlib.suppress(OSError, ValueError):
            if not afresh and isinstance(data := self._read(sha256, variant), dict):
                return data
        data = parse()
        with contextlib.suppress(TypeError, ValueError):  # dates and times have no JSON: parsed on every run
            self._write(sha256, variant, data)
        return data

    def _read(self, sha256: str, variant: str) -> Any:
        """The entry's JSON, once its checksum matches; reading it keeps it from being pruned."""
        path = self._file(sha256, variant)
        with open(path, "rb") as entry:
            payload = unsealed(entry.read())
        with contextlib.suppress(OSError):
            os.utime(path)
        try:
            return json.loads(payload)
        except RecursionError:  # nested deeper than the parser can follow: not an entry this code wrote
            raise ValueError("nested too deeply") from None

    def _write(self, sha256: str, variant: str, data: Any) -> None:
        if not self.writable:
            return
        payload = json.dumps(data, ensure_ascii=False).encode()  # dumps runs in C; dump streams in Python
        with contextlib.suppress(OSError):  # a disk that fills during a batch only costs speed, never a result
            _store(self._path(sha256, variant), sealed(payload))

    def _prune_if_due(self) -> None:
        marker = self.folder / _PRUNED
        with contextlib.suppress(OSError):
            if time.time() - marker.stat().st_mtime < _PRUNE_EVERY:
                return
        self.prune()
        with contextlib.suppress(OSError):
            marker.touch()

    def prune(self, max_age: float = MAX_AGE_DAYS * 86400) -> int:
        """Remove entries not read or written for `max_age` seconds; returns how many were removed."""
        cutoff = time.time() - max_age
        return self._remove(lambda entry: entry.stat().st_mtime < cutoff)

    def clear(self) -> int:
        """Remove every entry; returns how many there were."""
        return self._remove(lambda entry: True)

    def _remove(self, chosen) -> int:
        """Remove the entries `chosen(path)` picks; returns how many results or extractions went. Only files in
        the cache's own layout are touched, so a cache folder pointed at the wrong place (SCREENER_CACHE_DIR=$HOME)
        loses nothing else."""
        if not self.folder.is_dir():
            return 0
        count = 0
        for sub in self.folder.glob("[0-9a-f][0-9a-f]"):
            for entry in _listed(sub):
                with contextlib.suppress(OSError):  # another run may remove or replace it meanwhile
                    if _ENTRY.fullmatch(entry.name) and entry.is_file() and chosen(entry):
                        entry.unlink()
                        count += entry.suffix == ".json"
            with contextlib.suppress(OSError):
                sub.rmdir()  # only when empty
        return count


_TEMPORARY = itertools.count()  # numbers this process's temporary files
# as mkstemp opens one: created here or not at all (never an existing file, nor through a link), private
_ATTEMPTS = 3  # a folder pruned again each time it is made: give up as on any write error
_CREATE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


def _store(path: Path, data: bytes) -> None:
    """Write one entry atomically (a temporary file renamed into place), 0600 in a 0700 folder; raises OSError.

    The temporary file is named by the process and a counter, not by mkstemp's random letters (half the cost of
    storing an entry): the folder is the user's own, and the name is still created exclusively. Runs sharing the
    cache each prune it, removing a sub-folder once it is empty, so the folder is made again if it went.
    """
    for attempt in range(_ATTEMPTS):
        try:
            fd, tmp = _temporary(path.parent)
            break
        except FileNotFoundError:  # another run pruned the folder, empty, between its making and our file's
            if attempt == _ATTEMPTS - 1:
                raise
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _temporary(folder: Path) -> tuple[int, str]:
    """A new temporary file in `folder`, made (0700, its parent too) if missing: (descriptor, path); raises
    OSError, FileNotFoundError when the folder is removed before the file is made in it."""
    with contextlib.suppress(FileExistsError):  # also raised when the folder is removed as it is checked
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder.parent, 0o700)
    while True:
        tmp = f"{folder}{os.sep}tmp{os.getpid()}_{next(_TEMPORARY)}.tmp"
        try:
            return os.open(tmp, _CREATE, 0o600), tmp
        except FileExistsError:  # left by an earlier process with the same id
            continue


def _listed(folder: Path) -> list[Path]:
    """What `folder` holds; nothing when it cannot be listed (another run pruned it, or it is not a folder)."""
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _checked(result: ResumeResult) -> ResumeResult:
    """The result, if its values are ones screening can give; the checksum catches edits, this what it cannot
    (an entry written by a bug, or rewritten with a fresh checksum)."""
    d = result.diagnostics
    if not (0 <= result.score <= 1 and (result.experience_years is None or result.experience_years >= 0)
            and (d is None or min(d.pages, d.characters, d.columns) >= 0)
            and all((e.page or 1) >= 1 and (e.line or 1) >= 1 for q in result.requirements for e in q.evidence)):
        raise ValueError("values no screening gives")
    return result
