"""What matching costs a resume, and where: the match stage alone, on real resumes loaded once.

    python bench/match_cost.py [--repeat 5] [--profile] [--top 25] [FOLDER...]
                               (default: the dev and fresh corpora; skips when absent)

Loading is not timed: the resumes are loaded once (a second run reuses them from a pickle in the temporary folder,
keyed by the screener's commit and the files' names and sizes), then screened against the bundled rules `--repeat`
times. Printed: CPU ms a resume for the whole match stage (best and median), each shared fact computed on its own
in the order the engine first needs it, and each requirement's check on facts already built. `--profile` adds a
cProfile of one pass, sorted by time spent with callees; `--dump FILE` writes every result's repr.
"""
from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import hashlib
import pickle
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from copies import DEFAULT_FOLDERS, resumes  # noqa: E402

AS_OF = dt.date(2026, 1, 1)
# Facts in the order a screening first builds them; each is timed with those before it already built. The view's
# word indexes are built on first use by whichever check reads them first: timed here, they are not charged to it.
FACTS = ("texts", "sections", "section_names", "view", "tokens", "stems", "stem_index", "by_three", "_by_letter",
         "segment_tokens", "timeline", "blocks", "degrees", "diagnostics")
VIEW_PARTS = frozenset({"tokens", "stems", "stem_index", "by_three", "_by_letter", "segment_tokens"})


def loaded(files: list[Path]) -> list:
    """Every file loaded, from a pickle when this commit has loaded the same files before."""
    from screener.loaders import load

    head = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                          cwd=Path(__file__).parent).stdout.strip()
    key = hashlib.sha256("\n".join([head, *(f"{f}:{f.stat().st_size}" for f in files)]).encode()).hexdigest()
    cache = Path(tempfile.gettempdir()) / f"screener-match-cost-{key[:16]}.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    docs = [load(f) for f in files]
    cache.write_bytes(pickle.dumps(docs))
    return docs


def cpu(fn) -> float:
    start = time.process_time()
    fn()
    return time.process_time() - start


def fact_times(docs: list, rules) -> tuple[dict[str, float], dict[str, float]]:
    """CPU seconds over all resumes for each fact on its own, then for each requirement's check."""
    from screener.facts import Facts

    facts_s: dict[str, float] = dict.fromkeys(FACTS, 0.0)
    checks_s: dict[str, float] = {r.id: 0.0 for r in rules.requirements}
    for doc in docs:
        facts = Facts(doc, AS_OF)
        for name in FACTS:
            facts_s[name] += cpu(lambda: _force(facts, name))
        for req in rules.requirements:
            checks_s[req.id] += cpu(lambda: req.check.evaluate(facts))
    return facts_s, checks_s


def _force(facts, name: str) -> None:
    getattr(facts.view if name in VIEW_PARTS else facts, name)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--dump", type=Path, help="write every result (bundled rules and the drafted posting) here, "
                    "to compare two versions of the code quickly (bench/same_output.py is the full proof)")
    args = ap.parse_args()
    files, _ = resumes(args.folders or list(DEFAULT_FOLDERS))
    if not files:
        print("no real resumes: the folders are absent; skipped")
        return
    from screener.engine import screen_document
    from screener.rules import load_rules

    rules, docs = load_rules(), loaded(files)
    if args.dump:
        draft = load_rules(Path(__file__).resolve().parent.parent / "rules" / "postings" /
                           "senior-backend-team-lead.draft.toml")
        args.dump.write_text("".join(f"{screen_document(d, r, AS_OF)!r}\n" for r in (rules, draft) for d in docs))
    screen_document(docs[0], rules, AS_OF)  # first-use caches (compiled spellings, patterns) out of the way
    runs = [cpu(lambda: [screen_document(d, rules, AS_OF) for d in docs]) for _ in range(args.repeat)]
    each = 1000 / len(docs)
    print(f"match: {len(docs)} resumes, CPU a resume best {min(runs) * each:.2f} ms, "
          f"median {statistics.median(runs) * each:.2f} ms ({args.repeat} runs)")
    facts_s, checks_s = fact_times(docs, rules)
    print("facts, CPU a resume: " + ", ".join(f"{k} {v * each:.2f}" for k, v in facts_s.items()))
    top = sorted(checks_s.items(), key=lambda kv: -kv[1])
    print(f"checks, CPU a resume: all {sum(checks_s.values()) * each:.2f} ms; "
          + ", ".join(f"{k} {v * each:.2f}" for k, v in top[:12]))
    if args.profile:
        prof = cProfile.Profile(time.process_time)
        prof.runcall(lambda: [screen_document(d, rules, AS_OF) for d in docs])
        pstats.Stats(prof).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
