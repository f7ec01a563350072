"""Where a format keeps what it has written while what goes before it is still being counted.

JUnit's root element carries the batch's totals and the HTML page opens with its verdict counts, yet both are
known only after the last resume: rather than hold a batch's markup in memory (about 60 kB a resume for JUnit,
95 kB for HTML: a gigabyte for 10,000), each resume's part is written to a spool as it comes and copied into the
output after the head. A spool is an unnamed temporary file, gone when closed or when the process dies, kept in
`folder` (the output's own folder, where the output is written anyway) or else the system's temporary folder.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import IO, TextIO

# any text written is read back as it was: no newline translation, and lone surrogates kept for the output's
# own encoding to handle as it would have
_TEXT = {"encoding": "utf-8", "errors": "surrogatepass", "newline": ""}
_CHUNK = 1 << 16


def spool(folder: Path | None = None) -> IO[str]:
    """An empty spool to write text to (use it as a context manager: it is removed when closed)."""
    return tempfile.TemporaryFile("w+", dir=folder, **_TEXT)


def copy(spooled: IO[str], out: TextIO) -> None:
    """Write everything written to the spool so far to `out`."""
    spooled.seek(0)
    shutil.copyfileobj(spooled, out, _CHUNK)
