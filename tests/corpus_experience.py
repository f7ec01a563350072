"""How close the experience and degree engines come to the corpus answer key (opt-in: needs ../shared/corpus).

Run: PYTHONPATH=. /work/venv/bin/python tests/corpus_experience.py [--corpus DIR] [--as-of 2026-01-01] [--mine] [-v]
Years are scored only where the key has dated positions; degree level wherever the resume is usable.
--mine scores against tests/corpus_labels.tsv (our own reading of a subset) instead of the corpus answer key.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

from screener.degrees import RELATED_FIELDS, find_degrees, highest, related_degree
from screener.experience import build_timeline
from screener.models import Document, Line
from screener.text.normalize import normalize_lines
from screener.text.sections import find_sections

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
OWN_LABELS = Path(__file__).with_name("corpus_labels.tsv")
_TEX_COMMENT = re.compile(r"(?<!\\)%.*$")
YEARS_TOLERANCE = 1.0


def _raw_lines(path: Path) -> list[str]:
    """Text of one resume: the project's loader when it handles the type, else a plain extraction."""
    from screener import loaders
    if path.suffix.lower() in loaders.LOADERS:
        return [line.text for line in loaders.load(path).lines]
    if path.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            return "\n".join(page.extract_text() or "" for page in pdf.pages).splitlines()
    if path.suffix == ".docx":
        import docx
        doc = docx.Document(str(path))
        out = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                seen: list[str] = []
                for cell in row.cells:
                    if cell.text not in seen:  # merged cells repeat their text
                        seen.append(cell.text)
                out += seen
        return "\n".join(out).splitlines()
    text = path.read_text(errors="replace")
    if path.suffix == ".tex":
        return [_TEX_COMMENT.sub("", line) for line in text.splitlines()]
    return text.splitlines()


def document(path: Path) -> Document:
    lines = normalize_lines(_raw_lines(path))
    return Document(str(path), path.suffix.lstrip("."), tuple(Line(t) for t in lines))


def _own_labels() -> list[dict]:
    """Our TSV in the answer key's shape: years, level and whether the field is a related one."""
    rows = [line.split("\t") for line in OWN_LABELS.read_text().splitlines()[1:] if line.strip()]
    return [{"file": f, "usable": True, "positions": [1], "years_work": float(y), "degree_level": level,
             "degree_field_related": (field in RELATED_FIELDS) if field else None} for f, y, level, field in rows]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2026, 1, 1))
    ap.add_argument("--mine", action="store_true", help="score against tests/corpus_labels.tsv")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every file, not only the misses")
    args = ap.parse_args(argv)
    labels_path = args.corpus / "labels.jsonl"
    if not labels_path.exists():
        print(f"no corpus at {args.corpus}; nothing to measure")
        return 0
    years_hit = years_n = level_hit = level_n = field_hit = field_n = 0
    labels = _own_labels() if args.mine else [json.loads(raw) for raw in labels_path.read_text().splitlines()]
    for label in labels:
        path = args.corpus / label["file"]
        if not label.get("usable") or path.suffix in (".json", ".csv"):
            continue  # structured or multi-resume files are not free text
        doc = document(path)
        sections = find_sections([line.text for line in doc.lines])
        timeline = build_timeline(doc, sections, args.as_of)
        degrees = find_degrees(doc, sections, args.as_of)
        top = highest(degrees)
        level = top.level if top else "none"
        related = related_degree(degrees, level="associate") is not None
        marks = []
        if label["positions"]:
            years_n += 1
            ok = timeline.years is not None and abs(timeline.years - label["years_work"]) <= YEARS_TOLERANCE
            years_hit += ok
            if not ok or args.verbose:
                marks.append(f"years {timeline.years} (key {label['years_work']})" + ("" if ok else " MISS"))
        if label["degree_level"] != "unclear":
            level_n += 1
            ok = level == label["degree_level"]
            level_hit += ok
            if not ok or args.verbose:
                marks.append(f"degree {level} (key {label['degree_level']})" + ("" if ok else " MISS"))
        if label["degree_field_related"] is not None and top:
            field_n += 1
            ok = related == label["degree_field_related"]
            field_hit += ok
            if not ok or args.verbose:
                marks.append(f"related field {related} (key {label['degree_field_related']})" + ("" if ok else " MISS"))
        if marks:
            print(f"{label['file']}: " + "; ".join(marks))
    print(f"\nyears within {YEARS_TOLERANCE}: {years_hit}/{years_n} = {years_hit / max(years_n, 1):.0%} (target 90%)")
    print(f"degree level right: {level_hit}/{level_n} = {level_hit / max(level_n, 1):.0%} (target 95%)")
    print(f"related field right: {field_hit}/{field_n} = {field_hit / max(field_n, 1):.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
