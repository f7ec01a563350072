"""Turn the PATH arguments into the list of resume files to screen, in path order, saying what was skipped."""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..loaders import RECOGNISED


@dataclass(frozen=True)
class Collected:
    files: tuple[Path, ...]
    skipped: tuple[str, ...]  # one human line per skipped file or folder problem


def collect(paths: Iterable[Path]) -> Collected:
    """Files named directly are always screened (an unsupported one becomes an error row); folders are walked
    recursively, skipping hidden entries and extensions that are not resumes (.doc and the like are kept, to
    become error rows that say how to convert them). Symlinked folders are not followed, so a
    symlink loop cannot trap the walk."""
    files: list[Path] = []
    skipped: list[str] = []
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path, onerror=lambda e: skipped.append(f"{e.filename}: {e.strerror}")):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    full = Path(root, name)
                    if name.startswith("."):
                        skipped.append(f"{full}: hidden file")
                    elif full.suffix.lower() not in RECOGNISED:
                        skipped.append(f"{full}: unsupported type {full.suffix or '(no extension)'}")
                    else:
                        files.append(full)
        else:
            files.append(path)
    unique = sorted(dict.fromkeys(files), key=lambda p: str(p))
    return Collected(tuple(unique), tuple(skipped))
