"""Whether lines read as referees: people vouching for the candidate, written as a person's name with a title (and
an organisation), as contact details, or as a promise that they are given on request. A heading that only may name
referees ('Recommendations', 'Reference') heads them when its lines read so, and not a consultant's findings, a
project's code or a skills count; and only when every line under it reads so, for referees are undated and hold no
deed: a line with a date, a bullet or a deed is a role's, and the lines stay in the section they are in."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .dates import find_ranges
from .lazy_regex import LazyPattern

_LOOK = 3  # the lines under a heading read: a referee's name, title and contact stand at its top
_ON_REQUEST = LazyPattern(r"\b(?:up)?on\s+request\b", re.I)
_EMAIL = LazyPattern(r"[\w.+-]+@[\w-]+\.[a-z]", re.I)
# a telephone number: a plus sign or ten digits in one run ('2016 - 2019', a range of years, has eight)
_PHONE = LazyPattern(r"(?:\+\d|\d)[\d ()./-]{7,}\d")
_YEAR = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BULLETED = LazyPattern(r"^\s*[•·▪◦●*–—-]")
_ANY_DAY = dt.date(2100, 1, 1)  # whether a line holds a date, not when: no range is cut for running into the future
_QUOTED = LazyPattern(r"[\"“”„«»]")  # a testimonial's words quoted: a sentence about the candidate, kept where it is
_WORDS = 12  # a referee's line is a name, a title, an organisation: a longer one is a sentence
# a line led by a deed ('Led the...', 'Managed...', 'Building...') tells work done, no referee's
_DEED = LazyPattern(r"^(?:[A-Za-z]+(?:ed|ing)|led|built|ran|drove|grew|made|wrote|set|took|won|oversaw|taught|"
                    r"responsible)\b", re.I)
# Two to four capitalised words (or initials), accented Latin capitals too, an honorific before them and a family name's
# particles between them ('Ana de la Cruz'), ending where the line or a separator does
_WORD = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž](?:[^\W\d_]|['’-])+|[A-Z]\.)"
_PARTICLE = r"(?:van|von|de|der|den|da|das|di|del|della|du|le|la|bin|ibn|al|el|ten|ter)"
_NAME = LazyPattern(rf"(?:(?:Dr|Prof|Mr|Mrs|Ms|Miss|Mx|Sir|Dame)\.?\s+)?{_WORD}(?:\s(?:{_PARTICLE}\s)*{_WORD}){{1,3}}"
                    r"(?=\s*(?:$|[,(|•·–—:-]))")
# the words that say a person's post: a name holds none ('Tech Lead, Fintastic' is a role)
_TITLE = LazyPattern(r"\b(?:manager|director|head|lead|leader|engineer|developer|architect|CTO|CEO|CFO|COO|CIO|CISO|"
                     r"VP|vice\s+president|president|founder|partner|owner|professor|lecturer|supervisor|officer|"
                     r"principal|consultant|chair|dean|teacher|coordinator|administrator|analyst|scientist|"
                     r"specialist|executive|recruiter|mentor)s?\b", re.I)


def only_referees(lines: Sequence[str], start: int, end: int) -> bool:
    """Do lines[start:end] read as referees only: opening as one, each line a referee's (`_referees_line`), and a
    line after a referee's contact details opening the next referee by name?"""
    if not _opens_as_referees(lines[:end], start):
        return False
    contact = False
    for line in lines[start:end]:
        text = line.strip()
        if not text:
            continue
        if not _referees_line(text) or contact and not _contact(text) and not _named(text):
            return False
        contact = _contact(text)
    return True


def _referees_line(text: str) -> bool:
    """A referee's line: contact details, or a short line with no date, bullet, quotation or deed naming a person, a
    title or an organisation."""
    if _BULLETED.match(text) or _QUOTED.search(text) or _dated(text):
        return False
    if _contact(text):
        return True
    if len(text.split()) > _WORDS or _DEED.match(text):
        return False
    return bool(_TITLE.search(text)) or _named(text)


def _contact(text: str) -> bool:
    return bool(_EMAIL.search(text) or _phone(text) or _ON_REQUEST.search(text))


def _named(text: str) -> bool:
    """A line opening with a person's (or an organisation's) name, not a title ('Tech Lead')."""
    name = _NAME.match(text)
    return bool(name) and not _TITLE.search(name[0])


def _opens_as_referees(lines: Sequence[str], start: int) -> bool:
    """Do the first lines with text from lines[start] read as referees?"""
    shown = [line for line in lines[start:start + 2 * _LOOK] if line.strip()][:_LOOK]
    if not shown:
        return False
    first = shown[0].strip()
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


def _dated(line: str) -> bool:
    """A line with a date as the screener reads them ('03/2014 - 01/2020', "'14 - '19") or a year (not in a
    telephone number): a role's or a degree's, never a referee's."""
    return bool(find_ranges(line, _ANY_DAY)) or bool(_YEAR.search(line)) and not _phone(line)
