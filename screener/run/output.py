"""Open an --output path for writing without damaging what is there.

A regular file (or a new path) is written atomically: a temporary file beside it, renamed into place only when
complete, with the mode the file had (or the umask's, when new); a symlink keeps pointing at it. Renaming over
anything else would replace it with a regular file (a FIFO's reader would get nothing, a device would become a
file), so a FIFO or a character device is written in place, as the shell's `>` does, and any other kind (a block
device, a socket) is refused.
"""
from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from ..errors import OutputError, ScreenerError

_ENCODING = {"encoding": "utf-8", "errors": "backslashreplace", "newline": ""}


@contextlib.contextmanager
def open_output(path: Path) -> Iterator[TextIO]:
    """Write to `path` by the way that suits its kind; a failed write is an OutputError naming the path."""
    try:
        kind = os.stat(path).st_mode
    except FileNotFoundError:
        kind = None
    except OSError as exc:
        raise ScreenerError(f"cannot write {path}: {exc.strerror or exc}") from exc
    if kind is None or stat.S_ISREG(kind):  # through a symlink, the file it points at is replaced, not the link
        writer = _atomic(Path(os.path.realpath(path)), None if kind is None else stat.S_IMODE(kind))
    elif stat.S_ISFIFO(kind) or stat.S_ISCHR(kind):
        writer = _in_place(path)
    else:
        raise ScreenerError(f"cannot write {path}: not a regular file, FIFO or character device")
    try:
        with writer as out:
            yield out
    except BrokenPipeError:
        raise  # the reader went away: the CLI ends quietly
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def spool_folder(path: Path | None) -> Path | None:
    """Where a format that spools its output (junit, html) keeps the spool: beside a regular file or a new path,
    on the disk its temporary file is written to anyway; for stdout, a FIFO or a device, the system's temporary
    folder (None)."""
    if path is None:
        return None
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return None
    except OSError:
        pass  # a new path (or one open_output will name the problem of)
    return Path(os.path.realpath(path)).parent


@contextlib.contextmanager
def _in_place(path: Path) -> Iterator[TextIO]:
    """A FIFO or device: opened as the shell's `>` opens it (a FIFO waits for its reader)."""
    with open(path, "w", **_ENCODING) as out:
        yield out


@contextlib.contextmanager
def _atomic(path: Path, mode: int | None) -> Iterator[TextIO]:
    """A failure (or Ctrl-C) part-way leaves the old file, if any, untouched and no partial file behind."""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    except OSError as exc:
        raise ScreenerError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        os.fchmod(fd, _new_file_mode() if mode is None else mode)  # mkstemp makes 0600 whatever the umask
        with os.fdopen(fd, "w", **_ENCODING) as out:
            yield out
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _new_file_mode() -> int:
    """The mode `open()` would give a new file: 0666 less the umask, which can only be read by setting it."""
    umask = os.umask(0o077)
    os.umask(umask)
    return 0o666 & ~umask
