"""Headings a role holds: its own parts ('Technologies:', 'Major Projects:', 'Study') look like a resume's sections,
but under a work history that goes on below them they belong to the role above."""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from .dates_grammar import MONTH
from .lazy_regex import LazyPattern
from .months import OPEN_ENDS, spellings
from .role_nouns import ROLE_NOUN

Mark = tuple[int, str, str, int]  # a heading's line, its section's name, the heading as written, its content offset

_PUNCT = LazyPattern(r"[^\w&'\s]+")
_SPACES = LazyPattern(r"\s+")
_ALTERNATIVES = LazyPattern(r"[/|]")  # "Achievements/Tasks": alternative names of one heading
_YEAR = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FIRST_DATE = LazyPattern(rf"(?:{MONTH}\.?\s*|\d{{1,2}}\s*[/.-]\s*)?(?<!\d)(?:19|20)\d\d(?!\d)", re.I)
_WORD = LazyPattern(r"[^\W\d_]+")
_DIGITS = LazyPattern(r"\d+")
# a year, a dash, then a word that leaves the range open ("2019 – Present"), as the date grammar spells those words
_OPEN_END = LazyPattern(rf"(?:19|20)\d\d\s*[-–—]+\s*(?:{'|'.join(map(re.escape, spellings(OPEN_ENDS)))})(?!\w)",
                        re.I)
# words that say which entries of a section a heading lists ("Selected", "Relevant", "Other"), not what they are
SELECTING = frozenset({"selected", "relevant", "recent", "key", "notable", "other", "additional", "previous",
                       "prior", "past", "further", "more", "main", "major", "significant", "featured"})
# "Accomplishments:" or "Technologies:" under a role is part of that role, not a new section.
ROLE_PARTS = frozenset({"accomplishments", "achievements", "key achievements", "technologies", "tools",
                        "tech stack", "responsibilities", "key accomplishments"})
_ROLE_HOLDERS = frozenset({"experience", "projects", "research", "leadership", "teaching", "volunteering"})
# headings that are also a role's own words: what one studied in it ("Study:" over a trial's design)
_ROLE_WORDS = frozenset({"study", "vocational"})
# How far below a role's title its dates may stand when its entry is stacked (title, organisation, place, dates), as
# experience/dated_lines.DATES_BELOW reads them
_ENTRY_BELOW = 3


def heading_key(text: str) -> str:
    """A heading's words as the lookup spells them: lower case, punctuation out, '&' for 'and'."""
    return _SPACES.sub(" ", _PUNCT.sub(" ", text)).strip().lower().replace(" and ", " & ")


def role_part(line: str, marks: Sequence[tuple]) -> bool:
    """'Technologies:' or '**Tech Stack:**' under a role: part of that role, not a new section."""
    bare = line.strip(" *_#")
    return bool(marks) and marks[-1][1] in _ROLE_HOLDERS and bare.endswith(":") and bare[:-1].lower() in ROLE_PARTS


def without_role_parts(marks: list[Mark], lines: Sequence[str]) -> list[Mark]:
    """Under a work history, a heading that may be a role's own part is one when the history goes on below it: a
    dated line naming a role comes before the next heading ('Major Projects:' or 'Study' over the role's text, then
    the next role). Dated projects with no role after them, after the last role, are a section of their own. A
    plain 'Projects' is such a part only set apart in another case from headings in capitals. A heading named as a
    role's part ('Achievements') also holds a stacked role below its content, unless its first line is an entry."""
    capitals = 2 * sum(_capitals(m[2]) for m in marks) > len(marks)
    out: list[Mark] = []
    shown: set[tuple[int, str, bool]] = set()  # the entries' layouts the current work history shows so far
    for k, mark in enumerate(marks):
        words = heading_key(mark[2])
        named = _names_role_part(mark[2])
        part = (words.partition(" ")[0] in SELECTING or words in _ROLE_WORDS or named
                or capitals and not _capitals(mark[2]) and mark[1] == "projects")
        below = lines[mark[0] + 1:marks[k + 1][0] if k + 1 < len(marks) else len(lines)]
        region: _Rows | None = None  # below's rows, read where first needed and then reused
        if not (out and out[-1][1] == "experience" and part
                and (_names_dated_role(below) or named and _stacked_role_after_content(region := _rows(below), shown))):
            out.append(mark)
            shown = set()
        if out[-1][1] == "experience":  # each region read once, as the history grows: no rescan per part
            shown.update(_entries(region or _rows(below)))
    return out


def _names_role_part(heading: str) -> bool:
    """'TECHNOLOGIES', 'Achievements/Tasks': a heading whose (first) name is one of a role's own parts, in any case."""
    return heading_key(_ALTERNATIVES.split(heading, 1)[0]) in ROLE_PARTS


def _names_dated_role(lines: Sequence[str]) -> bool:
    """Does a line of `lines` name a role with a year on it or on a line beside it (a title over its dates, or
    under them)?"""
    years = [bool(_YEAR.search(line)) for line in lines]
    return any(ROLE_NOUN.search(line) and any(years[max(0, j - 1):j + 2]) for j, line in enumerate(lines))


_Rows = tuple[list[str], list[bool], list[bool]]  # a region's lines that hold text, and which hold a year, a role


def _rows(lines: Sequence[str]) -> _Rows:
    """The lines of `lines` that hold text, with which of them hold a year and which name a role."""
    rows = [line for line in lines if line.strip()]
    return rows, [bool(_YEAR.search(line)) for line in rows], [bool(ROLE_NOUN.search(line)) for line in rows]


def _stacked_role_after_content(region: _Rows, shown: set[tuple[int, str, bool]]) -> bool:
    """Does a part's own content open the region (a bullet, a sentence, a list of tools: its first row is no entry)
    and a role follow it in a layout the work history above shows (`shown`)? A layout is trusted only where it
    repeats: the role's dates a range written in the form of a role's above, as far under its title as that role's."""
    rows, years, roles = region
    if not rows or _dated_within(years, roles, 0) is not None:
        return False
    return any(entry in shown for entry in _entries(region, 1) if entry[2])


def _entries(region: _Rows, first: int = 0) -> Iterator[tuple[int, str, bool]]:
    """Each role's entry in the region from row `first`: how far its dates stand under its title, their form (a month
    word, numbers, a year: 'M 9999'), and whether they are a range (two years, or an open end)."""
    rows, years, roles = region
    for j in range(first, len(rows)):
        k = _dated_within(years, roles, j) if roles[j] else None
        if k is not None:
            yield k - j, _date_form(rows[k]), _is_range(rows[k])


def _dated_within(years: Sequence[bool], roles: Sequence[bool], j: int) -> int | None:
    """Is row j an entry: the row of its year, on it or up to _ENTRY_BELOW below it before a row naming a role?"""
    for k in range(j, min(j + 1 + _ENTRY_BELOW, len(years))):
        if years[k]:
            return k
        if k + 1 < len(roles) and roles[k + 1]:
            return None
    return None


def _date_form(line: str) -> str:
    """How a line writes its first date, up to its year: 'Mar 2016' and 'June 2014' as 'M 9999', '2016' as '9999'."""
    date = _FIRST_DATE.search(line)
    return _DIGITS.sub(lambda m: "9" * len(m[0]), _WORD.sub("M", date[0])) if date else ""


def _is_range(line: str) -> bool:
    """Two years on the line, or a year then a word that leaves the range open ('2019 – Present')."""
    return len(_YEAR.findall(line)) > 1 or bool(_OPEN_END.search(line))


def _capitals(heading: str) -> bool:
    letters = [c for c in heading if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)
