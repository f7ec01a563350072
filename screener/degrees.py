"""Degrees on the resume: level, field and status, read from the education section first."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .models import Degree, Document
from .text.dates import find_ranges
from .text.sections import Section

LEVELS = ("associate", "bachelor", "master", "doctorate")
RELATED_FIELDS = ("computer science", "software engineering", "computer engineering", "information technology",
                  "information systems", "electrical engineering", "electronic engineering", "mathematics",
                  "statistics", "physics", "data science")

# Abbreviations are matched case-sensitively so "BA" in words, "ms" and "ba" as plain words do not count.
_LEVEL_PATTERNS = (
    ("doctorate", re.compile(r"(?<![A-Za-z])(?:[Pp]h\.?\s?[Dd]\b\.?|PhD|PHD\b|[Dd]octoral [Dd]egree|DOCTORAL DEGREE"
                             r"|[Dd]octor of\b|[Dd]octorate\b|DPhil\b|D\.Phil\b|Dr\.[\s-]?(?:rer|phil|ing)\b"
                             r"|EdD\b|Ed\.D\b)")),
    ("master", re.compile(r"(?<![Ss]crum )(?<![Pp]roduct )(?<![A-Za-z])(?:[Mm]aster(?:'?s|’s)?(?:\b|(?=of|in))"
                          r"(?! data| class| plan)|MASTER|M\.\s?S\.?c?\b|MSc\b|MS\b(?! Office| SQL| Excel| Word"
                          r"| Project| Teams| Azure| Dynamics| Access| Visio| PowerPoint| Outlook)|M\.?Eng\b"
                          r"|M\.?Tech\b|MBA\b|M\.B\.A\b|MCA\b|M\.A\.|MA\b(?=\s+(?:in|of)\b)|MPhil\b|M\.Phil\b"
                          r"|MS(?:CS|EE|CE|IT)\b|Diplom\b|Diplom-[A-Z]\w+|Dipl\.-?\s?[A-Z]|LL\.?M\b|MPH\b|MFA\b"
                          r"|MSN\b|M\.S\.N\b|MEd\b|M\.Ed\b|MRes\b|MASc\b|MSci\b|[Ss]pecialist\s*[Dd]egree"
                          r"|[Ee]ngineer's\s*[Dd]egree|Dipl[oô]me d'[Ii]ng[ée]nieur)")),
    ("bachelor", re.compile(r"(?<![A-Za-z])(?:[Bb]achelor(?:'?s|’s)?(?:\b|(?=of|in))|BACHELOR|BS(?:CS|EE|CE|IT|SE)\b"
                            r"|B\.\s?S\.?c?\b|BSc\b|BS\b|B\.?A\.?\b(?=\s|,|\()|B\.?Eng\b|B\.?E\.(?=\s)"
                            r"|BE\b(?=\s+(?:in|\())"
                            r"|B\.?Tech\b|BCA\b|BBA\b|B\.B\.A\b|BSN\b|B\.S\.N\b|BFA\b|LL\.?B\b|Licence\b"
                            r"|Licenciatura\b|Undergraduate degree|A\.?B\. in)")),
    ("associate", re.compile(r"(?<![A-Za-z])(?:[Aa]ssociated?(?:'?s|’s)?\s+(?:[Dd]egree|of|in)\b|A\.?A\.?S\.?\b|AAS\b"
                             r"|A\.A\.\b|A\.S\.\b|ASc\b)")),
)
_FIELDS = (  # "\s*" because some PDFs lose the spaces between words
    ("computer science", r"computer\s*science|informati(?:cs|k|que)|computing|\bCS\b|\bCSE\b|\bBSCS\b|\bMSCS\b"),
    ("software engineering", r"software\s*(?:science\s*(?:and|&)\s*)?engineering|software\s*development"),
    ("computer engineering", r"computer\s*(?:hardware\s*|systems\s*)?engineering|\bBSCE\b"),
    ("information technology", r"information\s*technology|\bIT\b|\bBSIT\b"),
    ("information systems", r"informat(?:ion|ional)\s*(?:systems|science)|\bMIS\b"),
    ("electrical engineering", r"electrical|electronics?\b|electronic\s*engineering|\bEEE?\b|\bECE\b|\bBSEE\b"
                               r"|telecommunication"),
    ("mathematics", r"mathematic|\bmaths?\b"),
    ("statistics", r"statistic"),
    ("physics", r"physics"),
    ("data science", r"data\s*science|(?<!business )(?<!business)analytics|machine\s*learning"
                     r"|artificial\s*intelligence"),
)
_FIELD_RX = tuple((name, re.compile(rx, re.I)) for name, rx in _FIELDS)
# What follows the level word: "of Science in X", "(Hons) X", ", X" -> X, up to a comma, bracket, dash or digit.
_FIELD_TEXT = re.compile(r"^\S++\s*(?:\([^)]*\)\s*)?(?:(?:degree|of|science|arts|philosophy|in|,|-|–|:)\s*)*"
                         r"(?:\([^)]*\)\s*)?(?P<field>[A-Za-z][A-Za-z&/' ]{2,60}?)\s*(?:[,(|\-–—\d]|$)", re.I)
_NOT_FIELD = re.compile(r"^(?:science|arts|philosophy|engineering|degree|expected|candidate|student|with)\b"
                        r"|universit|college|school|institut|academy|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                        r"|nov|dec)[a-z]*\b|\b(?:graduat|GPA\b)", re.I)
_ONGOING = re.compile(r"\b(?:expected|candidate|ongoing|in progress|pursuing|current(?:ly)?|anticipated|present"
                      r"|to be completed|exp\.)", re.I)
_STUDY_YEARS = 7  # an expected graduation may lie years ahead
_JOB_TITLE = re.compile(r"\b(?:sales|store|retail|research|software|senior|junior|account|client|customer)\s+"
                        r"associate\b", re.I)


_DENIED = re.compile(r"\b(?:didn[’']?t|did not|never|not|without)\b[^.;]*$", re.I)


def _level(text: str) -> tuple[str, re.Match[str]] | None:
    for level, rx in _LEVEL_PATTERNS:
        m = rx.search(text)
        if m and not (level == "associate" and _JOB_TITLE.search(text)) and not _DENIED.search(text, 0, m.start()):
            return level, m
    return None


def mentions_degree(text: str) -> bool:
    """True when `text` names a degree (so dates beside it are study, not work)."""
    return _level(text) is not None


def _field(text: str) -> str | None:
    for name, rx in _FIELD_RX:
        if rx.search(text):
            return name
    m = _FIELD_TEXT.search(text)
    field = m["field"].strip().lower() if m else None
    return None if not field or _NOT_FIELD.search(field) else field


def status_at(text: str, as_of: dt.date) -> str:
    """'completed', 'in progress' or 'expected YYYY' for a degree whose line (and neighbours) say `text`."""
    ranges = find_ranges(text, as_of, ahead=_STUDY_YEARS)
    ends = [r.expected or r.end for r in ranges if not r.present]  # a range's end stops at as_of; its plan does not
    if ends and max(ends) > as_of:
        return f"expected {max(ends).year}"
    if _ONGOING.search(text) or any(r.present for r in ranges):
        return "in progress"
    return "completed"


def _scan(document: Document, indices: Sequence[int], as_of: dt.date) -> list[Degree]:
    lines = document.lines
    found = []
    for i in indices:
        text = lines[i].text
        hit = _level(text)
        if not hit:
            continue
        level, m = hit
        after = text[m.start():]
        field = _field(after) or (_field(lines[i + 1].text) if i + 1 < len(lines) else None)
        near = " ".join(lines[j].text for j in range(max(0, i - 1), min(len(lines), i + 3)))
        found.append(Degree(level, field, status_at(near, as_of), text[:200], i))
    return found


_MAJOR = re.compile(r"^\s*major\s*(?:[:\-–]|\bin\b)\s*(?P<field>\S.*)", re.I)


def _majors(document: Document, indices: Sequence[int], as_of: dt.date) -> list[Degree]:
    """'Major: Computer Science' under a school names an undergraduate degree without saying 'BS'."""
    lines = document.lines
    found = []
    for i in indices:
        m = _MAJOR.match(lines[i].text)
        if m:
            near = " ".join(lines[j].text for j in range(max(0, i - 2), min(len(lines), i + 3)))
            field = _field(m["field"]) or m["field"].split(",")[0].strip().lower()
            found.append(Degree("bachelor", field, status_at(near, as_of), lines[i].text[:200], i))
    return found


def find_degrees(document: Document, sections: Sequence[Section], as_of: dt.date | None = None
                 ) -> tuple[Degree, ...]:
    """Degrees in the education section; elsewhere only when that section has none (then never doctorate by 'Dr.')."""
    as_of = as_of or dt.date.today()
    education = [i for s in sections if s.name == "education" for i in range(s.start, s.end)]
    found = _scan(document, education, as_of) or _majors(document, education, as_of)
    if not found:
        rest = [i for i in range(len(document.lines)) if i not in set(education)]
        found = [d for d in _scan(document, rest, as_of) if not d.quote.lstrip().startswith("Dr.")]
    seen, out = set(), []
    for d in found:
        key = (d.level, d.field, d.line)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return tuple(out)


def highest(degrees: Sequence[Degree]) -> Degree | None:
    """The highest-level degree (completed or in progress), preferring one with a field."""
    if not degrees:
        return None
    return max(degrees, key=lambda d: (LEVELS.index(d.level), d.field is not None))


def field_matches(degree: Degree, fields: Sequence[str]) -> bool:
    """True when the degree's field (or its line) names one of `fields`, as written or by its usual aliases."""
    wanted = {f.lower() for f in fields}
    if degree.field in wanted:
        return True
    hay = f"{degree.field or ''} {degree.quote}"
    return any(f in hay.lower() for f in wanted) or any(
        name in wanted and rx.search(hay) for name, rx in _FIELD_RX)


def related_degree(degrees: Sequence[Degree], fields: Sequence[str] = RELATED_FIELDS,
                   level: str = "bachelor") -> Degree | None:
    """The highest degree at `level` or above whose field is one of `fields` (a CS BSc under an MBA counts)."""
    floor = LEVELS.index(level)
    return highest([d for d in degrees if LEVELS.index(d.level) >= floor and field_matches(d, fields)])
