"""Proof that a change moves no outcome: every output of two commits compared byte for byte on real resumes.

    python bench/same_output.py BASE [HEAD] [--jobs 2] [FOLDER...]
        (HEAD: the working tree when left out; folders: the dev, fresh and wild corpora and samples/)

Each commit is checked out into a temporary worktree and run from its own source (PYTHONPATH), with a cache of its
own that starts empty (--cold: none) and a fixed date: `screener screen` in every format, in path order and sorted by score, against the bundled rules and the drafted posting together (an
xlsx workbook compared without the times it was written), and `screener explain` of every file (in one process
per commit, through the command's own code). Printed: each output identical or not; for the per-resume outputs
(jsonl, explain), which resumes differ. The table is drawn 160 columns wide and 80 (its two layouts). Resumes of the fresh set's held-out third are counted, never named. Exit
status 1 when anything differs.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copies import DEFAULT_FOLDERS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("table", "csv", "json", "jsonl", "junit", "html", "xlsx")
SORTS = ("file", "score")  # path order streams; a sorted run holds every result before writing the first
# every format and order 160 columns wide (the table with a column per requirement), and the table 80 wide (where
# its requirements fold into one strip per resume)
RUNS = (*((f, s, "160") for s in SORTS for f in FORMATS), *(("table", s, "80") for s in SORTS))
RULES = (ROOT / "rules" / "senior-backend-team-lead.toml",
         ROOT / "rules" / "postings" / "senior-backend-team-lead.draft.toml")
AS_OF = "2026-01-01"
HELDOUT = ROOT / "corpus" / "fresh" / "HELDOUT.txt"
# Run inside the tree under test: `explain` of each file given, each output after a line naming its file.
_EXPLAIN_ALL = """
import contextlib, io, sys
from screener.cli.app import explain
for path in sys.argv[1:]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            explain(__import__("pathlib").Path(path), None, "%s", True)
        except SystemExit as exc:
            print("exit", exc.code)
    sys.stdout.write("\\0" + path + "\\n" + out.getvalue())
""" % AS_OF


def tree(commit: str | None, stack: contextlib.ExitStack) -> Path:
    """The source tree of a commit (a temporary worktree), or this working tree for None."""
    if commit is None:
        return ROOT
    where = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="same-output-"))) / "tree"
    subprocess.run(["git", "worktree", "add", "--detach", "-q", str(where), commit], cwd=ROOT, check=True)
    stack.callback(subprocess.run, ["git", "worktree", "remove", "--force", str(where)], cwd=ROOT, check=True)
    return where


def outputs(source: Path, paths: list[Path], files: list[Path], jobs: int, cold: bool) -> dict[str, bytes]:
    """Every format's bytes from `screener screen`, and explain's, run from `source`: its folder is the working
    one too, since `python -m` and `-c` put the working folder before PYTHONPATH (run from another checkout, they
    would import that one). Unless `cold`, the runs share one cache of their own, new for this commit: the first
    screens every resume with this commit's code, the others read its results back (a result
    survives the cache's round trip equal: tests/test_run_codec.py), seconds each instead of a batch each."""
    with tempfile.TemporaryDirectory(prefix="same-output-cache-") as cache:  # removed even when a run fails
        env = {**os.environ, "PYTHONPATH": str(source), "TERM": "dumb", "SCREENER_CACHE_DIR": cache}
        rules = [arg for r in RULES for arg in ("--rules", str(r))]
        out: dict[str, bytes] = {}
        for fmt, sort, columns in RUNS:
            with tempfile.TemporaryDirectory() as tmp:
                target = Path(tmp) / f"out.{fmt}"
                subprocess.run([sys.executable, "-m", "screener", "screen", *map(str, paths), *rules, "--format", fmt,
                                "--sort", sort, "--as-of", AS_OF, *(["--no-cache"] if cold else []), "--jobs",
                                str(jobs), "--output", str(target)], env={**env, "COLUMNS": columns}, check=True,
                               cwd=source, stdout=subprocess.DEVNULL)
                out[_label(fmt, sort, columns)] = (_without_timestamps(target.read_bytes()) if fmt == "xlsx"
                                                   else target.read_bytes())
        out["explain"] = subprocess.run([sys.executable, "-c", _EXPLAIN_ALL, *map(str, files)], env=env, check=True,
                                        cwd=source, capture_output=True).stdout
    return out


def _label(fmt: str, sort: str, columns: str = "160") -> str:
    return (fmt if sort == SORTS[0] else f"{fmt} --sort {sort}") + ("" if columns == "160" else f" ({columns} columns)")


def _without_timestamps(xlsx: bytes) -> bytes:
    """A workbook's members and their contents, in order, without the times it was written (the archive's
    dates, and the created and modified dates of docProps/core.xml), which differ between any two runs."""
    with zipfile.ZipFile(io.BytesIO(xlsx)) as archive:
        parts = [(name, archive.read(name)) for name in archive.namelist()]
    stamp = re.compile(rb"<dcterms:(created|modified)[^>]*>[^<]*</dcterms:\1>")
    return b"".join(name.encode() + b"\0" + stamp.sub(b"", data) + b"\0" for name, data in parts)


def per_resume(fmt: str, data: bytes) -> dict[str, bytes]:
    """The per-resume parts of an output, by file: jsonl lines by their `file`, explain by its marker."""
    if fmt.split()[0] == "explain":
        return {part.split(b"\n", 1)[0].decode(): part for part in data.split(b"\0") if part}
    import json

    parts: dict[str, bytes] = {}
    for line in data.splitlines():
        parts[f"{json.loads(line).get('file')} {len(parts)}"] = line
    return parts


def differing(fmt: str, a: bytes, b: bytes, heldout: set[str]) -> str:
    """Which resumes differ, named unless held out."""
    pa, pb = per_resume(fmt, a), per_resume(fmt, b)
    names = sorted(k for k in pa.keys() | pb.keys() if pa.get(k) != pb.get(k))
    hidden = [n for n in names if Path(n.split(" ")[0]).stem in heldout]
    shown = [n for n in names if n not in hidden]
    return f"{len(names)} resumes differ: {', '.join(shown[:20])}" + (f" and {len(hidden)} held out" if hidden else "")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("base")
    ap.add_argument("head", nargs="?")
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--cold", action="store_true", help="every run screens every resume (--no-cache): slower")
    args = ap.parse_args()
    wild = ROOT / "corpus" / "wild" / "files"  # unlabelled: compared, never read for anything else
    paths = [p for p in (args.folders or [*DEFAULT_FOLDERS, wild, ROOT / "samples"]) if p.is_dir()]
    from screener.run.collect import collect

    files = list(collect(paths).files)
    heldout = set(HELDOUT.read_text().split()) if HELDOUT.exists() else set()
    heldout = {Path(h).stem for h in heldout}
    with contextlib.ExitStack() as stack:
        a = outputs(tree(args.base, stack), paths, files, args.jobs, args.cold)
        b = outputs(tree(args.head, stack), paths, files, args.jobs, args.cold)
    print(f"{len(files)} resumes, as of {AS_OF}, rules: {', '.join(r.name for r in RULES)}")
    same = True
    for fmt in (*(_label(*run) for run in RUNS), "explain"):
        if a[fmt] == b[fmt]:
            print(f"  {fmt}: identical ({len(a[fmt]):,} bytes)")
            continue
        same = False
        detail = differing(fmt, a[fmt], b[fmt], heldout) if fmt.split()[0] in ("jsonl", "explain") else ""
        print(f"  {fmt}: DIFFERS {detail}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
