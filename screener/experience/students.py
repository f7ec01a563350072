"""Roles held while studying: a post begun during a degree, at that school or of a kind students hold."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from ..degrees import mentions_degree
from ..models import Position
from ..text.dates import MONTH
from ..text.sections import Section
from .dated_lines import find_ranges
from .kinds import ACADEMIC_PLACE, RESEARCH_INTERN, STAFF, STUDENT_BODY, STUDENT_TEAM, Kind


@dataclass(frozen=True)
class _Study:
    """A period of study from the education section: where (if named), from when (if given) and until when."""

    institution: str | None
    start: dt.date | None
    end: dt.date
    line: str = ""  # the education line it was read from, case-folded
    short: str | None = None  # the name the line gives the school in parentheses ("(Unicamp)"), case-folded


# a school's name, in English and in the languages the date grammar reads ("Universidad Católica de Chile")
_INSTITUTION = re.compile(
    r"(?:(?:[A-Z][\w.&'’-]*\s+){0,3}(?:University|College|Institute|Polytechnic|Academy)(?:\s+(?:of|for)"
    r"(?:\s+(?:the\s+)?[A-Z][\w.&'’-]*){1,3})?|Universit(?:y|ät|é|at|à)\s+(?:of\s+)?[A-Z][\w.&'’-]*"
    r"|(?:[A-Z][\w.&'’-]*\s+){0,2}(?:Universi(?:dad|dade|tà|tät|té|teit)|Hochschule|Politecnico|Politécnico"
    r"|Instituto|Istituto|Institut|Escuela|École|Ecole)(?:\s+(?:de|del|da|do|di|der|für|van|voor)?\s*"
    r"[A-Z][\w.&'’-]*){0,3})")
_YEAR_ONLY = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
# Roles that students hold: on their own these are not jobs when they fall inside a period of study.
_STUDENT_ROLE = re.compile(r"\bfellowship\b|\bscholarship\b|\b(?:research|graduate)\s*school|\bph\.?\s?d\b"
                           r"|\bteaching\b|\btutor|\bdemonstrator|\bresearch\s*assistant"
                           r"|\bpeer\s*(?:teacher|instructor|mentor)", re.I)
# A peer teacher, tutor, instructor or mentor teaches fellow students, a student's role whose "peer" says the place
# is a school; but a phrase naming their programme or centre ("Peer Tutor Program", "Director of Peer Tutoring") names
# where its staff work, not the role. A peer mentor is also a paid post in health and social care (one who shares the
# clients' experience): named at an organisation, only the school makes it a student's.
_PEER = r"peer\s*(?:tutor|teach|instruct|mentor)\w*"
_PEER_ROLE = re.compile(rf"\b{_PEER}", re.I)
_PEER_MENTOR = re.compile(r"\bpeer\s*mentor", re.I)
_PEER_PROGRAMME = re.compile(rf"\b(?:coordinator|director|manager)\s+of\s+(?:the\s+)?{_PEER}"
                             rf"|\b{_PEER}\s+(?:program|programme|center|centre)\b", re.I)
# A student's research post at the school where one studies may carry an engineer's title ("Research Software
# Engineer, University of X"; "Engineer, Centre for Cognitive Research"): research assistants held while studying are
# study, whatever the post is called. A title of the school's own staff (lecturer, research fellow) is a post.
_RESEARCH = re.compile(r"\bresearch|\blab\b|\blaborator", re.I)
_RESEARCH_TITLES = frozenset({"engineer", "developer", "programmer", "technician"})
_SLACK = dt.timedelta(days=183)  # a role that ends within half a year of graduation
_LONGEST_STUDY = dt.timedelta(days=6 * 365)


def _studies(lines: Sequence[str], sections: Sequence[Section], as_of: dt.date) -> list[_Study]:
    """Periods of study: each education line naming a school, with the dates on it or on the next line."""
    out = []
    for sec in sections:
        if sec.name != "education":
            continue
        for i in range(sec.start, sec.end):
            place = _INSTITUTION.search(lines[i])
            if not place and not mentions_degree(lines[i]):
                continue  # a course, an award or a thesis title, not a period of study
            near = " ".join(lines[i:min(i + 2, sec.end)])
            ranges = [r for r in find_ranges(near, as_of) if not r.single]
            if ranges:
                if not place:
                    # a dated degree's school may head its entry ("Westfield University" over "Master's" over its
                    # dates), or stand under the degree on the line with the dates ("BSc Biology" over "Westfield
                    # University 2014"); a degree dated on its own line looks above first, as the next entry may follow
                    above, below = _school_above(lines, i, sec.start, as_of), _INSTITUTION.search(near)
                    dated_here = any(not r.single for r in find_ranges(lines[i], as_of))
                    place = (above or below) if dated_here else (below or above)
                out.append(_Study(place.group() if place else None, ranges[0].start, ranges[0].end, near.casefold(),
                                  _short_name(place)))
            elif place and (years := _YEAR_ONLY.findall(lines[i]) or _graduation_below(lines, i, sec.end)):
                out.append(_Study(place.group(), None, dt.date(int(max(years)), 6, 30), lines[i].casefold(),
                                  _short_name(place)))
    return out


_IN_PARENTHESES = re.compile(r"\s*\(\s*([A-Z][\w&.-]{2,15})\s*\)")


def _short_name(place: re.Match[str] | None) -> str | None:
    """The short name a school's line gives it in parentheses after its name ("University of Campinas (Unicamp)",
    "Universidade de São Paulo (USP)"), by which its roles may name it. A short name abbreviates the name: its letters
    are drawn from the name in order, from its first, and from more than one of its words, so it is no word of the
    name nor a piece of one: "(USA)" after "Westfield University" names a country, "(Dublin)" after "Dublin City
    University" its city."""
    if place is None or not (m := _IN_PARENTHESES.match(place.string, place.end())):
        return None
    short, name = m.group(1).casefold(), _names(place.group())[-1]
    if short[0] != name[0] or not _drawn_from(short, name):
        return None
    return None if any(_drawn_from(short, word) for word in name.split()) else short


def _drawn_from(short: str, name: str) -> bool:
    """Are the letters of `short` found in `name` in order?"""
    letters = iter(name)
    return all(c in letters for c in short)


def _school_above(lines: Sequence[str], i: int, start: int, as_of: dt.date) -> re.Match[str] | None:
    """The school named on the two lines above a dated degree line, up to a line that is a dated entry of its own
    (whose school is its own, not this degree's)."""
    for line in lines[max(start, i - 2):i][::-1]:
        if any(not r.single for r in find_ranges(line, as_of)):
            return None
        if place := _INSTITUTION.search(line):
            return place
    return None


def _graduation_below(lines: Sequence[str], i: int, end: int) -> list[str]:
    """The years on the line under a school's, when that line is its date ("May 2021"), not an entry of its own."""
    below = lines[i + 1] if i + 1 < end else ""
    return [] if _INSTITUTION.search(below) or mentions_degree(below) else _YEAR_ONLY.findall(below)


_DATE_WORD = re.compile(rf"(?:present|current|now|today|since|\d[\d/.-]*|{MONTH})\.?,?", re.I)


def _names(institution: str) -> list[str]:
    """The school's name as written and without the dates or the degree the line put before it ('Present University
    of Southampton', "Bachelor's Westfield University"), case-folded. Never a shorter tail: 'State University' would
    match every state's."""
    words = institution.split()
    while len(words) > 2 and (_DATE_WORD.fullmatch(words[0]) or mentions_degree(words[0])):
        words = words[1:]
    return list(dict.fromkeys([institution.casefold(), " ".join(words).casefold()]))


_MINOR_WORD = frozenset({"of", "the", "for", "and", "at", "in", "de", "del", "da", "do", "di", "der", "für", "van",
                         "voor"})


def _initials(institution: str) -> str | None:
    """The school's initials, as it is also named ('Brigham Young University' -> 'BYU'; 'Massachusetts Institute of
    Technology' -> 'MIT'): at least three, else too many other names share them."""
    words = [w for w in re.findall(r"[\w’'&.-]+", _names(institution)[-1]) if w not in _MINOR_WORD]
    letters = "".join(w[0] for w in words).upper()
    return letters if len(letters) >= 3 and letters.isalpha() else None


def _named_by_initials(institution: str, text: str) -> bool:
    """Does the role's text name the school by its initials, in capitals and as a word of its own ('BYU-Idaho')?"""
    letters = _initials(institution)
    return letters is not None and _stands_in(letters, text, _latin_letter)


def _names_in(name: str, text: str) -> bool:
    """Does `text` name `name` in whole words ('India' is not in 'Indian Institute')?"""
    return _stands_in(name, text, _word_char)


def _stands_in(name: str, text: str, joins) -> bool:
    """Does `name` occur in `text` with no character that `joins` it into a longer word right before or after it?
    Each occurrence is found by a plain search and its neighbours tested: a pattern made for the name would be
    compiled anew for every school and employer read, which costs more than reading the role."""
    at, size = text.find(name), len(name)
    while at >= 0:
        end = at + size
        if not (at and joins(text[at - 1])) and not (end < len(text) and joins(text[end])):
            return True
        at = text.find(name, at + 1)
    return False


def _word_char(char: str) -> bool:
    """What a pattern's \\w matches: a letter or digit of any script, or '_'."""
    return char.isalnum() or char == "_"


def _latin_letter(char: str) -> bool:
    return "a" <= char <= "z" or "A" <= char <= "Z"


def _employer(p: Position) -> str:
    """The role's organisation: as read, else what its title line names after the title ('Research Assistant,
    ETH Zürich, Switzerland' -> 'ETH Zürich'), case-folded; never a place alone, which a firm may share."""
    if p.organisation:
        return p.organisation.casefold()
    parts = [x.strip() for x in p.title.split(",")]
    return parts[1].casefold() if len(parts) > 1 and len(parts[1]) >= 3 else ""


def _own_title(p: Position) -> str:
    """Of the parts of the role's title line, the one with its staff title ('Research Engineer, Westfield University
    Robotics Lab' and 'Westfield University iSchool, Research Engineer' -> 'Research Engineer'): a department's name
    says where the post is, not what it is."""
    parts = re.split(r",|\s[@|–—-]\s|\sat\s", p.title)
    return next((part for part in parts if STAFF.search(part)), p.title)


def _peer_role(p: Position, text: str) -> bool:
    """Does the role's heading name a peer teacher, tutor or instructor (not their programme)? Its peers are fellow
    students: held within a study, it is a student's role wherever the school is, or is not, named. A peer mentor is
    one only where no organisation is named (at the school, the school decides)."""
    roles = [m.group() for m in _PEER_ROLE.finditer(_PEER_PROGRAMME.sub(" ", text))]
    return any(not _PEER_MENTOR.match(role) for role in roles) or bool(roles) and not _employer(p)


def _student_role(text: str) -> bool:
    """Does the role's heading name a role students hold, outside the name of a peer programme or centre?"""
    return _STUDENT_ROLE.search(_PEER_PROGRAMME.sub(" ", text)) is not None


def _research_post(text: str) -> bool:
    """A research or lab role whose staff title, if any, is one a student researcher also holds."""
    return bool(_RESEARCH.search(text)) and {m.group().casefold() for m in STAFF.finditer(text)} <= _RESEARCH_TITLES


def _held_as_student(p: Position, text: str, studies: Iterable[_Study]) -> bool:
    """A role begun while studying, at the same school or of a kind students hold, and without a staff title (but
    for a research post at the school)."""
    # an intern at a lab or research centre does research there ("Intern, Digital Healthcare Lab")
    research_intern = p.kind == Kind.INTERNSHIP and (RESEARCH_INTERN.search(text) or _RESEARCH.search(text))
    if not p.counted or p.kind == Kind.INTERNSHIP and not research_intern:
        return False  # internships count, wherever they were held, but for research at one's own school
    staff = STAFF.search(text)
    if staff and not (_research_post(text) and _RESEARCH.search(_own_title(p))):
        return False  # an engineer's title is a student's only when it names research ("Research Engineer")
    for study in studies:
        began_while_studying = _began_while_studying(p, study)
        if staff:  # an engineer's post is a student's only when it lies within the study: begun in it, ended by it
            began_while_studying = _study_start(study) <= p.start and p.end <= study.end + _SLACK
        if not began_while_studying:
            continue
        if _at_school(p, text, study) or not research_intern and not staff and _student_role(text) and (
                study.start is not None and ACADEMIC_PLACE.search(text) or _peer_role(p, text)):
            return True
    return False


def _at_school(p: Position, text: str, study: _Study) -> bool:
    """Does the role's text name the school of this study (or the short name its line gives it in parentheses), or
    does the study's line name the role's employer outside the school's name? Initials are weaker evidence than the
    name, as firms, places and licences share them: they name the school only in the title and organisation of a
    role that students hold (a tutor, a teaching or research assistant)."""
    school = study.institution
    return (school is not None and (any(name in text.casefold() for name in _names(school))
                                    or study.short is not None and _names_in(study.short, text.casefold())
                                    or _student_role(text)
                                    and _named_by_initials(school, f"{p.title} {p.organisation}"))
            or bool(employer := _employer(p)) and _names_in(employer, _before_school(study)))


def _before_school(study: _Study) -> str:
    """The study's line before its school's name (the degree, a department), or all of it when the school is not
    named on it: a firm matching a word inside the school's name ('Springfield' in 'University of Springfield') or
    after it (its town, its country, the dates) is not the school, which only its whole name names."""
    at = study.line.find(study.institution.casefold()) if study.institution else -1
    return study.line if at < 0 else study.line[:at]


# The titles of a body of students' elected seats that are also staff titles elsewhere ("Director, Students' Union",
# "Events Officer, Student Council"); its paid staff carry a trade's title ("Bar Manager", "Coordinator").
_ELECTED = frozenset({"director", "officer", "lead"})


def _study_start(study: _Study) -> dt.date:
    """When the study began: with only the graduation year known, a degree took at most _LONGEST_STUDY before it."""
    return study.start if study.start is not None else study.end - _LONGEST_STUDY


def _began_while_studying(p: Position, study: _Study) -> bool:
    """Did the role begin during the study (and, with only the graduation year known, end by it)?"""
    return _study_start(study) - _SLACK <= p.start <= study.end and (study.start is not None or p.end <= study.end + _SLACK)


# The plain elected seats of a body of students, held by its members and never a post it pays for; the titles that
# may be either (_ELECTED) are a student's only when begun during a study.
_PLAIN_SEAT = re.compile(r"\b(?:president|vice[-\s]?president|vp|senator|treasurer|secretary|member|representative|"
                         r"delegate|chair(?:man|woman|person)?)\b", re.I)


def _students_seat(p: Position, text: str, studies: Iterable[_Study]) -> bool:
    """A plain elected seat in an organisation of students (president, senator, treasurer, member...) is a student's
    extracurricular (volunteer work) whenever it was held, dated study or not; a seat whose title is also a staff
    post (director, officer, lead), or a place on a design or competition team at one's own school, is one only when
    it began during a study. A title of the body's paid staff ("Bar Manager, Students' Union") is a job, and so is a
    graduate's later job that names students ("Coordinator of Student Organizations")."""
    body = STUDENT_BODY.search(text)
    seat = body or STUDENT_TEAM.search(text)
    if p.kind != Kind.JOB or not p.counted or seat is None:
        return False
    if body and any(m.group().casefold() not in _ELECTED for m in STAFF.finditer(text, 0, seat.start())):
        return False  # a team's members are named by their trade on it ("Mechanical Designer"): its place decides
    if body and _PLAIN_SEAT.search(f"{p.title} {p.organisation}"):
        return True
    school = _INSTITUTION.search(text)  # the team's school as the role names it, which the study's lines may name
    return any(_began_while_studying(p, study) and (body is not None or _at_school(p, text, study) or (
        school is not None and _names_in(school.group().casefold(), study.line))) for study in studies)


class _Studies:
    """One resume's periods of study, read from its education sections the first time a role asks about them: most
    roles are settled before they would (not counted, an internship, a staff title, no students' body named)."""

    def __init__(self, lines: Sequence[str], sections: Sequence[Section], as_of: dt.date) -> None:
        self._lines, self._sections, self._as_of = lines, sections, as_of

    @cached_property
    def _read(self) -> list[_Study]:
        return _studies(self._lines, self._sections, self._as_of)

    def __iter__(self) -> Iterator[_Study]:
        return iter(self._read)


def mark_student_roles(positions: list[Position], lines: Sequence[str], sections: Sequence[Section],
                        as_of: dt.date) -> list[Position]:
    studies = _Studies(lines, sections, as_of)
    out = []
    tops = {q.line_start for q in positions}
    for p in positions:
        first = p.line_start if p.line_start is not None else p.line
        # the role's heading: its lines down to the dates and the line after them unless that one starts another
        # dated entry; further down, bullets may name other people's titles
        text = ""
        if first is not None and p.line is not None:
            after = [] if p.line + 1 in tops else lines[p.line + 1:p.line + 2]
            text = " ".join([*lines[first:p.line + 1], *(a for a in after if not _YEAR_ONLY.search(a))])
        heading = f"{p.title} {p.organisation} {text}"
        if _students_seat(p, heading, studies):
            p = replace(p, kind=Kind.VOLUNTEER, counted=False, why="a seat in an organisation of students")
        elif _held_as_student(p, heading, studies):
            p = replace(p, kind=Kind.ACADEMIC, counted=False, why="held while studying there")
        out.append(p)
    return out
