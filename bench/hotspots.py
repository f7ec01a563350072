"""Where the time goes on real resumes: cProfile of loading (by format), matching and reporting, in one process.

    python bench/hotspots.py [--top 12] [FOLDER...]   (default: the dev and fresh corpora; skips when absent)

Each stage is profiled on its own over every resume once, timed in CPU seconds of this process (a shared machine's
wall clock is mostly waiting), and printed as its total and the functions that spend the most of it themselves.
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import io
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import kind  # noqa: E402
from copies import DEFAULT_FOLDERS, resumes  # noqa: E402


def profiled(fn):
    """(fn's result, CPU seconds without the profiler, the profile of a second, profiled run)."""
    start = time.process_time()
    out = fn()
    seconds = time.process_time() - start
    prof = cProfile.Profile(time.process_time)
    prof.runcall(fn)
    return out, seconds, pstats.Stats(prof)


def short(func: tuple[str, int, str]) -> str:
    path, line, name = func
    parts = Path(path).parts
    where = "/".join(parts[parts.index("screener"):]) if "screener" in parts else Path(path).name
    return f"{where}:{line} {name}" if line else name


def show(title: str, seconds: float, count: int, stats: pstats.Stats, top: int) -> None:
    total = sum(v[2] for v in stats.stats.values())  # own time of every function: the profiled run's total
    print(f"\n== {title}: {1000 * seconds:.0f} ms CPU for {count}, {1000 * seconds / max(count, 1):.2f} ms each")
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:top]
    for func, (_, calls, own, cumulative, _) in rows:
        print(f"  {100 * own / total:5.1f}% own  {100 * cumulative / total:5.1f}% with callees  {calls:>9,} calls  "
              f"{short(func)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--top", type=int, default=12)
    args = ap.parse_args()
    files, _ = resumes(args.folders or list(DEFAULT_FOLDERS))
    if not files:
        print("no real resumes to profile: the folders are absent; skipped")
        return
    from screener.engine import screen_document
    from screener.loaders import load
    from screener.models import Report
    from screener.reporters import REPORTERS, Format
    from screener.rules import load_rules

    rules, as_of = load_rules(), dt.date(2026, 1, 1)
    load(files[0]), screen_document(load(files[0]), rules, as_of)  # imports and first-use caches out of the way
    docs = []
    for fmt in ("pdf", "docx", "text"):
        group = [f for f in files if kind(f) == fmt]
        loaded, seconds, stats = profiled(lambda group=group: [load(f) for f in group])
        docs += loaded
        show(f"load {fmt}", seconds, len(group), stats, args.top)
    results, seconds, stats = profiled(lambda: [screen_document(d, rules, as_of) for d in docs])
    show("match (every requirement of the bundled rules)", seconds, len(docs), stats, args.top)
    report = Report((rules.job(),), as_of, results)
    _, seconds, stats = profiled(lambda: REPORTERS[Format.jsonl](report, io.StringIO()))
    show("report (jsonl)", seconds, len(docs), stats, args.top)


if __name__ == "__main__":
    main()
