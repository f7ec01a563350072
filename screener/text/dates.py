"""Find date ranges in resume text, whatever way and language they are written in, as exact start and end dates.

The grammar: a range is two dates joined by a link (any dash, "to", "until", "bis", "à", "hasta", "até", "tot",
...; or nothing left at all where a dash's glyph had no Unicode mapping), a date and an open end ("Present",
"heute", "actuel", ...), or a date after "since"/"seit"/"depuis"/"desde"/"dal". A date is a month name or
abbreviation in English, French, German, Spanish, Portuguese, Italian or Dutch (`months.py`) with a year; a
numeric month and year in either order, with or without a day; a season and year; 'YY; or a year.
A day written before its month may carry its ordinal glued to the month ("6thMay 2012"): the words are one date.

Conventions (shared with the corpus answer key):
- month given: from the first day of the start month to the last day of the end month; a day is dropped, and a
  date with a day written alone ("born 15/06/1995") is an event, never a month of work;
- year only: a start is July 1 of that year and an end is June 30 of that year; a same-year range ("2018 – 2018")
  is half a year (July 1 to December 31);
- "2015–18" is 2015 to 2018, and so is "2010-11" written alone (beside another year-month it is November 2010);
- seasons: spring = Mar–May, summer = Jun–Aug, fall/autumn = Sep–Nov, winter = Jan–Mar;
- an open end ("Present", "Current", "Now", "to date", "heute", "actuel", "since 2020", a trailing dash, "– Still" at
  a line's end): the end is the as-of date, and `present` is set;
- a written end after the as-of date ("– expected May 2027") stops at the as-of date and is kept in `expected`;
  a range that lies wholly after the as-of date (a degree yet to come) keeps its dates;
- the two ends may come in either order: "2024 – 2019" and "Present – 2019" are read as written the other way;
- a duration after a range ("(2y.)", "· 3 yrs 4 mos") is never a date; it is kept in `duration_months`; after a
  date alone, closing its clause ("2015 (8 months)"), it says how long from that date: the range ends when it has run;
- a range is kept only when both written ends lie within 1950 .. as_of + `ahead` years;
- numeric dates are read day first ('1/7/20' is July 2020) unless the document writes them month first: a resume
  writes all its numeric dates one way, so when one of them can only be month first ('8/13/17') and none can only
  be day first, its ambiguous ones are read month first (`writes_month_first`). A date that can be read one way only is
  read that way whatever the order.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from .dates_grammar import (_BACK, _CLAUSE_END, _CLOSE_BRACKET, _DANGLING, _DAY_BEFORE, _DURATION, _HELD_LEAD,
                            _LINE_END, _ONWARD, _STILL_OPEN,
                            _MONTH_FIRST_CUE, _NEXT_LETTER, _OPEN_BRACKET, _OPEN_START, _POINT, _PRODUCT, _SEP, MONTH,
                            A_YEAR, YEAR, may_hold_range, may_run_on, may_start_range)
from .months import MONTHS, SEASONS, SLIPS, plain

__all__ = ["A_YEAR", "MONTH", "YEAR", "DateRange", "find_range", "find_ranges", "last_day", "may_hold_range",
           "may_run_on", "may_start_range", "writes_month_first"]


@dataclass(frozen=True, slots=True)
class DateRange:
    """A parsed range; `span` is where it sits in the text, `present` when the end was 'Present' or open.

    `expected` is the written end when it lies after the as-of date (`end` then stops at the as-of date), and
    `duration_months` a duration written right after the range ('· 2 yrs 3 mos'), for a caller to cross-check."""

    start: dt.date
    end: dt.date
    span: tuple[int, int]
    present: bool = False
    single: bool = False  # one month or season written alone ("Summer 2019")
    expected: dt.date | None = None
    duration_months: int | None = None


@dataclass(frozen=True, slots=True)
class _Point:
    kind: str  # month | mm/yy | mon yy | year | season | present | bare-month | yy
    year: int
    first: int  # first month covered
    last: int  # last month covered
    span: tuple[int, int]
    dated: bool = False  # a day was written: alone, the date of an event (a birth, a talk), not a month of work
    next_year: bool = False  # "2010-11": alone a school or fiscal year (2010 to 2011), beside a year-month November
    year_first: bool = False  # "2015 July": a style that writes the year once for a range ("2015 July – Sept")
    in_range: bool = False  # "2017.6": a month only as one end of a range; alone it may be a version ("2019.3")


def last_day(year: int, month: int) -> dt.date:
    """The month's last day: a period's end, and a month's end repeated in another year (February's)."""
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _century(yy: int) -> int:
    return 2000 + yy if yy < 50 else 1900 + yy


def _month(first: str, second: str, month_first: bool) -> int | None:
    """The month of a numeric date written 'first/second/year': the place the order gives it, unless the number
    there cannot be a month and the other can."""
    preferred, other = (int(first), int(second)) if month_first else (int(second), int(first))
    month = preferred if 1 <= preferred <= 12 else other
    return month if 1 <= month <= 12 else None


def writes_month_first(text: str) -> bool:
    """Does `text` (a whole resume) write its numeric dates month first? Only when one of them can be read only
    that way ('8/13/17') and none only day first ('13/8/17'); with no evidence, or evidence both ways, the
    convention (day first) holds."""
    if not _MONTH_FIRST_CUE.search(text):
        return False  # the point pattern is costly on a resume; without a month-first date the answer is no
    only_month_first = only_day_first = False
    for m in _POINT.finditer(text):
        first, second = m["n1"] or m["n7"], m["n2"] or m["n8"]
        if first is None:
            continue
        first, second = int(first), int(second)
        only_month_first |= 1 <= first <= 12 < second <= 31
        only_day_first |= 1 <= second <= 12 < first <= 31
    return only_month_first and not only_day_first


def _point_matches(text: str) -> Iterator[re.Match[str]]:
    """_POINT's matches in order, as `finditer` gives them, but a word taken for a mistyped month that the table of
    slips does not hold is given back: the search goes on from its next letter, as it would had the word never
    matched, so a month glued to an ordinal inside it ("6thMay") or the year after it is read."""
    pos = 0
    while m := _POINT.search(text, pos):
        if m["slip"] and plain(m["slip"]).lower() not in SLIPS:
            pos = m.start() + 1
            continue
        yield m
        pos = m.end()


def _point(m: re.Match[str], month_first: bool = False) -> _Point | None:
    g = m.groupdict()
    span = m.span()
    if g["mon"]:
        # Matching ignores case the way Unicode folds it, so "APRİL" and "aprıl" match "april": look the word up
        # without accents, and skip a look-alike with no plain form (dotless ı) rather than raise.
        word = plain(g["mon"]).lower()
        year = int(g["y1"]) if g["y1"] else _century(int(g["yy1"])) if g["yy1"] else None
        if word in SEASONS:
            return _Point("season", year, *SEASONS[word], span) if year else None
        month = MONTHS.get(word)
        if month is None:
            return None
        if g["yy2"]:  # "Sep 15": September 2015 in "Sep 15 - Mar 17", but a day in "Sep 15 - 20": a range decides
            return _Point("mon yy", _century(int(g["yy2"])), month, month, span)
        return _Point("month" if year else "bare-month", year or 0, month, month, span, bool(g["d1"]))
    if g["y6"]:  # in the document's order (15/06/2019), unless a number cannot be a month (04/15/2019)
        month = _month(g["n1"], g["n2"], month_first)
        return _Point("month", int(g["y6"]), month, month, span, True) if month else None
    if g["m3"] or g["m11"]:
        month = int(g["m3"] or g["m11"])
        return _Point("month", int(g["y3"] or g["y11"]), month, month, span)
    if g["y4"]:
        year, month = int(g["y4"]), int(g["m4"])
        return _Point("month", year, month, month, span, bool(g["d4"]),
                      not g["d4"] and g["s4"] != "." and month == (year + 1) % 100)
    if g["n7"]:  # in the document's order (13/7/20, 7/13/20), with a two-digit year: trusted only in a range
        month = _month(g["n7"], g["n8"], month_first)
        return _Point("mm/yy", _century(int(g["yy8"])), month, month, span, True) if month else None
    if g["y9"]:
        return _Point("month", int(g["y9"]), int(g["m9"]), int(g["m9"]), span)
    if g["y10"]:
        return _Point("month", int(g["y10"]), int(g["m10"]), int(g["m10"]), span, in_range=True)
    if g["m6"]:  # 05/14: only trusted inside a range
        return _Point("mm/yy", _century(int(g["yy6"])), int(g["m6"]), int(g["m6"]), span)
    if g["yy7"]:
        return _Point("year", _century(int(g["yy7"])), 7, 6, span)
    if g["y8"]:
        word, year = plain(g["mon8"]).lower(), int(g["y8"])
        if word in SEASONS:
            return _Point("season", year, *SEASONS[word], span)
        month = MONTHS.get(word)
        return _Point("month", year, month, month, span, year_first=True) if month else None
    if g["y5"]:
        return _Point("year", int(g["y5"]), 7, 6, span)
    if g["slip"]:
        month = SLIPS[plain(g["slip"]).lower()]
        return _Point("month", int(g["y12"]), month, month, span)
    if g["present"]:
        return _Point("present", 0, 0, 0, span)
    return _Point("yy", int(g["yy"]), 0, 0, span)


def _start(p: _Point) -> dt.date:
    return dt.date(p.year, p.first, 1)


def _end(p: _Point, as_of: dt.date) -> dt.date:
    if p.kind == "present":
        return as_of
    return last_day(p.year, p.last)


_RANGE_ONLY = ("mm/yy", "mon yy")  # forms trusted only in a range with the same form or an open end
_DATES = ("month", "season", "year")  # forms whose order in a range can be told from the dates alone


def _pair(a: _Point, b: _Point, as_of: dt.date) -> tuple[dt.date, dt.date] | None:
    """Start and end dates of 'a – b' in either order, or None when the two points cannot form a range."""
    if a.kind == "present" and b.kind != "present":
        a, b = b, a  # "Present – 2019": the open end written first
    if a.kind in ("present", "yy") or any(
            kind in (a.kind, b.kind) and a.kind != b.kind != "present" for kind in _RANGE_ONLY):
        return None
    if b.kind == "bare-month":  # 2015 July – Sept: the year written first holds for both ends
        if not a.year_first:
            return None
        b = _Point("month", a.year + (b.first < a.first), b.first, b.first, b.span)
    if b.kind == "yy":  # 2015–18
        if a.kind != "year" or b.year <= a.year % 100:
            return None
        b = _Point("year", a.year - a.year % 100 + b.year, 7, 6, b.span)
    if a.kind == "bare-month":  # Jan – Mar 2018
        if b.kind not in ("month", "season"):
            return None
        a = _Point("month", b.year - (a.first > b.first), a.first, a.first, a.span)
    start, end = _start(a), _end(b, as_of)
    if end < start and a.kind in _DATES and b.kind in _DATES:
        start, end = _start(b), _end(a, as_of)  # "2024 – 2019": the later date written first
    if a.kind == "year" and b.kind == "year" and a.year == b.year:
        end = dt.date(a.year, 12, 31)  # a same-year range counts as half a year
    return start, end


def _valid(start: dt.date, end: dt.date, as_of: dt.date, ahead: int = 1) -> bool:
    return dt.date(1950, 1, 1) <= start <= end <= as_of.replace(year=as_of.year + ahead, day=min(as_of.day, 28))


def _glued(text: str, a: _Point, b: _Point) -> bool:
    """Nothing but spaces between two dates ('Sep.2023Mar.2024', 'Mar 2024  Present', '2010 2013' closing a line):
    a dash whose glyph had no Unicode mapping was dropped in extraction. Between two years one space is a link only
    at a line's end; between month dates, or before an open end, also when no sentence goes on from the second
    ('Mar 2024 Present Berlin', not 'in 2015 now working')."""
    gap = text[a.span[1]:b.span[0]]
    if gap.strip():
        return False
    wide = len(gap) > 1 or bool(_LINE_END.match(text, b.span[1]) or _DURATION.match(text, b.span[1]))
    nxt = _NEXT_LETTER.match(text, b.span[1])
    ends = not (nxt and nxt[1].islower())  # a lower-case word next goes on with a sentence: "in 2015 now working"
    if b.kind == "present" and a.kind != "present":
        return wide or ends
    if a.kind == b.kind == "month":  # two month dates side by side: 'Jan 2015 Feb 2019 Munich'
        return not gap or (wide or ends) and a.year <= b.year
    return a.kind == b.kind == "year" and (not gap or wide and a.year <= b.year)


def _range(start: dt.date, end: dt.date, span: tuple[int, int], text: str, as_of: dt.date, **flags: bool) -> DateRange:
    """The range as counted: an end after as_of stops there (unless all of it lies ahead), a duration after it kept."""
    expected = end if end > as_of and not flags.get("present") else None
    d = _DURATION.match(text, span[1])
    months = _months(d) if d else None
    return DateRange(start, as_of if expected and start <= as_of else end, span, expected=expected,
                     duration_months=months, **flags)


def _months(d: re.Match[str]) -> int:
    """The months a duration ('3 yrs 4 mos', '(8m.)', '2,5 years') says."""
    return round(12 * float(d["y"].replace(",", "."))) + int(d["m"] or 0) if d["y"] else int(d["m2"])


def _lasting(text: str, a: _Point, as_of: dt.date) -> DateRange | None:
    """'2015 (8 months)', 'May 2019, 3 years': a date and how long from it, the duration closing its clause (not
    '2015, 8 years of experience'). The range starts at the date (July for a year alone) and ends when the
    duration has run, the start month counted as its first."""
    lead = _HELD_LEAD.match(text, a.span[1])
    d = _DURATION.match(text, lead.end())
    if d is None or d.start("y" if d["y"] else "m2") != lead.end() or not _months(d) or not _CLAUSE_END.match(
            text, d.end()):
        return None  # after a dash, a number of months is a misread end ('2015 – 18 months'), not a duration
    start = _start(a)
    k = start.year * 12 + start.month - 1 + _months(d) - 1  # months since year 0 of the last month held
    end = last_day(k // 12, k % 12 + 1)
    if not _valid(start, min(end, as_of), as_of):
        return None
    return replace(_range(start, end, a.span, text, as_of), span=(a.span[0], d.end()))


def _bracketed_open_end(text: str, a: _Point, b: _Point) -> bool:
    """'2015 (present)': a date, then the open end in brackets, says the role goes on from that date."""
    return b.kind == "present" and a.kind != "present" and bool(_OPEN_BRACKET.fullmatch(text, a.span[1], b.span[0])
                                                                and _CLOSE_BRACKET.match(text, b.span[1]))


def find_ranges(text: str, as_of: dt.date, ahead: int = 1, month_first: bool = False) -> list[DateRange]:
    """Every date range in `text`, in order, ending at most `ahead` years after as_of; never raises on odd text.
    `month_first`: the document writes its numeric dates month first (see `writes_month_first`)."""
    if not may_hold_range(text):
        return []
    points: list[_Point] = []
    for m in _point_matches(text):
        p = _point(m, month_first)
        if p is None or _PRODUCT.search(text, max(0, m.start() - 20), m.start()):
            continue
        if p.kind in ("month", "bare-month") and (day := _DAY_BEFORE.search(text, max(0, p.span[0] - 8), p.span[0])):
            # "15 March 2019", "1er janvier 2019", "28-Nov-1999": the day is part of the date, and dropped
            p = replace(p, span=(day.start(), p.span[1]), dated=True)
            if points and points[-1].span[0] >= day.start():
                points.pop()  # the day's own point ("15" read as a two-digit number)
        points.append(p)
    out: list[DateRange] = []
    used = linked = -1  # linked: a point written as a range's end, though the range could not be read
    for i, a in enumerate(points):
        if i <= used:
            continue
        b = points[i + 1] if i + 1 < len(points) else None
        sep = b is not None and _SEP.fullmatch(text, a.span[1], b.span[0]) is not None
        if b and (sep or not text[a.span[1]:b.span[0]].strip()):
            linked = i + 1  # two dates with a link or nothing between: a duration after the second is the pair's
        if b and (sep or _glued(text, a, b) or _bracketed_open_end(text, a, b)):
            pair = _pair(a, b, as_of)
            if pair and _valid(*pair, as_of, ahead):
                out.append(_range(*pair, (a.span[0], b.span[1]), text, as_of, present="present" in (a.kind, b.kind)))
                used = i + 1
                continue
        if a.next_year:
            start, end = dt.date(a.year, 7, 1), dt.date(a.year + 1, 6, 30)
            if _valid(start, end, as_of, ahead):
                out.append(_range(start, end, a.span, text, as_of))
            continue
        if a.kind not in _DATES or a.in_range:
            continue  # mm/yy alone is too often something else (a score, a fraction), and 2019.3 a version
        if (_OPEN_START.search(text, max(0, a.span[0] - _BACK), a.span[0]) or _DANGLING.match(text, a.span[1])
                or _ONWARD.match(text, a.span[1]) or _STILL_OPEN.match(text, a.span[1])):
            start = _start(a)
            if _valid(start, as_of, as_of, ahead):
                out.append(_range(start, as_of, a.span, text, as_of, present=True))
        elif i != linked and (held := _lasting(text, a, as_of)):
            out.append(held)
        elif a.kind in ("month", "season") and not a.dated:
            start, end = _start(a), _end(a, as_of)
            if _valid(start, end, as_of, ahead):
                out.append(_range(start, end, a.span, text, as_of, single=True))
    return out


def find_range(text: str, as_of: dt.date) -> DateRange | None:
    """The first proper range (not a lone month or season) in `text`."""
    return next((r for r in find_ranges(text, as_of) if not r.single), None)
