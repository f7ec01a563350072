"""Degrees on the resume: level, field and status, read from the education section first.

What counts (the reading the degree requirement is labelled by, LABELING.md):
- A degree is an academic award at one of the four `DegreeLevel`s, however it is spelled: associate (AA, AS, AAS,
  "Associate of ...", a two-year degree), bachelor (BA, BS, BSc, BEng, B.E./BE, B.Tech, BCA, B.Com, Licence,
  Licenciatura, Laurea, Grado, an honours or engineering degree, an initialism naming its subject, before the subject
  or honours (BCS, BIT, BSE, BCompSc: "BCS in Data Science", "BCS (Hons)"; not the British Computer Society's "BCS,"),
  undergraduate study of a subject ("Undergraduate of Software Engineering"), or a bare "degree in <Subject>"), master
  (MA, MS, MSc, MEng, M.E./ME, M.Tech, MBA, MCA, MCM, M.Com, Diplom, Dipl.-Ing., Laurea magistrale, Máster, Maestría,
  Mestrado, Magister, a specialist or engineer's degree, postgraduate study of a subject ("Postgraduate of Physics"; a
  postgraduate diploma or certificate is none), and PGDM/PGDBA: the two-year postgraduate diploma in management,
  entered after a first degree and recognised in place of an MBA, is at the MBA's level as Diplom is; so is a diploma
  at a school named in German, a Universität or Hochschule: the Diplom as an English CV names it, "Mathematics
  Diploma") and doctorate (PhD, DPhil, Dr. rer. nat., EdD, "Doctor of ...", a doctoral candidate or student as the
  candidate's own title: first on its line or after its dates, not someone else's after an article, a preposition
  or a verb, "assistant to a doctoral student"). The Latin order of a few schools' names is the same level stated
  with its subject ("S.B. in", "Sc.B. in", "S.M. in"; a certificate's "Certified S.M. (Scrum Master)" is none), and
  so is a run-together abbreviation capitalised before "in" ("Bs in Physics", "Ms in Statistics"). Levels written
  together before one subject are both earned in it, the higher counting ("B.S. M.S. in Physics"). A Europass CV
  states a qualification's level on the European Qualifications Framework after its name, which then states the
  subject ("Computer Engineer EQF level 6"): 8 a doctorate, 7 a master's, 6 a bachelor's, 5 a short-cycle
  (associate) degree. Dots are optional. An abbreviation is the level's initial, a separator and the subject's
  abbreviation in any case ("B.SC.", "M. Tech", "B-Tech", "Bsc"; `_abbreviated`), in small capitals whatever case
  a PDF gives its letters ("PH.D.", "BSC iN"); the UK integrated master's (MPhys, MMath, MComp, MInf) are master's;
  Bacharelado is the Portuguese bachelor's. A bare BE
  or ME is read only as a degree's name, before its subject, its status or its school (in capitals too: "BE IT", "ME
  ongoing, Civil Engineering") and not after a word or a town ("about ME", "to BE", "Portland, ME" are not degrees); a
  bare MA, ME or MS after a town is its US state ("Boston, MA", "Jackson, MS") unless stated with its subject ("MS in
  Physics"); "MS" or "MCS" before a Microsoft product ("MS SQL", "MCS Azure Fundamentals"), or "MS Technology" after a
  lower-case word, is Microsoft's, and a capitalised "BSC in" or "MSC in" with a plain "in" is a sentence ("Upgraded
  BSC in the core network"); and "Master" joined into a compound word is no degree ("Master-at-Arms" is a naval
  rating), nor before the business term or event it names, however capitalised (master data's management,
  governance, stewardship or quality, a master class, a master plan; "Master Data" before a subject is a degree).
- Certificates, bootcamps, courses and school-leaving exams (HSC/SSC, 10th/12th, CBSE/ICSE boards, Intermediate,
  GCSE, A-levels) are not degrees; nor is a degree the line denies ("did not continue in a PhD") or only partly
  earned ("credits toward a BSc"; "working toward a BSc" is in progress), nor one its entry says was left unfinished,
  which is neither completed nor in progress: a status said of the study itself (degree_unfinished.py), in brackets
  after its own words or alone on a line ("(dropout)", "(Incomplete)"), as the candidate's act ("did not graduate",
  "dropped out, 2014"), or as leaving the study ("dropped out of the programme"; "dropped out of a PhD" leaves the
  PhD, not the BSc before it), never said of another thing ("dropped out of the chess club", "Capstone project
  (abandoned)", "(incomplete list)"); an entry ends where the next school's dated entry starts. Nor is another
  person's title after a label that names them ("Advisor: Prof. J. Roe, Ph.D.", "supervised by Dr. J. Roe, PhD").
  Completed, in progress and expected degrees all count; `status` says which.
- Its field is the subject stated with it, in the languages its level is read in ("Licence de mathématiques",
  "Dipl.-Ing. Elektrotechnik"): on its own line, after the level ("BSc Computer Science", "Master's, Financial
  Engineering"); when that line states none or only a generic one ("Bachelor of General Studies", "Engineering
  degree"), a labelled specialisation in its entry (Major, Field of study, Specialisation, Concentration, Series),
  else the next line. A related field written after the entry's dates or a bar on the level's line is its subject
  ("B.Sc. 2014 - 2018 Computer Science", "Bachelor of Science | Mathematics | ..."; not a school, a role or a
  club there, nor one a note, a minor or a role follows). The award's own word and its class or honour are never the
  subject ("Master's Diploma", "First Class Honours", "Hons. 2:1", "with distinction", "cum laude", "(excellent)", the
  "red diploma", honours joined by "and", a rank in brackets after one: "with Distinction (top of class)"). A minor
  is never the field, and a line naming another degree starts another entry. A subject the line's end cuts
  ("Bachelor's degree in Applied") goes on in lower case on the next line ("physics and computer science") when
  nothing follows it on the degree's line. An initialism that abbreviates its subject names it when no
  subject is written after it (BCA, MCA: computer applications; MCS; BSCIT: information technology; MPhys: physics);
  one written after it is its major ("BIT in Networking"); out of the education section its letters alone are a degree
  only with its school on its line or next to it ("MCA Consulting Group" is a firm). A status word after the level is
  never its subject. In an entry stating no subject, the related field its graduate says they graduated in is its
  subject ("Graduated in Computer Engineering"). A related field's long word misspelt by one letter is still that
  field ("Information Sytems").
- A major or field of study under a school with no level word at all ("Major: Computer Science", "Computer Science
  Major", or "Speciality: Information Systems" below a university or an institute, not a college's vocational one) is
  undergraduate study, a bachelor; so is a related field named among a school's parts or on the line below it, dated
  there (its dates at the part's ends numeric or with month names: "Aug 2016 – May 2020 Statistics, Westfield
  University") or on the line above alone or as its graduation ("2016 – 2019: Westfield University, Faculty of
  Economics, Economic Informatics"; "Anticipated graduation: 12/2026" / "Statistics; Westfield University"; a part
  a post's noun heads, "Mathematics Tutor", "Tutor for Physics", is none unless a level heads the entry, a post set
  aside after the subject, "Statistics (Marker)", leaves it), or by the department
  or faculty studied in ("Department of Chemistry", "Faculty: Chemistry"), unless the entry is a course, certificate,
  diploma or exchange, or at a polytechnic that names no university or institute (it awards diplomas: a proxy, so
  a field studied with no level word at a polytechnic that grants degrees under that name is missed, while a degree
  named there by its level word is read); so is a
  student of a related field ("Third-year Computer Science student", "Student of Software Engineering" with its
  university on the line or next to it) not at a secondary school or on a course, and a related field alone titling
  an entry whose next line names a university-type school, dated or ongoing ("Software Engineering" / "Westfield
  College, 2020 - Ongoing"; a bootcamp, an academy or such a polytechnic awards no degree); so is a dated period of
  study led by its verb ("2016 - 2020 Studied Computer Engineering, Westfield"), anywhere. A level stating no subject
  ("Bachelor studies") takes one named as a part of its school's line, else the department or faculty its entry names
  ("Department of Computer Systems" / "Bachelor's degree"). In the education section the graduate's title names the
  degree where it is the degree's name: "Engineer in Computer Systems", "Licenciado en Economía", "бакалавр"
  (bachelor), "магистр", "спеціаліст" (master's level, like the specialist degree); so does "Higher education:
  <university>" (a first degree), and the engineer's title alone on an undated line below its school ("Software
  Engineer").
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
from itertools import takewhile

from .degree_entry import (A_YEAR, BEFORE_UNIVERSITY, COURSE, DATE_CHARS, DATE_WORD, ENTRY_LINES, MINOR,
                           OTHER_SUBJECT_LETTERS, SCHOOL, about_other, after_a_name, entry_field, entry_lines, entry_subject,
                           field_alone, field_of, status_at, subject_after, subject_first, subject_past,
                           the_degrees_own)
from .degree_majors import line_at, majors
from .degree_unfinished import entry_unfinished, leaves_level, says_unfinished
from .models import Degree, DegreeLevel, Document, Line
from .text.dates import find_ranges
from .text.lazy_regex import LazyPattern
from .text.levels import STATUS_FIRST, find_level, graduate_title, named_before, next_level_start
from .text.sections import Section
from .text.subjects import FIELDS, known_field, known_field_respelled, named_by_initialism

LEVELS = tuple(level.value for level in DegreeLevel)
RELATED_FIELDS = ("computer science", "software engineering", "computer engineering", "information technology",
                  "information systems", "electrical engineering", "electronic engineering", "mathematics",
                  "statistics", "physics", "data science")

_GENERIC_FIELD = LazyPattern(r"^(?:general|liberal|interdisciplinary|integrated)\s+stud", re.I)
_STATED_SUBJECT = LazyPattern(r"^\s*(?:degree\s+)?(?:in|of)\s+[A-Za-z]", re.I)
# a subject cut by the line's end goes on in lower case on the next line, when the degree line has nothing after it
_WRAPPED, _LINE_GOES_ON = LazyPattern(r"\s*(?:[a-z]|&\s)"), LazyPattern(r"[,;|()\d–—]")


def level_of(study_type: str) -> DegreeLevel | None:
    """The level a degree type names on its own ("Bachelor", "MSc", "Associate"), as structured formats give it."""
    hit = find_level(f"{study_type} degree")
    return hit[0] if hit else None


# A level qualifying an internship names the study it was done in, not a degree held ("Bachelor Internship", "Master's
# intern", "MSc Internship"): its dates are the internship's, which counts (LABELING.md). A thesis so qualified is
# study either way, and is left to the level, as is a part of the study the internship names ("Master's internship
# thesis", "Bachelor internship semester", "Master's Internship: Thesis on ..."). "Intern." cut short is
# International, a degree's subject ("B.Sc. Intern. Management").
_LEVEL_S_INTERNSHIP = LazyPattern(r"\b(?:bachelor|master|[bm]\.?\s?sc\.?)(?:['’]?s)?\s+intern(?:ship)?\b(?!\.)"
                                  r"(?![\s:(–—-]*(?:thesis|report|semester|module|course|credits?)\b)", re.I)


def mentions_degree(text: str) -> bool:
    """True when `text` names a degree (so dates beside it are study, not work)."""
    return find_level(_LEVEL_S_INTERNSHIP.sub(" ", text)) is not None


# "Software Engineer" alone on a line below its school: the engineer's title that Latin American and European schools
# award as the degree ("Ingeniero de Software", a five-year first degree); dated, or below another degree, a job
_ENGINEER = LazyPattern(r"^\s*(?:[A-Z][a-z]+\s+){1,3}(?:Engineer|Ingenier[oa])\b(?=\s*(?:[,(]|$))")


def _engineer_title(lines: Sequence[Line], i: int, inside: set[int]) -> tuple[DegreeLevel, re.Match[str]] | None:
    """The engineer's title named as a degree: undated, within two lines below its school's dated line, which names
    no other degree, course, diploma or secondary school (a title below those is the job held after them)."""
    m = _ENGINEER.match(lines[i].text)
    if not m or A_YEAR.search(lines[i].text):
        return None
    school = any(j in inside and SCHOOL.search(t := lines[j].text) and A_YEAR.search(t) and not find_level(t)
                 and not COURSE.search(t) and not BEFORE_UNIVERSITY.search(t) for j in (i - 1, i - 2))
    return (DegreeLevel.BACHELOR, m) if school else None


# the Diplom as an English CV names it ("Mathematics Diploma", "Diploma in Physics"), at a school named in German
_DIPLOMA = LazyPattern(r"(?<!Graduate )(?<!Postgraduate )(?:\b(?!(?:Post)?[Gg]raduate\b)[A-Z][a-z]+\s+){0,3}Diploma\b")
_GERMAN_SCHOOL = LazyPattern(r"Universit(?:ä|ae)t\b|Hochschule\b", re.I)  # not Catalan "Universitat"


_DIPLOMA_WORD, _NAME_END = LazyPattern(r"\bdiploma\b", re.I), LazyPattern(r"[:,;(|]")
# a university's courses for adults, not its degrees ("Continuing Education Diploma in Data Science")
_ADULT_EDUCATION = LazyPattern(r"continuing\s+education|further\s+education|extension\s+school", re.I)


def _diplom(lines: Sequence[Line], i: int, inside: set[int]) -> tuple[DegreeLevel, re.Match[str]] | None:
    """A diploma at a Universität or Hochschule (on its line or within two above it) is the Diplom, the German and
    Austrian university degree at the master's level; a diploma at any other school is a course's or a school's,
    and so is one whose name says it is a course's, continuing education's, or another school's."""
    m = _DIPLOMA.search(lines[i].text)
    name = _NAME_END.split(lines[i].text, maxsplit=1)[0]  # what follows it may state its specialisation
    if m and (COURSE.search(_DIPLOMA_WORD.sub("", name)) or _ADULT_EDUCATION.search(name)
              or (SCHOOL.search(name) and not _GERMAN_SCHOOL.search(name))):
        return None  # a course's diploma, or one from the school its own name names ("Goethe-Institut Diploma")
    at_german_school = any(j in inside and _GERMAN_SCHOOL.search(lines[j].text) for j in (i, i - 1, i - 2))
    return (DegreeLevel.MASTER, m) if m and at_german_school else None


# a dated period of study led by its verb ("09.2015 - 02.2019 Studied Computer Engineering, Westfield"): the subject
# studied at a school with no level named, as a major is
_STUDY_PERIOD = LazyPattern(rf"^(?:[\s\d./\-–—:|]|{DATE_WORD})*\b(?:[Ss]tud(?:ied|ying)"
                            r"|STUD(?:IED|YING))\s+(?=[A-Z])")


def _study_period(text: str) -> tuple[DegreeLevel, re.Match[str]] | None:
    """Undergraduate study named by its verb on a dated line of its own, its subject after it."""
    m = _STUDY_PERIOD.match(text)
    return (DegreeLevel.BACHELOR, m) if m and A_YEAR.search(text) else None


# a chamber or other vocational body that awards trade qualifications (IHK, HWK, a chamber of commerce or crafts)
_VOCATIONAL_BODY = LazyPattern(r"\b(?:IHK|HWK|chamber\s+of|\w*kammer|vocational|berufs\w*)", re.I)


def _vocational(lines: Sequence[str]) -> bool:
    """Whether a qualification's lines name a course or certificate, or a vocational body: a European framework level
    is stated for trade certificates as for degrees ("Certified Business Manager EQF level 7" from a chamber of
    commerce), so the level alone is no degree there."""
    return any(COURSE.search(line) or _VOCATIONAL_BODY.search(line) for line in lines)


def _name_before(text: str, as_of: dt.date) -> str:
    """A qualification's name before its level, the dates leading its line stripped in any form ("09/2014 - 06/2017",
    "Sep 2014 - Jun 2017")."""
    ranges = find_ranges(text, as_of)
    if ranges and not text[:ranges[0].span[0]].strip(DATE_CHARS):
        text = text[ranges[0].span[1]:]
    return text.lstrip(DATE_CHARS)


# What may stand beside a degree's letters on their line when they are all its name: dates, a grade, a status
# ("MCA 7.4 CGPA", "BCA, 2012", "MCA ongoing"); a name after them makes them a firm's ("MCA Consulting Group"), an
# item of a list a skill ("BCA, ELISA, ...")
_GRADE_OR_STATUS = LazyPattern(r"[\W\d_]*(?:(?:c?gpa|cpi|percent(?:age)?|marks|ongoing|pursuing|completed|expected"
                               r"|distinction|first|second|class|division)\b[\W\d_]*)*", re.I)


def _letters_of_a_school_entry(lines: Sequence[Line], i: int, inside: set[int], m: re.Match[str],
                               as_of: dt.date) -> bool:
    """Whether a degree's letters alone on their line (but for dates, a grade or a status) sit under or over a
    school's name: a school's entry, whatever section it was printed in."""
    text = lines[i].text
    alone = not _name_before(text[:m.start()], as_of).strip() and _GRADE_OR_STATUS.fullmatch(text[m.end():])
    return bool(alone) and any(SCHOOL.search(line_at(lines, j, inside)) for j in (i - 1, i + 1))


_FIRST_PART = LazyPattern(r"(?:(?!\s[-–—]\s)[^,;|(\d])*")  # up to a comma, a bracket, a digit or a spaced dash


def _next_line_subject(entry: Sequence[str]) -> str | None:
    """The subject the line below a degree states when it opens with the subject alone ("Bachelor of Arts" /
    "Economics", "Computer Science, GPA 3.8"): a related field only when every word of that part is the field's
    (`field_alone`), so a title is none ("X for Retail"); not a secondary school's entry of its own ("Intermediate
    (Science) from Westfield Junior College"), nor a line that opens with the study's content or what was done
    beside it (coursework, a thesis, a project, a club); what its later parts name is not its subject ("X, thesis:
    Y")."""
    if not entry or BEFORE_UNIVERSITY.search(entry[0]):
        return None
    part = _FIRST_PART.match(entry[0])[0]
    if about_other(part):
        return None
    if known_field_respelled(part):
        return field_alone(part)
    return field_of(part)


_LEVELS_A_LINE = 3  # an entry's line names a few degrees at most; reading on would grow with the square of a line
# what may stand between levels written together before their one subject ("B.S./M.S. in Physics", "BSc, MSc in X")
_JOINED = LazyPattern(r"[\s/,&+]*(?:and\b)?[\s/,&+]*")


def _joined(text: str, hit: tuple[DegreeLevel, re.Match[str]]) -> tuple[DegreeLevel, re.Match[str]]:
    """Levels written together before one subject are both earned in it: the higher level, read where the last
    stands ("B.S. M.S. in Computer Science" is a master's in computer science)."""
    for _ in range(_LEVELS_A_LINE):
        end = next_level_start(text, hit[1].end())
        if not _JOINED.fullmatch(text, hit[1].end(), end) or not (after := find_level(text, end)) \
                or after[1].start() != end:
            break
        hit = (max(hit[0], after[0], key=lambda level: level.rank), after[1])
    return hit


def _pursued_level(text: str) -> tuple[DegreeLevel, re.Match[str]] | None:
    """The first level a line names that its words do not say was left unfinished (`says_unfinished`: the words
    after it up to where another level may start, or an act of leaving it before it): "MSc X (dropout), BSc Y"
    names the BSc, "BSc X; dropped out of a PhD in Y" the BSc. An unfinished level's words are blanked, ending their
    clause, and the line read again, so offsets into it still hold."""
    for _ in range(_LEVELS_A_LINE):
        if not (hit := find_level(text)):
            return None
        hit = _joined(text, hit)
        start, end = hit[1].start(), next_level_start(text, hit[1].end())
        if not (says_unfinished(text[hit[1].end():end], opens_entry=True) or leaves_level(text, start)):
            return hit
        text = f"{text[:start]};{' ' * (end - start - 1)}{text[end:]}"  # a clause's end, as its words were one
    return None


def _scan(document: Document, indices: Sequence[int], as_of: dt.date, *, stated_only: bool = False
          ) -> list[Degree]:
    """Degrees on the lines at `indices`; with `stated_only`, only those stated with their subject or school."""
    lines, inside = document.lines, set(indices)
    found = []
    for i in indices:
        text = lines[i].text
        hit = _pursued_level(text) or _study_period(text) \
            or (None if stated_only else graduate_title(text) or _engineer_title(lines, i, inside)
                  or _diplom(lines, i, inside))
        if not hit:
            continue
        level, m = hit
        below = takewhile(lambda j: j in inside, range(i + 1, min(len(lines), i + 1 + ENTRY_LINES)))
        entry = [MINOR.sub("", line) for line in entry_lines(text, (lines[j].text for j in below))]
        if named_before(m) and _vocational([text, *entry]) or entry_unfinished(entry):
            continue
        before = _name_before(text[:m.start()], as_of)
        rest = before if named_before(m) else STATUS_FIRST.sub("", text[m.end():], count=1)
        if entry and _WRAPPED.match(entry[0]) and not _LINE_GOES_ON.search(rest):
            rest = f"{rest} {entry[0]}"  # "Bachelor's degree in Applied" / "physics and computer science"
        own_letters = bool(OTHER_SUBJECT_LETTERS.fullmatch(m[0]))
        subject = subject_after(rest, names_subject=own_letters)
        # a subject before the level is the degree's only when the level's own name states none ("X, Master of
        # Business Administration" names business administration)
        first = None if named_before(m) or own_letters or field_of(subject) \
            else subject_first(before, text[m.end():])
        named = known_field(f"{m[0]} {subject}") or first  # "BSCS" names its subject in the abbreviation
        # "BCA", "MCS" name their subject in their letters; a subject stated after one is its major ("BIT in X")
        letters = None if _STATED_SUBJECT.search(subject) else named_by_initialism(m[0])
        # out of education, letters alone are as often a firm or an assay ("MCA Consulting Group"): a degree only
        # with its school on its line, or standing alone as a school's entry
        if stated_only and not (named or _STATED_SUBJECT.search(subject) or SCHOOL.search(text)
                                or letters and _letters_of_a_school_entry(lines, i, inside, m, as_of)):
            continue
        named = named or letters
        written = field_of(subject)
        above = line_at(lines, i - 1, inside)
        # a field after the dates or a bar is read on an education entry's line only, and only after a level that
        # opens its part: a word just before it qualifies the study ("Visiting BSc", "Minor BSc"); a labelled major
        # outranks it
        past = None if stated_only or text[:m.start()].rstrip()[-1:].isalpha() else subject_past(rest)
        field = (named or entry_field(entry) or (written if written and not _GENERIC_FIELD.search(written) else None)
                 or past or entry_subject(entry, above) or _next_line_subject(entry) or written)
        # its status from its own entry's lines: the next section's job ("2019 - Present") is not its date
        near = " ".join(lines[j].text for j in range(max(0, i - 1), min(len(lines), i + 3)) if j in inside)
        found.append(Degree(level, field, status_at(near, as_of), text[:200], i))
    return found


def _parts_outside(document: Document, sections: Sequence[Section], education: set[int]) -> list[list[int]]:
    """The lines outside education, in order, as the parts a degree's entry can't cross: each section, and the lines
    under no heading (a headline) with the headings."""
    parts = [list(range(s.start, s.end)) for s in sections if s.name != "education"]
    in_one = {i for part in parts for i in part}
    return [[i for i in range(len(document.lines)) if i not in in_one and i not in education], *parts]


def find_degrees(document: Document, sections: Sequence[Section], as_of: dt.date | None = None
                 ) -> tuple[Degree, ...]:
    """Degrees in the education section; elsewhere only when that section has none, and only stated with a subject
    or a school, and not a referee's title (`after_a_name`)."""
    as_of = as_of or dt.date.today()
    education = [i for s in sections if s.name == "education" for i in range(s.start, s.end)]
    found = _scan(document, education, as_of) or majors(document, education, as_of)
    if not found:
        references = {i for s in sections if s.name == "references" for i in range(s.start, s.end)}
        found = sorted((d for part in _parts_outside(document, sections, set(education))
                        for d in _scan(document, part, as_of, stated_only=True)
                        if not (d.line in references and after_a_name(d.quote))), key=lambda d: d.line)
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
    """True when the degree's field (or its line, what is not its subject aside: `the_degrees_own`) names one of
    `fields`, as written or by its aliases."""
    wanted = {f.lower() for f in fields}
    if degree.field in wanted:
        return True
    hay = f"{degree.field or ''} {MINOR.sub('', the_degrees_own(degree.quote))}"
    return any(f in hay.lower() for f in wanted) or any(
        name in wanted and led.search(hay) for name, _, led in FIELDS)


def related_degree(degrees: Sequence[Degree], fields: Sequence[str] = RELATED_FIELDS,
                   level: DegreeLevel | str = DegreeLevel.BACHELOR) -> Degree | None:
    """The highest degree at `level` or above whose field is one of `fields` (a CS BSc under an MBA counts)."""
    floor = DegreeLevel(level).rank
    return highest([d for d in degrees if d.level.rank >= floor and field_matches(d, fields)])
