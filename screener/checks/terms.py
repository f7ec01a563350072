"""A keyword check's terms: each term under every spelling it may appear as (its aliases, written as one word, as
a deed's noun with "of"), in its match mode, and the rule file's term lists read and checked."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ..errors import RuleFileError, unknown_key
from ..text.matching import WILDCARD, Match, Spelling, Spellings
from ..text.stemming import inflected
from ..text.view import TOKEN, as_words, separated

MATCH_MODES = ("auto", "word", "inflected", "exact", "case", "fuzzy")
SHORT = 5  # in "auto" mode terms this short are whole words only: fuzzy "React" would match "reactive"
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_DEED_NOUN_ENDS = ("tion", "sion", "ment", "ing", "ance", "ence", "al", "ure", "ery")
_HELPED_BY = re.compile(r"\b(?:with|by|under|thanks\s+to)\s+(?:(?:the|a|an)\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Term:
    """One thing to look for, under every spelling it may appear as."""

    term: str
    spellings: tuple[str, ...]
    match: str = "auto"

    def mode_for(self, spelling: str) -> str:
        if self.match != "auto":
            return self.match
        return "word" if len(spelling) <= SHORT or WILDCARD in spelling else "fuzzy"

    def compiled(self) -> tuple[Spelling, ...]:
        out = []
        for s in self.spellings:
            mode = self.mode_for(s)
            out.append(Spelling(self.term, s, mode == "case", mode == "fuzzy", mode != "exact"))
            if mode in ("word", "inflected") and (glued := _glued(s)):
                out.append(Spelling(self.term, glued))
            if noun := self._noun_of(s):
                out.append(Spelling(self.term, noun))
        return tuple(out)

    def noun_forms(self) -> Iterator[str]:
        """Its spellings written as a deed's noun with "of" (_noun_form)."""
        return (n for s in self.spellings if (n := self._noun_of(s)))

    def _noun_of(self, spelling: str) -> str:
        return _noun_form(spelling) if self.mode_for(spelling) == "word" else ""


def _glued(spelling: str) -> str:
    """A term of several words compared by stem is the same term written as one word (Node.js = NodeJS, Service
    Bus = ServiceBus, on-call = oncall), as case-sensitive and exact terms already are; "" when it has one word or
    a wildcard, or its parts do not make one word."""
    parts = separated(spelling)
    glued = "".join(parts)
    if len(parts) < 2 or WILDCARD in parts or not re.fullmatch(r"\w+", glued):
        return ""
    return glued


def _noun_form(spelling: str) -> str:
    """A deed with its object is also written as the deed's noun and "of": "supervise * interns" is "supervision of
    interns", "optimize * query" "optimization of queries", "train the * team" "training of the new team"; ""
    for a spelling with no wildcard (no object), or led by a participle ("distributed * system": "distribution of
    power systems" is another thing). Matches written in the verb's own form ("the help of junior staff") are
    dropped by deeds_noun."""
    words = spelling.split()
    if (WILDCARD not in words or not words[0].isalpha() or words[0].casefold().endswith("ed")
            or words[1].casefold() == "of"):
        return ""
    return " ".join([words[0], "of", *words[1:]])


def deeds_noun(text: str, m: Match) -> bool:
    """Whether a match of a noun form is led by a noun made from the verb: one of the suffixes that turn a verb into
    a noun ("supervision", "management", "training", "guidance"), not an adjective's noun ("modularity of legacy
    code" is a quality, not a deed); or the verb's own form as a noun ("Review of pull requests"), unless another
    person's help is meant ("with the help of", "thanks to the support of")."""
    written = TOKEN.match(text, m.start)
    if written is None:
        return False
    word, verb = written.group().casefold(), m.spelling.split()[0].casefold()
    if word in (verb, verb + "s", verb + "es"):
        return not _HELPED_BY.search(text, max(0, m.start - 40), m.start)
    return word.endswith(_DEED_NOUN_ENDS)


def compiled(terms: tuple[Term, ...]) -> Spellings:
    """Every spelling of every term, compiled: terms, context, `unless` and `exclude` lists all match this way."""
    return Spellings(sp for t in terms for sp in t.compiled())


def inflected_match(text: str, m: Match) -> bool:
    """Whether each word of an "inflected" term's spelling is matched by one of its own inflections ("led",
    "managed"), not by a word derived from it ("team management skills", "worked directly with"), unless that
    word names the deed with its object ("management of two teams"); a shorter word the term's word is made from
    is never it ("perform engineering of" is no performance engineering)."""
    written = as_words(TOKEN.findall(text[m.start:m.end].casefold()))
    parts = as_words(TOKEN.findall(m.spelling.casefold()))
    return (all(any(inflected(w, part) for w in written) for part in parts)
            or (bool(_OF_AFTER.match(text, m.end)) and len(written) == len(parts)
                and all(len(w) >= len(part) for w, part in zip(written, parts))))


def _check_wildcard(text: str) -> None:
    """A '*' must be a word of its own, between two words that are not wildcards."""
    words = text.split()
    if WILDCARD not in text:
        return
    glued = any(WILDCARD in w and w != WILDCARD for w in words)
    at_an_end = WILDCARD in (words[0], words[-1])
    doubled = any(a == b == WILDCARD for a, b in zip(words, words[1:]))
    if glued or at_an_end or doubled:
        raise RuleFileError(f"term {text!r}: '*' stands alone for a few words between two others, "
                            "as in 'managed a * team'")


def read_terms(raw: list[Any]) -> list[dict[str, Any]]:
    """A rule file's term list as tables ({term, aliases, match}), each checked: a mistake is one clear error."""
    out = []
    for item in raw:
        if isinstance(item, str):
            item = {"term": item}
        if not isinstance(item, dict) or not isinstance(item.get("term"), str) or not item["term"].strip():
            raise RuleFileError(f"a term must be a non-empty string or a table with 'term', got {item!r}")
        if unknown := unknown_key(item, ("term", "aliases", "match")):
            raise RuleFileError(f"unknown key {unknown!r} in term {item['term']!r} "
                                "(allowed: term, aliases, match)")
        aliases = item.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise RuleFileError(f"term {item['term']!r}: aliases must be a list of non-empty strings")
        for text in (item["term"], *aliases):
            _check_wildcard(text)
        if item.get("match", "auto") not in MATCH_MODES:
            raise RuleFileError(f"term {item['term']!r}: match must be one of {', '.join(MATCH_MODES)}, "
                                f"got {item['match']!r}")
        out.append(item)
    return out
