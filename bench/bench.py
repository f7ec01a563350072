"""Benchmark `screener screen` end to end: resumes/s cold (empty cache), re-screened (text cached, results not:
as after a rule change) and warm (text and results cached), best and median of several runs, per-stage time,
peak memory.

    python bench/bench.py -n 1000 --mix pdf=1            # 1,000 generated two-page PDFs
    python bench/bench.py -n 300 --mix pdf=2,docx=1,txt=1 --jobs 2
    python bench/bench.py --real --copies 4              # the dev and fresh corpora's resumes, copied 4 times
    python bench/bench.py --real DIR... --copies 8       # the resumes in these folders

Generated resumes are written once into --dir (default: a temporary folder). Real ones are copied into a temporary
folder, each copy made a different file (bench/copies.py) so no cache short-cuts it. Either way the raw pypdfium2
text floor of the same PDFs is timed in the same run, on as many processes (bench/floor.py). Stage times (load by
format, match, report) come from an in-process pass over a sample of the files (real: every original once), in
CPU time; resumes/s, CPU a file and peak RSS from the real command.
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
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copies import DEFAULT_FOLDERS, make_copies, resumes  # noqa: E402
from floor import floor_seconds  # noqa: E402
from make_resumes import generate, parse_mix  # noqa: E402

KINDS = {".pdf": "pdf", ".docx": "docx"}  # every other format is text (plain, Markdown, LaTeX, JSON Resume)
RUNS = ("cold", "re-screen (text cached)", "warm (text and results cached)")


def run_screen(folder: Path, cache: Path, jobs: int | None, as_of: str) -> float:
    """Seconds for one `screener screen` over the folder, output discarded as a user piping jsonl would."""
    cmd = [sys.executable, "-m", "screener", "screen", str(folder), "--format", "jsonl", "--as-of", as_of]
    if jobs:
        cmd += ["--jobs", str(jobs)]
    env = dict(os.environ, SCREENER_CACHE_DIR=str(cache))
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - start


def children_cpu() -> float:
    """CPU seconds (user + system) of every finished child process and their children so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def runs(folder: Path, tmp: str, jobs: int | None, repeat: int, between=None
         ) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """(wall seconds, CPU seconds) of each run kind, `repeat` times. CPU time is what the work costs whatever
    else shares the machine; `between()` runs after each round (the floor, timed alongside so that the machine's
    drifting speed hits both alike)."""
    wall: dict[str, list[float]] = {label: [] for label in RUNS}
    cpu: dict[str, list[float]] = {label: [] for label in RUNS}
    for run in range(repeat):
        cache = Path(tmp, f"cache{run}")
        # another as-of date changes every result's key but no extraction: re-screening after a rule change
        for label, as_of in zip(RUNS, ("2026-01-01", "2026-01-02", "2026-01-02")):
            before = children_cpu()
            wall[label].append(run_screen(folder, cache, jobs, as_of))
            cpu[label].append(children_cpu() - before)
        if between:
            between()
    return wall, cpu


class Floor:
    """The pypdfium2 floor of some PDFs, timed (wall and CPU) each time it is called: between the rounds of
    `runs`, so that the machine's drifting speed hits the screener and the floor alike."""

    def __init__(self, pdfs: list[Path], jobs: int):
        self.pdfs, self.jobs = pdfs, jobs
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def __call__(self) -> None:
        if self.pdfs:
            before = children_cpu()
            self.wall.append(floor_seconds(self.pdfs, self.jobs))
            self.cpu.append(children_cpu() - before)

    def report(self, count: int, cold: list[float], cold_cpu: list[float]) -> None:
        """The floor's line, and how far the cold runs (`count` files) are from it, in wall time and in CPU."""
        if not self.wall:
            return
        n = len(self.pdfs)
        print(line("floor: raw pypdfium2 text of the same PDFs", n, self.wall, "PDFs/s", self.cpu))
        ratio = (n / min(self.wall)) / (count / min(cold))
        cpu_ratio = (min(cold_cpu) / count) / (min(self.cpu) / n)
        print(f"cold is {ratio:.1f}x below the floor (best against best); in CPU a file, {cpu_ratio:.1f}x")


def kind(path: Path) -> str:
    return KINDS.get(path.suffix.lower(), "text")


def stage_times(files: list[Path]) -> dict[str, float]:
    """Milliseconds per resume spent loading (per format: per file of that format), matching and reporting,
    measured in this process in CPU time (on a shared machine the wall clock also counts waiting for a core)."""
    from screener.engine import screen_document
    from screener.loaders import load
    from screener.models import Report
    from screener.reporters import REPORTERS, Format
    from screener.rules import load_rules

    rules, as_of = load_rules(), dt.date(2026, 1, 1)
    load_s: dict[str, list[float]] = defaultdict(list)
    match = 0.0
    results = []
    for path in files:
        a = time.process_time()
        doc = load(path)
        b = time.process_time()
        results.append(screen_document(doc, rules, as_of))
        load_s[kind(path)].append(b - a)
        match += time.process_time() - b
    a = time.process_time()
    REPORTERS[Format.jsonl](Report((rules.job(),), as_of, results), io.StringIO())
    report = time.process_time() - a
    out = {f"load {k} ({len(v)})": 1000 * sum(v) / len(v) for k, v in sorted(load_s.items())}
    return {**out, "match": 1000 * match / len(files), "report": 1000 * report / len(files)}


def line(label: str, count: int, times: list[float], unit: str = "resumes/s", cpu: list[float] | None = None
         ) -> str:
    best, median = min(times), statistics.median(times)
    out = (f"{label}: best {best:.2f} s = {count / best:,.0f} {unit}, "
           f"median {median:.2f} s = {count / median:,.0f} {unit}")
    return out + (f"; CPU {1000 * min(cpu) / count:.1f} ms a file at best" if cpu else "")


def peak_mb() -> float:
    """Peak RSS of the largest child process so far (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def generated(args, tmp: str) -> None:
    folder = args.dir or Path(tmp, "resumes")
    files = sorted(folder.glob("resume-*")) if folder.is_dir() else []
    if len(files) != args.count:
        files = generate(folder, args.count, parse_mix(args.mix))
    from screener.run.pool import default_jobs

    floor = Floor([f for f in files if kind(f) == "pdf"], args.jobs or default_jobs())
    times, cpu = runs(folder, tmp, args.jobs, args.repeat, floor)
    peak = peak_mb()
    stages = stage_times(files[: args.sample])
    print(f"{args.count} resumes ({args.mix}), jobs={args.jobs or os.cpu_count()}, {args.repeat} runs each "
          "(best: the code's speed, as noise only adds time; median: what a run on this machine usually takes)")
    for label, seconds in times.items():
        print(line(label, args.count, seconds, cpu=cpu[label]))
    floor.report(args.count, times[RUNS[0]], cpu[RUNS[0]])
    print("per resume, one process, CPU: " + ", ".join(f"{k} {v:.2f} ms" for k, v in stages.items()))
    print(f"peak RSS of the largest process: {peak:.0f} MB")


def real(args, tmp: str) -> None:
    originals, missing = resumes(args.real or list(DEFAULT_FOLDERS))
    for folder in missing:
        print(f"skipped {folder}: not there", file=sys.stderr)
    if not originals:
        print("no real resumes to benchmark: the folders are absent (see corpus/fresh/README.md); skipped")
        return
    files = make_copies(originals, Path(tmp, "resumes"), args.copies)
    from screener.run.pool import default_jobs

    jobs = args.jobs or default_jobs()
    floor = Floor([f for f in files if kind(f) == "pdf"], jobs)
    times, cpu = runs(Path(tmp, "resumes"), tmp, jobs, args.repeat, floor)
    peak = peak_mb()  # before the in-process pass, which would count this process's own imports
    stages = stage_times(originals)
    count = len(files)
    formats = ", ".join(f"{sum(kind(f) == k for f in files)} {k}" for k in ("pdf", "docx", "text"))
    print(f"{count} real resumes ({len(originals)} originals x {args.copies} copies: {formats}), jobs={jobs}, "
          f"{args.repeat} runs each (best: the code's speed, as noise only adds time; median: a usual run)")
    for label, seconds in times.items():
        print(line(label, count, seconds, cpu=cpu[label]))
    floor.report(count, times[RUNS[0]], cpu[RUNS[0]])
    print("per resume, one process, CPU: " + ", ".join(f"{k} {v:.2f} ms" for k, v in stages.items()))
    print(f"peak RSS of the largest process: {peak:.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", "--count", type=int, default=200)
    ap.add_argument("--mix", default="pdf=1")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--dir", type=Path, default=None, help="where to generate (reused if it has the resumes)")
    ap.add_argument("--sample", type=int, default=50, help="files timed in-process for per-stage figures")
    ap.add_argument("--repeat", type=int, default=5, help="runs of each kind; the best and the median are reported")
    ap.add_argument("--real", nargs="*", type=Path, metavar="FOLDER",
                    help="screen real resumes instead: these folders (default: the dev and fresh corpora)")
    ap.add_argument("--copies", type=int, default=4, help="with --real: how many times each resume is copied")
    args = ap.parse_args()
    # an installed package has its bytecode compiled; a source checkout run with PYTHONDONTWRITEBYTECODE would not
    compileall.compile_dir(Path(__file__).resolve().parent.parent / "screener", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        (real if args.real is not None else generated)(args, tmp)


if __name__ == "__main__":
    main()
