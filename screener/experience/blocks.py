"""Where positions are: dated blocks of lines (a title or organisation with a date range beside, above or below it)."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Container, Sequence
from dataclasses import replace

from ..degrees import mentions_degree
from ..models import Position
from ..text.dates import DateRange, may_hold_range
from ..text.months import LINKS, SINCE, spellings
from ..text.role_nouns import ROLE_NOUN
from .dated_lines import (DATES_BELOW, entry_lines, find_ranges, listed_periods, names_post,
                          points_below_ended_roles, read_line, stacked, stacked_apart, starts_range,
                          year_closing_title)
from .groups import mark_group_headings
from .kinds import (ACADEMIC_PLACE, MEMBERSHIP, STAFF, UNCOUNTED, Kind, names_membership, names_programme,
                    names_student_title, role_kind)
from .layouts import Shape, repeated
from .role_text import ROLE_SHORT, names_one_holder, reads_as_text

# Study, not a job: a degree's words, and school-leaving certificates by their names (Higher/Secondary School
# Certificate, GCSE, A-levels, Abitur, Matura, baccalaureate), which a layout may date like a post ("a 360-degree
# view" is an angle).
_STUDY = re.compile(r"\b(?:gpa\b|cgpa\b|coursework|(?<!-)degree|diploma|graduat(?:ed|ion))"
                    r"|\b(?:h\.?s\.?c|s\.?s\.?c"
                    r"|gcses?|a-?levels?|abitur|matura|baccalaur[ée]at)(?:\b|\.)", re.I)
# Schooling before university named by its level or year (high school, higher or senior secondary, India's Class X
# and XII), and
# the grade a study was awarded with ("Second Class Upper Division", "First Division with distinction") where the
# line also names what awarded it (a school, a board, honours, a score): study, unless the line names a role held
# there ("Class XII Physics Teacher"). A school's kind alone ("Westland Secondary School") is not read as study: the
# staff titles held at schools (principal, librarian, cover supervisor, Lehrer) are too many to tell from a pupil's
# line, and teachers moving into software are a real group of applicants. A grade alone is a rank or a class of
# service ("Sergeant First Class", "Squad Leader, 2nd Division", "First Class Mail operations").
_SCHOOLING = re.compile(r"\bclass\s+(?:x|xii|10(?:th)?|12(?:th)?)\b|\b(?:higher|senior|h\.)\s*secondary\b", re.I)
# A high school is a pupil's too: a role there is a job only under a title its staff hold (a teacher, a counsellor, a
# coach, a technician), not a pupil's ("Peer Tutor", "Student Assistant", "Class President").
_HIGH_SCHOOL = re.compile(r"\bhigh\s*school\b", re.I)
_SCHOOL_STAFF = re.compile(rf"\b(?:teacher|counsell?or|principal|coach|librarian|nurse|aide|secretary|custodian|"
                           rf"substitute|instructor)\b|{STAFF.pattern}", re.I)
_GRADE = re.compile(r"\b(?:first|second|third|1st|2nd|3rd)\s+(?:class|division)\b|\bwith\s+distinction\b", re.I)
_AWARDED_BY = re.compile(r"\b(?:universit|college|school|institut|academy|polytechn|board\b|hono(?:u)?rs\b|c?gpa\b)"
                         r"|\d\s*%", re.I)
_CREDENTIAL = re.compile(r"\b(?:certificat|licen[cs]e\b|endorsement)", re.I)  # validity dates, not a job
# A birth date, labelled on the date's line or the line above it ("Date of Birth" over "March 1991")
_BIRTH = re.compile(r"\b(?:date\s+of\s+birth|birth\s*date|born\b|d\.?o\.?b\b|geburtsdatum|geboren\b|date\s+de\s+"
                    r"naissance|fecha\s+de\s+nacimiento|data\s+di\s+nascita|data\s+de\s+nascimento|geboortedatum)",
                    re.I)
# The document's own date ("Last updated in Mar 2026", "Updated: May 2024", "Printed 2023-04-01") and the date the
# candidate can start ("Availability: From August 18, 2025"), not a job's
_DOCUMENT_DATE = re.compile(r"\blast\s+(?:updated|revised|modified|edited)\b|^\W*(?:updated|revised|generated|printed"
                            r"|compiled)\b|\bavailab(?:le|ility)\b", re.I)
# A contact line (an e-mail address on it) heading the document, above every role: a date there is the document's
# ("... ⋄ Nov 2025"); under a role, an address on a dated line is a referee's or the employer's
_CONTACT = re.compile(r"[\w.+-]@[\w-]+\.\w")
_SPACES = re.compile(r"\s{2,}")
_LEAD_PART = re.compile(r"\s[–—-]\s|[,|(\t@]|\s{2,}|\s+at\s")  # ends a dated line's first part: 'Engineer, Acme'
_CLEAN = re.compile(r"^[\s|,;:()\[\]–—-]+|[\s|,;:()\[\]–—-]+$")
_MAX_TITLE_LINES = 2
_SYMBOLS = ("So", "Sm", "Co")  # a line led by a symbol or a private-use glyph is a list item
_WRAPPED = 40  # a line this long that stops mid-sentence was wrapped at the column's width
_STOPS = (".", ":", ";", "!", "?")
# a word no sentence ends with (a preposition, an article, a conjunction): a line ending with it goes on below,
# whatever the case of the next line's first letter ('... a dashboard of delivery times per region using' / 'Grafana').
# Written in lower case and not after a comma: in capitals it is a name ('Portland, OR', 'Series A', 'in the OR').
_GOES_ON = re.compile(r"(?<!,\s)\b(?:a|an|the|and|or|of|to|for|with|using|in|on|by|from|at|into|via|as|that|which|"
                      r"including|such as)$")
_JOINS = ("&", " /", "–", "—")  # a heading line ending with one goes on below (not "600+", nor an address "…io/")
_HYPHENATED = re.compile(r"\w-$")  # a word broken at the line's end ('De-' / 'ployment'); ' -' is an empty field
_LIST_DOTS = ("·", "•", "∙", "⋅", "‧")  # separators of a list's items: a line ending with one is cut mid-list
_SENTENCE_WORD = re.compile(r"\b[a-z]+\s*$")  # "in", "since", "promoted to": a date goes on with a sentence
# a date grammar's link ending a line's words: the sentence goes on into the date below ('promoted to', 'since');
# in lower case only, as a sentence writes it: in capitals it is a place's or a name's ('Mobile, AL', 'Series A')
_LINK_AT_END = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, spellings(f'{LINKS} {SINCE}')))})\s*$")
_LABEL = re.compile(r"[a-z]+\s*[-:–]\s")  # "company - Acme", "role: Analyst": a labelled field, not a sentence's end
# A line that reads as a bullet of the role above, not as the next role's title or company ("o " is a word
# processor's second-level bullet). A line "Enrolled in" or "Studied at" a school (ACADEMIC_PLACE) heads a period of
# study (kinds.py); one that names no school ("Enrolled in the company's leadership programme") is a bullet.
_BULLET_LIKE = re.compile(r"[.;]$|^o\s+(?=[A-Z])|^(?:(?!(?:Enrolled|Studied)\s+(?i:in|at)\b"
                          rf"(?=.*(?i:{ACADEMIC_PLACE.pattern})))[A-Z][a-z]+ed|Built|Led|"
                          r"Wrote|Ran|Made|Drove|Grew|Won|Set|Took|Responsible|Worked|Owned|Shipped|Helped)\b")
# a line naming only where a role was worked: a town and its region ('Leeds, UK') or a way of working
_PLACE_LINE = re.compile(r"\s*(?:[A-Z][\w.'’-]*\s*){1,2},\s*(?:[A-Z][\w.'’-]*\s*){1,2}"
                         r"|\s*(?i:remote|hybrid|on[ -]?site)\s*")
# nouns naming one holder's post that ROLE_NOUN leaves out for their other senses (a doctor's degree, a society's
# fellow): at the end of a dated line's first part they name the role all the same ('Junior Doctor, City Hospital')
_POST_NOUN = re.compile(r"\b(?:doctor|fellow|surgeon|registrar|resident|dentist|midwife|paramedic)\b", re.I)
_PLACE_WORDS = 3  # a town and its country, or "Remote", beside a range: no role's title and body
# "2007-2010 (Oberlin College)" alone under another dated line: the same role, at another place or time.
_PLACE_ONLY = re.compile(r"[\s,|–—-]*(?:\([^()]{0,40}\))?[\s,|–—-]*")
# A duration LinkedIn prints beside dates or under an employer ("5 years 3 months", "(2 yrs 4 mos)", "· 8m."):
# a measure, never a title or an organisation.
_SPAN = r"\d{1,2}\s*(?:years?|yrs?|y|months?|mos?|m)\b\.?(?:,?\s*\d{1,2}\s*(?:months?|mos?|m)\b\.?)?"
_DURATION = re.compile(rf"[(·\s]*{_SPAN}[)\s]*", re.I)
_INLINE_DURATION = re.compile(rf"\s*[(·]\s*{_SPAN}\s*\)?", re.I)
_BULLETS = "•·▪○●◦*-–"
# A role's duration in brackets at the end of its title line, its only date: "(2 Years)", "(18 months)", "(4) Years)"
_HELD_FOR = re.compile(r"\(\s*(?P<n>\d{1,2})\)?\s*(?P<unit>years?|yrs?|months?|mos?)\.?\s*\)\s*$", re.I)
_EXPECTED = re.compile(r"\b(?:exp\.|expected\b)", re.I)  # a qualification's planned completion
CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")  # "SubstituteTeacher": words a document lost the space between
# A school, which a role in an education section never names
_SCHOOL = re.compile(r"\b(?:universit|college|school|institut|academy|polytechn|lyc[ée]e|gymnasium)", re.I)
LEAD = 60  # titles sit at the start of a line; the rest of a long line is description
SHORT = 70  # a title or company line is short; a bullet describing work is usually longer


def _strip_dates(text: str, ranges: Sequence[DateRange]) -> str:
    kept = _INLINE_DURATION.sub(" ", " ".join(text[a:b] for a, b in _gaps(ranges, len(text))))
    return _CLEAN.sub("", _SPACES.sub(" ", kept))


def _named(line: str, ranges: Sequence[DateRange]) -> bool:
    """Does a dated line name something beside its dates (a title, an organisation, a place)?"""
    return any(c.isalpha() for c in _strip_dates(line, ranges))


def _studied(text: str, entry: str | None = None) -> bool:
    """Does `text` name study: a qualification, or schooling before university with no role held there (named in
    the `entry` the text is a line of: "Westfield High School" over "Math Teacher 2015 - 2019")?"""
    schooling = _SCHOOLING.search(text) or _GRADE.search(text) and _AWARDED_BY.search(text)
    held = text if entry is None else entry
    return (bool(_STUDY.search(text)) or mentions_degree(text)
            or bool(schooling) and not ROLE_NOUN.search(held)
            or bool(_HIGH_SCHOOL.search(text)) and not _SCHOOL_STAFF.search(held))


def _organisation_below(lines: Sequence[str], dated: Sequence[int], start: int, end: int, as_of: dt.date) -> bool:
    """Does the block print each role as title, dates, then organisation? Every role's dates have a title-like
    line right below them, and the first role has at most its title above them: a layout repeats itself, so the
    line below each role's dates is that role's, never the next role's title."""
    if len(dated) < 2 or any(i + 1 >= end or i + 1 in dated or not _title_like(lines[i + 1], as_of, False)
                             for i in dated):
        return False
    return len(_unwrap([lines[j] for j in range(start, dated[0]) if lines[j]])) <= 1  # a wrapped title is one


def _dates_lead(lines: Sequence[str], dated: Sequence[int], start: int, end: int, as_of: dt.date) -> bool:
    """Does the block open every role with its dates ('2014 - 2016 - Acme' over the title, then its text)? The first
    role's dates are the section's first line and every role's line starts with its dates: a layout repeats itself,
    so the lines above each role's dates are the text of the role before, never this role's title."""
    return (len(dated) >= 2 and not any(lines[j] for j in range(start, dated[0]))
            and all(starts_range(lines[i], as_of) for i in dated))


def _held_for(line: str, above: Sequence[DateRange]) -> DateRange | None:
    """A role given only how long it was held ('Developer – Acme (4 Years)'), listed under a dated one: a work
    history runs newest first, so it ended the month before the role above began and lasted that long."""
    m = _HELD_FOR.search(line)
    if not m or len(line) > SHORT or line.lstrip()[:1] in _BULLETS:
        return None
    months = int(m["n"]) * (1 if m["unit"].lower().startswith("m") else 12)
    first = min(r.start for r in above)
    end = first - dt.timedelta(days=1)
    k = end.year * 12 + end.month - months  # months since year 0 of the first month held
    return DateRange(dt.date(k // 12, k % 12 + 1, 1), end, m.span(), duration_months=months)


def _gaps(ranges: Sequence[DateRange], length: int) -> list[tuple[int, int]]:
    """The stretches of a line between its date ranges."""
    cuts = [0] + [x for r in sorted(ranges, key=lambda r: r.span) for x in r.span] + [length]
    return list(zip(cuts[::2], cuts[1::2]))


def _complete(line: str, ranges: Sequence[DateRange]) -> bool:
    """Does the dated line name the role in full before its dates, title and organisation set apart by a bar
    ('Analyst | Acme | 04/2018 - Present'; in 'Acme | 2018 - 2020 | Berlin' the title is above)? Then the lines
    above it are the text of the role before."""
    lead = line[:min(r.span[0] for r in ranges)] if ranges else line
    return len([part for part in lead.split("|") if _worded(part)]) >= 2


def _title_like(line: str, as_of: dt.date, adjacent: bool) -> bool:
    """Could `line` be the title or company of the role dated below it? A long one only right above the dates;
    never a line led by a bullet glyph, whichever symbol a font draws it with ('❖', '⋄', a private-use glyph)."""
    lead = line.lstrip()[:1]
    return (bool(line) and lead not in _BULLETS and unicodedata.category(lead) not in _SYMBOLS
            and (adjacent or len(line) <= SHORT) and not _BULLET_LIKE.search(line) and not find_ranges(line, as_of))


def _top(lines: Sequence[str], i: int, prev: int, as_of: dt.date, items: Container[int], titled: bool,
         most: int = _MAX_TITLE_LINES) -> int:
    """The first line of the role dated on line i: up to `most` title lines above it, read across blank lines (page
    furniture between a title at the foot of one page and its dates at the top of the next). A list item is the
    role before's text where the role is `titled` on or below its dated line, or above another item it took (a list
    is text); else an item may be the role's title."""
    top, k, taken = i, i, 0
    while k > prev and taken < most:
        k -= 1
        if not _worded(lines[k]) or _DURATION.fullmatch(lines[k]):
            continue  # a blank, an icon drawn alone ('+'), a duration
        listed = k in items and (titled or taken and top in items)
        if (listed or not _title_like(lines[k], as_of, taken == 0) or taken and reads_as_text(lines[k])
                or _ends_sentence_above(lines, k) or _wrapped_role(lines, k, as_of)):
            break  # over a title, a line reading as a role's text ('Stack: Go, Kafka') is the role before's
        top, taken = k, taken + 1
    if taken and top - 1 >= prev and _title_like(lines[top - 1], as_of, False) and _joins_next(lines[top - 1]):
        top -= 1  # the first half of a title wrapped over two lines ('Lead Engineer, Payments and' / 'Risk')
    return top


def _role_first(line: str, ranges: Sequence[DateRange]) -> bool:
    """Is the dated line led by a name of one holder's role ('Backend Engineer, Acme, 2019 – 2021'; not 'Acme —
    Developer Platform, 2019 – 2021', nor 'Acme, 2019 – 2021 (Contractor)')?"""
    parts = (part for a, b in _gaps(ranges, len(line)) for part in _LEAD_PART.split(line[a:b]))
    first = _CLEAN.sub("", next((part for part in parts if _worded(part)), ""))
    last = next(reversed([*ROLE_NOUN.finditer(first)]), None)  # a role's name ends on its noun: not 'Designer Outlet'
    post = _POST_NOUN.search(first)
    return (last is not None and last.end() == len(first) and names_one_holder(last.group())
            or post is not None and post.end() == len(first))


def _titled(lines: Sequence[str], found: Sequence[tuple[int, Sequence[DateRange]]], below: Sequence[bool],
            items: Container[int]) -> list[bool]:
    """Which entries find their title on or below their dated line: led by a role's name, or with a heading right
    under it (`below`, _title_below's answer for each entry), but for a block whose first entry is led by its role's
    name (there the line under the dates is the role's text). Above such an entry a list item is the role before's
    text, else it may be the entry's title."""
    lead = [_role_first(lines[i], ranges) for i, ranges in found]
    return [lead[k] or not lead[0] and below[k] and _heads(lines[i + 1], i + 1 in items)
            for k, (i, _) in enumerate(found)]


def _heads(line: str, item: bool) -> bool:
    """May a heading-like line under a role's dates title it: not a place ('Munich, Germany', 'Remote'), and if a
    list item, one naming one holder's role ('• Data Analyst'; not '• Payment API in Python', the role's text)?"""
    place = _PLACE_LINE.fullmatch(line) and not ROLE_NOUN.search(line)
    return not place and (not item or names_one_holder(line))


def _title_below(lines: Sequence[str], i: int, ranges: Sequence[DateRange], nxt: int, as_of: dt.date) -> bool:
    """Is the line right below the named dated line i (and before the next entry's, `nxt`) a heading, not text?"""
    return (_named(lines[i], ranges) and i + 1 < nxt and _title_like(lines[i + 1], as_of, False)
            and not reads_as_text(lines[i + 1]))


def _joins_next(line: str) -> bool:
    """Does a heading line stop where it goes on below: after a word no title ends with or a joining mark?"""
    line = line.rstrip()
    return bool(_GOES_ON.search(line) or _HYPHENATED.search(line)) or line.endswith(_JOINS)


def _unwrap(head: list[str]) -> list[str]:
    """The heading's lines with a title wrapped over two of them read as one."""
    out: list[str] = []
    for line in head:
        if out and _joins_next(out[-1]):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _content_items(lines: Sequence[str], dated: Sequence[int], start: int, items: Container[int]) -> Container[int]:
    """The block's list items where its entries show them to be their text: the first entry's heading is on or
    below its dates (nothing stands above them), and most entries' text, right under their dates or under one
    heading line below them, starts with an item (a dated line may be one: a numbered list of roles). A block whose
    headings stand above the dates reads its items as any other line: there an item may be a heading ('• Research
    Intern' over the dates, a numbered list of roles, a Word list of titles over its list of bullets) or a degree
    listed among the roles."""
    if not dated or any(map(_worded, lines[start:dated[0]])):
        return ()
    under = sum(i + 1 in items or i + 2 in items for i in dated)
    return items if 2 * under > len(dated) else ()


def _shape(lines: Sequence[str], found: Sequence[tuple[int, Sequence[DateRange]]], k: int, start: int, below: bool,
           as_of: dt.date, items: Container[int], titled: bool) -> Shape:
    """How the k-th entry's heading stands as the entry alone shows it: BELOW where it is named on its dated line
    and the line right below is a heading, not the role's text (an item may be one: 'Acme, 2019 – 2021' over
    '• Backend Engineer'), with no heading line above (only the text of the role before); ABOVE where a heading line
    is above its dates and none below; where both, the side naming one holder's role where only one does (a role
    named on the dated line leaves an organisation either side), else EITHER; NEITHER where none."""
    i = found[k][0]
    prev = found[k - 1][0] + 1 if k else start
    above = [line for line in lines[_top(lines, i, prev, as_of, items, titled):i] if line and not reads_as_text(line)]
    if below and above:
        own, other = names_one_holder(lines[i + 1]), any(map(names_one_holder, above))
        return Shape.EITHER if own == other else Shape.BELOW if own else Shape.ABOVE
    return Shape.BELOW if below else Shape.ABOVE if above else Shape.NEITHER


def _closes_title(line: str, r: DateRange, later: Sequence[DateRange]) -> bool:
    """Does the date, or the list of its `later` years, end the line after a name, not after a sentence's word ('...
    Intern – Acme Summer 2018', not '... promoted to analyst in Aug 2001')?"""
    end = later[0].span[1] if later else r.span[1]
    return end >= len(line.rstrip(" .,;)")) and not _SENTENCE_WORD.search(line, 0, r.span[0])


def _later_periods(line: str, r: DateRange, as_of: dt.date) -> list[DateRange]:
    """The periods a list of years closing a role's line adds to its period r (listed_periods); none on a bullet,
    whose dates are a deed's ('- Mentored interns, Summer 2017 & 2018')."""
    return listed_periods(line, r, as_of) if _title_like(line[:r.span[0]], as_of, True) else []


def _names_role(line: str, as_of: dt.date) -> bool:
    """Could the line under a role's leading dates be its title? Not another entry led by its own year ('2012.
    Developer of ...'), nor a bullet."""
    return _title_like(line, as_of, True) and not line.lstrip()[:1].isdigit()


def _worded(line: str) -> bool:
    """Does the line hold a word or a number, not only a blank or an icon drawn alone ('+', '•')?"""
    return any(c.isalnum() for c in line)


def _line_above(lines: Sequence[str], k: int) -> str:
    """The nearest line above line k that is not blank, as a sentence it may go on with ends: without its spaces."""
    return next((lines[j] for j in range(k - 1, -1, -1) if lines[j]), "").rstrip()


def _ends_sentence_above(lines: Sequence[str], k: int) -> bool:
    """Does line k finish the sentence of the line above ('... by applying self-attention to' / 'time series')? It
    starts in lower case, or follows a word no sentence ends with ('using', 'the', 'and'), under a line that ran to
    the column's width without ending its sentence; or the line above ends with a list's separating dot after its
    items ('Docker · React ·' / 'Redux · Jest'): the list goes on (a bullet drawn alone, '•', is no list)."""
    above = _line_above(lines, k)
    wrapped = len(above) > _WRAPPED and not above.endswith(_STOPS)
    return (wrapped and not _LABEL.match(lines[k]) and (lines[k][:1].islower() or bool(_GOES_ON.search(above)))
            or above.endswith(_LIST_DOTS) and _worded(above[:-1]))


def _wrapped_role(lines: Sequence[str], k: int, as_of: dt.date) -> bool:
    """Does line k go on with the dated line above it, a role written whole on one line led by its dates that ran
    past a title's length without ending ('06/2008–02/2014, Institute of Maths, Systems administrator: Unix- and' /
    'database administration')? Then it is that role's text, not the title of the role below."""
    above = _line_above(lines, k)
    return len(above) > SHORT and not above.endswith(_STOPS) and starts_range(above, as_of)


def _range_below(lines: Sequence[str], i: int, end: int, as_of: dt.date) -> bool:
    """Are line i's own dates a range below it: within DATES_BELOW lines, before any line naming a role, a range
    standing alone or beside a place ('Mar 2021 – Aug 2023 | Berlin')? A range beside a title or a body's name
    ('Treasurer - Chess Circle 2020–2022') dates that line's role."""
    for j in range(i + 1, min(i + 1 + DATES_BELOW, end)):
        if ranges := [r for r in find_ranges(lines[j], as_of) if not r.single]:
            rest = "".join(lines[j][x:y] for x, y in _gaps(ranges, len(lines[j])))
            return len(rest.split()) <= _PLACE_WORDS and not names_post(rest)
        if ROLE_NOUN.search(lines[j]):  # a holder's title between stops the look; a post's name there is its type
            return False
    return False


def positions_in(lines: Sequence[str], start: int, end: int, default: Kind, as_of: dt.date,
                 titled: bool = False, teaching: bool = False, items: Container[int] = ()) -> list[Position]:
    """The dated positions of lines [start, end); `items` are the lines written as list items. `titled`: only dated
    lines that name a role themselves, with no school on them, above or below them (in an education section, where
    the other dated lines are periods of study). `teaching`: only dated lines that name a role themselves (in a
    teaching section, where the other dated lines are courses taught within a post, and a school is an employer)."""
    titled = titled or teaching
    found: list[tuple[int, list[DateRange]]] = []
    below = -1  # the start of a stacked range, already read with the end above it
    joined: dict[int, int] = {}  # a line whose date the grammar read as the end of a range above: that range's line
    # A range has a year: a line is dated by its own digits or by those of the lines below it that may hold its dates
    # (a range run on, a stacked date, a column's start printed apart)
    digits = [may_hold_range(line) for line in lines[start:end]]
    for i in range(start, end):
        if i == below or not any(digits[i - start:i - start + 1 + DATES_BELOW]):
            continue
        if pair := stacked(lines, i, end, as_of):
            found.append((i, [pair]))
            below = i + 1
            continue
        ranges, end_line = read_line(lines, i, end, as_of, bool(found))
        if end_line is not None:
            joined[end_line] = i
        proper = [r for r in ranges if not r.single]
        if not proper and (apart := stacked_apart(lines, i, end, as_of)):
            (pair, below), proper = apart, [apart[0]]
        if proper:
            ranges = proper
        elif len(lines[i]) > SHORT and not any(_closes_title(lines[i], r, [] if titled else _later_periods(
                lines[i], r, as_of)) for r in ranges):
            continue  # a lone month in a long sentence is a mention; at a long title line's end, its date column
        # a school above the dated title or below it (Europass): read only where the test needs it
        if titled and (not ROLE_NOUN.search(CAMEL.sub(" ", lines[i])) or not teaching and (
                _SCHOOL.search(entry_lines(lines, i, start, end, as_of)) or _EXPECTED.search(lines[i]))):
            continue  # under a school's name, "Practical Engineer, Electronics (2006 - 2008)" is a qualification,
            # and "(exp.) Financial Risk Manager" one still to come
        if not ranges and found and (held := _held_for(lines[i], found[-1][1])):
            ranges = [held]  # "Developer – Acme (4 Years)" under a dated role: held until that one began
        if not ranges and _title_like(lines[i], as_of, True) and (year := year_closing_title(lines[i], as_of)) \
                and not _range_below(lines, i, end, as_of):
            ranges = [year]  # "Support Intern, Acme — 2021": a role held within its one year; with a range
            # below, it is that role's title line, dated there
        if ranges and len([r for r in ranges if r.single]) < 2:  # "(Spring 2017, Fall 2018)" lists courses
            found.append((i, ranges))
    found = points_below_ended_roles(lines, found, as_of)
    dated = [i for i, _ in found]
    items = _content_items(lines, dated, start, items)
    # each entry's line below its dates read once as a heading or not, for its title (_titled) and its shape
    heads_below = [_title_below(lines, i, ranges, nxt, as_of) for (i, ranges), nxt in zip(found, [*dated[1:], end])]
    named = _titled(lines, found, heads_below, items)
    org_below = not titled and _organisation_below(lines, dated, start, end, as_of)
    lead = not titled and _dates_lead(lines, dated, start, end, as_of)
    # a heading below the dates is read into an entry only where the block's other entries repeat it
    named_below = [False] * len(found) if titled or lead else repeated(
        [_shape(lines, found, k, start, heads_below[k], as_of, items, named[k]) for k in range(len(found))])
    tops = [i if titled or lead or named_below[k] or _complete(lines[i], ranges) else
            _top(lines, i, found[k - 1][0] + 1 if k else start, as_of, items, named[k], 1 if org_below else 2)
            for k, (i, ranges) in enumerate(found)]
    proper = [(r.start, r.end) for _, ranges in found for r in ranges if not r.single]
    # "Trigonometry (Spring 2018)" under a dated role is a detail of that role, not another one
    kept = [[r for r in ranges if not r.single or not any(a <= r.start and r.end <= b for a, b in proper)]
            for _, ranges in found]
    ends: list[bool] = []  # does each entry end the text above it
    role: tuple[int, list[DateRange]] = (-1, [])  # the dated line and ranges of the entry whose text runs on to here
    for (i, dates), ranges, top in zip(found, kept, tops):
        ends.append(bool(ranges) or not _continues_role_text(lines, top, i, dates, role, joined))
        role = (i, ranges) if ends[-1] else role
    stops = _stops(tops, ends, end)
    out: list[Position] = []
    employer = ""  # a LinkedIn employer (its name over its total duration) holds the titled roles below it
    for k, ((i, _), ranges, top, stop) in enumerate(zip(found, kept, tops, stops)):
        if not ranges:
            continue
        # a list of years closing a role's line repeats its last period where that period is read; in a teaching or
        # an education section it names terms of courses
        if not titled:
            ranges = [*ranges, *_later_periods(lines[i], max(ranges, key=lambda r: r.span), as_of)]
        above = [j for j in range(top, i) if _worded(lines[j])]
        grouped = [j for j in above[1:] if _DURATION.fullmatch(lines[j])]
        if grouped:
            employer = lines[grouped[0] - 1]
            above = [j for j in above if j > grouped[0]]
        head = [lines[j] for j in above] + ([own] if (own := _strip_dates(lines[i], ranges)) else [])
        if len(head) == 1 and employer:
            head.append(employer)  # a sub-role: its title alone, under the employer above
        elif not grouped:
            employer = ""
        below = i + 1 < stop and (not head or lead and len(head) == 1 and _names_role(lines[i + 1], as_of))
        if org_below or below or named_below[k] and i + 1 < stop:
            head.append(lines[i + 1])  # "dates" line first, then the title; or title, dates, organisation
            if named_below[k] and i + 2 < stop and _joins_next(lines[i + 1]):
                head.append(lines[i + 2])
        head = _unwrap(head)
        if (named_below[k] and len(head) == 2 and not ROLE_NOUN.search(head[0]) and not ROLE_SHORT.search(head[0])
                and names_one_holder(head[1]) and not reads_as_text(head[1])):
            head.reverse()  # organisation and dates over the title: the line naming one holder's role is the title
            # (a firm's name may hold staff in the plural: 'Dev 2021 - 2023' over 'Acme Consultants'); not where the
            # dated line names a role itself, in short ('Dev, Acme'), nor over a role's text ('Reports to the CTO')
        own = " ".join(line[:LEAD] for line in lines[top:i + 1])  # the role's title lines and its dates
        context = " ".join(line[:LEAD] for line in lines[top:min(i + 2, stop)])
        # A degree's or a certificate's dates are not a job. Study named below the dates is a degree's only when
        # the lines above name no role: a tutor's text may say "tutoring high school students".
        # Each line is read for a degree alone too: a line above ('Adviser: Dr. Ng') may hide the one below from
        # a reading of the two together. A one-line title is that reading already, and a context with no line
        # below the dates is `own` again: neither is read twice.
        studied = not teaching and (_studied(own) or top < i and any(_studied(line[:LEAD], own)
                                                                     for line in lines[top:i + 1])
                                    or (context != own and _studied(context)
                                        and (titled or not ROLE_NOUN.search(own))))
        if studied or _CREDENTIAL.search(lines[i]):
            continue
        if _DOCUMENT_DATE.search(lines[i]) or not out and _CONTACT.search(lines[i]) or _BIRTH.search(own):
            continue
        kind = role_kind(context, default)
        named_programme = any(map(names_programme, lines[top:min(i + 2, stop)]))
        if kind == Kind.ACADEMIC and not titled and ROLE_NOUN.search(own) and not named_programme:
            kind = role_kind(own, default)  # "Support for PhD students" under a named role says whom it served
        heading = " ".join(line[:LEAD] for line in head)
        if kind == Kind.JOB and (names_student_title(heading) or not STAFF.search(heading)
                                 and any(names_student_title(line[:LEAD]) for line in head)):
            kind = Kind.ACADEMIC  # its own title, not a bullet under it, names a student's role (a title's line
            # ends it: 'Graduate Student Researcher' over the school's name); a staff title anywhere in the
            # heading keeps it a job ('Technician' over 'Office of Visiting Students')
        title = head[0] if head else ""
        rest = "".join(lines[i][x:y] for x, y in _gaps(ranges, len(lines[i])))
        if top == i and out and out[-1].line == i - 1 and _PLACE_ONLY.fullmatch(rest):
            kind, title = out[-1].kind, out[-1].title  # a second "dates (place)" line under the same role
        why = UNCOUNTED.get(kind, "")
        # the role's title lines and the line under its dates when that names it (a bullet there is its work)
        if kind == Kind.JOB and any(map(names_membership, [
                *lines[top:i + 1], *(line for line in lines[i + 1:min(i + 2, stop)]
                                     if line[:1].isalpha() and not _BULLET_LIKE.search(line))])):
            kind, why = Kind.VOLUNTEER, MEMBERSHIP
        org = head[1] if len(head) > 1 else ""
        out += [Position(title, org, r.start, r.end, kind, not why, why, i, stop, top) for r in ranges]
    return mark_group_headings(_stacked_titles_share_text(out, lines), lines)


def _continues_role_text(lines: Sequence[str], top: int, i: int, ranges: Sequence[DateRange],
                         role: tuple[int, Sequence[DateRange]], joined: dict[int, int]) -> bool:
    """Does a lone date on line i end the range of the role above, broken onto a line of its own ('September 2016 to'
    / 'May 2021'), so that role's text goes on below it? Only a date alone on its line, with no heading over it,
    within that role's own period, right under the role's dated line, where the date grammar read that line's range
    across the break with this date as its end (`joined`, from dated_lines.read_line) or the line's words after its
    range end on one of the grammar's links ('..., 2016 – Present, promoted to' / 'June 2019'). Any other lone date
    may head an entry written date first ('May 2020' over 'Recipe Finder', a promotion, a talk, a course), and a
    date beside or under a name ('Hackathon, May 2020') dates an entry of its own: each ends the text above it."""
    dated, period = role
    if top != i or _named(lines[i], ranges) or not all(
            any(r.start >= p.start and r.end <= p.end for p in period if not p.single) for r in ranges):
        return False
    above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
    return above == dated and (joined.get(i) == dated or bool(_LINK_AT_END.search(
        lines[dated], max((p.span[1] for p in period), default=0))))


def _stops(tops: Sequence[int], ends: Sequence[bool], end: int) -> list[int]:
    """Where each entry's text ends: at the title of the next entry that `ends` the text above it, else at the
    block's end."""
    out, stop = [], end
    for top, ends_above in zip(reversed(tops), reversed(ends)):
        out.append(stop)
        if ends_above:
            stop = top
    return out[::-1]


def _stacked_titles_share_text(positions: list[Position], lines: Sequence[str]) -> list[Position]:
    """Titles held one after another at one employer, each with its dates, and one list of bullets under the last
    ('Director' over 'Manager' over 'Engineer'): a title with no text of its own is described by the text under
    the titles below it, so its lines run on to theirs (a line still belongs to the nearest title above it). Its own
    lines end at `own_end`: the lines run on to are shared by the whole stack, and readers read them once per stack."""
    out = list(positions)
    for k in range(len(out) - 2, -1, -1):
        p, below = out[k], out[k + 1]
        if p.line is None or p.end_line is None or below.end_line is None:
            continue
        bare = not any(lines[j] for j in range(p.line + 1, p.end_line))
        if (below.line == p.line or (bare and below.line_start == p.end_line)) and below.end_line != p.end_line:
            out[k] = replace(p, end_line=below.end_line, own_end=p.end_line)
    return out


