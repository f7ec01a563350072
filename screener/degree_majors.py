"""Undergraduate study named without a level word: a major or field of study under a school ("Major: Computer
Science"), a related field studied at a dated school or titling an entry above a university's line, and a student of
a related field. The degrees.py definition counts each as a bachelor's; apart from its grammar of level words, as
these readings take the level from the entry's shape, not from a word on its line."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Sequence
from itertools import takewhile

from .degree_entry import (A_YEAR, BEFORE_UNIVERSITY, COURSE, COURSE_TITLE, ENTRY_LINES, SCHOOL, dates_only,
                           entry_lines, entry_subject, field_of, status_at, subject_alone)
from .degree_unfinished import entry_unfinished, says_unfinished
from .models import Degree, DegreeLevel, Document, Line
from .text.lazy_regex import LazyPattern
from .text.levels import find_level
from .text.subjects import known_field


def line_at(lines: Sequence[Line], j: int, inside: set[int]) -> str:
    """Line `j`'s text when it belongs to the lines read (an entry's neighbour in the same section), else ''."""
    return lines[j].text if j in inside else ""


def _names_a_course(text: str, above: str, below: str) -> bool:
    """Whether an entry is a course's, not a degree's: its line or the next names a course or certificate, or the line
    above titles one ("Diploma in Web Design")."""
    return bool(COURSE.search(f"{text} {below}") or COURSE_TITLE.search(above))


_MAJOR = LazyPattern(r"(?:^\s*major\s*(?:[:\-–]|\bin\b)|\bmajor\s*:|\bfield\s+of\s+study\b\s*[:\-–]?)\s*(?P<field>\S.*)"
                    r"|(?-i:\b(?P<subject>(?:[A-Z][A-Za-z&]*\s+){1,4})(?:Major|MAJOR)\b)", re.I)


# a line stating an entry's graduation date ("Anticipated graduation: 12/2026", "Graduated 2019")
_GRADUATION = LazyPattern(r"^\W*(?:(?:expected|anticipated|estimated)\s+)?graduat(?:ed|ion|ing)\b(?:\s+date)?"
                          r"\s*[:\-–]?\s*(?:\b\w+\s*)?[\d/.\s]*$", re.I)


# a polytechnic that names no university or institute awards diplomas (India's, Singapore's, Malaysia's): a field
# studied there with no level word is a diploma's, not a bachelor's ("Polytechnic University", "Polytechnic
# Institute" award degrees; a degree named at a polytechnic is read by its level word). A proxy by the school's name:
# a field alone at a polytechnic that grants degrees under that name is missed
_DIPLOMA_SCHOOL, _DEGREE_SCHOOL = LazyPattern(r"polytechnic", re.I), LazyPattern(r"univ|institut", re.I)


def _at_a_school_of_diplomas(text: str) -> bool:
    """Whether a school's line names a polytechnic that awards diplomas, and no university or institute beside it."""
    return bool(_DIPLOMA_SCHOOL.search(text)) and not _DEGREE_SCHOOL.search(text)


def _dated_above(lines: Sequence[Line], i: int, inside: set[int]) -> bool:
    """Whether the line above line `i` is its entry's dates alone or its graduation date."""
    above = line_at(lines, i - 1, inside)
    return dates_only(above) or bool(_GRADUATION.match(above) and A_YEAR.search(above))


def _school_study(lines: Sequence[Line], i: int, inside: set[int]) -> tuple[str, int] | None:
    """A related field studied at a school with no level word, and the line naming it: an entry at a school that is
    not a secondary school or a course, dated on its line or the next, whose line's parts or next line name the
    field ("2016 – 2019: Westfield University, Faculty of Economics, Economic Informatics"), or whose department or
    faculty does ("Westfield University" / "Department of Information Processing Systems, 2010 – 2014"). An entry
    whose dates stand on a line of their own below the school goes on below them: its subject may be the line after
    ("Westfield University" / "September 2022 — Present" / "Applied Mathematics"). Its dates may stand alone on the
    line above it too, or as its graduation date ("Anticipated graduation: 12/2026" / "Statistics; Westfield
    University")."""
    text = lines[i].text
    above, below = line_at(lines, i - 1, inside), line_at(lines, i + 1, inside)
    if not SCHOOL.search(text) or BEFORE_UNIVERSITY.search(text) or _at_a_school_of_diplomas(text) \
            or _names_a_course(text, above, below) \
            or not (A_YEAR.search(f"{text} {below}") or _dated_above(lines, i, inside)):
        return None
    after_dates = line_at(lines, i + 2, inside) if dates_only(below) else ""
    if COURSE.search(after_dates) or BEFORE_UNIVERSITY.search(after_dates):
        after_dates = ""
    # under a level on the line above, a heading too ("Bachelor of Education"), "Mathematics Teacher" names the
    # qualification, not a post held
    posts = not (i and find_level(lines[i - 1].text))
    for j, line in ((i, text), (i + 1, below), (i + 2, after_dates)):
        if line and (subject := entry_subject([line], "", posts=posts)):
            return subject, j
    return None


# the specialty a Russian- or Ukrainian-style CV labels ("Speciality: Information Systems"), its major
_SPECIALTY = LazyPattern(r"^\W*speciali?ty\s*:\s*(?P<field>\S.*)", re.I)


# the schools a specialty's CV style calls a university; its college or polytechnic (technikum) is vocational
_SPECIALTY_SCHOOL = LazyPattern(r"univ|institut", re.I)


def _university_specialty(lines: Sequence[Line], i: int, inside: set[int]) -> re.Match[str] | None:
    """A labelled specialty within two lines below a university's or an institute's line, in an entry that is not a
    course or a secondary school: the major studied there, dated or not. A college's or a polytechnic's specialty
    is vocational in the CV style the label comes from."""
    m = _SPECIALTY.match(lines[i].text)
    if not m or not any(_SPECIALTY_SCHOOL.search(line_at(lines, j, inside)) for j in (i - 2, i - 1)) \
            or _before_university_or_course(lines, (i - 2, i - 1, i), inside):
        return None
    return m


# a date's open end, as a line states study still under way ("Westfield School of Engineering, Ongoing")
_UNDER_WAY = LazyPattern(r"\b(?:ongoing|present|current|now|in progress|expected)\b", re.I)


# a line that runs on into the next: it ends on a joining word or mark ("... School of Engineering and")
_RUNS_ON = LazyPattern(r"(?:\b(?:and|of|in|for|with)|[,&:/–-])\s*$", re.I)


# a school that awards degrees: a bootcamp's, an academy's or a training programme's name says none of these
_UNIVERSITY = LazyPattern(r"univ|college|institut|polytechnic|hochschule|[ée]cole", re.I)


def _subject_title(lines: Sequence[Line], i: int, inside: set[int]) -> tuple[str, int] | None:
    """A related field alone on a line, titling an entry whose next line names a university-type school, dated or
    under way ("Computer Science" / "Westfield Institute, 2019 - 2023"): the subject studied, with no level word, at
    a school that awards degrees and is not a secondary school, a course or a certificate. A line the one above
    runs on into is that line's end, not a title."""
    text, above, below = lines[i].text, line_at(lines, i - 1, inside), line_at(lines, i + 1, inside)
    if not _UNIVERSITY.search(below) or _at_a_school_of_diplomas(below) or SCHOOL.search(text) or A_YEAR.search(text) \
            or BEFORE_UNIVERSITY.search(below) \
            or _names_a_course(text, above, below) or _RUNS_ON.search(above) \
            or not (A_YEAR.search(below) or _UNDER_WAY.search(below)):
        return None
    return (known, i) if (known := subject_alone(text)) else None


# a student of a related field names the study ("Third-year Computer Science student", "Physics Student")
_STUDENT = LazyPattern(r"(?-i:\b(?P<subject>(?:[A-Z][A-Za-z&]*\s+){1,4})(?:[Ss]tudent|STUDENT)\b)")


# a student named with the field after the word: "Student of Applied Physics", "student: Faculty of Chemistry"
_STUDENT_OF = LazyPattern(r"\bstudent\s*(?:of\b|in\b|:)\s*(?P<subject>\S.*)", re.I)


def _student_of(lines: Sequence[Line], i: int, inside: set[int]) -> str | None:
    """The related field a student of it studies at a university-type school named on the line or next to it
    ("Westfield University" / "Student of Software Engineering"); a secondary school or a course there makes the
    student a pupil or a trainee, and the field must be the subject itself or the unit studied in."""
    text = lines[i].text
    m = _STUDENT_OF.search(text)
    schools = [j for j in (i - 1, i, i + 1) if _UNIVERSITY.search(line_at(lines, j, inside))]
    if not m or not schools or _before_university_or_course(lines, {i, *schools}, inside):
        return None
    return subject_alone(m["subject"]) or entry_subject([m["subject"]], "", posts=True)


def _before_university_or_course(lines: Sequence[Line], rows: Collection[int], inside: set[int]) -> bool:
    """Whether the entry on `rows` (a line and its neighbours) is a secondary school or a course: a student there is
    a pupil or a trainee, not an undergraduate ("Westfield High School" / "Mathematics student")."""
    entry = " ".join(lines[j].text for j in sorted(rows) if j in inside)
    return bool(BEFORE_UNIVERSITY.search(entry) or COURSE.search(entry))


def _left_unfinished(lines: Sequence[Line], i: int, inside: set[int]) -> bool:
    """Whether the entry whose study a reading found on line `i` says it was left unfinished, on that line or on its
    entry's lines below, as a degree's entry would (degree_unfinished.py): then it is no degree either."""
    head = lines[i].text
    below = takewhile(lambda j: j in inside, range(i + 1, min(len(lines), i + 1 + ENTRY_LINES)))
    return says_unfinished(head, opens_entry=True) \
        or entry_unfinished(entry_lines(head, (lines[j].text for j in below)))


def majors(document: Document, indices: Sequence[int], as_of: dt.date) -> list[Degree]:
    """'Major: Computer Science' (a label anywhere on its line: "... Faculty of Engineering. Major: Computer
    Science"), 'Computer Science Major' or 'Field of study: X' under a school names
    undergraduate study without 'BS'; so does a related field studied at a dated school (`_school_study`). A study
    its entry says was left unfinished is none."""
    lines, inside = document.lines, set(indices)
    return [d for i in indices if (d := _study_on(lines, i, inside, as_of)) and not _left_unfinished(lines, i, inside)]


def _study_on(lines: Sequence[Line], i: int, inside: set[int], as_of: dt.date) -> Degree | None:
    """The undergraduate study line `i` names without a level word, if any."""
    text = lines[i].text
    if study := _school_study(lines, i, inside) or _subject_title(lines, i, inside):
        subject, j = study
        first = i - 1 if _dated_above(lines, i, inside) else i
        near = " ".join(lines[k].text for k in range(first, min(len(lines), i + 3)))
        return Degree(DegreeLevel.BACHELOR, subject, status_at(near, as_of), lines[j].text[:200], j)
    if (student := _STUDENT.search(text)) and (subject := known_field(student["subject"])) \
            and not _before_university_or_course(lines, (i - 1, i, i + 1), inside):
        near = " ".join(lines[j].text for j in range(i, min(len(lines), i + 2)))
        return Degree(DegreeLevel.BACHELOR, subject, status_at(near, as_of), text[:200], i)
    if subject := _student_of(lines, i, inside):
        near = " ".join(lines[j].text for j in range(max(0, i - 1), min(len(lines), i + 2)))
        return Degree(DegreeLevel.BACHELOR, subject, status_at(near, as_of), text[:200], i)
    if m := _MAJOR.search(text) or _university_specialty(lines, i, inside):
        near = " ".join(lines[j].text for j in range(max(0, i - 2), min(len(lines), i + 3)))
        written = m["field"] or m["subject"]
        field = field_of(written) or written.split(",")[0].strip().lower()
        return Degree(DegreeLevel.BACHELOR, field, status_at(near, as_of), lines[i].text[:200], i)
    return None
