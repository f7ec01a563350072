"""Fields of study by their names: each related field as a degree line writes it, in English, in the other languages
the degree grammar reads (French, German, Spanish, Portuguese, Italian, Dutch, Russian, Ukrainian) and in its
abbreviations ("CSE", "EECS", "E&TC"), and under its other names (information processing is computing; communication
and information engineering are branches of electrical engineering, as telecommunications is; big data, data mining,
computer vision and natural language processing are the branches of data science a degree is named after, as is
the engineering branch "AI & DS" or "AI & ML"; deep learning is a method a thesis names, not a degree). Word lists,
as months.py is for dates. A subject's long words are read through a one-letter slip, as keyword terms are."""
from __future__ import annotations

import re
from functools import lru_cache

from .first_chars import search_led
from .lazy_regex import LazyPattern

_FIELDS = (  # "\s*" because some PDFs lose the spaces between words
    ("computer science", r"computer\s*science|informati(?:cs|k|que)|inform[áa]tica|computa(?:ci[óo]n|[çc][ãa]o)"
                         r"|computing|information\s*processing|\bCS\b|\bCSE\b|\bBSCS\b|\bMSCS\b"
                         r"|cyber\s*security|(?:computer|information)\s*security|computer\s*applications?"
                         r"|\bcomp(?:uter)?\.?\s*sc(?:i|ience)?\b|computational\s*science|\bEECS\b"
                         r"|информатик|інформатик|вычислительн|обчислювальн|компьютерн|комп['’]ютерн"
                         r"|программн|програмн"),
    ("software engineering", r"software\s*(?:science\s*(?:and|&)\s*)?engineer(?:ing)?|software\s*development"
                             r"|software\s*systems?"
                             r"|\bBSSE\b"),
    ("computer engineering", r"computer\s*(?:hardware\s*|systems\s*)?engineer(?:ing)?|computer\s*systems|\bBSCE\b"
                             r"|computer\s*technolog"  # an engineering degree in "Computer(s)" alone is in this
                             r"|(?:engineering|(?-i:\b[BM]\.?\s?E\b)\.?|tech)\W{0,3}computers?\b"
                             r"(?!\s*(?:science|applications?|network|systems?|engineer|technolog|management))"),
    ("information technology", r"information\s*technology|\bIT\b|\bBSIT\b|information\s*(?:and|&)\s*communications?"
                               r"\s*technolog|\bICT\b|computer\s*network"),
    ("information systems", r"informat(?:ion|ional)\s*(?:systems|science)|\bMIS\b"),
    ("electrical engineering", r"electrical|electronics?\b|electronic\s*engineering|\bEEE?\b|\bECE\b|\bBSEE\b"
                               r"|[ée]lectr[io]|elektro|el[ée]ctric|telecommunication|\bE\s?&\s?TC\b|\bEXTC\b"
                               r"|communications?\s*engineering|information\s*engineering"),
    ("mathematics", r"mathematic|\bmaths?\b|математик|math[ée]matiques|mathematik|matem[áa]tic|wiskunde"),
    ("statistics", r"statistic|статистик|statistique|statistik|estad[íi]stic|estat[íi]stic"),
    ("physics", r"physics|физик|фізик|physique|physik|f[íi]sica|natuurkunde"),
    ("data science", r"data\s*science|(?<!business )(?<!business)analytics|machine\s*learning"
                     r"|artificial\s*intelligence|big\s*data|data\s*mining|computer\s*vision"
                     r"|natural\s*language\s*processing|\bAI\s*(?:&|and)\s*(?:DS|ML)\b"),
)


# Each related field as (name, plain, led): its pattern compiled two ways from the one text, plainly for every match
# and its span (`finditer`), and led by the class of its first characters (first_chars.search_led) for whether and
# where one starts, as most of a line's characters start none and the lead skips to where one stands. Plain tuples:
# the callers' loops unpack them at a tuple's speed, which a named tuple's subclass does not get.
FIELDS = tuple((name, LazyPattern(rx, re.I), LazyPattern(rx, re.I, search_led)) for name, rx in _FIELDS)


@lru_cache(maxsize=4096)  # a resume's degree lines are read by the degrees, the checks and the timeline
def known_field(text: str) -> str | None:
    """The first related field `text` names, or None."""
    return next((name for name, _, led in FIELDS if led.search(text)), None)


# a degree whose initialism abbreviates its subject names that subject: Computer Applications (BCA, MCA), Computer
# Science (BCS, MCS), Information Technology (BIT, B.Sc.IT), and the UK integrated master's in Physics, Mathematics,
# Computing or Informatics (MPhys, MMath, MComp, MInf); a level's own letters and "Sc" (science) come before it
_SUBJECT_LETTERS = {"ca": "computer applications", "cs": "computer science", "it": "information technology",
                    "phys": "physics", "math": "mathematics", "maths": "mathematics", "comp": "computing",
                    "inf": "informatics"}
_INITIALISM = LazyPattern(r"[BM](?:sc)?(?P<subject>ca|cs|it|phys|maths?|comp|inf)", re.I)
_NOT_LETTERS = LazyPattern(r"[\s.\-]")


def named_by_initialism(name: str) -> str | None:
    """The related field a degree's initialism names in its own letters, or None: "B.C.A." spells computer
    applications, which `known_field` reads as computer science."""
    m = _INITIALISM.fullmatch(_NOT_LETTERS.sub("", name))
    return known_field(_SUBJECT_LETTERS[m["subject"].lower()]) if m else None


# the long words of the related fields' English names: a subject misspells one by a letter as often as any word
# ("Information Sytems", "Mathemathics"); a short word one letter off is as often another word
_NAME_WORDS = ("computer", "science", "software", "engineering", "information", "technology", "systems",
               "electrical", "electronic", "electronics", "mathematics", "statistics", "physics", "application",
               "applications", "informatics")
_LONG = 6
_WORD = LazyPattern(r"[A-Za-z]+")


def _respelled(word: str) -> str:
    """`word`, or the field name's word it misspells by one letter (added, dropped, changed or two swapped) and
    begins like; names' words and short words are left as written."""
    low = word.lower()
    if len(low) < _LONG or low in _NAME_WORDS:
        return word
    from rapidfuzz import process  # a matcher's library: a run answered from the cache never imports it
    from rapidfuzz.distance import OSA
    near = process.extractOne(low, [w for w in _NAME_WORDS if w[0] == low[0]], scorer=OSA.distance, score_cutoff=1)
    return near[0] if near else word


@lru_cache(maxsize=4096)
def known_field_respelled(text: str) -> str | None:
    """The related field `text` names, read through one-letter slips in its long words when it names none as
    written."""
    if known := known_field(text):
        return known
    respelled = _WORD.sub(lambda m: _respelled(m[0]), text)
    return known_field(respelled) if respelled != text else None
