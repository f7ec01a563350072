"""Fairness warnings: rule wording or checks that screen on a protected characteristic's proxy instead of skill."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ..checks.years import Years

# (pattern, why). Patterns are whole-word and case-insensitive; each "why" ends with the characteristic it proxies,
# so a reader can tell which law or policy the warning is about.
_PROXIES: tuple[tuple[str, str], ...] = (
    (r"young|youthful|energetic|digital natives?|recent (?:college |university )?grad(?:uate)?s?|fresh grad(?:uate)?s?"
     r"|new grads?|overqualified|aged? (?:between |under |over )?\d\d|(?:under|over) \d\d years old",
     "describes an age group, not a skill (age proxy)"),
    (r"(?:graduat\w*|class of|degree)\D{0,30}(?:after|since|before|in|of) (?:19|20)\d\d|class of (?:19|20)\d\d",
     "a graduation-year limit screens candidates by age (age proxy)"),
    (r"date of birth|birth ?date|\bdob|age",
     "asks for age (age proxy)"),
    (r"he/she|he or she|his/her|him/her|s/he|salesman|salesmen|chairman|foreman|manpower|guys|male|female"
     r"|gentleman|gentlemen|ladies",
     "gendered wording: judge the work, not the person's gender (gender proxy)"),
    (r"rock ?stars?|ninjas?|gurus?|superstars?",
     "'rockstar'-style slang is masculine- and youth-coded and discourages some applicants (gender and age proxy)"),
    (r"native[- ](?:english|german|french|spanish|speakers?|speaking|language|level|fluency)|mother tongue",
     "'native' language ability screens by national origin; ask for the fluency the job needs "
     "(nationality/ethnicity proxy)"),
    (r"citizens?(?:hip)?|nationality|nationals?|passport|ethnic\w*|race(?! condition)|racial|local candidates only",
     "citizenship, nationality or ethnicity is not a skill; ask for work authorisation unless the law requires "
     "citizenship (nationality/ethnicity proxy)"),
    (r"marital|married|unmarried|spouse|single (?:or|and) married|maternity|paternity|pregnan\w*|childless"
     r"|no (?:kids|children)|family (?:status|commitments|situation)|childcare",
     "refers to marriage or family (marital/family status proxy)"),
    (r"religio\w*|church|christian|muslim|jewish|hindu|buddhist|faith|sabbath",
     "refers to religion (religion proxy)"),
    (r"physically fit|physical fitness|able[- ]bodied|good (?:physical )?health|(?:no|without) disabilit\w*"
     r"|handicap\w*",
     "health or physical ability unless the job truly needs it (disability/health proxy)"),
    (r"photos?|photographs?|headshots?|(?<!big )pictures?",
     "a photo shows age, gender, ethnicity and disability, none of them skills (photo)"),
)
_COMPILED = tuple((re.compile(rf"\b(?:{p})\b", re.I), why) for p, why in _PROXIES)
MAX_YEARS = "a maximum years of experience screens out older candidates (age proxy)"


def fairness_warnings(ruleset) -> list[str]:
    """One "requirement ID: why" line per requirement and kind of proxy, in rule order; empty when none."""
    out: list[str] = []
    for req in ruleset.requirements:
        words = "\n".join([req.text, *req.check.words()])
        whys = [why for rx, why in _COMPILED if rx.search(words)]
        if any(isinstance(c, Years) and c.max is not None for c in _checks(req.check)):
            whys.append(MAX_YEARS)
        out.extend(f"requirement {req.id}: {why}" for why in dict.fromkeys(whys))
    return out


def _checks(check) -> Iterator:
    """The check and every check nested in it."""
    yield check
    for sub in getattr(check, "checks", ()):  # all-of / any-of
        yield from _checks(sub)

