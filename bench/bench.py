"""Benchmark `screener screen` end to end: resumes/s cold (empty cache), re-screened (text cached, results not:
as after a rule change) and warm (text and results cached), best and median of several runs, per-stage time,
peak memory.

    python bench/bench.py -n 1000 --mix pdf=1            # 1,000 two-page PDFs
    python bench/bench.py -n 300 --mix pdf=2,docx=1,txt=1 --jobs 2

Resumes are generated once into --dir (default: a temporary folder). Stage times (load, match, report) come from
an in-process pass over a sample of the files; resumes/s and peak RSS from the real command.
"""
from __future__ import annotations

import argparse
import compileall
import datetime as dt
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_resumes import generate, parse_mix  # noqa: E402


def run_screen(folder: Path, cache: Path, jobs: int | None, as_of: str) -> float:
    """Seconds for one `screener screen` over the folder, output discarded as a user piping jsonl would."""
    cmd = [sys.executable, "-m", "screener", "screen", str(folder), "--format", "jsonl", "--as-of", as_of]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    env = dict(os.environ, SCREENER_CACHE_DIR=str(cache))
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def stage_times(files: list[Path]) -> dict[str, float]:
    """Milliseconds per resume spent loading, matching and reporting, measured in this process."""
    from screener.engine import screen_document
    from screener.loaders import load
    from screener.models import Report
    from screener.reporters import REPORTERS, Format
    from screener.rules import load_rules

    rules, as_of = load_rules(), dt.date(2026, 1, 1)
    t = {"load": 0.0, "match": 0.0, "report": 0.0}
    results = []
    for path in files:
        a = time.perf_counter()
        doc = load(path)
        b = time.perf_counter()
        results.append(screen_document(doc, rules, as_of))
        t["load"] += b - a
        t["match"] += time.perf_counter() - b
    a = time.perf_counter()
    REPORTERS[Format.jsonl](Report((rules.job(),), as_of, results), io.StringIO())
    t["report"] = time.perf_counter() - a
    return {k: 1000 * v / len(files) for k, v in t.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--count", type=int, default=200)
    ap.add_argument("--mix", default="pdf=1")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--dir", type=Path, default=None, help="where to generate (reused if it has the resumes)")
    ap.add_argument("--sample", type=int, default=50, help="files timed in-process for per-stage figures")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each kind; the best and the median are reported")
    args = ap.parse_args()
    # an installed package has its bytecode compiled; a source checkout run with PYTHONDONTWRITEBYTECODE would not
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "screener", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp, "resumes")
        files = sorted(folder.glob("resume-*")) if folder.is_dir() else []
        if len(files) != args.count:
            files = generate(folder, args.count, parse_mix(args.mix))
        cold, rescreen, warm = [], [], []
        for run in range(args.repeat):
            cache = Path(tmp, f"cache{run}")
            cold.append(run_screen(folder, cache, args.jobs, "2026-01-01"))
            # another as-of date changes every result's key but no extraction: re-screening after a rule change
            rescreen.append(run_screen(folder, cache, args.jobs, "2026-01-02"))
            warm.append(run_screen(folder, cache, args.jobs, "2026-01-02"))
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        stages = stage_times(files[: args.sample])
    print(f"{args.count} resumes ({args.mix}), jobs={args.jobs or os.cpu_count()}, {args.repeat} runs each "
          "(best: the code's speed, as noise only adds time; median: what a run on this machine usually takes)")
    for label, times in (("cold", cold), ("re-screen (text cached)", rescreen), ("warm (text and results cached)", warm)):
        best, median = min(times), statistics.median(times)
        print(f"{label}: best {best:.2f} s = {args.count / best:,.0f} resumes/s, "
              f"median {median:.2f} s = {args.count / median:,.0f} resumes/s")
    print("per resume, one process: " + ", ".join(f"{k} {v:.2f} ms" for k, v in stages.items()))
    print(f"peak RSS of the largest process: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
