"""Label-free checks of the degree reading: where the education section and the degrees found contradict each other.

    python bench/degree_consistency.py [--show KIND] [--limit 10] [--as-of 2019-01-01] [CSV or FOLDER]

No answer key is needed (default: the 962 plain-text resumes of `../shared/corpus/text/updated-resume-dataset.csv`;
a folder: the real PDF/DOCX files under it). The patterns below are deliberately looser than the degree grammar
(`screener/degrees.py`) and independent of it, so where they disagree one of the two is wrong:
- school: the education section names an institution with a year, and no degree is found at all;
- abbreviation: an education line holds a degree-like word or abbreviation ("B.Sc.", "M. Tech", "Licence",
  "Diplom-Ingenieur") and no degree was read within its entry (two lines either side);
- outside: a degree was found outside the education section on a line that reads as a course, a certificate or
  a job title;
- level: a master's or doctorate is found and no bachelor's, while an education line names a bachelor's;
- field: a degree's line names a computing, engineering or science word and its field was not read as related.
Each kind prints its count, and with --show the resumes and lines, to read for the GENERAL cause only: resumes
are personal data, never copied into tests.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from screener.facts.resume import Facts
from screener.degrees import RELATED_FIELDS, field_matches
from screener.models import DegreeLevel

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unlabelled import DEFAULT, documents  # noqa: E402

KINDS = ("school", "abbreviation", "outside", "level", "field")
_ENTRY = 2  # a degree's entry: its school and dates may sit a line or two from the degree's name
_INSTITUTION = re.compile(r"universit|college|institut|school\s+of|polytechnic|hochschule|fachhochschule|[ée]cole"
                          r"|escuela|academy|faculty|universidad|universidade|universit[àé]", re.I)
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
# A degree's name, loosely: any of its words, or a B/M/D initial followed by a short capitalised abbreviation.
_DEGREE_WORD = re.compile(r"\b(?:bachelor|master|doctor(?:ate|\s+of)\b|diplom(?!a\b)|licen[cs]e\b|licenciat|laurea\b"
                          r"|magist|undergraduate\s+degree|engineering\s+degree|degree\s+in)", re.I)
_DEGREE_ABBREVIATION = re.compile(r"(?<![\w.])(?!(?i:MS\s*office))(?:[BM]\.?\s?(?:Sc|S|A|E|Eng|Tech|Com|CA|BA|Phil"
                                  r"|Ed|Arch|Pharm|Des|Mus|FA|IT|CS|SE|CE)|Ph\.?\s?D|PhD)\b")
_BACHELOR = re.compile(r"(?i:\bbachelor|\blicen[cs]e\b|\blicenciat|\blaurea\b)"
                       r"|(?<![\w.])B\.?\s?(?:Sc|S|A|E|Eng|Tech|Com|CA|BA|IT|CS)\b")
_RELATED_WORD = re.compile(r"comput|software|electr|informat|math|statist|physic|\bdata\b|\bIT\b|\bCS", re.I)
_NOT_A_DEGREE = re.compile(r"\bcourse|certific|certified|training|bootcamp|nanodegree|workshop|seminar|program(?:me)?\b"
                           r"|\b(?:engineer|developer|manager|analyst|consultant|lead|intern)\b", re.I)


def _degree_like(text: str) -> bool:
    return bool(_DEGREE_WORD.search(text) or _DEGREE_ABBREVIATION.search(text))


def findings(facts: Facts) -> Iterator[tuple[str, str]]:
    """(kind, line) for each contradiction in one resume."""
    texts, names = facts.texts, facts.section_names
    education = [i for i, name in enumerate(names) if name == "education"]
    found = facts.degrees
    read = {d.line for d in found if d.line is not None}
    if not found:
        schools = [texts[i] for i in education if _INSTITUTION.search(texts[i]) and _YEAR.search(texts[i])]
        if schools:
            yield "school", schools[0]
    for i in education:
        if _degree_like(texts[i]) and not read & set(range(i - _ENTRY, i + _ENTRY + 1)):
            yield "abbreviation", texts[i]
    for d in found:
        if d.line is not None and names[d.line] != "education" and _NOT_A_DEGREE.search(texts[d.line]):
            yield "outside", texts[d.line]
    for d in found:
        if _RELATED_WORD.search(d.quote) and not field_matches(d, RELATED_FIELDS):
            yield "field", d.quote
    levels = {d.level for d in found}
    if levels & {DegreeLevel.MASTER, DegreeLevel.DOCTORATE} and DegreeLevel.BACHELOR not in levels:
        bachelors = [texts[i] for i in education if _BACHELOR.search(texts[i])]
        if bachelors:
            yield "level", bachelors[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--show", choices=KINDS)
    ap.add_argument("--limit", type=int, default=10)
    ap.add_argument("--as-of", type=dt.date.fromisoformat, default=dt.date(2019, 1, 1))
    args = ap.parse_args(argv)
    counts: Counter[str] = Counter()
    resumes: Counter[str] = Counter()
    docs = documents(args.source)
    for label, doc in docs:
        kinds = set()
        for kind, line in findings(Facts(doc, args.as_of)):
            counts[kind] += 1
            kinds.add(kind)
            if args.show == kind and counts[kind] <= args.limit:
                print(f"{kind}\t{label}\t{line[:200]}")
        resumes.update(kinds)
    print(f"{len(docs)} resumes")
    for kind in KINDS:
        print(f"{kind:13} {counts[kind]:5} lines in {resumes[kind]:4} resumes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
