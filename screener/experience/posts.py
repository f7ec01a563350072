"""Whether a dated entry under a research, leadership or teaching heading is not a post. Such a section lists posts
(a research scientist, a lecturer, a head of platform, in any language and in any layout) beside what is not one:
funding (a grant, a fellowship or scholarship, an award, an amount), a course taught as a row, a project with its
supervisor, a collaboration, a club's or a committee's seat, an event. An entry there is kept as work unless its
title lines show such a sign: the burden of proof lies on leaving a post out, as a title list can never be whole.
Under a work heading the burden is heavier still: an entry there is left out only when the sign is the entry itself,
funding held or an event or a competition entered, named by its entrant's or holder's title ('Coding Contest
Finalist') or heading the entry as its title ('Regional Coding Contest'), and no post's title or terms stand beside it.
A sign word elsewhere on a post's lines is what the post works on ('Table Games Dealer - poker tournaments')."""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..models import Position
from ..text.dates import MONTH
from .blocks import CAMEL, LEAD
from .dated_lines import find_ranges
from .kinds import STAFF, Kind, role_kind

UNPOSTED = "not a post: names {}"
_SEASON = rf"(?i:{MONTH}|fall|spring|summer|autumn|winter)\b"  # a date's word, no name's
_GREEK = r"(?:alpha|beta|gamma|delta|epsilon|zeta|eta|theta|iota|kappa|lambda|mu|nu|xi|omicron|pi|rho|sigma|tau" \
         r"|upsilon|phi|chi|psi|omega)"  # two Greek letters name a fraternity or a sorority ("Pi Kappa Tau")
# The head nouns of a job's title: a word before one of them qualifies the job ("Conference Services Manager",
# "Grants Administrator", "Fraternity and Sorority Life Coordinator", "Lab Assistant", "Class Teacher")
_HEADS = r"(?:tutor|instructor|teacher|leader|coordinator|director|manager|engineer|scientist|officer|clerk|" \
         r"assistant|facilitator|convenor|developer|designer|administrator|specialist|analyst|writer|technician)"
_TITLE_AFTER = rf"(?!(?:\s+[\w&-]+){{0,3}}?\s+{_HEADS}\b)"
# A seat's, a founder's or a recipient's word after a club's, an event's or a prize's name is no part of a firm's
# name ("Club President", "Symposium Organizer")
_SEAT = r"(?i:president|vice|treasurer|captain|chair\w*|historian|representative|delegate|organi[sz]er|" \
        r"(?:co-?)?founder|recipient|winner|holder|finalist|member|mentor|speaker|coach|judge|head|lead|leader|" \
        r"participant|panel+ist|ambassador)\b"
# A sign word followed by a capitalised word (not a date's, not a seat's), alone or after "and", is inside a name, a
# firm's, a board's or a regulator's ("Marathon Petroleum", "Conference Board", "Grant Thornton", "Competition and
# Markets Authority"); one that closes a name names its kind ("Dance Marathon", "Hackathon Organizing Committee",
# "Riverside Golf Club")
_NOT_NAMED = (rf"(?!(?:\s+(?:and|&))?\s+(?!{_SEASON})(?!(?:[\w&'’-]+\s+){{0,2}}{_SEAT})(?-i:[A-Z][A-Za-z]))"
              rf"{_TITLE_AFTER}")
# Signs an entry is no post whatever title it carries, each a word neither inside a name nor qualifying a job's
# title: funding (a word for it, or an amount), a club, an organisation or a team of students (a school's sports
# team too), a fraternity, a chapter or a committee, unpaid work named as such, a publication, and an event (a
# competition too). Each with the kind of what the entry is instead: study's, or an unpaid pastime's.
_FUNDING = rf"\b(?:grant|fellowship|scholarship|studentship|bursary|stipend|award|prize)s?\b(?!-){_NOT_NAMED}"
_EVENT = rf"\b(?:hackathon|symposium|conference|summit|olympiad|marathon|invitational|tournament|competition|contest" \
         rf"|science\s*fair)s?\b{_NOT_NAMED}"
_SURE = (
    ("funding", Kind.ACADEMIC, re.compile(rf"{_FUNDING}|[$€£]\s?\d|\b\d{{1,3}}(?:,\d{{3}})+\s*(?:usd|eur|gbp)\b",
                                          re.I)),
    ("a club, a team or a committee of students", Kind.VOLUNTEER, re.compile(
        r"\b(?:(?:club|fraternity|sorority|chapter|committee|employee\s*resource\s*group|(?-i:ERG)"
        r"|students?['’]?\s*(?:assoc|union|societ|gov|council|organi[sz]|chapter)"
        rf"|(?:student|school)\s+(?:[\w-]+\s+){{0,2}}team)\b{_NOT_NAMED}"
        rf"|varsity|intramural|{_GREEK}\s+{_GREEK}\b)", re.I)),  # words that open a team's or a fraternity's name
    ("a publication", Kind.ACADEMIC, re.compile(r"\(\s*(?:19|20)\d{2}[a-z]?\s*\)\s*[.,:]|\bet\s+al\b", re.I)),
    ("unpaid work", Kind.VOLUNTEER, re.compile(r"\b(?:volunteer(?:ing|ed)?|unpaid|pro\s*bono)\b", re.I)),
    ("an event", Kind.VOLUNTEER, re.compile(_EVENT, re.I)),
)
# A number before a school's word is a school's name ("CS 101 Academy"), and so is a public school's number ("PS 163",
# "IS 318", "JHS 54"), no course; a course's code before a comma stays one ("Grader, STAT 133, Some University")
_SCHOOL_AFTER = r"(?!\s+(?i:academy|school|college|learning|institute|centre|center)\b)"
# Signs an entry is no post unless it names a staff title too (a "Research Scientist" on a project is employed): a
# course's code ("STAT 101", "CS229"; a month in capitals and a year is none; nor a school's number before a comma,
# "PS 163, Queens"); a supervisor or an adviser named as such, or a student mentored; a membership; a collaboration,
# a project, a study, a programme or a work named in quotes; a lab named alone (a school's); a thesis; a course or
# workshop taught as a row (not a "Course Tutor" or a "Project Manager")
_UNLESS_STAFF = (
    ("a course's code", re.compile(rf"\b(?!{_SEASON})(?!(?:J?H|P|M|I)S\s?\d{{1,3}}\b)"
                                   rf"[A-Z]{{2,5}}\s?-?(?:\d{{3}}|(?!19|20)\d{{4}})[A-Z]?\b"
                                   rf"{_SCHOOL_AFTER}"
                                   r"|\(\s*[A-Z][a-z]{1,4}\.?\s?\d{3,4}[A-Z]?\s*\)")),
    ("a supervisor", re.compile(r"\b(?:supervisor|advis[eo]r|mentor|\bpi)\s*:|\b(?:supervised|advised)\s+by\b"
                                r"|\bmentor(?:ing)?\s+(?:for|to)\b"
                                r"|\bunder\s+(?:the\s+)?(?:supervision|guidance|dr\b|prof)", re.I)),
    ("a collaboration or a project", re.compile(rf"\b(?:collaborat(?:ion|ing|ed)|project|study|program(?:me)?)s?\b"
                                                rf"{_TITLE_AFTER}|[“\"][^”\"]{{3,80}}[”\"]", re.I)),
    ("a membership", re.compile(r"(?<!team\s)\bmember(?:ship)?\b", re.I)),  # a "Team Member" is a shop's staff
    ("a lab", re.compile(rf"\blab(?:oratory)?\b{_TITLE_AFTER}", re.I)),  # a school's lab, not a firm's "Labs"
    ("a thesis", re.compile(r"\b(?:thesis|dissertation|(?<!post)(?<!post-)doctoral\s+research"
                            r"|ph\.?\s?d\.?\s+research)\b", re.I)),
    ("a course or a workshop", re.compile(rf"\b(?:course|workshop|seminar|class|module|tutorial)s?\b{_TITLE_AFTER}",
                                          re.I)),
)
_POST_WORDS = "researcher|investigator|fellow|faculty|teacher"  # staff too, beside the staff titles
_RESEARCH_POST = re.compile(rf"\b(?:{_POST_WORDS}|scholar)\b", re.I)
_TERMS = frozenset({Kind.INTERNSHIP, Kind.PART_TIME, Kind.FREELANCE})  # or the terms a post is held on
_WINDOW = 2 * LEAD  # of a long dated line, the text this near an entry's dates is its own
_TITLE_WORDS = 8  # a line below the dates is a title (not a sentence) when this short ...
# ... opens with no verb in the past tense (regular, or one of the irregular ones resumes open bullets with) and
# counts nothing
_SENTENCE = re.compile(r"^\W*(?:[a-z]*ed|built|led|ran|won|wrote|made|taught|grew|drove|oversaw|sold|set|held|gave"
                       r"|took|brought|began|spent|kept|met|sent|got|did)\b|\d", re.I)


def unposted_sign(text: str) -> str | None:
    """What `text` (an entry's title lines) names that no post is, or None: a sure sign, or a weak one where no
    staff title ('Research Scientist', 'Principal Investigator') or terms of a post ('Intern') stand beside it.
    Words a document ran together are read apart ('SubstituteTeacher')."""
    text = CAMEL.sub(" ", text)
    sure = _sure_sign(text)
    if sure or STAFF.search(text) or _RESEARCH_POST.search(text) or role_kind(text, Kind.JOB) in _TERMS:
        return sure
    return next((what for what, rx in _UNLESS_STAFF if rx.search(text)), None)


_SURE_KIND = {what: kind for what, kind, _ in _SURE}


def _sure_sign(text: str) -> str | None:
    """The first sure sign of no post `text` shows, whatever title stands beside it."""
    return next((what for what, _, rx in _SURE if rx.search(text)), None)


# Under a work heading an entry is a post unless the sign is the entry itself: funding held or an event entered (a
# club's or a students' body's seat is left to where study periods are known, students.py, as such bodies also employ
# staff; unpaid work is a volunteer's kind already, kinds.py; an amount or a citation on a post's title line is its
# quota or its study, no sign)
_AT_WORK = (("funding", re.compile(_FUNDING, re.I)), ("an event", re.compile(_EVENT, re.I)))
# ... named by its entrant's or its holder's title ("Coding Contest Finalist", "Participant, Campus Hackathons",
# "Participated in a robotics competition") ...
_ENTRANT = re.compile(r"\b(?:participa(?:nt|tion|ted|ting|te)|competitor|(?:semi-?|quarter-?)?finalist|winner"
                      r"|recipient|awardee|scholar|attendee|judge|speaker|member|contestant|hacker)s?\b", re.I)
# ... or heading the entry as its title ("Regional Coding Contest, Lakeside University", "Merit Scholarship"): the
# sign word closes the entry's first part, with no "of"/"for" making it a post's or an office's object ("Bureau of
# Competition", "Director of Scholarships")
_PART = re.compile(r"[,;:|()\[\]–—/•·@]|\s-+\s")
_DATE_WORDS = re.compile(rf"\d[\d/.'’]*|{_SEASON}|\b(?:present|current|now|ongoing|today)\b", re.I)
_HEADED = {what: re.compile(rf"^\W*(?:(?!(?:of|for|at|in|on|to|with|by|from)\b)[\w&'’.-]+\s+){{0,5}}"
                            rf"(?:{rx.pattern})\W*$", re.I) for what, rx in _AT_WORK}
# A post's title or terms beside the sign outweigh it: a staff title, an intern's or a contractor's terms, a
# researcher's or a fellow's title, or a fellowship, which listed as work is a fellow's post (a scholar, a post
# elsewhere, is at work an entrant's word: a scholarship held)
_POST = re.compile(rf"\b(?:{_POST_WORDS}|fellowship)\b", re.I)


def work_entry_sign(text: str) -> str | None:
    """What `text` (an entry's title lines under a work heading) names that no post is, or None: funding held or an
    event entered, when the entry is named by its entrant's or holder's title or by the event or the funding itself,
    and no post's title or terms stand beside it. Anything else under a work heading is a post."""
    text = CAMEL.sub(" ", text)
    signs = [what for what, rx in _AT_WORK if rx.search(text)]
    if not signs or STAFF.search(text) or _POST.search(text) or role_kind(text, Kind.JOB) in _TERMS:
        return None
    if _ENTRANT.search(text):
        return signs[0]
    first = next((part for part in _PART.split(_DATE_WORDS.sub(" ", text)) if re.search(r"[^\W\d_]", part)), "")
    return next((what for what in signs if _HEADED[what].search(first)), None)


def _titled(line: str) -> bool:
    """Is a line below the dates shaped as a title ('Postdoctoral Scholar', 'Doctoral research on T cells'), not a
    sentence ('Managed 20 engineers.', 'Interviewed nurses about ward workflows')? A sentence may name a job's
    words ('nurses') or a sign ('Won a travel grant') that are not the entry's."""
    return 0 < len(line.split()) <= _TITLE_WORDS and not _SENTENCE.search(line)


class _Entries:
    """The title lines of each entry, read once per span: a long dated line holds many entries' dates. Entries with the
    same dates on one line are told apart by their order: the n-th is read around the n-th place the dates stand."""

    def __init__(self, lines: Sequence[str], positions: Sequence[Position], as_of: dt.date) -> None:
        self.lines, self.positions, self.as_of = lines, positions, as_of
        self._tops = {p.line_start if p.line_start is not None else p.line for p in positions}  # entries' first lines
        seen: Counter[tuple[int | None, dt.date, dt.date]] = Counter()
        self._nth = []
        for p in positions:
            self._nth.append(seen[p.line, p.start, p.end])
            seen[p.line, p.start, p.end] += 1
        self._ranges: dict[int, dict[tuple[dt.date, dt.date], list[tuple[int, int]]]] = {}
        self._below: dict[int, str] = {}
        self._signs: dict[tuple[int, int, tuple[int, int] | None], str | None] = {}

    def _around(self, i: int, k: int) -> tuple[int, int] | None:
        """Where on line i, when long, the text around entry k's dates lies (None: the whole line)."""
        line, p = self.lines[i], self.positions[k]
        if len(line) <= 2 * _WINDOW:
            return None
        if i not in self._ranges:
            spans: dict[tuple[dt.date, dt.date], list[tuple[int, int]]] = {}
            for r in find_ranges(line, self.as_of):
                spans.setdefault((r.start, r.end), []).append(r.span)
            self._ranges[i] = spans
        found = self._ranges[i].get((p.start, p.end), [(0, 0)])
        a, b = found[min(self._nth[k], len(found) - 1)]
        return max(0, a - _WINDOW), b + _WINDOW

    def _title_below(self, i: int) -> str:
        """Line i + 1 when it is a title, not dated and not another entry's first line (else '')."""
        if i not in self._below:
            below = i + 1
            self._below[i] = (self.lines[below][:LEAD] if below < len(self.lines) and below not in self._tops
                              and _titled(self.lines[below]) and not find_ranges(self.lines[below], self.as_of)
                              else "")
        return self._below[i]

    def sign(self, k: int, read: Callable[[str], str | None], below: bool) -> str | None:
        """The sign of no post on entry k's title lines, its dated line (around its dates) and, when `below`, a title
        below it."""
        p = self.positions[k]
        i = p.line
        top = p.line_start if p.line_start is not None else i
        around = self._around(i, k)
        key = (top, i, around)
        if key not in self._signs:
            parts = [line[:LEAD] for line in self.lines[top:i]]
            line = self.lines[i]
            parts.append(line if around is None else f"{line[:LEAD]} {line[slice(*around)]}")
            parts.append(self._title_below(i) if below else "")
            self._signs[key] = read(" | ".join(parts))  # no name nor title runs on across lines
        return self._signs[key]


def mark_unposted(positions: Sequence[Position], lines: Sequence[str], blocks: Sequence[tuple[int, int, Kind]],
                  as_of: dt.date) -> list[Position]:
    """A counted entry read in one of `blocks` (lines [start, end) that list posts beside what is not one, with the
    kind of an entry that is not) is of that kind, and not counted, when its title lines show a sign of no post."""
    kinds = {(start, end): kind for start, end, kind in blocks}
    return _mark(positions, lines, [(start, end) for start, end, _ in blocks], as_of, unposted_sign,
                 lambda span, _: kinds[span], below=True)


def mark_work_unposted(positions: Sequence[Position], lines: Sequence[str], blocks: Sequence[tuple[int, int]],
                       as_of: dt.date) -> list[Position]:
    """A counted entry read in one of `blocks` (lines [start, end) under work headings) is of the kind its sign names,
    and not counted, when its title lines are funding held or an event entered and no post's (`work_entry_sign`)."""
    return _mark(positions, lines, blocks, as_of, work_entry_sign, lambda _, sign: _SURE_KIND[sign], below=False)


def _mark(positions: Sequence[Position], lines: Sequence[str], blocks: Sequence[tuple[int, int]], as_of: dt.date,
          read: Callable[[str], str | None], kind_of: Callable[[tuple[int, int], str], Kind],
          below: bool) -> list[Position]:
    """Entries with a sign `read` finds are of the kind `kind_of` their block and sign, and not counted. `below`: a
    title-shaped line under the dates is read too, as research and leadership entries print their title there; under a
    work heading that line is the post's first achievement ('Top Driver Award Winner') or the next heading."""
    out, entries = list(positions), _Entries(lines, positions, as_of)
    for k, p in enumerate(out):
        if not p.counted or p.line is None:
            continue
        span = next(((start, end) for start, end in blocks if start <= p.line < end), None)
        sign = entries.sign(k, read, below) if span is not None else None
        if sign:
            out[k] = replace(p, kind=kind_of(span, sign), counted=False, why=UNPOSTED.format(sign))
    return out
