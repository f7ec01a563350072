"""Copy real resume folders N times into a temporary folder, each copy a different file with the same text.

The screener caches text and results by content hash, so a plain copy would be screened once and then read from
the cache: every copy here gets a few bytes that no reader shows (a comment after a PDF's end, a DOCX archive
comment, trailing white space or a TeX comment), which makes its hash its own. Resumes are personal data: they
are only ever copied into the folder the caller gives (the bench's temporary folder), never into the repository.
"""
from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# the dev set's resumes (its top level holds the labels and notes, not resumes) and the fresh set's
DEFAULT_FOLDERS = (ROOT.parent / "shared" / "corpus" / "pdf", ROOT.parent / "shared" / "corpus" / "docx",
                   ROOT.parent / "shared" / "corpus" / "text", ROOT / "corpus" / "fresh" / "files")


def resumes(folders: list[Path]) -> tuple[list[Path], list[Path]]:
    """(the files the screener would screen in the folders that exist, the folders that do not)."""
    from screener.run.collect import collect

    present = [f for f in folders if f.is_dir()]
    return list(collect(present).files) if present else [], [f for f in folders if not f.is_dir()]


def mark(path: Path, copy: int) -> None:
    """Make the file's bytes unique to `copy` without changing what any reader extracts from it."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        with zipfile.ZipFile(path, "a") as archive:  # rewrites only the central directory
            archive.comment = f"bench copy {copy}".encode()
        return
    if suffix == ".pdf":  # readers look for the last %%EOF near the end; a comment after it is ignored
        tail = f"\n%bench copy {copy}\n"
    elif suffix == ".tex":
        tail = f"\n% bench copy {copy}\n"
    else:  # text, Markdown, JSON: a line of spaces and tabs spelling the copy in binary
        tail = "\n" + format(copy, "b").replace("0", " ").replace("1", "\t") + "\n"
    with path.open("ab") as out:
        out.write(tail.encode())


def make_copies(files: list[Path], dest: Path, copies: int) -> list[Path]:
    """Copy every file `copies` times into dest as c{copy}-{n}-{name}, each one unique (see mark)."""
    dest.mkdir(parents=True, exist_ok=True)
    made = []
    for copy in range(copies):
        for n, src in enumerate(files):
            target = dest / f"c{copy:02d}-{n:04d}-{src.name}"
            shutil.copyfile(src, target)
            mark(target, copy)
            made.append(target)
    return made
