"""Prototypes of the changes the real-resume profile ranks highest, timed on the real set outside the package.

    python bench/prototypes.py [FOLDER...]   (default: the dev and fresh corpora; skips when absent)

Nothing here changes screener/: each prototype is timed beside the code it would replace, in CPU seconds of this
process, best of three.
"""
from __future__ import annotations

import ctypes
import datetime as dt
import sys
import time
from pathlib import Path

import pypdfium2.raw as raw

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copies import DEFAULT_FOLDERS, resumes  # noqa: E402

from screener.loaders import pdf as loader  # noqa: E402
from screener.loaders import pdfium_hidden as ph  # noqa: E402
from screener.loaders import pdfium_words as pw  # noqa: E402


def best(fn, runs: int = 3) -> float:
    """The least CPU seconds fn took in `runs` runs."""
    out = []
    for _ in range(runs):
        start = time.process_time()
        fn()
        out.append(time.process_time() - start)
    return min(out)


def fast_path_parts(pages) -> dict[str, float]:
    """The page read's cost, split: pdfium's text (the floor), the hidden-text decision, the word boxes (five
    crossings into pdfium a word)."""
    def text():
        for page in pages:
            tp = page.get_textpage()
            tp.get_text_range()
            tp.close()

    def decide():
        for page in pages:
            ph.risky_regions(page)

    def words():
        for page in pages:
            tp = page.get_textpage()
            pw._measured(tp.raw, tp.get_text_range(), page.get_height())
            tp.close()

    return {"pdfium text": best(text), "hidden-text decision": best(decide), "text + word boxes": best(words)}


def word_boxes_by_rects(page) -> int:
    """Prototype: word boxes from pdfium's text rectangles (one crossing per run of text on a line) instead of
    per-word character boxes, to see what fewer crossings would buy; returns the number of rectangles."""
    tp = page.get_textpage()
    n = raw.FPDFText_CountChars(tp.raw)
    rects = raw.FPDFText_CountRects(tp.raw, 0, n)
    l, t, r, b = (ctypes.c_double() for _ in range(4))
    for i in range(rects):
        raw.FPDFText_GetRect(tp.raw, i, l, t, r, b)
    tp.close()
    return rects


def main() -> None:
    files, _ = resumes([Path(a) for a in sys.argv[1:]] or list(DEFAULT_FOLDERS))
    pdfs = [f for f in files if f.suffix.lower() == ".pdf"]
    if not pdfs:
        print("no real PDFs: the folders are absent; skipped")
        return
    docs = [pw.open_document(p) for p in pdfs]
    pages = [doc[i] for doc in docs for i in range(min(len(doc), loader.MAX_PAGES))]
    parts = fast_path_parts(pages)
    print(f"page reading on all {len(pages)} pages, CPU ms a page: "
          + ", ".join(f"{k} {1000 * v / len(pages):.2f}" for k, v in parts.items()))
    rects = best(lambda: [word_boxes_by_rects(p) for p in pages])
    print(f"  text + pdfium's line rectangles instead of word boxes: {1000 * rects / len(pages):.2f} ms a page")
    matching(files)


def matching(files: list[Path]) -> None:
    """Where matching goes: the shared word index and fuzzy ngrams against the checks themselves; and a word index
    of only the prefixes the rule set's spellings start with."""
    from screener.engine import screen_document
    from screener.facts import Facts
    from screener.loaders import load
    from screener.rules import load_rules
    from screener.text.view import MAX_NGRAM, View, build_view

    rules, as_of = load_rules(), dt.date(2026, 1, 1)
    docs = [d for d in (load(f) for f in files) if not d.unreadable]
    total = best(lambda: [screen_document(d, rules, as_of) for d in docs])
    texts = [Facts(d, as_of).texts for d in docs]
    build = best(lambda: [build_view(t) for t in texts])
    built = [build_view(t) for t in texts]
    tokens = best(lambda: [View.tokens.func(v) for v in built])
    for v in built:
        v.tokens  # noqa: B018 - cached once, shared by the index and the ngrams as in the screener
    spellings = [s for r in rules.requirements for s in _spellings(r.check)]
    needed = {s.anchored[0] for s in spellings if s.anchored[0]}

    def every_index():  # every prefix length, as the index was before it was built by length on demand
        for v in built:
            vars(v).pop("by_three", None), v._shorter.clear()
            for k in (1, 2, 3):
                v.words_starting("x" * k)

    index = best(every_index)
    ngrams = best(lambda: [v.ngrams(n, c, 0, len(v.text))  # every length: as it was before lengths were asked
                           for v in built for n in range(1, MAX_NGRAM + 1) for c in v._by_letter])

    def needed_index():
        for v in built:
            words, _, spans, _ = v.tokens
            index: dict[str, list[int]] = {}
            for word, (start, _) in zip(words, spans):
                for k in (1, 2, 3):
                    if word[:k] in needed:
                        index.setdefault(word[:k], []).append(start)

    small = best(needed_index)
    fuzzy = [s for s in spellings if s.fuzzy]
    letters = {s.text.casefold()[:1] for s in fuzzy}
    longest = min(max(len(s.text.split()) for s in fuzzy) + 1, MAX_NGRAM)

    def needed_ngrams():
        for v in built:
            words, glue, spans, segs = v.tokens
            idx = [i for i, w in enumerate(words) if w[:1] in letters]
            cands = [words[i] for i in idx]
            for n in range(1, longest + 1):  # each run is the run one shorter, its glue and the next word
                if n > 1:
                    idx = [i for i in idx if i + n - 1 < len(words)]
                    cands = [c + glue[i + n - 2] + words[i + n - 1] for c, i in zip(cands, idx)]
                groups: dict[str, tuple[list[str], list[tuple[int, int]]]] = {}
                for c, i in zip(cands, idx):
                    if segs[i] == segs[i + n - 1]:
                        group = groups.setdefault(c[0], ([], []))
                        group[0].append(c)
                        group[1].append((spans[i][0], spans[i + n - 1][1]))

    few = best(needed_ngrams)
    facts_parts = _facts_parts(docs, rules, as_of)
    n = len(docs)
    print(f"matching, CPU ms a resume ({n}): all checks {1000 * total / n:.2f}; of it the view {1000 * build / n:.2f}, "
          f"tokens {1000 * tokens / n:.2f}, the word index {1000 * index / n:.2f}, "
          f"fuzzy ngrams 1-{MAX_NGRAM} {1000 * ngrams / n:.2f}")
    print(f"  a word index of only the {len(needed)} prefixes the rules' {len(spellings)} spellings start with: "
          f"{1000 * small / n:.2f} ms")
    print(f"  fuzzy ngrams 1-{longest} only where a word starts with one of the {len(letters)} first letters of the "
          f"{len(fuzzy)} fuzzy spellings: {1000 * few / n:.2f} ms")
    print("  by fact, each computed once as in Facts, CPU ms a resume: "
          + ", ".join(f"{k} {1000 * v / n:.2f}" for k, v in facts_parts.items()))


def _facts_parts(docs, rules, as_of) -> dict[str, float]:
    """CPU seconds of each fact over all documents, in the order a screening first asks for them, then of the
    checks themselves with every fact ready."""
    from screener.engine import _status
    from screener.facts import Facts
    from screener.text.injection import steering_warnings

    parts = dict.fromkeys(("sections", "view", "timeline", "degrees", "diagnostics", "checks", "warnings"), 0.0)
    for doc in docs:
        facts = Facts(doc, as_of)
        for name in ("sections", "view", "timeline", "degrees", "diagnostics"):
            start = time.process_time()
            getattr(facts, name)
            parts[name] += time.process_time() - start
        start = time.process_time()
        [_status(r, facts) for r in rules.requirements]
        parts["checks"] += time.process_time() - start
        start = time.process_time()
        steering_warnings(facts.texts)
        parts["warnings"] += time.process_time() - start
    return parts


def _spellings(check):
    """Every Spelling a check (or its nested checks) matches with."""
    from screener.text.matching import Spelling

    for value in vars(check).values() if hasattr(check, "__dict__") else ():
        for item in value if isinstance(value, (tuple, list)) else (value,):
            if isinstance(item, Spelling):
                yield item
            elif hasattr(item, "evaluate"):
                yield from _spellings(item)


if __name__ == "__main__":
    main()
