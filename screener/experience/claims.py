"""The resume's own claim of experience ('12+ years of experience', 'over a decade of building software',
'EXPERIENCE (7 YEARS)', 'Experience: 8 years 6 months').

A claim is a number of years stated of one's experience, before the word or after it, and the months that follow
its years are part of it ('3 years, 6 months' is three and a half; months of a year or more are no part of a
claim's years). Every claim names its unit (years, yrs, months, decade), and before the unit only its number and
what joins them: the claim patterns are tried only where a claim could start before a unit, not at every
character of the resume (a resume is some 5,000 characters and names a unit a few times), and find what a scan of
the whole text finds.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ..text.numbers import NUMBER_WORDS

_WORDS = "|".join(NUMBER_WORDS)
_ABOUT_A_DECADE = ("over", "more than", "nearly", "almost", "about", "a", "one", "two", "three")
# The months after a claim's years, fewer than twelve: "8 years 6 months", "8 years and 6 months", "8 years, 6 months"
_AND_MONTHS = r"(?:\s*,?\s*(?:and\s+)?(?P<more>1[01]|0?\d)\s*(?:months?|mos?)\b)?"
# What a claim's time was spent on, after its unit: experience or work ("of professional experience", "in the
# field", "building systems"), up to four words on; a paper's "three decades of river sediment" claims nothing
_SPENT_ON = (r"experience|expertise|in (?:the )?(?:industry|software|it\b|tech|field)|building|developing|designing"
             r"|work(?:ing)?\b")
_OF_EXPERIENCE = rf"(?:of\s+)?(?:[\w/+#.-]+\s+){{0,4}}?(?:{_SPENT_ON})"
# After decades, also the craft or the career itself: "a decade's experience", "two decades as a backend engineer",
# "a decade of programming", "a decade-long career in software"
_OF_A_CRAFT = (rf"(?:['’]s?|-long)?\s+(?:of\s+)?(?:[\w/+#.-]+\s+){{0,4}}?"
               rf"(?:{_SPENT_ON}|development|programming|engineering|career|as an?\b)")
_CLAIM = re.compile(
    rf"\b(?P<n>\d{{1,2}}(?:\.\d)?|{_WORDS})\s*\+?\s*(?:(?:years?|yrs?){_AND_MONTHS}|(?P<months>months?))['’]?\+?\s*"
    rf"{_OF_EXPERIENCE}|\b(?P<dec>{'|'.join(_ABOUT_A_DECADE)})\s+(?:a\s+)?decades?{_OF_A_CRAFT}",
    re.I,
)
# Before a claim's unit: its number ("12.5", "thirteen", "more than") and then only spaces, a '+' or an 'a'
_CLAIM_NUMBER = max(map(len, ("12.5", *NUMBER_WORDS, *_ABOUT_A_DECADE)))
_DECADES = {"two": 20, "three": 30}
# Time spent learning is no work experience: "six months of study and cross-cultural experience", "4 years of
# schooling and lab experience" (a career in education or training is: "8 years of school teaching experience").
_STUDY_CLAIM = re.compile(r"\b(?:stud(?:y|ies|ying)|schooling|coursework)\b", re.I)
# The claim stated after the word: "EXPERIENCE (7 YEARS)", "Overall experience:- 4.5 yrs", "Professional
# experience 11 years" (on the word's line), "experience of 3 years"
_CLAIM_IN_HEADING = re.compile(r"\bexperience(?:\s*[(:–—-]+\s*|[ \t]{1,3}(?:of\s+)?)"
                               rf"(?P<n>\d{{1,2}}(?:\.\d{{1,2}})?)\+?\s*(?:years?|yrs?)\b{_AND_MONTHS}", re.I)
# before a heading's unit: the word, at most three spaces and an 'of', then only spaces, the number's digits and
# point, '+' and "(:–—-"
_HEADING_WORD = len("experience   of")
# Where a unit word starts (the look at its first letter spares the four words at most characters)
_UNIT = re.compile(r"(?=[ymd])(?=years?|yrs?|months?|decades?)", re.I)


def find_claims(text: str) -> list[tuple[float, str]]:
    """Every explicit claim such as '12+ years of experience', 'over a decade of building software' or '3 months
    of work', with its words."""
    units = [m.start() for m in _UNIT.finditer(text)]
    claims = []
    for m in near_units(_CLAIM, text, units, _claim_glue, _CLAIM_NUMBER):
        if _STUDY_CLAIM.search(m[0]):
            continue
        if m["n"]:
            n = m["n"].lower()
            claim = float(NUMBER_WORDS[n]) if n in NUMBER_WORDS else float(n)
            # "3 months of work": a quarter
            claims.append((round(claim / 12, 2) if m["months"] else _with_months(claim, m), m[0]))
        else:
            claims.append((float(_DECADES.get(m["dec"].lower(), 10)), m[0]))
    # "WORK EXPERIENCE (7 YEARS, 2017 - 2024)"
    claims += [(_with_months(float(m["n"]), m), m[0])
               for m in near_units(_CLAIM_IN_HEADING, text, units, _heading_glue, _HEADING_WORD)]
    return [(c, words) for c, words in claims if 0 < c <= 60]


def find_claim(text: str) -> float | None:
    """The largest explicit claim."""
    claims = find_claims(text)
    return max(claims)[0] if claims else None


def _with_months(years: float, m: re.Match[str]) -> float:
    """A claim's years and the months stated after them ('8 Years 6 Months': 8.5)."""
    return round(years + int(m["more"]) / 12, 2) if m["more"] else years


def _claim_glue(c: str) -> bool:
    return c.isspace() or c in "+aA"  # \s as the pattern reads it is str.isspace; 'a' ignoring case is a or A


def _heading_glue(c: str) -> bool:
    return c.isspace() or c.isdecimal() or c in "+.(:–—-"  # \d as the pattern reads it is str.isdecimal


def near_units(pattern: re.Pattern[str], text: str, units: list[int], glue: Callable[[str], bool],
               lead: int) -> Iterator[re.Match[str]]:
    """pattern.finditer(text) for a pattern whose every match holds a unit word starting at one of `units`, and
    before it at most `lead` characters and then only characters that `glue` accepts: the pattern is tried at
    those starts only, in order, each from the end of the last match, as a scan of the whole text tries them."""
    starts: set[int] = set()
    for unit in units:
        first = unit
        while first and glue(text[first - 1]):
            first -= 1
        starts.update(range(max(0, first - lead), unit))
    after = 0
    for start in sorted(starts):
        if start >= after and (m := pattern.match(text, start)):
            yield m
            after = m.end()
