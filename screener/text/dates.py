"""Find date ranges in resume text, whatever way they are written, as exact start and end dates.

Conventions (shared with the corpus answer key):
- month given: from the first day of the start month to the last day of the end month;
- year only: a start is July 1 of that year and an end is June 30 of that year; a same-year range ("2018 – 2018")
  is half a year (July 1 to December 31);
- seasons: spring = Mar–May, summer = Jun–Aug, fall/autumn = Sep–Nov, winter = Jan–Mar;
- "Present", "Current", "Now", "Today", "to date", "since 2020", a trailing dash: the end is the as-of date;
- a range is kept only when end >= start and both lie within 1950 .. as_of + 1 year.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
# Long forms include the misspellings resumes really have ("Janurary", "Febuary", "Decemeber").
_MONTH = (r"(?:jan(?:uary|urary|uray)?|feb(?:ruary|uary|urary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember|emeber)?)")
MONTH = _MONTH  # for other modules that must tell a month name from a word
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (1, 3)}
_YEAR = r"(?:19[5-9]\d|20\d\d)"
_PRESENT = r"(?:present|pres(?=\.)|current(?:ly)?|now|today|ongoing|(?:till|until|to)\s+(?:date|now|present)|date)"

# One date "point"; alternatives are tried in order, so the most specific forms come first. Every alternative
# starts at a digit or at the start of a word, so the first group skips the middle of words cheaply.
_POINT = re.compile(
    rf"(?:(?<![a-z])|(?=\d))(?:(?<![a-z])(?P<mon>{_MONTH})(?![a-z])\.?,?\s*(?:(?P<y1>{_YEAR})|['’‘](?P<yy1>\d\d)"
    rf"|(?P<yy2>\d\d)(?!\d|st|nd|rd|th|,?\s*{_YEAR}))(?!\d)"
    rf"|\b(?P<season>spring|summer|fall|autumn|winter)\b\s*,?\s*(?P<y2>{_YEAR})(?!\d)"
    rf"|(?<![\d/.])(?P<m3>0?[1-9]|1[0-2])\s?[/.-]\s?(?P<y3>{_YEAR})(?!\d)"
    rf"|(?<![\d/.])(?P<y4>{_YEAR})[./-](?P<m4>0[1-9]|1[0-2])(?![\d])"
    rf"|(?<![\d/.])(?P<m6>0[1-9]|1[0-2])/(?P<yy6>\d\d)(?![\d/])"
    rf"|(?<![\d.,/])(?<!\D\d\d\d-)(?<!^\d\d\d-)(?P<y5>{_YEAR})(?!\d|,\d)"
    rf"|\b(?P<present>{_PRESENT})\b"
    rf"|\b(?P<m7>{_MONTH})\b\.?"
    rf"|(?<![\d.,/])(?P<yy>\d\d)(?![\d.,/%]))",
    re.I,
)
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015\u2212~"  # hyphens, en/em dashes, minus, tilde
_SEP = re.compile(rf"\s*(?:[{_DASHES}]+|to|until|till|through|thru|\.\.)\s*(?:[{_DASHES}]\s*)?", re.I)
_PRODUCT = re.compile(r"\b(?:server|windows|office|studio|sql|excel|sccm|version|ver\.|v)\s*$", re.I)  # not dates
_OPEN_START = re.compile(r"\b(?:since|from)\s*$", re.I)
_DANGLING = re.compile(rf"\s*[{_DASHES}]+\s*(?:[)\]|,;]|$)")
_SPACE = re.compile(r"\s+")
_WORDED = re.compile(r"(?:to|till|until)\s", re.I)


@dataclass(frozen=True, slots=True)
class DateRange:
    """A parsed range; `span` is where it sits in the text, `present` when the end was 'Present' or open."""

    start: dt.date
    end: dt.date
    span: tuple[int, int]
    present: bool = False
    single: bool = False  # one month or season written alone ("Summer 2019")


@dataclass(frozen=True, slots=True)
class _Point:
    kind: str  # month | mm/yy | mon yy | year | season | present | bare-month | yy
    year: int
    first: int  # first month covered
    last: int  # last month covered
    span: tuple[int, int]


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _century(yy: int) -> int:
    return 2000 + yy if yy < 50 else 1900 + yy


def _point(m: re.Match[str]) -> _Point:
    g = m.groupdict()
    span = m.span()
    if g["mon"]:
        month = _MONTHS[g["mon"][:3].lower()]
        if g["yy2"]:  # "Sep 15": September 2015 in "Sep 15 - Mar 17", but a day in "Sep 15 - 20": a range decides
            return _Point("mon yy", _century(int(g["yy2"])), month, month, span)
        year = int(g["y1"]) if g["y1"] else _century(int(g["yy1"]))
        return _Point("month", year, month, month, span)
    if g["season"]:
        first, last = _SEASONS[g["season"].lower()]
        return _Point("season", int(g["y2"]), first, last, span)
    if g["m3"]:
        return _Point("month", int(g["y3"]), int(g["m3"]), int(g["m3"]), span)
    if g["y4"]:
        return _Point("month", int(g["y4"]), int(g["m4"]), int(g["m4"]), span)
    if g["m6"]:  # 05/14: only trusted inside a range
        return _Point("mm/yy", _century(int(g["yy6"])), int(g["m6"]), int(g["m6"]), span)
    if g["y5"]:
        return _Point("year", int(g["y5"]), 7, 6, span)
    if g["present"]:
        return _Point("present", 0, 0, 0, span)
    if g["m7"]:
        month = _MONTHS[g["m7"][:3].lower()]
        return _Point("bare-month", 0, month, month, span)
    return _Point("yy", int(g["yy"]), 0, 0, span)


def _start(p: _Point) -> dt.date:
    return dt.date(p.year, p.first, 1)


def _end(p: _Point, as_of: dt.date) -> dt.date:
    if p.kind == "present":
        return as_of
    return _last_day(p.year, p.last)


_RANGE_ONLY = ("mm/yy", "mon yy")  # forms trusted only in a range with the same form or an open end


def _pair(a: _Point, b: _Point, as_of: dt.date) -> tuple[dt.date, dt.date] | None:
    """Start and end dates of 'a – b', or None when the two points cannot form a range."""
    if a.kind in ("present", "yy") or b.kind == "bare-month" or any(
            kind in (a.kind, b.kind) and a.kind != b.kind != "present" for kind in _RANGE_ONLY):
        return None
    if b.kind == "yy":  # 2015–18
        if a.kind != "year" or b.year <= a.year % 100:
            return None
        b = _Point("year", a.year - a.year % 100 + b.year, 7, 6, b.span)
    if a.kind == "bare-month":  # Jan – Mar 2018
        if b.kind not in ("month", "season"):
            return None
        a = _Point("month", b.year - (a.first > b.first), a.first, a.first, a.span)
    start, end = _start(a), _end(b, as_of)
    if a.kind == "year" and b.kind == "year" and a.year == b.year:
        end = dt.date(a.year, 12, 31)  # a same-year range counts as half a year
    return start, end


def _valid(start: dt.date, end: dt.date, as_of: dt.date, ahead: int = 1) -> bool:
    return dt.date(1950, 1, 1) <= start <= end <= as_of.replace(year=as_of.year + ahead, day=min(as_of.day, 28))


def _worded_end(text: str, a: _Point, b: _Point) -> bool:
    """'2019 to date', 'Mar 2019 till now': the end word carries its own 'to', so a space separates them."""
    return b.kind == "present" and bool(_WORDED.match(text, b.span[0])) and bool(
        _SPACE.fullmatch(text, a.span[1], b.span[0]))


def _glued(text: str, a: _Point, b: _Point) -> bool:
    """'Sep.2023Mar.2024', '2010 2013' or 'Mar. 2021 Present' closing a line: a soft hyphen used as a dash was
    dropped in extraction."""
    if b.kind == "present" and a.kind in ("month", "year", "mm/yy"):
        return bool(_SPACE.fullmatch(text, a.span[1], b.span[0])) and not text[b.span[1]:].strip(" .")
    if a.kind != b.kind or a.kind not in ("month", "year"):
        return False
    return a.span[1] == b.span[0] or (bool(_SPACE.fullmatch(text, a.span[1], b.span[0]))
                                      and not text[b.span[1]:].strip() and a.year <= b.year)


_DIGIT = re.compile(r"\d")


def find_ranges(text: str, as_of: dt.date, ahead: int = 1) -> list[DateRange]:
    """Every date range in `text`, in order, ending at most `ahead` years after as_of; never raises on odd text."""
    if not _DIGIT.search(text):
        return []  # every range has a year in it; most lines have none, and the point pattern is costly
    points = [_point(m) for m in _POINT.finditer(text)
              if not _PRODUCT.search(text, max(0, m.start() - 12), m.start())]
    out: list[DateRange] = []
    used = -1
    for i, a in enumerate(points):
        if i <= used:
            continue
        b = points[i + 1] if i + 1 < len(points) else None
        if b and (_SEP.fullmatch(text, a.span[1], b.span[0]) or _worded_end(text, a, b) or _glued(text, a, b)):
            pair = _pair(a, b, as_of)
            if pair and _valid(*pair, as_of, ahead):
                out.append(DateRange(pair[0], pair[1], (a.span[0], b.span[1]), b.kind == "present"))
                used = i + 1
                continue
        if a.kind not in ("month", "season", "year"):
            continue  # mm/yy alone is too often something else (a score, a fraction)
        if _OPEN_START.search(text, 0, a.span[0]) or _DANGLING.match(text, a.span[1]):
            start = _start(a)
            if _valid(start, as_of, as_of, ahead):
                out.append(DateRange(start, as_of, a.span, True))
        elif a.kind in ("month", "season"):
            start, end = _start(a), _end(a, as_of)
            if _valid(start, end, as_of, ahead):
                out.append(DateRange(start, end, a.span, single=True))
    return out


def find_range(text: str, as_of: dt.date) -> DateRange | None:
    """The first proper range (not a lone month or season) in `text`."""
    return next((r for r in find_ranges(text, as_of) if not r.single), None)
