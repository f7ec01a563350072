"""Degrees on the resume: level, field and status, read from the education section first.

What counts (the reading the degree requirement is labelled by, LABELING.md):
- A degree is an academic award at one of the four `DegreeLevel`s, however it is spelled: associate (AA, AS, AAS,
  "Associate of ...", a two-year degree), bachelor (BA, BS, BSc, BEng, B.E./BE, B.Tech, BCA, B.Com, Licence,
  Licenciatura, Laurea, Grado, an honours or engineering degree, an initialism naming its subject, before the
  subject or honours (BCS, BIT, BSE, BCompSc: "BCS in Data Science", "BCS (Hons)"; not the British Computer
  Society's "BCS,"), undergraduate study of a subject ("Undergraduate of Software Engineering"), or a bare "degree
  in <Subject>"), master (MA, MS, MSc, MEng, M.E./ME, M.Tech, MBA, MCA, MCM, M.Com, Diplom, Dipl.-Ing., Laurea
  magistrale, Máster, Maestría, Mestrado, Magister, a specialist or engineer's degree, postgraduate study of a
  subject ("Postgraduate of Physics"; a postgraduate diploma or certificate is none), and PGDM/PGDBA: the two-year
  postgraduate diploma in management, entered after a first degree and recognised in place of an MBA, is at the
  MBA's level as Diplom is)
  and doctorate (PhD, DPhil, Dr. rer. nat., EdD, "Doctor of ..."). Dots are optional. An abbreviation is the
  level's initial, a separator and the subject's abbreviation in any case ("B.SC.", "M. Tech", "B-Tech", "Bsc";
  `_abbreviated`); Bacharelado is the Portuguese bachelor's. A bare BE or ME is read only as a degree's name, before
  its subject or school (in capitals too: "BE IT") and not after a word or a town ("about ME", "to BE",
  "Portland, ME" are not degrees); a bare MA, ME or MS after a town is its US state ("Boston, MA", "Jackson, MS")
  unless stated with its subject ("MS in Physics"), and "Master" joined into a compound word is no degree
  ("Master-at-Arms" is a naval rating).
- Certificates, bootcamps, courses and school-leaving exams (HSC/SSC, 10th/12th, CBSE/ICSE boards, Intermediate,
  GCSE, A-levels) are not degrees; nor is a degree the line denies ("did not continue in a PhD") or only partly
  earned ("credits toward a BSc"; "working toward a BSc" is in progress), nor another person's title after a label
  that names them ("Advisor: Prof. J. Roe, Ph.D.", "supervised by Dr. J. Roe, PhD").
  Completed, in progress and expected degrees all count; `status` says which.
- Its field is the subject stated with it, in the languages its level is read in ("Licence de mathématiques",
  "Dipl.-Ing. Elektrotechnik"): on its own line, after the level ("BSc Computer Science",
  "Master's, Financial Engineering"); when that line states none or only a generic one ("Bachelor of General
  Studies", "Engineering degree"), a labelled specialisation in its entry (Major, Field of study, Specialisation,
  Concentration, Series), else the next line. A minor is never the field, and a line naming another degree
  starts another entry. A subject the line's end cuts ("Bachelor's degree in Applied") goes on in lower case on the
  next line ("mathematics and computer science") when nothing follows it on the degree's line. A related field's long
  word misspelt by one letter is still that field ("Information Sytems").
- A major or field of study under a school with no level word at all ("Major: Computer Science", "Computer Science
  Major") is undergraduate study, a bachelor; so is a related field named among a dated school's parts or on the
  line below it ("2016 – 2019: Westfield University, Faculty of Economics, Economic Informatics"), or by the
  department or faculty studied in ("Department of Physics"), unless the entry is a course, certificate, diploma or
  exchange; so is a dated period of study led by its verb ("2016 - 2020 Studied Computer Engineering, Westfield"),
  anywhere. A level stating no subject ("Bachelor studies") takes one named as a part of its school's line. In the education section the graduate's title names the degree
  where it is the degree's name: "Engineer in Computer Systems", "Licenciado en Economía", "бакалавр" (bachelor),
  "магистр", "спеціаліст" (master's level, like the specialist degree); so does "Higher education: <university>"
  (a first degree), and the engineer's title alone on an undated line below its school ("Software Engineer").
- Small capitals come out of a PDF in lower case: "bs in Computer Science" and "b.s. computer science" are degrees
  stated with their subject.
- The education section is read first. Elsewhere only when it has none, and there only a degree stated with its
  subject ("Bachelor in X", "MSc Physics") or its school ("MBA, State University"): a level word alone outside it
  is more often something else (the product "MS Server", a colleague "with a PhD", "Dr." before a name).
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .models import Degree, DegreeLevel, Document, Line
from .text.dates import MONTH, YEAR, find_ranges
from .text.lazy_regex import LazyPattern
from .text.levels import find_level, graduate_title, named_before
from .text.sections import Section
from .text.subjects import FIELD_PATTERNS, known_field, known_field_respelled

LEVELS = tuple(level.value for level in DegreeLevel)
RELATED_FIELDS = ("computer science", "software engineering", "computer engineering", "information technology",
                  "information systems", "electrical engineering", "electronic engineering", "mathematics",
                  "statistics", "physics", "data science")

# What follows the level: "of Science in X", "(Hons) X", "Studies in X", ", X" -> X, up to a comma, bracket, dash or
# digit ("studies" alone is no subject).
_FIELD_TEXT = LazyPattern(r"^(?:\s|[.,:\-–]|\((?:hons?|honou?rs)\b[^)]*\)|\b(?:degree|of|science|arts|philosophy"
                         r"|in|honou?rs|hons|stud(?:y|ies))\b)*"
                         r"\(?(?P<field>[A-Za-z][A-Za-z&/' ]{2,60}?)\s*(?:[,()|\-–—\d]|$)", re.I)
_NOT_FIELD = LazyPattern(r"^(?:science|arts|philosophy|engineering|degree|expected|candidate|student|with)\b"
                        r"|^stud(?:y|ies)$"
                        rf"|universit|college|school|institut|academy|\b{MONTH}\b|\b(?:graduat|GPA\b)", re.I)
_GENERIC_FIELD = LazyPattern(r"^(?:general|liberal|interdisciplinary|integrated)\s+stud", re.I)
_MINOR = LazyPattern(r"\(\s*minors?\b[^)]*\)|[,;]?\s*\bminors?\b\s*(?:in\b|:|-|–)?[^,;()|]*", re.I)
# the subject ends where the line goes on to dates, the school or another clause
_SUBJECT_END = LazyPattern(rf"\s(?:{MONTH})\.?\s*['’]?\d|\d|[;|]|\.\s|\b(?:from|at)\b", re.I)
_STATED_SUBJECT = LazyPattern(r"^\s*(?:degree\s+)?(?:in|of)\s+[A-Za-z]", re.I)
_SCHOOL = LazyPattern(r"univ|college|institut|school|academy|polytechnic|faculty|hochschule|[ée]cole|escuela", re.I)
_SPECIALISED = LazyPattern(r"\b(?:major(?:ing)?|field\s+of\s+study|speciali[sz](?:ation|ing|ed)|specialty|speciality"
                          r"|concentration|series\s*:)(?:\s+in\b)?\s*[:\-–]?\s*(?P<field>[^\W\d][^,;|()]{1,60})",
                          re.I)
_ENTRY_LINES = 3  # how far below a degree line its entry may state the specialisation
# a subject cut by the line's end goes on in lower case on the next line, when the degree line has nothing after it
_WRAPPED, _LINE_GOES_ON = LazyPattern(r"\s*(?:[a-z]|&\s)"), LazyPattern(r"[,;|()\d–—]")
_ONGOING = LazyPattern(r"\b(?:expected|candidate|ongoing|in progress|pursuing|current(?:ly)?|anticipated|present"
                      r"|to be completed|exp\.|(?:working|studying)\s+towards?)", re.I)
_STUDY_YEARS = 7  # an expected graduation may lie years ahead
_A_YEAR = LazyPattern(rf"\b{YEAR}\b")
# a course, certificate, diploma or exchange at a school is no degree ("Data Science Specialization, Westfield
# University"): named on the school's line or the next, or as the title of the line above ("Diploma in Web Design")
_AWARDS = r"certif|course|\bdiploma\b|bootcamp|nanodegree|\bonline\b|mooc|coursera|udemy|edx|speciali[sz]ation"
_COURSE = LazyPattern(rf"{_AWARDS}|exchange|summer\s+school|training|workshop", re.I)
_COURSE_TITLE = LazyPattern(rf"^\W*(?:\w+\s+){{0,2}}(?:{_AWARDS})", re.I)
# a secondary school or its leaving exam (HSC/SSC, 10th/12th, CBSE/ICSE boards, an intermediate college, A-levels)
_BEFORE_UNIVERSITY = LazyPattern(r"high\s+school|secondary|sixth\s+form|gymnas|lyc[ée]e|lyceum|grammar\s+school"
                                r"|\b(?:HSC|SSC|CBSE|ICSE|1[02]th|inter(?:mediate)?\s+college|A-levels?|GCSE)\b", re.I)


def level_of(study_type: str) -> DegreeLevel | None:
    """The level a degree type names on its own ("Bachelor", "MSc", "Associate"), as structured formats give it."""
    hit = find_level(f"{study_type} degree")
    return hit[0] if hit else None


def mentions_degree(text: str) -> bool:
    """True when `text` names a degree (so dates beside it are study, not work)."""
    return find_level(text) is not None


def _subject(text: str) -> str:
    """The words after a level that can state its subject: minors and what follows the subject removed."""
    text = _MINOR.sub("", text)
    end = _SUBJECT_END.search(text, len(text) - len(text.lstrip(" .,:-–")))  # "B.Sc. X": the level's own dot
    return text[:end.start()] if end else text


def _field(text: str) -> str | None:
    """A known field named in `text` (through a one-letter slip too), else the subject as written."""
    if known := known_field_respelled(text):
        return known
    m = _FIELD_TEXT.search(text)
    field = m["field"].strip().lower() if m else None
    return None if not field or _NOT_FIELD.search(field) else field


def _entry_field(lines: Sequence[str]) -> str | None:
    """A specialisation stated in the lines of a degree's entry (they may wrap, so they are read as one text)."""
    m = _SPECIALISED.search(" ".join(lines))
    return _field(m["field"]) if m else None


# a school's unit names the subject studied in it when nothing narrower does ("Department of Physics")
_UNIT = LazyPattern(r"\b(?:faculty|department|dept\.?|school)\s+of\s+(?P<subject>[^,;|()\d]{3,80})", re.I)
_NOT_SUBJECT = LazyPattern(r"course|modules|classes|thesis|dissertation|project|minor|\d", re.I)
_SUBJECT_WORDS = 5  # a line that is a subject alone: "Computer Science", "Electrical & Electronic Engineering"
_PARTS = LazyPattern(r"[,;|]")
_DATES_ONLY = LazyPattern(rf"(?:\s|[-–—/.]|\d|\b(?:{MONTH})\b|\b(?:now|present|current|today)\b)*$", re.I)


def _items(text: str) -> tuple[str, ...]:
    """What a line can state a subject as: the line itself, or when it is an entry's own line (it names a school,
    or it sets its dates apart as a part of their own), each of its parts that names no school, dates at their ends
    stripped ("2015 – Informatics, Faculty of Mathematics, Westfield University"; "2017 - Now | CS & Math | GPA 4.0").
    A list of courses is none of these, nor a line whose dates run on from its text ("Developer, Acme 2019 - 2021")."""
    parts = _PARTS.split(text)
    if not (_SCHOOL.search(text) or any(_A_YEAR.search(part) and _DATES_ONLY.match(part) for part in parts)):
        return (text,)
    return tuple(part.strip(" \t-–—:./0123456789") for part in parts if not _SCHOOL.search(part))


def _entry_subject(entry: Sequence[str], above: str) -> str | None:
    """A related field named on a line of its own in a degree's entry, when the degree's line states none: below
    it, after the school ("Bachelor of Science" / "Westfield University" / "Computer Science"), or just above it
    ("Computer Science" / "Bachelor of Science, 2014"), or as a part of the school's line ("Informatics, Westfield
    University" / "Bachelor studies"); else the school's unit the degree was studied in ("Department of Computer
    Systems" / "Bachelor's degree"). Coursework, a thesis or a minor is not the subject."""
    texts = [text for text in (*entry, above) if not find_level(text)]
    for text in texts:
        for item in _items(text):
            if len(item.split()) <= _SUBJECT_WORDS and not _NOT_SUBJECT.search(item) and (known := known_field(item)):
                return known
    return next((known for text in texts if (unit := _UNIT.search(text)) and (known := known_field(unit["subject"]))),
                None)


def status_at(text: str, as_of: dt.date) -> str:
    """'completed', 'in progress' or 'expected YYYY' for a degree whose line (and neighbours) say `text`."""
    ranges = find_ranges(text, as_of, ahead=_STUDY_YEARS)
    ends = [r.expected or r.end for r in ranges if not r.present]  # a range's end stops at as_of; its plan does not
    if ends and max(ends) > as_of:
        return f"expected {max(ends).year}"
    if _ONGOING.search(text) or any(r.present for r in ranges):
        return "in progress"
    return "completed"


# "Software Engineer" alone on a line below its school: the engineer's title that Latin American and European schools
# award as the degree ("Ingeniero de Software", a five-year first degree); dated, or below another degree, a job
_ENGINEER = LazyPattern(r"^\s*(?:[A-Z][a-z]+\s+){1,3}(?:Engineer|Ingenier[oa])\b(?=\s*(?:[,(]|$))")


def _engineer_title(lines: Sequence[Line], i: int, inside: set[int]) -> tuple[DegreeLevel, re.Match[str]] | None:
    """The engineer's title named as a degree: undated, within two lines below its school's dated line, which names
    no other degree, course, diploma or secondary school (a title below those is the job held after them)."""
    m = _ENGINEER.match(lines[i].text)
    if not m or _A_YEAR.search(lines[i].text):
        return None
    school = any(j in inside and _SCHOOL.search(t := lines[j].text) and _A_YEAR.search(t) and not find_level(t)
                 and not _COURSE.search(t) and not _BEFORE_UNIVERSITY.search(t) for j in (i - 1, i - 2))
    return (DegreeLevel.BACHELOR, m) if school else None


# the Diplom as an English CV names it ("Mathematics Diploma", "Diploma in Physics"), at a school named in German
_DIPLOMA = LazyPattern(r"(?<!Graduate )(?<!Postgraduate )(?:\b(?!(?:Post)?[Gg]raduate\b)[A-Z][a-z]+\s+){0,3}Diploma\b")
_GERMAN_SCHOOL = LazyPattern(r"Universit(?:ä|ae|a)t\b|Hochschule\b", re.I)


def _diplom(lines: Sequence[Line], i: int, inside: set[int]) -> tuple[DegreeLevel, re.Match[str]] | None:
    """A diploma at a Universität or Hochschule (on its line or within two above it) is the Diplom, the German and
    Austrian university degree at the master's level; a diploma at any other school is a course's or a school's."""
    m = _DIPLOMA.search(lines[i].text)
    at_german_school = any(j in inside and _GERMAN_SCHOOL.search(lines[j].text) for j in (i, i - 1, i - 2))
    return (DegreeLevel.MASTER, m) if m and at_german_school else None


# a dated period of study led by its verb ("10.2016 - 03.2020 Studied Computer Engineering, Westfield"): the subject
# studied at a school with no level named, as a major is
_STUDY_PERIOD = LazyPattern(rf"^(?:[\s\d./\-–—:|]|\b(?:{MONTH})\b|\b(?:today|now|present)\b)*\b(?:[Ss]tud(?:ied|ying)"
                            r"|STUD(?:IED|YING))\s+(?=[A-Z])")


def _study_period(text: str) -> tuple[DegreeLevel, re.Match[str]] | None:
    """Undergraduate study named by its verb on a dated line of its own, its subject after it."""
    m = _STUDY_PERIOD.match(text)
    return (DegreeLevel.BACHELOR, m) if m and _A_YEAR.search(text) else None


_DATE_CHARS = " \t0123456789/.-–—:|"  # a line's leading dates, before the name of a qualification


def _scan(document: Document, indices: Sequence[int], as_of: dt.date, *, stated_only: bool = False
          ) -> list[Degree]:
    """Degrees on the lines at `indices`; with `stated_only`, only those stated with their subject or school."""
    lines, inside = document.lines, set(indices)
    found = []
    for i in indices:
        text = lines[i].text
        hit = find_level(text) or _study_period(text) \
            or (None if stated_only else graduate_title(text) or _engineer_title(lines, i, inside)
                  or _diplom(lines, i, inside))
        if not hit:
            continue
        level, m = hit
        entry = []
        for j in range(i + 1, min(len(lines), i + 1 + _ENTRY_LINES)):
            if j not in inside or find_level(lines[j].text):
                break
            entry.append(_MINOR.sub("", lines[j].text))
        rest = text[:m.start()].lstrip(_DATE_CHARS) if named_before(m) else text[m.end():]
        if entry and _WRAPPED.match(entry[0]) and not _LINE_GOES_ON.search(rest):
            rest = f"{rest} {entry[0]}"  # "Bachelor's degree in Applied" / "mathematics and computer science"
        subject = _subject(rest)
        named = known_field(f"{m[0]} {subject}")  # "BSCS" names its subject in the abbreviation
        if stated_only and not (named or _STATED_SUBJECT.search(subject) or _SCHOOL.search(text)):
            continue
        written = _field(subject)
        above = lines[i - 1].text if i - 1 in inside else ""
        field = (named or _entry_field(entry) or (written if written and not _GENERIC_FIELD.search(written) else None)
                 or _entry_subject(entry, above) or (_field(entry[0]) if entry else None) or written)
        near = " ".join(lines[j].text for j in range(max(0, i - 1), min(len(lines), i + 3)))
        found.append(Degree(level, field, status_at(near, as_of), text[:200], i))
    return found


_MAJOR = LazyPattern(r"(?:^\s*major\s*(?:[:\-–]|\bin\b)|\bmajor\s*:|\bfield\s+of\s+study\b\s*[:\-–]?)\s*(?P<field>\S.*)"
                    r"|(?-i:\b(?P<subject>(?:[A-Z][A-Za-z&]*\s+){1,4})(?:Major|MAJOR)\b)", re.I)


def _school_study(lines: Sequence[Line], i: int, inside: set[int]) -> tuple[str, int] | None:
    """A related field studied at a school with no level word, and the line naming it: an entry at a school that is
    not a secondary school or a course, dated on its line or the next, whose line's parts or next line name the
    field ("2016 – 2019: Westfield University, Faculty of Economics, Economic Informatics"), or whose department or
    faculty does ("Westfield University" / "Department of Information Processing Systems, 2010 – 2014")."""
    text = lines[i].text
    above, below = (lines[j].text if j in inside else "" for j in (i - 1, i + 1))
    if not _SCHOOL.search(text) or _BEFORE_UNIVERSITY.search(text) or _COURSE.search(f"{text} {below}") \
            or _COURSE_TITLE.search(above) or not _A_YEAR.search(f"{text} {below}"):
        return None
    for j, line in ((i, text), (i + 1, below)):
        if line and (subject := _entry_subject([line], "")):
            return subject, j
    return None


# a date's open end, as a line states study still under way ("Westfield School of Engineering, Ongoing")
_UNDER_WAY = LazyPattern(r"\b(?:ongoing|present|current|now|in progress|expected)\b", re.I)


def _subject_title(lines: Sequence[Line], i: int, inside: set[int]) -> tuple[str, int] | None:
    """A related field alone on a line, titling an entry whose next line is dated or under way ("Computer Science"
    / "Westfield Institute, 2019 - 2023"; "Embedded Systems Engineering" / "Westfield, Ongoing"): the subject
    studied, with no level word, at a school that is not a secondary school, a course or a certificate."""
    text, below = lines[i].text, lines[i + 1].text if i + 1 in inside else ""
    above = lines[i - 1].text if i - 1 in inside else ""
    if not below or _SCHOOL.search(text) or _A_YEAR.search(text) or _BEFORE_UNIVERSITY.search(below) \
            or _COURSE.search(f"{text} {below}") or _COURSE_TITLE.search(above) \
            or not (_A_YEAR.search(below) or _UNDER_WAY.search(below)):
        return None
    if len(text.split()) <= _SUBJECT_WORDS and not _NOT_SUBJECT.search(text) and (known := known_field(text)):
        return known, i
    return None


# a student of a related field names the study ("Third-year Computer Science student", "Physics Student")
_STUDENT = LazyPattern(r"(?-i:\b(?P<subject>(?:[A-Z][A-Za-z&]*\s+){1,4})(?:[Ss]tudent|STUDENT)\b)")


def _majors(document: Document, indices: Sequence[int], as_of: dt.date) -> list[Degree]:
    """'Major: Computer Science' (a label anywhere on its line: "... Faculty of Engineering. Major: Computer
    Science"), 'Computer Science Major' or 'Field of study: X' under a school names
    undergraduate study without 'BS'; so does a related field studied at a dated school (`_school_study`)."""
    lines, inside = document.lines, set(indices)
    found = []
    for i in indices:
        text = lines[i].text
        if study := _school_study(lines, i, inside) or _subject_title(lines, i, inside):
            subject, j = study
            near = " ".join(lines[k].text for k in range(i, min(len(lines), i + 3)))
            found.append(Degree(DegreeLevel.BACHELOR, subject, status_at(near, as_of), lines[j].text[:200], j))
            continue
        if (student := _STUDENT.search(text)) and (subject := known_field(student["subject"])):
            near = " ".join(lines[j].text for j in range(i, min(len(lines), i + 2)))
            found.append(Degree(DegreeLevel.BACHELOR, subject, status_at(near, as_of), text[:200], i))
            continue
        m = _MAJOR.search(text)
        if m:
            near = " ".join(lines[j].text for j in range(max(0, i - 2), min(len(lines), i + 3)))
            written = m["field"] or m["subject"]
            field = _field(written) or written.split(",")[0].strip().lower()
            found.append(Degree(DegreeLevel.BACHELOR, field, status_at(near, as_of), lines[i].text[:200], i))
    return found


def find_degrees(document: Document, sections: Sequence[Section], as_of: dt.date | None = None
                 ) -> tuple[Degree, ...]:
    """Degrees in the education section; elsewhere only when that section has none, and only stated with a subject
    or a school."""
    as_of = as_of or dt.date.today()
    education = [i for s in sections if s.name == "education" for i in range(s.start, s.end)]
    found = _scan(document, education, as_of) or _majors(document, education, as_of)
    if not found:
        rest = [i for i in range(len(document.lines)) if i not in set(education)]
        found = _scan(document, rest, as_of, stated_only=True)
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
    return max(degrees, key=lambda d: (d.level.rank, d.field is not None))


def field_matches(degree: Degree, fields: Sequence[str]) -> bool:
    """True when the degree's field (or its line, minors aside) names one of `fields`, as written or by its aliases."""
    wanted = {f.lower() for f in fields}
    if degree.field in wanted:
        return True
    hay = f"{degree.field or ''} {_MINOR.sub('', degree.quote)}"
    return any(f in hay.lower() for f in wanted) or any(
        name in wanted and rx.search(hay) for name, rx in FIELD_PATTERNS)


def related_degree(degrees: Sequence[Degree], fields: Sequence[str] = RELATED_FIELDS,
                   level: DegreeLevel | str = DegreeLevel.BACHELOR) -> Degree | None:
    """The highest degree at `level` or above whose field is one of `fields` (a CS BSc under an MBA counts)."""
    floor = DegreeLevel(level).rank
    return highest([d for d in degrees if d.level.rank >= floor and field_matches(d, fields)])
