#!/usr/bin/env python3
"""Where the screener's years differ from the answer key, month by month, by cause: counts only, for any set.

Total years are a union of months, so a miss is months counted that the key leaves out (over) or months the key
counts that the screener leaves out (under). Each such month is put down to what the key and the screener hold
there: a key post of a kind that does not count (academic, volunteer), a key with no dated posts at all, a post read
longer or shorter than the key's (each screener post paired with the key post it shares most months with), a key post
with nothing of the screener's paired to it, a screener post with no key post there, or a post of the screener's that
it does not count (and of which kind).
Only counts are printed, never a file, so the held-out parts can be read this way without being tuned to.

    python corpus/years_causes.py [--screener PATH] [--set SET ...]

SET as in corpus/score.py (default: dev and each fresh set's tuned and held-out parts).
"""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import importlib.util
import os
import shutil
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location("corpus_score", Path(__file__).resolve().parent / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

COUNTED = ("job", "internship", "part-time", "freelance")  # the kinds years_work counts (LABELING.md)
AS_OF = dt.date.fromisoformat(score.AS_OF)


def _month(text: str, end: bool) -> int | None:
    """A label's date as a month number (year * 12 + month - 1): 'YYYY-MM', 'YYYY' (July as a start, June as an
    end, as LABELING.md reads a year alone) or 'present' (the key's years run up to the as-of date, not into it)."""
    if not text:
        return None
    if text == "present":
        return _index(AS_OF - dt.timedelta(days=1))
    year, _, month = text.partition("-")
    if not year.isdigit():
        return None
    m = int(month[:2]) if month[:2].isdigit() else (6 if end else 7)
    return int(year) * 12 + m - 1


def _index(day: dt.date) -> int:
    return day.year * 12 + day.month - 1


def _span(start: int | None, end: int | None) -> set[int]:
    """The months from start to end, both included; none when either is missing or they are the wrong way round."""
    return set(range(start, end + 1)) if start is not None and end is not None and start <= end else set()


def key_months(post: dict) -> set[int]:
    """The months a key post covers; a range within one year written by years alone is July to December."""
    start, end = post.get("start") or "", post.get("end") or ""
    if start.isdigit() and start == end:
        return _span(_month(start, False), _month(start, False) + 5)
    return _span(_month(start, False), _month(end, True))


def screen_months(position: dict) -> set[int]:
    """The months a screener position covers; an end on a month's first day (an open end at the as-of date) stops
    before that month."""
    s, e = dt.date.fromisoformat(position["start"]), dt.date.fromisoformat(position["end"])
    return _span(_index(s), _index(e - dt.timedelta(days=1)) if e.day == 1 else _index(e))


def _pairs(posts: list[set[int]], ours: list[set[int]]) -> tuple[set[int], set[int]]:
    """Which key posts and which screener posts were read as one another: each screener post is paired with the
    key post of any kind it shares most months with (on a tie, the one starting nearest it)."""
    found, matched = set(), set()
    for j, q in enumerate(ours):
        if not q:
            continue
        best = max(range(len(posts)), key=lambda i: (len(posts[i] & q), -abs(min(posts[i] or {0}) - min(q))),
                   default=None)
        if best is not None and posts[best] & q:
            found.add(best)
            matched.add(j)
    return found, matched


def causes(label: dict, positions: list[dict]) -> collections.Counter[str]:
    """Months over and under the key for one resume, each put down to its cause."""
    posts = label.get("positions") or []
    spans = [key_months(p) for p in posts]
    counted = [i for i, p in enumerate(posts) if p.get("kind") in COUNTED]
    mine = [screen_months(p) for p in positions if p.get("counted")]
    left = [(p.get("kind"), screen_months(p)) for p in positions if not p.get("counted")]
    key, ours = set().union(*(spans[i] for i in counted)), set().union(*mine)
    found, matched = _pairs(spans, mine)  # a post read as the key's academic one finds no job of the key's
    out: collections.Counter[str] = collections.Counter()
    for m in ours - key:
        if not any(spans):
            out["over: the key has no dated posts"] += 1
        elif kinds := sorted({p.get("kind") for p, s in zip(posts, spans) if p.get("kind") not in COUNTED and m in s}):
            out[f"over: the key's {'/'.join(kinds)} post"] += 1
        elif any(m in q for j, q in enumerate(mine) if j in matched):
            out["over: a post read longer than the key's"] += 1
        else:
            out["over: no key post there"] += 1
    for m in key - ours:
        if kinds := sorted({kind for kind, s in left if m in s}):
            out[f"under: the screener's {'/'.join(kinds)} post, not counted"] += 1
        elif any(m in spans[i] for i in counted if i in found):
            out["under: a post read shorter than the key's"] += 1
        else:
            out["under: no post found"] += 1
    return out


def tally(screener: str, labels: list[dict], folder: Path) -> tuple[int, collections.Counter[str]]:
    """How many of the set's files are present, and their months by cause."""
    pairs = [(g, folder / g["file"]) for g in labels if (folder / g["file"]).is_file()]
    got = score.results(screener, [p for _, p in pairs], quiet=True) if pairs else {}
    total: collections.Counter[str] = collections.Counter()
    for g, path in pairs:
        total += causes(g, got.get(os.path.normpath(str(path)), {}).get("positions") or [])
    return len(pairs), total


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--screener", default=shutil.which("screener") or "screener")
    ap.add_argument("--set", dest="sets", action="append", choices=score.SET_NAMES)
    a = ap.parse_args()
    wanted = set(a.sets or ["dev", "tuned", "heldout", "fresh2-tuned", "fresh2-heldout", "fresh3-tuned",
                            "fresh3-heldout", "fresh4-tuned", "fresh4-heldout"])
    sets: list[tuple[str, list[dict], Path]] = []
    if wanted & {"dev", "all"}:
        sets.append(("dev", score.read_labels(score.DEV), score.DEV))
    for name, (folder, prefix) in score.FRESH_SETS.items():
        if not (folder / "labels.jsonl").is_file():
            continue
        labels, held = score.read_labels(folder), score.heldout_ids(folder)
        for part, keep in ((f"{prefix}tuned", False), (f"{prefix}heldout", True)):
            if wanted & {part, name, "all"}:
                sets.append((f"{name} {'held-out' if keep else 'tuned'}",
                             [g for g in labels if (g["file"] in held) == keep], folder / "files"))
    for name, labels, folder in sets:
        n, total = tally(a.screener, labels, folder)
        over = sum(v for k, v in total.items() if k.startswith("over"))
        present = f"{n} resumes" + (f" of {len(labels)}, the rest not on this machine" if n < len(labels) else "")
        print(f"{name} ({present}): {over} months over, {sum(total.values()) - over} under")
        for cause, months in sorted(total.items(), key=lambda kv: (not kv[0].startswith("over"), -kv[1])):
            print(f"  {months:5d}  {cause}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
