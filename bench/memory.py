"""Peak memory of `screener screen` over many files, for every output format, with and without --sort.

    python bench/memory.py --files 10000                      # generated pdf/docx/txt, warm runs
    python bench/memory.py --files 10000 --cold table,html    # also these formats cold (each from an empty cache)
    python bench/memory.py --files 10000 --dir /tmp/r --cache /tmp/c --formats junit   # reuse files and cache

A format that streams holds one result at a time; a sorted run, or a format that lays out the whole batch (the
terminal table, HTML, XLSX), holds something per file, and that something is what this measures. Each run's peak
RSS is read from the kernel's accounting of that one child (wait4), the larger of the command and its workers.
Generated resumes are written once into --dir and reused; output goes to a file that is then removed. With --cache
the warm cache is kept there too, so a second measurement (another format, another commit run through PYTHONPATH)
starts warm: its first run then fills only what this code's results lack.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_resumes import generate, parse_mix  # noqa: E402

FORMATS = ("table", "csv", "json", "jsonl", "junit", "html", "xlsx")
SORTS = ("file", "score")
AS_OF = "2026-01-01"


def peak_mb(folder: Path, cache: Path, fmt: str, sort: str, jobs: int | None) -> float:
    """Peak RSS in MB of one `screener screen` run writing `fmt` to a temporary file."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "screener", "screen", str(folder), "--format", fmt, "--sort", sort,
               "--as-of", AS_OF, "--output", str(Path(tmp, f"out.{fmt}"))]
        if jobs:
            cmd += ["--jobs", str(jobs)]
        env = dict(os.environ, SCREENER_CACHE_DIR=str(cache), COLUMNS="160")
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            raise SystemExit(f"{' '.join(cmd)} exited {proc.returncode}")
        return usage.ru_maxrss / 1024  # Linux reports kilobytes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=10000, help="how many generated resumes")
    ap.add_argument("--mix", default="pdf=1,docx=1,txt=1")
    ap.add_argument("--dir", type=Path, default=None, help="where to generate (reused if it has the resumes)")
    ap.add_argument("--cache", type=Path, default=None, help="the warm cache (kept, and reused if it is filled)")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--formats", default=",".join(FORMATS), help="comma-separated formats measured warm")
    ap.add_argument("--sorts", default=",".join(SORTS), help="comma-separated --sort values measured")
    ap.add_argument("--cold", default="", help="comma-separated formats also measured cold (slow: each a full run)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.dir or Path(tmp, "resumes")
        if len(list(folder.glob("resume-*")) if folder.is_dir() else []) != args.files:
            generate(folder, args.files, parse_mix(args.mix))
        print(f"{args.files} resumes ({args.mix}); peak RSS of the largest process, MB")
        sorts = list(filter(None, args.sorts.split(",")))
        for fmt in filter(None, args.cold.split(",")):
            for sort in sorts:
                with tempfile.TemporaryDirectory() as cold:
                    print(f"  cold {fmt:5} --sort {sort:5}: {peak_mb(folder, Path(cold), fmt, sort, args.jobs):5.0f}")
        warm = args.cache or Path(tmp, "cache")
        fill = peak_mb(folder, warm, "jsonl", "file", args.jobs)  # fills the cache
        print(f"  fill jsonl --sort file : {fill:5.0f}  (the run that fills the cache: cold unless --cache was)",
              flush=True)
        for fmt in filter(None, args.formats.split(",")):
            for sort in sorts:
                print(f"  warm {fmt:5} --sort {sort:5}: {peak_mb(folder, warm, fmt, sort, args.jobs):5.0f}",
                      flush=True)


if __name__ == "__main__":
    main()
