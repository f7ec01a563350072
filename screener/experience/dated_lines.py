"""Where a role's dates are written: on its line, run on into the next line, a date column's open start, or stacked
with the end above the start. Each reading returns the ranges of one line for the position finder."""
from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cached_property

from ..text import dates
from ..text.dates import DateRange
from ..text.dates_spaced import respaced
from ..text.months import SINCE, spellings
from ..text.role_nouns import ROLE_NOUN

_SPLIT_START = re.compile(r"^(\S+(?:\s\S+)?)\s*[-–—]\s+(?=\S)")  # "2017 – Product Manager" / "Present ..."
_FIRST_WORDS = re.compile(r"^\S+(?:\s\S+)?")
# "Jan 2018 – Post-doc", "2019–Software", "2016 / 09 - Acme"
# (the shortest lead that ends before a dash: in "2021– Post-doc" the dash is the column's, not the title's)
_COLUMN_START = re.compile(r"^(\S+?(?:\s\S+?){0,2}?)\s*[-–—]\s*(?=[^\W\d])")
_OPEN_AT_END = re.compile(r"\d\s*[-–—]\s*$")  # "1989 –": a range whose end may be on the next line
_STRAY = ",;:. "
_WRITTEN_END = re.compile(r"\d\D*?[^\W\d_]")  # "2019 – Present": an open end in words after the start
_LONE_DATE = re.compile(rf"(?:{dates.MONTH}\.?\s*)?{dates.YEAR}", re.I)
_DATE_ONLY = 20  # a line that holds a date and nothing else is short
DATES_BELOW = 3  # how far below a line its dates may stand: the next line, or a start two or three lines down
_SINCE_IN_SENTENCE = re.compile(rf"\b[a-z]+\s+(?:{'|'.join(map(re.escape, spellings(SINCE)))})\s*$")
_SENTENCE_LINE = 70  # longer than a title's line
# A line closed by one year ('..., Acme — 2021', '... (2019).'), and what may stand between a title's phrases
_YEAR_CLOSES = re.compile(rf"(?P<head>.*?)[\s,;|–—-]*(?<![\w./])\(?(?P<y>{dates.YEAR})\)?\.?\s*")
_CLOSING_SEPARATORS = " ,;|–—-("
_PHRASE_END = re.compile(r"\s*(?:$|[,;|–—(@]|-\s|at\b)")
# A year closing a line that names an honour or a qualification given for a role, not the role held: an award, a
# prize and its places, a superlative (not the retailer "Best Buy"), a licence ("Professional Engineer", "Licensed
# Electrician") and a certificate, and a seat students elect ("Class Representative")
_NOT_HELD = re.compile(r"\bcertifi|\b(?:awards?|prizes?|winner|runner[-\s]?up|finalist|recipient|honou?rs?|"
                       r"outstanding|of\s+the\s+year|licen[cs](?:ed?|ing)|professional\s+engineer|chartered|"
                       r"(?:class|student|course|year|school)\s+rep(?:resentative)?)\b|\bbest\b(?!\s+buy\b)", re.I)
_ONE_DATE = re.compile(rf"(?:{dates.MONTH}\.?\s*|\d{{1,2}}\s*[/.-]\s*)?{dates.YEAR}", re.I)  # "05/2025", "May 2025"


# The resume decides how its numeric dates are written ('8/13/17' makes its '3/4/17' March), and each of its lines
# is read by several layouts' tests (its own dates, a column's, a stacked pair's, a title's) and by the
# diagnostics that check them: the order and the lines' readings belong to the resume being read, set once for it
# rather than passed through every test, and kept with it (never across resumes, whose orders may differ).
_READING: contextvars.ContextVar[DateReadings | None] = contextvars.ContextVar("reading", default=None)


class DateReadings:
    """One resume's texts' date ranges, read in the order the resume writes its numeric dates and each text once,
    for all its readers (the timeline's layouts, the diagnostics): one resume, one reading."""

    def __init__(self, resume: str) -> None:
        self._resume = resume
        self._ranges: dict[tuple[str, dt.date], list[DateRange]] = {}

    @cached_property
    def month_first(self) -> bool:
        """Does the resume write its numeric dates month first (text.dates.writes_month_first)?"""
        return dates.writes_month_first(self._resume)

    def ranges(self, text: str, as_of: dt.date) -> list[DateRange]:
        """text.dates.find_ranges(text, as_of) in the resume's order, parsed the first time only."""
        key = (text, as_of)
        found = self._ranges.get(key)
        if found is None:
            found = self._ranges[key] = dates.find_ranges(text, as_of, month_first=self.month_first)
        return found


@contextlib.contextmanager
def numeric_order(readings: DateReadings) -> Iterator[None]:
    """Read the lines parsed inside as `readings` does: in its resume's numeric order, each once, shared with the
    resume's other readers."""
    token = _READING.set(readings)
    try:
        yield
    finally:
        _READING.reset(token)


def find_ranges(text: str, as_of: dt.date) -> list[DateRange]:
    """The ranges in `text` (text.dates.find_ranges), its numeric dates read in the resume's order, parsed once
    per resume (outside `numeric_order`: day first, the convention, and parsed each time)."""
    readings = _READING.get()
    return dates.find_ranges(text, as_of) if readings is None else readings.ranges(text, as_of)


def find_range(text: str, as_of: dt.date) -> DateRange | None:
    """The first proper range in `text`, from the shared parse (as text.dates.find_range)."""
    return next((r for r in find_ranges(text, as_of) if not r.single), None)


def read_line(lines: Sequence[str], i: int, end: int, as_of: dt.date,
              under_role: bool = False) -> tuple[list[DateRange], int | None]:
    """Ranges on line i, including one whose end runs on into the next line or sits at its start (a date column),
    and a column's start with nothing after its dash but the title: a position still held. `under_role`: a role
    is dated above line i in its block, so a sentence's 'since' there tells of that role (see _mentioned_since).
    With them, the line whose date it took as the end of line i's range where it read that range across the line
    break ('September 2016 to' / 'May 2021', 'Mai 2017 t/m' / 'Aug 2019'), else None: the grammar says which lines
    it joined, so no reader keeps a second list of joining words."""
    nxt = lines[i + 1] if i + 1 < end else ""
    cut = len(lines[i])
    if not dates.may_hold_range(lines[i]) and not (
            nxt and (dates.may_run_on(lines[i]) or _SPLIT_START.match(lines[i]))
            and dates.may_start_range(f"{lines[i]} {nxt.lstrip(_STRAY)}", cut)):
        # no date of its own, none starting here to run on below ('Present –' / '2019', 'Present – Acme')
        return [], None
    ranges = [r for r in find_ranges(lines[i], as_of) if not (under_role and _mentioned_since(lines[i], r))]
    if not any(not r.single for r in ranges) and (held := _lead_lasting(lines[i], as_of) or _spaced(lines[i], as_of)):
        return [held], None
    # "June 2019 – July" / "2020 ...", "1989 –" / ",2022 Teacher", "from Jan-2012 to June" / "2015.": a range's
    # end (not the next role's range) runs on at the start of the next line, after any stray punctuation
    open_end = _OPEN_AT_END.search(lines[i]) or any(r.present and not _WRITTEN_END.search(lines[i], *r.span)
                                                    for r in ranges)
    broken = nxt and open_end and not starts_range(nxt, as_of)
    if any(not r.single for r in ranges) and not broken:
        return ranges, None
    ends = [nxt.lstrip(_STRAY)] if nxt and dates.may_run_on(lines[i]) else []  # a range across the break
    if ends and broken and i + 2 < end and _undated(nxt) and _date_leads(lines[i + 2], as_of):
        # a date column read apart from its text: "May 2017 –" / "Acme" / "Aug 2017" (or ",2022 Teacher")
        ends.append(lines[i + 2].lstrip(_STRAY))
    for below, e in enumerate(ends, i + 1):
        for r in find_ranges(f"{lines[i]} {e}", as_of):
            if not r.single and not (broken and r.present) and r.span[0] < cut < r.span[1]:
                return [replace(r, span=(r.span[0], cut))], below
    if any(not r.single for r in ranges):
        return ranges, None
    m = _SPLIT_START.match(lines[i])
    opened = column_start(lines[i], as_of)
    if not m and not opened:
        return ranges, None
    if m and nxt and not starts_range(nxt, as_of):  # "2017 – Product Manager" over "Present ...": its end below
        first = _FIRST_WORDS.match(nxt)
        joined = find_range(f"{m[1]} – {first[0]}", as_of) if first else None
        if joined is not None and (find_ranges(m[1], as_of) != [] or joined.span[0] == 0):
            return [replace(joined, span=(0, m.end()))], i + 1
    return [opened] if opened else ranges, None


def _mentioned_since(line: str, r: DateRange) -> bool:
    """'Active member of the chess club since 2015. In 2016 I ...' under a dated role: a range opened by 'since'
    after a word of a sentence that names no role, with text going on after the date, on a line longer than a
    title, dates what the sentence says, not a role ('Freelance software engineer since 2015, focused on Go' is a
    role's line). Only under a role already dated: with none above, the sentence is what dates the role whose
    title stands above it ('Acme Corp' over 'Employed here since 2019 as the lead of ...')."""
    return (len(line) > _SENTENCE_LINE and r.present and _SINCE_IN_SENTENCE.search(line, 0, r.span[0]) is not None
            and any(c.isalpha() for c in line[r.span[1]:]) and not ROLE_NOUN.search(line, 0, r.span[0]))


def _spaced(line: str, as_of: dt.date) -> DateRange | None:
    """The range of a date line a PDF broke apart by letter spacing ('OCTO BE R 2 0 1 3 T IL L MA R CH 2 0 1 6'): the
    whole line is its dates."""
    text = respaced(line)
    r = find_range(text, as_of) if text else None
    return replace(r, span=(0, len(line))) if r else None


def _undated(line: str) -> bool:
    """A line without a digit has no date of its own (every date has a year). Written out here, not as the
    may_hold_range pre-test, because this reading depends on the answer: a pre-test may only ever spare work."""
    return not any(ch.isdecimal() for ch in line)


def _lead_lasting(line: str, as_of: dt.date) -> DateRange | None:
    """'2024 Acme Labs, Paris, 5 months, with ...': a role's line led by its start date that states, as one of its
    parts, how long the role lasted, read as that date and how long from it ('2024 (5 months)')."""
    lead = _ONE_DATE.match(line)
    if lead is None or "," not in line:
        return None
    for part in line[lead.end():].split(",")[1:]:
        r = find_range(f"{lead[0]} ({part.strip()})", as_of)
        if r is not None and r.duration_months is not None:
            return replace(r, span=lead.span())
    return None


def _date_leads(line: str, as_of: dt.date) -> bool:
    """Does `line` start with a date alone, not a range of its own ('Aug 2017', ',2022 Teacher')?"""
    bare = line.lstrip(_STRAY)
    return bool(_LONE_DATE.match(bare)) and not starts_range(bare, as_of)


def stacked(lines: Sequence[str], i: int, end: int, as_of: dt.date) -> DateRange | None:
    """'Present' over 'August 2021', 'July 2021' over 'March 2018': a date column that prints a role's end above
    its start (or its start above its end: the grammar reads a range in either order). Read only when the two
    lines hold nothing but the two dates."""
    if i + 1 >= end:
        return None
    upper, lower = lines[i].strip(), lines[i + 1].strip()
    if not upper or max(len(upper), len(lower)) > _DATE_ONLY or not any(c.isdigit() for c in lower):
        return None  # a start has a year
    joined = f"{lower} – {upper}"
    r = find_range(joined, as_of)
    if r is None or r.span != (0, len(joined)):
        return None
    return replace(r, span=(0, len(lines[i])))


def stacked_apart(lines: Sequence[str], i: int, end: int, as_of: dt.date) -> tuple[DateRange, int] | None:
    """'12/2024 Lab Technician' / 'Acme Clinic' / '10/2024': a date column that prints a role's end above its start,
    read into the role's lines: the end leads the role's first line and the start, the earlier date, stands alone
    two or three lines below, with no year between. The range, and the line of its start."""
    j = next((j for j in range(i + 2, min(i + 1 + DATES_BELOW, end)) if _ONE_DATE.fullmatch(lines[j].strip())),
             None)
    words = lines[i].split()
    if j is None or len(words) < 2 or any(dates.A_YEAR.search(lines[k]) for k in range(i + 1, j)):
        return None  # no lone date below, or a year between: the lone date belongs to another role
    lower = lines[j].strip()
    since = find_range(f"{lower} –", as_of)
    for n in (2, 1):
        upper = " ".join(words[:n])
        joined = f"{lower} – {upper}"
        r = find_range(joined, as_of)
        if r is not None and r.span == (0, len(joined)) and since is not None and r.start == since.start:
            return replace(r, span=(0, lines[i].find(words[n - 1]) + len(words[n - 1]))), j
    return None


def column_start(line: str, as_of: dt.date) -> DateRange | None:
    """'2018 – Post-doc, ...' or '2019–Software Engineer': a date column's start whose end is left blank."""
    m = _COLUMN_START.match(line)
    if not m or any(r.span[0] == 0 for r in find_ranges(line[m.end():], as_of)):
        return None  # "November 2021 - May 2021" is a (misordered) range, not an open start
    r = next((r for r in find_ranges(f"{m[1]} –", as_of) if r.present), None)
    return replace(r, span=(0, m.end())) if r and r.span == (0, len(m[1])) else None


def points_below_ended_roles(lines: Sequence[str], found: list[tuple[int, list[DateRange]]], as_of: dt.date
                              ) -> list[tuple[int, list[DateRange]]]:
    """A date column's open start ('2011 / 11 - Acme') listed below a role that began after it and has ended is no
    role held still: a work history runs newest first, so it is a point in time, its own month or year."""
    out = []
    latest: dt.date | None = None  # the latest start of an ended range above (a role held later)
    for i, ranges in found:
        starts = [r.start for r in ranges if not r.single and not r.present]
        if (len(ranges) == 1 and ranges[0].present and latest is not None and latest > ranges[0].start
                and ranges == [column_start(lines[i], as_of)]):
            date = _COLUMN_START.match(lines[i])[1]
            if point := find_range(f"{date} – {date}", as_of):
                ranges = [replace(point, span=ranges[0].span)]
        latest = max([*starts, latest] if latest is not None else starts, default=None)
        out.append((i, ranges))
    return out


# A post named by what it is rather than by its holder ends a title as a role's noun does: an internship, a
# traineeship, an apprenticeship, a working student's post (German "Werkstudent", part-time work beside the studies).
# One post only: a plural names a list's heading ("Internships 2019"), and "student" alone is study. A working
# student is a title only as one, capitalised and opening its phrase ("hard working student" is praise), and a
# virtual internship is a course done online (a job simulation), no post
_POST_NAME = re.compile(r"\b(?:(?<!virtual\s)internship|traineeship|apprenticeship"
                        r"|(?<![^\W\d_]\s)(?-i:Working\s+Student|WORKING\s+STUDENT)|werkstudent(?:in)?)\b", re.I)


# A post's name standing alone beside a range ('Internship · Jun 2021 – Aug 2021', LinkedIn's employment type), or
# closing an organisation's line after a separator ('Quillon · Internship'), is the type of the role titled above
# it, not a title of its own; 'Data Internship 2017 – 2018' names one.
_POST_NAME_ALONE = re.compile(rf"(?:.*?(?:[·•|,]|\s[–—-]))?[\W_]*{_POST_NAME.pattern}[\W_]*", re.I)
# A label of an aim leading a line ('Objective: Summer Internship 2025', 'Career goal: Internship 2025', 'Currently
# seeking Internship 2025', 'Looking for an Internship') names a post wanted, not one held. A verb alone is no such
# label without a word of the present or an article after it: a body's name may open with it ('Seeking Alpha').
_AIM = re.compile(r"\W*(?:(?:currently|actively|now)\s+(?:seek(?:s|ing)?|looking\s+for)\b|"
                  r"(?:seek(?:s|ing)?|looking\s+for)\s*:|"
                  r"(?:career\s+|my\s+)?(?:goal|objective|aim)s?\s*[:–—-]|open\s+to\b)", re.I)
# The verb with an article after it says the post is wanted whatever its year ('Seeking an Internship 2019'), when
# the post follows it: after a separator a role is named beside a name ('Seeking a Better World Trust – Coordinator')
_AIM_SAID = re.compile(r"\W*(?:seek(?:s|ing)?|looking\s+for)\s+an?\b(?![^,|·–—]*(?:[,|·–—]|\s-\s)\s*[^\W\d_])",
                       re.I)


def _aimed_at(head: str, year: int, as_of: dt.date) -> bool:
    """Is the post `head` names one wanted, not held? Under an aim's label (see _AIM) only when dated now or later:
    a post wanted is one still to come, so a label before a past year heads a role held ('Objective - Data Intern
    2019' in a list of jobs); an aim said with its verb and article is one at any year (see _AIM_SAID)."""
    return _AIM_SAID.match(head) is not None or (year >= as_of.year - 1 and _AIM.match(head) is not None)


def names_post(text: str) -> bool:
    """Does `text` name a role held, by its holder's noun or by the post's own name ending a phrase (see _POST_NAME;
    not a body's name, 'Acme Internship Network')? A post's name alone is a role's type (see _POST_NAME_ALONE)."""
    return bool(ROLE_NOUN.search(text) or (any(_PHRASE_END.match(text, m.end()) for m in _POST_NAME.finditer(text))
                                           and not _POST_NAME_ALONE.fullmatch(text)))


def _ends_with_role(head: str) -> bool:
    """Does a role's noun or a post's name end a phrase of the text before a line's dates (the title, then its
    organisation)?"""
    head = head.rstrip(_CLOSING_SEPARATORS)
    return any(_PHRASE_END.match(head, r.end()) for rx in (ROLE_NOUN, _POST_NAME) for r in rx.finditer(head))


def year_closing_title(line: str, as_of: dt.date) -> DateRange | None:
    """'Support Intern, Acme — 2021', 'Software Intern, 2016', 'Analyst at Acme (2019)': a title line closed by
    one year, its only date, dates a role held within that year: July to December, as a same-year range ('2021 –
    2021') is read. Only where a role's noun ends a phrase of the line before the year (the title, then its
    organisation): a paper's or a course's year closes a line that names no role so ('How Developers Test, 2023'),
    and an honour's or a qualification's names one it was given for ('Teaching Assistant of the Year, 2019',
    'Certified Cloud Developer, 2020'; see _NOT_HELD)."""
    m = _YEAR_CLOSES.fullmatch(line) if len(line) <= _SENTENCE_LINE else None
    if m is None or dates.A_YEAR.search(line, 0, m.start("y")) or _NOT_HELD.search(line):
        return None  # a second year: a pair or a list of years, not one year alone
    if not _ends_with_role(m["head"]) or _aimed_at(m["head"], int(m["y"]), as_of):
        return None
    r = find_range(f"{m['y']} – {m['y']}", as_of)
    return replace(r, span=(m.start("y"), len(line)), single=True) if r else None


# A role held in several periods of one shape, the later ones named by their year alone, the list closing its line
# ('Intern, Acme – Summer 2015 & 2016', 'Clerk, Acme May – July 2018 and 2019'): each year repeats the first
# period's months.
_MORE_YEARS = re.compile(rf"(?:\s*(?:,|&|\band\b)\s*(?<![\w./]){dates.YEAR}(?![\w/.]\w))+", re.I)
_CLOSED = re.compile(r"[\s.;)\]]*")
_DEANS_LIST = re.compile(r"\bdean\W?s\s+list\b", re.I)  # terms of study honoured (an honour roll: _NOT_HELD)


def listed_periods(line: str, first: DateRange, as_of: dt.date) -> list[DateRange]:
    """The later periods of a role whose line closes with its first period and a list of years ('Summer 2015 &
    2016'): for each listed year up to `as_of`, the first period's months in that year. Only after a period within
    one year, on a line naming its role as `year_closing_title` requires: a product's versions
    in a sentence ('Postgres 2008, 2012 clusters'), a club's meetings ('met in Summer 2013 and 2014') and an honour's
    or a qualification's terms date no role."""
    tail = _MORE_YEARS.match(line, first.span[1])
    if (tail is None or not _CLOSED.fullmatch(line, tail.end()) or first.start.year != first.end.year
            or _NOT_HELD.search(line) or _DEANS_LIST.search(line) or not _ends_with_role(line[:first.span[0]])
            or _aimed_at(line[:first.span[0]], first.start.year, as_of)):
        return []
    out: list[DateRange] = []
    for y in dates.A_YEAR.finditer(line, first.span[1], tail.end()):
        year = int(y[0])
        start = _in_year(first.start, year)
        if start > as_of:
            continue  # a period still to come is no experience yet
        span = (tail.end(), tail.end()) if out else (first.span[1], tail.end())  # the list: the dates, no title
        out.append(replace(first, start=start, end=min(_in_year(first.end, year), as_of), span=span, present=False))
    return out


def _in_year(day: dt.date, year: int) -> dt.date:
    """The same day of the month in another year, or that month's last (February's end)."""
    last = dates.last_day(year, day.month)
    return last.replace(day=min(day.day, last.day))


def starts_range(line: str, as_of: dt.date) -> bool:
    """Does `line` open with a range of its own ('2013 – 2018 ...', '2018 – University ...')?"""
    r = find_range(line, as_of)
    return (r is not None and r.span[0] == 0) or column_start(line, as_of) is not None


def entry_lines(lines: Sequence[str], i: int, start: int, end: int, as_of: dt.date) -> str:
    """The lines that say whose entry dated line i is in an education section: the line above it, and the line
    below only in Europass's shape, the dates leading the title line ('15/09/2010–30/06/2014 Software Engineer')
    over a school with no date of its own; below a title that ends with its dates, or a dated line, starts the
    next entry ('Lab Technician 2015 - Present' over 'Certificate in Phlebotomy, Community College 2016')."""
    below = i + 1 < end and starts_range(lines[i], as_of) and not dates.may_hold_range(lines[i + 1])
    return " ".join(lines[max(start, i - 1):i + 1 + below])
