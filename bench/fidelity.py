"""How much of the text a person sees reaches the screener: per file, the share of an independent reading's words
that the screener's extracted text also holds, and how many it lost.

Usage: PYTHONPATH=. python bench/fidelity.py [--below 0.97] [--pdf-engine pdfium|pdfplumber] [--show]
                                             [--dir FOLDER]... [PATH...]
  default PATHs: the dev corpus (../shared/corpus/{pdf,docx,text}) and the fresh corpus's tuned part (files in
  corpus/fresh/files/ not listed in corpus/fresh/HELDOUT.txt; held-out files are never opened).
  --dir FOLDER: every resume file in FOLDER (e.g. corpus/wild/files), less any a HELDOUT.txt beside it lists;
  when a SOURCES.tsv beside it names each file's producer, coverage is also given by producer.

The independent readings: `pdftotext -layout` for PDF, `pandoc -t plain` for DOCX (with every paragraph's own text
read from the WordprocessingML, since pandoc leaves text boxes out) and Markdown, the source with
its markup stripped for LaTeX, every string value for JSON, the file itself for plain text. A word is three or
more letters, lower-cased, so layout units, numbers and punctuation do not count; a reference word found inside
a screener word is not lost. Resume text is printed only with
--show (the lost words of each file under the threshold): resumes are personal data.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path

from screener.errors import ScreenerError
from screener.loaders import DEFAULT_PDF_ENGINE, load
from screener.reporters.extracted import extracted_lines

ROOT = Path(__file__).resolve().parent.parent
DEV = [ROOT.parent / "shared" / "corpus" / kind for kind in ("pdf", "docx", "text")]
FRESH = ROOT / "corpus" / "fresh"
FORMATS = (".pdf", ".docx", ".tex", ".md", ".txt", ".json")
_WORD = re.compile(r"[^\W\d_]{3,}")


def words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(unicodedata.normalize("NFKC", text))}


def lost_words(reference_words: set[str], screener_words: set[str]) -> set[str]:
    """Reference words that are no part of any screener word: a word the reference breaks at a hyphen, a drop
    capital or a font change ('devel-' / 'opment', 'B' / 'achelor') is found inside the screener's whole word."""
    joined = " ".join(screener_words)
    return {w for w in reference_words if w not in joined}


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARTS = re.compile(r"word/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml")


def _hidden(run) -> bool:
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and vanish.get(f"{_W}val", "true") not in ("0", "false")


def _docx_paragraphs(path: Path) -> str:
    """Each paragraph's own text in the body, headers, footers and notes, text boxes included: runs joined, tabs
    and breaks as spaces, hidden (vanish) runs left out, a text box's paragraphs apart from the one anchoring it."""
    from lxml import etree

    paragraphs: dict[object, list[str]] = {}
    with zipfile.ZipFile(path) as archive:
        for name in filter(_PARTS.fullmatch, archive.namelist()):
            for node in etree.fromstring(archive.read(name)).iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
                if not _hidden(node.getparent()):
                    owner = next(node.iterancestors(_W + "p"), None)
                    paragraphs.setdefault(owner, []).append((node.text or "") if node.tag == _W + "t" else " ")
    return "\n".join("".join(parts) for parts in paragraphs.values())


def _run(*command: str) -> str:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False).stdout


def _latex_reading(source: str) -> str:
    """The document body's words: comments, command names and environment names dropped, arguments kept."""
    body = source.split(r"\begin{document}")[-1]
    body = "\n".join(re.sub(r"(?<!\\)%.*", "", line) for line in body.splitlines())
    body = re.sub(r"\\(?:begin|end)\{[^}]*\}", " ", body)
    body = re.sub(r"\\href\{[^}]*\}", " ", body)
    return re.sub(r"\\[A-Za-z@]+", " ", body)


def _json_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        if not re.match(r"https?://|\S+@\S+$", value):
            yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def reference(path: Path) -> str:
    """An independent reading of what the document shows."""
    kind = path.suffix.lower()
    if kind == ".pdf":
        return _run("pdftotext", "-layout", str(path), "-")
    if kind == ".docx":
        return _run("pandoc", "-t", "plain", str(path)) + "\n" + _docx_paragraphs(path)
    if kind == ".md":
        return _run("pandoc", "-f", "markdown", "-t", "plain", str(path))
    source = path.read_text(encoding="utf-8", errors="replace")
    if kind == ".tex":
        return _latex_reading(source)
    if kind == ".json":
        return "\n".join(_json_strings(json.loads(source)))
    return source


def screener_text(path: Path, pdf_engine: str = DEFAULT_PDF_ENGINE) -> str:
    return "\n".join(extracted_lines(load(path, pdf_engine)))


def folder_paths(folder: Path) -> list[Path]:
    """The resume files of a corpus folder, never one its corpus holds out (a HELDOUT.txt beside the folder)."""
    listed = folder.parent / "HELDOUT.txt"
    lines = listed.read_text().splitlines() if listed.exists() else []
    held_out = {line.strip() for line in lines if line.strip() and not line.startswith("#")}
    return [p for p in sorted(folder.iterdir()) if p.suffix.lower() in FORMATS and p.name not in held_out]


def default_paths() -> list[Path]:
    paths = [p for d in DEV if d.is_dir() for p in sorted(d.iterdir()) if p.suffix.lower() in FORMATS]
    files = FRESH / "files"
    return paths + (folder_paths(files) if files.is_dir() else [])


def producers(folder: Path) -> dict[str, str]:
    """File id -> the tool that made it, from the SOURCES.tsv beside a corpus folder (empty when it has none)."""
    listed = folder.parent / "SOURCES.tsv"
    if not listed.exists():
        return {}
    with open(listed, newline="", encoding="utf-8") as f:
        return {row["id"]: row["producer"] for row in csv.DictReader(f, delimiter="\t") if row.get("producer")}


def by_producer(rows: list[tuple], producer_of: dict[str, str], below: float) -> list[str]:
    """One line per producer, largest first: files, mean coverage, files under the threshold."""
    groups: dict[str, list[float]] = {}
    for coverage, path, _lost, _total in rows:
        groups.setdefault(producer_of.get(path.name, "unknown"), []).append(coverage)
    ordered = sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
    return [f"  {name:16s} {len(c):4d} files  mean {sum(c) / len(c):.3f}  {sum(x < below for x in c):3d} below"
            for name, c in ordered]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--below", type=float, default=0.97, help="list files covering less than this share")
    parser.add_argument("--pdf-engine", default=DEFAULT_PDF_ENGINE, help="the screener's PDF reader")
    parser.add_argument("--show", action="store_true", help="print the lost words (resume text!)")
    parser.add_argument("--dir", type=Path, action="append", default=[], help="read every resume file in FOLDER")
    args = parser.parse_args()
    paths = args.paths + [p for folder in args.dir for p in folder_paths(folder)]
    producer_of = {name: made for folder in args.dir for name, made in producers(folder).items()}
    rows, errors, unread = [], 0, 0
    for path in paths or default_paths():
        ref = words(reference(path))
        try:
            got = words(screener_text(path, args.pdf_engine))
        except ScreenerError as error:
            print(f"{path.name}: error {error}", file=sys.stderr)
            errors += 1
            continue
        if not ref:
            unread += 1
            continue
        lost = lost_words(ref, got)
        rows.append((1 - len(lost) / len(ref), path, lost, len(ref)))
    below = sorted(row for row in rows if row[0] < args.below)
    for coverage, path, lost, total in below:
        print(f"{coverage:6.3f}  lost {len(lost):4d} of {total:4d}  {path.parent.name}/{path.name}")
        if args.show:
            print("        " + " ".join(sorted(lost)))
    mean = sum(row[0] for row in rows) / len(rows) if rows else 1.0
    print(f"{len(rows)} files, mean coverage {mean:.3f}, {len(below)} below {args.below}"
          + f"; {errors} the screener could not load, {unread} with no words in the independent reading")
    if producer_of:
        print("by producer:", *by_producer(rows, producer_of, args.below), sep="\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
