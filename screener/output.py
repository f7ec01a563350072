"""Write an output file atomically: a temporary file beside it, renamed into place only when complete."""
from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from .errors import ScreenerError


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[TextIO]:
    """A failure (or Ctrl-C) part-way leaves the old file, if any, untouched and no partial file behind."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    except OSError as exc:
        raise ScreenerError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as out:
            yield out
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
