"""Compare PDF text extractors on the shared corpus for speed and quality before choosing the default engine.

Usage: PYTHONPATH=. python bench/extractors.py [corpus_dir]   (exits cleanly when the corpus is absent)

Quality proxies, per engine:
  found  - share of labelled positions whose title and organisation each appear within one output line
           (interleaved columns and split words break them);
  glued  - tokens of 20+ letters per 1000 tokens (words run together when spaces are lost).
"""
from __future__ import annotations

import json
import re
import statistics
import sys
import time
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.high_level import extract_text as pdfminer_text
from pdfminer.layout import LAParams
from rapidfuzz import fuzz

from screener.loaders import pdf as loader


def plumber_text(path: Path) -> tuple[str, int]:
    with pdfplumber.open(path) as doc:
        return "\n".join(p.extract_text() or "" for p in doc.pages), len(doc.pages)


def plumber_layout(path: Path) -> tuple[str, int]:
    with pdfplumber.open(path) as doc:
        return "\n".join(p.extract_text(layout=True) or "" for p in doc.pages), len(doc.pages)


def pdfminer_laparams(path: Path) -> tuple[str, int]:
    with pdfplumber.open(path) as doc:
        pages = len(doc.pages)
    return pdfminer_text(str(path), laparams=LAParams()), pages


def pdfium_text(path: Path) -> tuple[str, int]:
    doc = pdfium.PdfDocument(str(path))
    try:
        out = []
        for page in doc:
            textpage = page.get_textpage()
            out.append(textpage.get_text_range())
        return "\n".join(out), len(doc)
    finally:
        doc.close()


def screener_loader(path: Path, engine: str = "pdfplumber") -> tuple[str, int]:
    doc = loader.load(path, engine=engine)
    return doc.text, doc.pages


def screener_pdfium(path: Path) -> tuple[str, int]:
    return screener_loader(path, "pdfium")


ENGINES = {
    "screener engine=pdfplumber (words + gutter)": screener_loader,
    "screener engine=pdfium (pdfium words + gutter)": screener_pdfium,
    "pdfplumber extract_text()": plumber_text,
    "pdfplumber extract_text(layout=True)": plumber_layout,
    "pdfminer LAParams": pdfminer_laparams,
    "pypdfium2 get_text_range": pdfium_text,
}


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.lower()).strip()


def found_share(text: str, positions: list[dict]) -> tuple[int, int]:
    lines = [_norm(line) for line in text.splitlines() if line.strip()]
    hits = total = 0
    for pos in positions:
        for field in ("title", "org"):
            value = _norm(pos.get(field) or "")
            if len(value) < 4 or len(value) > 60:
                continue
            total += 1
            hits += any(fuzz.partial_ratio(value, line) >= 90 for line in lines if len(line) >= len(value) * 0.8)
    return hits, total


def glued_rate(text: str) -> float:
    tokens = text.split()
    return 1000 * sum(1 for t in tokens if re.fullmatch(r"[^\W\d_]{20,}", t)) / max(len(tokens), 1)


def main() -> int:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "../shared/corpus"
    if not (corpus / "pdf").is_dir():
        print(f"corpus not found at {corpus}; nothing to measure")
        return 0
    labels = {}
    labels_file = corpus / "labels.jsonl"
    if labels_file.exists():
        for row in labels_file.read_text().splitlines():
            item = json.loads(row)
            labels[item["file"]] = item.get("positions") or []
    files = sorted((corpus / "pdf").glob("*.pdf"))
    print(f"{len(files)} PDFs\n{'engine':46s} {'median ms/page':>14s} {'total s':>8s} {'found':>7s} {'glued':>6s} errors")
    for name, engine in ENGINES.items():
        per_page, hits, total, glued, errors, spent = [], 0, 0, [], 0, 0.0
        for path in files:
            start = time.perf_counter()
            try:
                text, pages = engine(path)
            except Exception:
                errors += 1
                continue
            elapsed = time.perf_counter() - start
            spent += elapsed
            per_page.append(1000 * elapsed / max(pages, 1))
            h, t = found_share(text, labels.get(f"pdf/{path.name}", []))
            hits, total = hits + h, total + t
            if text.strip():
                glued.append(glued_rate(text))
        print(f"{name:46s} {statistics.median(per_page):14.0f} {spent:8.1f} {hits / max(total, 1):7.1%}"
              f" {statistics.mean(glued):6.1f} {errors}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
