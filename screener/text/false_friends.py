"""Words that only look like a term where they stand: a season in a date ("Spring 2019"), an initial ("R. Smith"),
a term named but not claimed ("no experience with X", "did not teach")."""
from __future__ import annotations

import re

from .matching import Match

# "no experience with X", "not familiar with X", "never used X": the term is named but not claimed. Both negations
# are looked for in the text before every match: a look at a word's first letter (case ignored, as for the words)
# spares trying every negation at every word.
NEGATION = re.compile(
    r"\b(?=[lnuwz])(?:(?:no|little|zero|limited)\s+(?:prior\s+|professional\s+|hands-on\s+|real\s+)?"
    r"(?:experience|exposure|knowledge|background)|not\s+(?:familiar|experienced|proficient|skilled)|"
    r"unfamiliar|never\s+(?:used|worked|touched|programmed)|without\s+(?:any\s+)?(?:experience|knowledge)|"
    r"lack(?:ing)?\s+(?:of\s+)?(?:experience|knowledge))\b[^.;:!?]{0,60}$", re.IGNORECASE)
# "did not teach", "never led", "isn't tested": the verb right before the term is negated ("not only" is not).
NOT_BEFORE = re.compile(r"\b(?=[acdhinw])(?:not|never|cannot|"
                        r"(?:did|does|do|was|were|is|are|has|have|had|could|would|can)n[’']?t)"
                        r"\s+(?!only\b)(?:\w+ly\s+)?$", re.IGNORECASE)
_BUT = re.compile(r"\b(?:but|however|though|although|yet)\b", re.IGNORECASE)
# A season followed by a year or a term word is a date ("Spring 2019"), not the Spring framework.
_SEASON = re.compile(r"^(?:spring|summer|fall|autumn|winter)$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"^[\s,'’]*(?:(?:19|20)?\d\d\b|semester|term|quarter|session|break|intern)", re.IGNORECASE)
# A lone capital letter followed by ". Name" is an initial (John R. Smith), not the R or C language.
_INITIAL_AFTER = re.compile(r"^\.\s*[A-Z][a-z]")


def false_friend(text: str, m: Match) -> bool:
    """Whether a match is a word that only looks like the term here: a season in a date, an initial, a negation
    of it or of the verb right before it."""
    word, after = text[m.start:m.end], text[m.end:m.end + 40]
    if _SEASON.match(word) and _DATE_AFTER.match(after):
        return True
    if len(word) == 1 and _INITIAL_AFTER.match(after):
        return True
    before = text[max(0, m.start - 120):m.start]
    if NOT_BEFORE.search(before):
        return True
    neg = NEGATION.search(before)
    return bool(neg) and not _BUT.search(before[neg.start():])
