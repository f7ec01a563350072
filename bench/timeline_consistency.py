"""Label-free checks of the experience timeline on unlabelled resumes: where it contradicts itself or the resume.

    python bench/timeline_consistency.py [--as-of DATE] [--show KIND] [--limit 10] [CSV | FOLDER]

No answer key is needed, so the checks measure how general the reading is on resumes no rule was written for
(default: the 962 plain-text resumes of `../shared/corpus/text/updated-resume-dataset.csv`, duplicates read once;
or every resume file of a FOLDER, read through `screener.loaders` as the screener reads it):
- claim-more / claim-less: the resume's own "7+ years of experience" is more (the dates missed years) or less
  (the dates added some, or the claim is old or about one skill) than its dated positions by over CLAIM_TOLERANCE;
- claim-none: the resume claims years of experience but no dated position was found (a layout not read, or a
  resume that gives durations only: read which);
- unread: a short line of an experience section that looks like a date range gave none;
- stray: a short line of an experience section that reads as a date range, yet no position was made of it;
- no-positions: the resume writes date ranges outside education (and not beside a degree) but no position was
  found;
- title: a counted position whose title is empty, or whose title or organisation is itself a date, a section
  heading or a line of bullet text (a neighbouring line was borrowed);
- degree: a counted position whose lines name a degree and whose dates lie within a period of study;
- span: the total years exceed the time since the earliest year the resume writes;
- furniture: a position read from a line that repeats on two or more pages (a running header or footer);
- long: a position over 40 years; future: a counted position that starts after the as-of date.
Each kind prints its count, and with --show the resumes' names and lines, to read for the general cause.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from screener.degrees import mentions_degree
from screener.errors import LoadError
from screener.experience import DateReadings, build_timeline
from screener.experience.role_sections import role_lines
from screener.loaders import RECOGNISED, load
from screener.loaders.text import decode
from screener.models import Document, Line, Position
from screener.text.normalize import normalize_lines
from screener.text.sections import Section, find_sections, heading_name

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "text" / "updated-resume-dataset.csv"
KINDS = ("claim-more", "claim-less", "claim-none", "unread", "stray", "no-positions", "title", "degree", "span",
         "furniture", "long", "future")
_LONGEST = 40
_SHORT = 70  # a role's dates sit on a short line; a range inside a sentence is a mention
_YEAR = re.compile(r"(?<![\d/.-])(?:19[5-9]\d|20[0-4]\d)(?![\d/])")
_TEXT_LEAD = re.compile(r"\s*(?:[^\w\s(\"'“‘&@#]|[a-z])")  # a bullet glyph, or a sentence's lower-case word
_LINK = re.compile(r"https?://|www\.", re.I)
_SENTENCE_WORDS = 6  # a title or organisation is a few words; a line of text is a sentence that says what was done
_SENTENCE = re.compile(r"^[A-Z][a-z]+ed\b|[.;]$")
_PAGE_NUMBER = re.compile(r"(?<![\d/.-])\d{1,3}(?![\d/.-])")  # "Page 2", "2 / 3"; not a date's month
_STUDY_SECTIONS = frozenset({"education", "certifications", "publications", "awards"})


def resumes(path: Path, with_category: bool = False) -> list[tuple]:
    """(row index, document) of each distinct resume text in the CSV's `Resume` column, and its `Category` too
    when asked."""
    seen, out = set(), []
    for i, row in enumerate(csv.DictReader(io.StringIO(decode(path.read_bytes())))):
        text = row.get("Resume") or ""
        if text in seen:
            continue
        seen.add(text)
        lines = tuple(Line(t) for t in normalize_lines(text.splitlines()))
        document = Document(f"row {i}", "text", lines)
        out.append((i, document, row.get("Category") or "") if with_category else (i, document))
    return out


def files(folder: Path) -> Iterator[tuple[str, Document]]:
    """(file name, document) of every resume file in `folder` the loaders read; a file that fails is skipped."""
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() in RECOGNISED):
        try:
            document = load(path)
        except LoadError:
            continue
        if not document.unreadable:
            yield path.name, document


def _proper(text: str, as_of: dt.date, readings: DateReadings) -> bool:
    return any(not r.single for r in readings.ranges(text, as_of))


def _near(p: Position) -> range:
    """The lines a position was read from: its title lines above its dates, the dates and the line below."""
    first = p.line_start if p.line_start is not None else p.line
    return range(first, p.line + 2)


def _borrowed(text: str, as_of: dt.date, readings: DateReadings) -> str | None:
    """Why a title or organisation is not one: it is a date, a section heading, a link, or a line of text (led by a
    bullet glyph or a lower-case word that goes on with a sentence, or a sentence of what was done)."""
    if readings.ranges(text, as_of) or _YEAR.fullmatch(text.strip()):
        return "a date"
    if heading_name(text):
        return "a heading"
    if _LINK.search(text):
        return "a link"
    if _TEXT_LEAD.match(text) or len(text.split()) >= _SENTENCE_WORDS and _SENTENCE.search(text):
        return "a line of text"
    return None


def _experience_lines(texts: list[str], sections: tuple[Section, ...]) -> list[int]:
    """Short lines of the sections that hold roles (experience-like headings), where every range should be a role."""
    return [i for a, b, _ in role_lines(sections, len(texts)) for i in range(max(a, 0), b) if len(texts[i]) <= _SHORT]


def _study(sections: tuple[Section, ...]) -> set[int]:
    """Lines of sections whose dates are study or credentials, never roles."""
    return {i for s in sections if s.name in _STUDY_SECTIONS for i in range(s.start, s.end)}


def _repeated(document: Document) -> set[int]:
    """Lines whose text (a page number aside) appears on two or more pages: a running header or footer, wherever
    it sits."""
    keys = [_PAGE_NUMBER.sub("#", line.text.casefold()).strip() for line in document.lines]
    pages: dict[str, set[int]] = defaultdict(set)
    for key, line in zip(keys, document.lines):
        if len(key) > 3:
            pages[key].add(line.page)
    return {i for i, key in enumerate(keys) if len(pages.get(key, ())) >= 2}


def findings(document: Document, as_of: dt.date) -> dict[str, list[str]]:
    """What is inconsistent in one resume's timeline, by kind, each with the lines or figures that show it."""
    texts = [line.text for line in document.lines]
    sections = find_sections(texts)
    readings = DateReadings(document.text)  # the dates as the timeline reads them: in the resume's numeric order
    tl = build_timeline(document, sections, as_of, readings)
    out: dict[str, list[str]] = defaultdict(list)
    if tl.claim_disagrees:
        kind = "claim-more" if tl.claimed > tl.years else "claim-less"
        out[kind].append(f"claims {tl.claimed:g}, dated positions add up to {tl.years:g}")
    if tl.claimed is not None and not tl.positions:
        out["claim-none"].append(f"claims {tl.claimed:g}: {tl.claim[:80]!r}")
    if tl.unread_lines:
        out["unread"].append(f"{tl.unread_lines} of {tl.date_lines} date-like lines unread")
    study = _study(sections)
    used = {j for p in tl.positions if p.line is not None for j in _near(p)}
    for i in _experience_lines(texts, sections):
        if i not in used and i not in study and not mentions_degree(texts[i]) and _proper(texts[i], as_of, readings):
            out["stray"].append(texts[i][:100])
    if not tl.positions:
        dated = [t for i, t in enumerate(texts)
                 if i not in study and not mentions_degree(t) and _proper(t, as_of, readings)]
        if dated:
            out["no-positions"] += dated[:3]
    written = [r.start.year for t in texts for r in readings.ranges(t, as_of)]
    years = [y for t in texts for y in map(int, _YEAR.findall(t))] + written
    earliest = min((y for y in years if y <= as_of.year), default=None)
    if earliest and tl.years and tl.years > as_of.year - earliest + 1:
        out["span"].append(f"{tl.years:g} years, earliest year written {earliest}")
    repeated = _repeated(document) if document.pages > 1 else set()
    for p in tl.positions:
        if p.line is None:
            continue
        where = texts[p.line][:100]
        dates = f"{p.start:%Y-%m}..{p.end:%Y-%m}"
        if p.counted:
            why = "empty title" if not p.title.strip() else next(
                (f"{what} is {b}" for what, text in (("title", p.title), ("organisation", p.organisation))
                 if text and (b := _borrowed(text, as_of, readings))), None)
            if why:
                out["title"].append(f"{why}: {p.title[:50]!r} / {p.organisation[:50]!r} ({dates})")
            if any(mentions_degree(texts[j]) for j in _near(p) if j < len(texts)):
                out["degree"].append(f"{dates}: {where}")
        if p.line in repeated:
            out["furniture"].append(f"{dates}: {where}")
        if (p.end - p.start).days > _LONGEST * 365.25:
            out["long"].append(f"{dates}: {where}")
        if p.start > as_of and p.counted:
            out["future"].append(f"{dates}: {where}")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", type=Path, default=DEFAULT, help="the CSV, or a folder of resume files")
    ap.add_argument("--as-of", type=dt.date.fromisoformat, default=None,
                    help="the date 'Present' means (default 2019-01-01 for the CSV, collected around 2018; "
                         "2026-01-01 for a folder, as the corpus scorer)")
    ap.add_argument("--show", choices=KINDS, action="append", default=[], help="print the cases of this kind")
    ap.add_argument("--limit", type=int, default=10, help="cases printed per kind")
    a = ap.parse_args()
    if not a.source.exists():
        print(f"skipped: {a.source} not found", file=sys.stderr)
        return 0
    folder = a.source.is_dir()
    as_of = a.as_of or (dt.date(2026, 1, 1) if folder else dt.date(2019, 1, 1))
    docs = list(files(a.source)) if folder else [(f"row {i}", d) for i, d in resumes(a.source)]
    by_kind: dict[str, list[tuple[str, list[str]]]] = defaultdict(list)
    dated = 0
    for name, document in docs:
        found = findings(document, as_of)
        dated += bool(build_timeline(document, find_sections([t.text for t in document.lines]), as_of).positions)
        for kind, what in found.items():
            by_kind[kind].append((name, what))
    print(f"{len(docs)} distinct resumes, {dated} with dated positions")
    for kind in KINDS:
        cases = sum(len(what) for _, what in by_kind[kind])
        print(f"  {kind:<13} {len(by_kind[kind]):>4} resumes {cases:>4} cases")
    for kind in a.show:
        print(f"\n{kind}:")
        for name, what in by_kind[kind][:a.limit]:
            print(f"  {name}: " + "\n          ".join(what))
    return 0


if __name__ == "__main__":
    sys.exit(main())
