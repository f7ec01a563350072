"""Precision and recall of the keyword requirements on the shared resume corpus, against hand labels.

Usage: PYTHONPATH=. python tests/corpus_keywords.py [--rules tests/data/keyword-rules.toml] [--corpus DIR] [-v]
Exits 0 with a note when the corpus is absent (it lives outside the repository and is never copied into it).
"""
from __future__ import annotations

import argparse
import csv
import logging
import datetime as dt
import sys
from pathlib import Path

from screener.engine import screen_document
from screener.errors import ScreenerError
from screener.loaders import load
from screener.models import Document, Line, Status
from screener.rules import load_rules

HERE = Path(__file__).resolve().parent
AS_OF = dt.date(2026, 1, 1)


def read_document(path: Path) -> Document:
    """The repository's loader when it knows the format; pdfplumber / python-docx directly until those land
    (a tight x_tolerance so tightly kerned PDFs keep their spaces)."""
    try:
        return load(path)
    except ScreenerError:
        pass
    if path.suffix.lower() == ".pdf":
        import pdfplumber
        with pdfplumber.open(path) as pdf:
            lines = [Line(t, n) for n, page in enumerate(pdf.pages, 1)
                     for t in (page.extract_text(x_tolerance=1.5) or "").splitlines() if t.strip()]
            return Document(str(path), "pdf", tuple(lines), len(pdf.pages))
    if path.suffix.lower() != ".docx":
        text = path.read_text(encoding="utf-8", errors="replace")
        return Document(str(path), "text", tuple(Line(t) for t in text.splitlines() if t.strip()))
    import docx
    paras = [p.text for p in docx.Document(str(path)).paragraphs]
    paras += [c.text for t in docx.Document(str(path)).tables for r in t.rows for c in r.cells]
    return Document(str(path), "docx", tuple(Line(t) for p in paras for t in p.splitlines() if t.strip()))


def measure(rules, labels: Path, corpus: Path) -> tuple[dict[str, dict[str, int]], list[str]]:
    """Confusion counts per requirement (tp, fp, fn, tn) of `rules` against the labels file, and the misses."""
    with labels.open(encoding="utf-8") as f:
        rows = [r for r in csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t")]
    ids = [k for k in rows[0] if k not in ("file", "note")]
    counts = {i: {"tp": 0, "fp": 0, "fn": 0, "tn": 0} for i in ids}
    misses = []
    for row in rows:
        path = corpus / row["file"]
        if not path.exists():
            print(f"missing: {row['file']}", file=sys.stderr)
            continue
        result = screen_document(read_document(path), rules, AS_OF)
        got = {r.id: r for r in result.requirements}
        for rid in ids:
            if row[rid] not in ("pass", "fail") or rid not in got:
                continue
            want, said = row[rid] == "pass", got[rid].status == Status.PASS
            counts[rid][{(1, 1): "tp", (0, 1): "fp", (1, 0): "fn", (0, 0): "tn"}[(want, said)]] += 1
            if want != said:
                misses.append(f"{'FN' if want else 'FP'} {rid:16s} {row['file']}: {got[rid].detail}"
                              + "".join(f"\n      “{e.quote}”" for e in got[rid].evidence))
    return counts, misses


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rules", type=Path, default=HERE / "data" / "keyword-rules.toml")
    ap.add_argument("--labels", type=Path, default=HERE / "corpus_keyword_labels.tsv")
    ap.add_argument("--corpus", type=Path, default=HERE.parent.parent / "shared" / "corpus")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss with the screener's detail")
    args = ap.parse_args()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings say nothing about matching
    if not args.corpus.is_dir():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    counts, misses = measure(load_rules(args.rules), args.labels, args.corpus)
    print(f"{'requirement':16s} {'precision':>9s} {'recall':>7s}   tp  fp  fn  tn")
    for rid, c in counts.items():
        p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
        r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
        print(f"{rid:16s} {p:9.2f} {r:7.2f}  {c['tp']:3d} {c['fp']:3d} {c['fn']:3d} {c['tn']:3d}")
    if args.verbose:
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
