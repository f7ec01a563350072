"""Whether lines read as referees: people vouching for the candidate, written as a person's name with a title (and
an organisation), as contact details, or as a promise that they are given on request. A heading that only may name
referees ('Recommendations', 'Reference') heads them when its lines read so, and not a consultant's findings, a
project's code or a skills count."""
from __future__ import annotations

import re
from collections.abc import Sequence

from .lazy_regex import LazyPattern

_LOOK = 3  # the lines under a heading read: a referee's name, title and contact stand at its top
_ON_REQUEST = LazyPattern(r"\b(?:up)?on\s+request\b", re.I)
_EMAIL = LazyPattern(r"[\w.+-]+@[\w-]+\.[a-z]", re.I)
# a telephone number: a plus sign or ten digits in one run ('2016 - 2019', a range of years, has eight)
_PHONE = LazyPattern(r"(?:\+\d|\d)[\d ()./-]{7,}\d")
_YEAR = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BULLET = LazyPattern(r"^[\s•·▪◦●*–—-]*")
# Two to four capitalised words (or initials), an honorific before them, ending where the line or a separator does
_NAME = LazyPattern(r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\.?\s+)?(?:[A-Z][A-Za-z'’-]+|[A-Z]\.)"
                    r"(?:\s(?:[A-Z][A-Za-z'’-]+|[A-Z]\.)){1,3}(?=\s*(?:$|[,(|•·–—:-]))")
# the words that say a person's post: a name holds none ('Tech Lead, Fintastic' is a role)
_TITLE = LazyPattern(r"\b(?:manager|director|head|lead|leader|engineer|developer|architect|CTO|CEO|CFO|COO|CIO|CISO|"
                     r"VP|vice\s+president|president|founder|partner|owner|professor|lecturer|supervisor|officer|"
                     r"principal|consultant|chair|dean|teacher|coordinator|administrator|analyst|scientist|"
                     r"specialist|executive|recruiter|mentor)s?\b", re.I)


def reads_as_referees(lines: Sequence[str], start: int) -> bool:
    """Do the first lines with text from lines[start] read as referees?"""
    shown = [line for line in lines[start:start + 2 * _LOOK] if line.strip()][:_LOOK]
    if not shown:
        return False
    first = _BULLET.sub("", shown[0])
    if _EMAIL.search(first) or _ON_REQUEST.search(first) or _phone(first):
        return True
    name = _NAME.match(first)
    if not name or _TITLE.search(name[0]) or _YEAR.search(first):
        return False
    rest = first[name.end():]
    if rest.strip():
        return bool(_TITLE.search(rest))
    below = shown[1] if len(shown) > 1 else ""  # a name alone, its title or contact on the line under it
    return not _YEAR.search(below) and bool(_TITLE.search(below) or _EMAIL.search(below) or _phone(below))


def _phone(line: str) -> bool:
    return any(m[0].startswith("+") or sum(c.isdigit() for c in m[0]) >= 10 for m in _PHONE.finditer(line))


def dated_line(line: str) -> bool:
    """A line with a year (not in a referee's telephone number): a role's or a degree's, where a run of referees,
    who are undated, has ended."""
    return bool(_YEAR.search(line)) and not _phone(line)
