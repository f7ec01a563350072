"""What matching costs a resume in instructions (callgrind): a measure of work a shared machine's load does not move.

    python bench/match_instructions.py [--fact timeline] [--every 2] [FOLDER...]
                                       (default: the dev and fresh corpora, as bench/match_cost.py)

CPU times on a machine shared with other jobs swing by 10-25% between runs of the same code; an instruction count is
the same from run to run, so two versions of the code can be compared one after the other. The resumes are loaded
as `bench/match_cost.py` loads them, once, outside callgrind, and both runs read that one pickle (so a commit made
while it runs changes nothing); each is then screened once against the bundled rules, or only one fact is built
(`--fact`, on facts whose own inputs are built first and not counted). Another tree's code is counted by running
this script with PYTHONPATH set to that tree. Two runs under callgrind,
one that stops before the measured step, give the step's instructions by difference. It takes minutes: callgrind
runs Python some fifty times slower.
"""
from __future__ import annotations

import argparse
import pickle
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copies import DEFAULT_FOLDERS, resumes  # noqa: E402
from match_cost import AS_OF, loaded  # noqa: E402

# What a fact needs built first (not counted): the timeline reads sections and the running lines, and so on
NEEDS = {"timeline": ("sections", "furniture"), "blocks": ("timeline",), "degrees": ("sections",),
         "diagnostics": ("sections", "furniture"), "section_names": ("sections",)}


def step(docs_file: Path, fact: str | None, measured: bool) -> None:
    """Read the loaded resumes, build what the step needs, and (when `measured`) take the step once for each."""
    from screener.engine import screen_document
    from screener.facts import Facts
    from screener.rules import load_rules

    rules, docs = load_rules(), pickle.loads(docs_file.read_bytes())
    screen_document(docs[0], rules, AS_OF)  # first-use caches out of the way, in both runs
    if fact is None:
        if measured:
            for doc in docs:
                screen_document(doc, rules, AS_OF)
        return
    built = [Facts(doc, AS_OF) for doc in docs]
    for facts in built:
        for need in NEEDS.get(fact, ()):
            getattr(facts, need)
    if measured:
        for facts in built:
            getattr(facts.view if fact in ("tokens", "stems", "stem_index") else facts, fact)


def instructions(args: list[str]) -> int:
    """Instructions callgrind counts for this script run with `args`."""
    run = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                          __file__, *args], capture_output=True, text=True, check=True)
    return int(re.search(r"Collected : (\d+)", run.stderr)[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--fact", help="count building this fact only (e.g. timeline, sections, degrees)")
    ap.add_argument("--every", type=int, default=1, help="take every n-th resume (a quicker sample)")
    ap.add_argument("--step", choices=("before", "measured"), help=argparse.SUPPRESS)  # the runs under callgrind
    ap.add_argument("--docs", type=Path, help=argparse.SUPPRESS)  # the loaded resumes both runs read
    args = ap.parse_args()
    if args.step:
        step(args.docs, args.fact, args.step == "measured")
        return
    files = resumes(args.folders or list(DEFAULT_FOLDERS))[0][::args.every]
    if not files:
        print("no real resumes: the folders are absent; skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs.pickle"
        docs.write_bytes(pickle.dumps(loaded(files)))  # loaded outside callgrind
        common = ["--docs", str(docs)] + (["--fact", args.fact] if args.fact else [])
        before = instructions([*common, "--step", "before"])
        after = instructions([*common, "--step", "measured"])
    what = f"the {args.fact} fact" if args.fact else "match"
    print(f"{what}: {len(files)} resumes, {(after - before) / len(files) / 1e6:.2f} M instructions a resume")


if __name__ == "__main__":
    main()
