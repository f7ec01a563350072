#!/usr/bin/env python3
"""Score the installed screener against the labelled corpora: the dev set and the fresh sets.

The dev set is ../shared/corpus (labels.jsonl beside its files). Each fresh set (corpus/fresh, fresh2, fresh3, fresh4) keeps
labels.jsonl here and its files laid by its materialize script. A third of each fresh set, listed in its
HELDOUT.txt, is held out: it is scored like the rest, but its misses are never printed, so nobody tunes to it.
Labels are read as ../shared/corpus/LABELING.md defines them, with the same mapping to requirements as
../shared/tools/score-corpus.

    python corpus/score.py [--screener PATH] [--set SET ...] [--show-misses] [--detail] [--partial]

SET is dev; fresh, tuned, heldout (the first fresh set and its parts); fresh2, fresh2-tuned, fresh2-heldout (the
second); fresh3, fresh3-tuned, fresh3-heldout (the third);
fresh4, fresh4-tuned, fresh4-heldout (the fourth); or all (every labelled resume). A fresh set whose labels
are not here yet is left out.

Prints, for each set, agreement per requirement and overall, and how often total years are within 1.0 of the label.
--detail adds each requirement's precision and recall of `pass`. Exit 0 when every set scored reaches 0.95 agreement
and 0.90 years, else 1; exit 2 when a set's files are missing (with --partial: the files present are scored).
"""
from __future__ import annotations

import argparse
import collections
import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = Path(os.environ.get("SCREENER_DEV_CORPUS", ROOT.parent / "shared" / "corpus"))
# fresh set name -> (its folder, the prefix of its parts' set names)
FRESH_SETS = {"fresh": (ROOT / "corpus" / "fresh", ""), "fresh2": (ROOT / "corpus" / "fresh2", "fresh2-"),
              "fresh3": (ROOT / "corpus" / "fresh3", "fresh3-"), "fresh4": (ROOT / "corpus" / "fresh4", "fresh4-")}
AS_OF = "2026-01-01"
YEARS_TOLERANCE = 1.0
# requirement id -> the label's skill key, for the requirements a label answers directly
DIRECT = {"databases": "databases", "git": "git", "linux": "linux", "agile": "agile", "microservices": "microservices",
          "cloud": "cloud", "ci-cd": "cicd", "api-design": "api", "testing": "testing",
          "distributed-systems": "distributed", "team-leadership": "leadership", "mentoring": "mentoring"}


SET_NAMES = ["dev", "tuned", "heldout", "fresh", "fresh2-tuned", "fresh2-heldout", "fresh2",
             "fresh3-tuned", "fresh3-heldout", "fresh3", "fresh4-tuned", "fresh4-heldout", "fresh4", "all"]


def expected(label: dict) -> dict[str, str]:
    """The status each requirement should get for one labelled resume; requirements left out are not scored."""
    s = label.get("skills", {})
    e = {rid: "pass" if s[key] else "fail" for rid, key in DIRECT.items() if s.get(key) is not None}
    if all(s.get(k) is not None for k in ("python", "nodejs", "go")):
        e["language"] = "pass" if (s["python"] or s["nodejs"] or s["go"]) else "fail"
    if s.get("performance") is not None and s.get("observability") is not None:
        e["performance-observability"] = "pass" if (s["performance"] and s["observability"]) else "fail"
    work = label.get("years_work")
    # the posting asks for years "in backend or software development": years_software, else the stated claim
    years = label.get("years_software", work) if label.get("positions") else label.get("years_claimed")
    if not label.get("positions") and label.get("years_claimed") is None:
        e["experience-years"] = "unknown"
    elif years is not None and years >= 9:
        e["experience-years"] = "pass"
    elif years is not None and years <= 7:
        e["experience-years"] = "fail"
    level, related = label.get("degree_level"), label.get("degree_field_related")
    if level in ("bachelor", "master", "doctorate") and related:
        e["degree"] = "pass"
    elif (level in ("none", "associate") or related is False) and work is not None and work < 4:
        e["degree"] = "fail"
    return e


class Tally:
    """Hits and misses of one set: per requirement, with pass precision/recall, and total years."""

    def __init__(self, name: str):
        self.name, self.resumes = name, 0
        self.per = collections.defaultdict(collections.Counter)
        self.years_hit = self.years_total = 0
        self.misses: list[str] = []

    def add(self, label: dict, got_years, got: dict[str, str]) -> None:
        self.resumes += 1
        for rid, want in expected(label).items():
            have = got.get(rid)
            c = self.per[rid]
            c["n"] += 1
            c["ok"] += have == want
            c["tp"] += want == have == "pass"
            c["fp"] += have == "pass" and want != "pass"
            c["fn"] += want == "pass" and have != "pass"
            if have != want:
                self.misses.append(f"{label['file']} {rid}: label {want}, screener {have}")
        if label.get("positions"):
            self.years_total += 1
            if isinstance(got_years, (int, float)) and abs(got_years - label["years_work"]) <= YEARS_TOLERANCE:
                self.years_hit += 1
            else:
                self.misses.append(f"{label['file']} years: label {label['years_work']}, screener {got_years}")

    def merged(self, other: "Tally", name: str) -> "Tally":
        t = Tally(name)
        for part in (self, other):
            t.resumes += part.resumes
            t.years_hit += part.years_hit
            t.years_total += part.years_total
            for rid, c in part.per.items():
                t.per[rid].update(c)
        return t

    @property
    def agreement(self) -> float:
        return sum(c["ok"] for c in self.per.values()) / max(1, sum(c["n"] for c in self.per.values()))

    @property
    def years(self) -> float:
        return self.years_hit / max(1, self.years_total)

    def summary(self) -> str:
        ok, n = sum(c["ok"] for c in self.per.values()), sum(c["n"] for c in self.per.values())
        return (f"{self.name} ({self.resumes} labelled resumes): requirement agreement {self.agreement:.3f} "
                f"({ok}/{n}), years within 1.0: {self.years:.2f} ({self.years_hit}/{self.years_total})")

    def table(self, detail: bool) -> str:
        rows = []
        for rid, c in sorted(self.per.items()):
            row = f"  {rid:28s} {c['ok']:3d}/{c['n']:3d}"
            if detail:
                precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else float("nan")
                recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else float("nan")
                row += f"  precision {precision:.2f}  recall {recall:.2f}"
            rows.append(row)
        return "\n".join(rows)


def read_labels(corpus: Path) -> list[dict]:
    with open(corpus / "labels.jsonl", encoding="utf-8") as f:
        return [g for g in map(json.loads, filter(str.strip, f)) if g.get("usable")]


def heldout_ids(corpus: Path) -> set[str]:
    path = corpus / "HELDOUT.txt"
    if not path.is_file():
        return set()
    return {line.strip() for line in path.read_text().splitlines() if line.strip() and not line.startswith("#")}


def results(screener: str, paths: list[Path], quiet: bool = False) -> dict[str, dict]:
    """{file path: its JSON result} from one run of the screener at the key's as-of date. `quiet`: on failure, say
    only how it exited (its messages may name a held-out file)."""
    p = subprocess.run([screener, "screen", *map(str, paths), "--format", "json", "--as-of", AS_OF],
                       capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"screener exited {p.returncode}" + ("" if quiet else f": {p.stderr.strip()[-400:]}"))
    return {os.path.normpath(r["file"]): r for r in json.loads(p.stdout)["results"]}


def screen(screener: str, paths: list[Path]) -> dict[str, tuple]:
    """{file path: (experience_years, {requirement id: status})} from one JSON run of the screener."""
    return {path: (r.get("experience_years"), {q["id"]: q["status"] for q in r.get("requirements") or []})
            for path, r in results(screener, paths).items()}


def score(screener: str, name: str, labels: list[dict], folder: Path, partial: bool = False) -> Tally:
    paths = [folder / g["file"] for g in labels]
    missing = [p for p in paths if not p.is_file()]
    if missing and not partial:
        sys.exit(f"{name}: {len(missing)} labelled files are missing (first: {missing[0]}); "
                 "for a fresh set run its materialize script (or score the files present with --partial)")
    if missing:  # a machine without every snapshot: the set's figures are of the files present, and say so
        name = f"{name} [{len(paths) - len(missing)} of {len(paths)} files present]"
        labels = [g for g, p in zip(labels, paths) if p.is_file()]
        paths = [p for p in paths if p.is_file()]
    got = screen(screener, paths) if paths else {}
    tally = Tally(name)
    for g, path in zip(labels, paths):
        tally.add(g, *got.get(os.path.normpath(str(path)), (None, {})))
    return tally


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--screener", default=shutil.which("screener") or "screener")
    ap.add_argument("--set", dest="sets", action="append", choices=SET_NAMES,
                    help="which figures to print (repeatable); default: all of them")
    ap.add_argument("--show-misses", action="store_true", help="list misses of the dev set and the fresh tuned parts")
    ap.add_argument("--detail", action="store_true", help="precision and recall of pass per requirement")
    ap.add_argument("--partial", action="store_true",
                    help="score the labelled files present when some are missing (figures then say how many)")
    a = ap.parse_args()
    wanted = set(a.sets or SET_NAMES)
    results: dict[str, Tally] = {}
    if wanted & {"dev", "all"}:
        results["dev"] = score(a.screener, "dev", read_labels(DEV), DEV, a.partial)
    for name, (folder, prefix) in FRESH_SETS.items():
        parts = {name, f"{prefix}tuned", f"{prefix}heldout"}
        if not wanted & (parts | {"all"}) or not (folder / "labels.jsonl").is_file():
            continue
        labels, held = read_labels(folder), heldout_ids(folder)
        tuned = score(a.screener, f"{name} tuned", [g for g in labels if g["file"] not in held], folder / "files",
                      a.partial)
        heldout = score(a.screener, f"{name} held-out", [g for g in labels if g["file"] in held], folder / "files",
                        a.partial)
        results.update({f"{prefix}tuned": tuned, f"{prefix}heldout": heldout, name: tuned.merged(heldout, name)})
    if "all" in wanted:
        everything = [results[k] for k in ("dev", *FRESH_SETS) if k in results]
        results["all"] = functools.reduce(lambda t, u: t.merged(u, " + ".join(x.name for x in everything)),
                                          everything)
    shown = [results[k] for k in SET_NAMES if k in wanted and k in results]
    if a.show_misses:  # never the held-out parts': they stay a measurement, not a to-do list
        for t in (results[k] for k in results if k == "dev" or k.endswith("tuned")):
            print("\n".join(f"MISS [{t.name}] {m}" for m in t.misses))
    for t in shown:
        print(t.name)
        print(t.table(a.detail))
    for t in shown:
        print(t.summary())
    return 0 if all(t.agreement >= 0.95 and t.years >= 0.90 for t in shown) else 1


if __name__ == "__main__":
    sys.exit(main())
