"""Where a format keeps what it has written while what goes before it is still being counted.

JUnit's root element carries the batch's totals and the HTML page opens with its verdict counts, yet both are
known only after the last resume: rather than hold a batch's markup in memory (about 60 kB a resume for JUnit,
95 kB for HTML: a gigabyte for 10,000), each resume's part is written to a spool as it comes and copied into the
output after the head. A spool is an unnamed temporary file, gone when closed or when the process dies, kept in
`folder` (the output's own folder, where the output is written anyway) or else the system's temporary folder.
"""
from __future__ import annotations

import contextlib
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TextIO

from ..errors import OutputError

# any text written is read back as it was: no newline translation, and lone surrogates kept for the output's
# own encoding to handle as it would have
_TEXT = {"encoding": "utf-8", "errors": "surrogatepass", "newline": ""}
_CHUNK = 1 << 16


class Spool:
    """A temporary file to write text to and read back (use it as a context manager: it is removed when closed).
    One that cannot be written (the temporary folder's disk is full) says so and names the folder: the output
    itself may be a terminal or a pipe with nothing wrong with it."""

    def __init__(self, folder: Path | None = None):
        self._folder = folder
        with self._disk_said():
            self._file = tempfile.TemporaryFile("w+", dir=folder, **_TEXT)
        self.read, self.close = self._file.read, self._file.close

    def write(self, text: str) -> None:
        with self._disk_said():
            self._file.write(text)

    def seek(self, offset: int) -> None:
        """Go to `offset` (0: the start, to copy it out), writing what is still buffered first."""
        with self._disk_said():
            self._file.seek(offset)

    @property
    def closed(self) -> bool:
        return self._file.closed

    @contextlib.contextmanager
    def _disk_said(self) -> Iterator[None]:
        """A failure of the spool's disk as an OutputError naming its folder (and, for the system's temporary
        folder, how to name another: beside an output file the spool shares its disk)."""
        try:
            yield
        except OSError as exc:
            where, hint = self._folder, ""
            if where is None:
                where, hint = Path(tempfile.gettempdir()), " (TMPDIR names another folder for them)"
            raise OutputError(f"cannot keep the report's parts in {where} while its totals are counted: "
                              f"{exc.strerror or exc}{hint}") from exc

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._file.close()


def spool(folder: Path | None = None) -> Spool:
    """An empty spool in `folder`, or else the system's temporary folder."""
    return Spool(folder)


def copy(spooled: IO[str] | Spool, out: TextIO) -> None:
    """Write everything written to the spool so far to `out`."""
    spooled.seek(0)
    shutil.copyfileobj(spooled, out, _CHUNK)
