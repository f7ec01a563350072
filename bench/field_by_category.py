"""Label-free check of the software-years field judgement on resumes nobody tuned to, by their weak category label.

    python bench/field_by_category.py [--show software|other] [--limit 40] [CSV]

The 962 plain-text resumes of `../shared/corpus/text/updated-resume-dataset.csv` (duplicates read once) carry a
`Category` nobody here has tuned to. By LABELING.md's definition of a software position (its main work is building
software: software/web/data/ML engineering, DevOps, security engineering, QA automation, leading engineers; not
sales, design-only, analysis-only, IT support, system or network administration, teaching), a category is:
- SOFTWARE when nearly every position in it is building software: most of its dated years should be judged software,
  and a position judged not should have a real reason;
- OTHER when nearly none is: its software years should be near zero;
- neither (MIXED) when the category holds both kinds by the definition (manual testing beside QA automation, a
  DBA beside a database developer, data analysis beside ML engineering, a web designer beside a web developer,
  network administration beside security engineering): reported, never counted as a disagreement.
Per category it prints the share of dated years judged software; --show lists the disagreements (position title
and the deciding words, never the resume text) for reading their kinds.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timeline_consistency import DEFAULT, resumes  # noqa: E402

from screener.experience import merged_years  # noqa: E402
from screener.facts import Facts  # noqa: E402
from screener.rules.load import load_rules  # noqa: E402

RULES = Path(__file__).resolve().parents[1] / "rules" / "senior-backend-team-lead.toml"
SOFTWARE = frozenset({"Java Developer", "Python Developer", "DotNet Developer", "DevOps Engineer",
                      "Automation Testing", "Blockchain", "SAP Developer", "Hadoop", "ETL Developer"})
OTHER = frozenset({"HR", "Advocate", "Arts", "Health and fitness", "Civil Engineer", "Mechanical Engineer",
                   "Electrical Engineering", "Sales", "Operations Manager", "PMO", "Business Analyst"})


def side(category: str) -> str:
    return "software" if category in SOFTWARE else "other" if category in OTHER else "mixed"


def judged(facts: Facts, field) -> list[tuple[bool, str, str, tuple]]:
    """(software?, title line, the deciding words, (start, end)) of each counted position."""
    out = []
    for p in facts.timeline.positions:
        if not p.counted:
            continue
        ok, why = facts.in_field(field, p)
        title = " / ".join(x for x in (p.title, p.organisation) if x) or facts.texts[p.line]
        out.append((ok, title[:70], why, (p.start, p.end)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("csv", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2019, 1, 1))
    ap.add_argument("--show", choices=("software", "other"), action="append", default=[],
                    help="list positions of this side's categories judged the other way")
    ap.add_argument("--limit", type=int, default=40)
    a = ap.parse_args()
    if not a.csv.exists():
        print(f"skipped: {a.csv} not found", file=sys.stderr)
        return 0
    (req,) = [r for r in load_rules(RULES).requirements if r.id == "experience-years"]
    field = req.check.field
    totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0, 0, 0])
    wrong: dict[str, list[str]] = defaultdict(list)
    for i, document, category in resumes(a.csv, with_category=True):
        positions = judged(Facts(document, a.as_of), field)
        t = totals[category]
        t[0] += merged_years([span for _, _, _, span in positions])
        t[1] += merged_years([span for ok, _, _, span in positions if ok])
        t[2] += 1
        t[3] += sum(ok for ok, *_ in positions)
        t[4] += len(positions)
        expect = side(category)
        for ok, title, why, _ in positions:
            if expect != "mixed" and ok != (expect == "software"):
                wrong[expect].append(f"row {i} [{category}] {title!r}: {why}")
    print(f"{'category':<26}{'side':<9}{'resumes':>8}{'years':>8}{'software':>9}{'share':>7}{'positions':>11}")
    for s in ("software", "mixed", "other"):
        group = [0.0, 0.0]
        for category in sorted(c for c in totals if side(c) == s):
            years, soft, n, ok, count = totals[category]
            group[0] += years
            group[1] += soft
            share = soft / years if years else 0.0
            print(f"{category:<26}{s:<9}{n:>8}{years:>8.1f}{soft:>9.1f}{share:>7.0%}{ok:>6}/{count:<4}")
        print(f"{'  all ' + s:<35}{'':>8}{group[0]:>8.1f}{group[1]:>9.1f}"
              f"{(group[1] / group[0] if group[0] else 0):>7.0%}")
    print(f"disagreements: software categories {len(wrong['software'])} positions judged not software, "
          f"other categories {len(wrong['other'])} judged software")
    for s in a.show:
        print(f"\n{s} categories, judged the other way:")
        for line in wrong[s][:a.limit]:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
