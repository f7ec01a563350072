"""How much of the text a person sees reaches the screener: per file, the share of an independent reading's words
that the screener's extracted text also holds, and how many it lost.

Usage: PYTHONPATH=. python bench/fidelity.py [--below 0.97] [--pdf-engine pdfium|pdfplumber] [--show] [PATH...]
  default PATHs: the dev corpus (../shared/corpus/{pdf,docx,text}) and the fresh corpus's tuned part (files in
  corpus/fresh/files/ not listed in corpus/fresh/HELDOUT.txt; held-out files are never opened).

The independent readings: `pdftotext -layout` for PDF, `pandoc -t plain` for DOCX and Markdown, the source with
its markup stripped for LaTeX, every string value for JSON, the file itself for plain text. A word is three or
more letters, lower-cased, so layout units, numbers and punctuation do not count; a reference word found inside
a screener word is not lost. Resume text is printed only with
--show (the lost words of each file under the threshold): resumes are personal data.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
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
        return _run("pandoc", "-t", "plain", str(path))
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


def default_paths() -> list[Path]:
    listed = (FRESH / "HELDOUT.txt").read_text().splitlines() if (FRESH / "HELDOUT.txt").exists() else []
    held_out = {line.strip() for line in listed if line.strip() and not line.startswith("#")}
    paths = [p for d in DEV if d.is_dir() for p in sorted(d.iterdir())]
    files = FRESH / "files"
    if files.is_dir():
        paths += [p for p in sorted(files.iterdir()) if p.name not in held_out]
    return [p for p in paths if p.suffix.lower() in FORMATS]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--below", type=float, default=0.97, help="list files covering less than this share")
    parser.add_argument("--pdf-engine", default=DEFAULT_PDF_ENGINE, help="the screener's PDF reader")
    parser.add_argument("--show", action="store_true", help="print the lost words (resume text!)")
    args = parser.parse_args()
    rows = []
    for path in args.paths or default_paths():
        ref = words(reference(path))
        try:
            got = words(screener_text(path, args.pdf_engine))
        except ScreenerError as error:
            print(f"{path.name}: error {error}", file=sys.stderr)
            continue
        lost = lost_words(ref, got)
        coverage = 1 - len(lost) / len(ref) if ref else 1.0
        rows.append((coverage, path, lost, len(ref)))
    below = sorted(row for row in rows if row[0] < args.below)
    for coverage, path, lost, total in below:
        print(f"{coverage:6.3f}  lost {len(lost):4d} of {total:4d}  {path.parent.name}/{path.name}")
        if args.show:
            print("        " + " ".join(sorted(lost)))
    mean = sum(row[0] for row in rows) / len(rows) if rows else 1.0
    print(f"{len(rows)} files, mean coverage {mean:.3f}, {len(below)} below {args.below}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
