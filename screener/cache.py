"""Cache of extracted text and of results, keyed by the file's content hash and fingerprints of what made them.

Re-screening a folder after a rule change skips extraction, the whole cost of a run; re-screening it with the same
rules (another output format, a CI re-run, a folder that gained a few files) skips matching too, as a linter's
cache skips unchanged files. Result entries are keyed by the rule set, the as-of date, the options and the code
of the whole package, so any change to one of them makes new results. Entries are JSON
(never pickle: a cache file is data, not code), private to the user (0700 folder, 0600 files), and an entry that
fails to parse or validate is ignored and rewritten, never trusted.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
import sys
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from .codec import from_plain, to_plain
from .models import Document, Line, ResumeResult

LOADER_VERSION = "3"  # format of an entry; the code that extracts is fingerprinted below, no bump needed

_PACKAGE = Path(__file__).resolve().parent
# The code whose output an entry holds: any edit to it (an upgrade, another checkout) makes new entries.
_EXTRACTION_SOURCES = ("loaders/*.py", "text/normalize.py", "models.py", "cache.py")
_EXTRACTION_LIBRARIES = ("pdfplumber", "pdfminer.six", "pypdfium2", "lxml")
# Results depend on all of the package (checks, aliases, dates) and on the fuzzy matcher.
_RESULT_SOURCES = ("**/*.py", "data/*")
_RESULT_LIBRARIES = (*_EXTRACTION_LIBRARIES, "rapidfuzz")


def fingerprint(package: Path = _PACKAGE, sources: tuple[str, ...] = _EXTRACTION_SOURCES,
                libraries: tuple[str, ...] = _EXTRACTION_LIBRARIES) -> str:
    """A short hash of the code and library versions an entry depends on, part of the entry's name.

    A version constant bumped by hand is forgotten, and one cache folder serves every installed version and
    checkout, so a stale entry would silently be reused; hashing the sources themselves cannot go stale.
    """
    from importlib import metadata

    h = hashlib.sha256(f"python {sys.version_info[:2]} unicode {unicodedata.unidata_version}\0".encode())
    for pattern in sources:
        for path in sorted(package.glob(pattern)):
            h.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    for name in libraries:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"{name}={version}\0".encode())
    return h.hexdigest()[:12]


@functools.cache
def _key() -> str:
    return f"{LOADER_VERSION}-{fingerprint()}"


@functools.cache
def code_fingerprint() -> str:
    """Fingerprint of everything that shapes a result, computed once per process."""
    return fingerprint(sources=_RESULT_SOURCES, libraries=_RESULT_LIBRARIES)
_ENTRY = re.compile(r"[0-9a-f]{64}-.+\.json|tmp\w+\.tmp")  # what _write() makes


def default_dir() -> Path:
    """$SCREENER_CACHE_DIR, else the platform's user cache folder."""
    env = os.environ.get("SCREENER_CACHE_DIR")
    if env:
        return Path(env)
    from platformdirs import user_cache_dir
    return Path(user_cache_dir("screener", appauthor=False))


def _encode(doc: Document) -> dict[str, Any]:
    return {"kind": doc.kind, "pages": doc.pages, "warnings": list(doc.warnings), "unreadable": doc.unreadable,
            "columns": doc.columns, "ocr": doc.ocr, "metadata": list(doc.metadata),
            "lines": [[line.text, line.page] for line in doc.lines]}


def _decode(data: Any, source: str) -> Document:
    """Rebuild a Document, checking every field's type: anything unexpected raises ValueError."""
    if not isinstance(data, dict):
        raise ValueError("not an object")
    lines = data["lines"]
    if not (isinstance(lines, list) and all(isinstance(t, str) and isinstance(p, int) for t, p in lines)):
        raise ValueError("bad lines")
    warnings, metadata = data["warnings"], data["metadata"]
    if not all(isinstance(v, list) and all(isinstance(w, str) for w in v) for v in (warnings, metadata)):
        raise ValueError("bad warnings or metadata")
    if not (isinstance(data["kind"], str) and isinstance(data["pages"], int) and isinstance(data["columns"], int)
            and isinstance(data["ocr"], bool) and (data["unreadable"] is None or isinstance(data["unreadable"], str))):
        raise ValueError("bad fields")
    return Document(source, data["kind"], tuple(Line(t, p) for t, p in lines), data["pages"], tuple(warnings),
                    data["unreadable"], columns=data["columns"], ocr=data["ocr"], metadata=tuple(metadata))


class Cache:
    """get/put Documents by content; structured (JSON Resume) documents are cheap to parse and not cached."""

    def __init__(self, folder: Path | None = None, key: str | None = None):
        self.folder = folder or default_dir()
        self.key = key or _key()  # entries made by other extraction code are never read

    def _path(self, sha256: str, variant: str) -> Path:
        return self.folder / sha256[:2] / f"{sha256}-{self.key}{variant}.json"

    def get(self, sha256: str, source: str, variant: str = "") -> Document | None:
        """The cached extraction of this content; `variant` names another reading of it, such as OCR."""
        try:
            return _decode(self._read(sha256, variant), source)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, sha256: str, doc: Document, variant: str = "") -> None:
        if doc.structured is None:
            self._write(sha256, variant, _encode(doc))

    def get_results(self, sha256: str, variant: str) -> tuple[ResumeResult, ...] | None:
        """Results stored for this content under `variant` (see engine.results_variant), checked field by field."""
        try:
            data = self._read(sha256, variant)
            if not isinstance(data, list):
                raise ValueError("not a list")
            return tuple(from_plain(ResumeResult, r) for r in data)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put_results(self, sha256: str, results: tuple[ResumeResult, ...], variant: str) -> None:
        self._write(sha256, variant, [to_plain(r) for r in results])

    def _read(self, sha256: str, variant: str) -> Any:
        return json.loads(self._path(sha256, variant).read_text("utf-8"))

    def _write(self, sha256: str, variant: str, data: Any) -> None:
        path = self._path(sha256, variant)
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(self.folder, 0o700)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")  # mkstemp creates files 0600
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(json.dumps(data, ensure_ascii=False))  # dumps runs in C; dump streams in Python
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)  # a read-only or full disk only costs speed, never a result

    def clear(self) -> int:
        """Remove every entry; returns how many there were. Only files in the cache's own layout are touched, so
        a cache folder pointed at the wrong place (SCREENER_CACHE_DIR=$HOME) loses nothing else."""
        if not self.folder.is_dir():
            return 0
        count = 0
        for sub in self.folder.glob("[0-9a-f][0-9a-f]"):
            for entry in sub.glob("*"):
                if _ENTRY.fullmatch(entry.name) and entry.is_file():
                    entry.unlink(missing_ok=True)
                    count += entry.suffix == ".json"
            with contextlib.suppress(OSError):
                sub.rmdir()  # only when empty
        return count

