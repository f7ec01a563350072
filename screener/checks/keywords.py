"""Keyword checks: any-of / all-of terms with aliases, words compared by stem (or exactly, or case-sensitively
for ambiguous terms), and rapidfuzz fuzzy matching for long terms where typos are plausible."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..errors import RuleFileError
from ..models import Evidence
from ..text.matching import WILDCARD, Match, Spelling, View, find, phrase_pattern
from .base import BuildContext, Check, Outcome

if TYPE_CHECKING:
    from ..facts import Facts

MATCH_MODES = ("auto", "word", "exact", "case", "fuzzy")
SHORT = 5  # in "auto" mode terms this short are whole words only: fuzzy "React" would match "reactive"
MAX_EVIDENCE = 3

# "no experience with X", "not familiar with X", "never used X": the term is named but not claimed.
_NEGATION = re.compile(
    r"\b(?:(?:no|little|zero|limited)\s+(?:prior\s+|professional\s+|hands-on\s+|real\s+)?"
    r"(?:experience|exposure|knowledge|background)|not\s+(?:familiar|experienced|proficient|skilled)|"
    r"unfamiliar|never\s+(?:used|worked|touched|programmed)|without\s+(?:any\s+)?(?:experience|knowledge)|"
    r"lack(?:ing)?\s+(?:of\s+)?(?:experience|knowledge))\b[^.;:!?]{0,60}$", re.IGNORECASE)
_BUT = re.compile(r"\b(?:but|however|though|although|yet)\b", re.IGNORECASE)
# A season followed by a year or a term word is a date ("Spring 2019"), not the Spring framework.
_SEASON = re.compile(r"^(?:spring|summer|fall|autumn|winter)$", re.IGNORECASE)
_DATE_AFTER = re.compile(r"^[\s,'’]*(?:(?:19|20)?\d\d\b|semester|term|quarter|session|break|intern)", re.IGNORECASE)
# A lone capital letter followed by ". Name" is an initial (John R. Smith), not the R or C language.
_INITIAL_AFTER = re.compile(r"^\.\s*[A-Z][a-z]")


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
        return tuple(Spelling(self.term, s, self.mode_for(s) == "case", self.mode_for(s) == "fuzzy",
                              self.mode_for(s) != "exact") for s in self.spellings)


def _false_friend(text: str, m: Match) -> bool:
    """Whether a match is a word that only looks like the term here: a season in a date, an initial, a negation."""
    word, after = text[m.start:m.end], text[m.end:m.end + 40]
    if _SEASON.match(word) and _DATE_AFTER.match(after):
        return True
    if len(word) == 1 and _INITIAL_AFTER.match(after):
        return True
    before = text[max(0, m.start - 120):m.start]
    neg = _NEGATION.search(before)
    return bool(neg) and not _BUT.search(before[neg.start():])


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


_REACH = 120  # characters around a match an excluded phrase covering it may span


def _excluded(exclude: re.Pattern[str], text: str, m: Match) -> bool:
    """Whether an excluded phrase covers part of the match ("go the extra mile" over "go"); only the text around
    the match is searched, not the whole resume once per check."""
    return any(e.start() < m.end and m.start < e.end()
               for e in exclude.finditer(text, max(0, m.start - _REACH), min(len(text), m.end + _REACH)))


def _terms(raw: list[Any]) -> list[dict[str, Any]]:
    out = []
    for item in raw:
        if isinstance(item, str):
            item = {"term": item}
        if not isinstance(item, dict) or not isinstance(item.get("term"), str) or not item["term"].strip():
            raise RuleFileError(f"a term must be a non-empty string or a table with 'term', got {item!r}")
        unknown = set(item) - {"term", "aliases", "match"}
        if unknown:
            raise RuleFileError(f"unknown key {sorted(unknown)[0]!r} in term {item['term']!r} "
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


def _quote(view: View, facts: Facts, seg: int, m: Match, width: int = 200) -> tuple[str, int]:
    """The sentence or bullet holding a match, quoted from the resume as written, and its first line."""
    a, b = view.segments[seg]
    (la, ca), (lb, cb) = view.origin[a], view.origin[b - 1]
    texts = facts.texts
    if la == lb:
        quote = texts[la][ca:cb + 1]
    else:
        quote = " ".join([texts[la][ca:], *texts[la + 1:lb], texts[lb][:cb + 1]])
    quote = " ".join(quote.split())
    if len(quote) > width:
        at = max(0, min(view.origin[m.start][1] - width // 3, len(quote) - width)) if la == view.origin[m.start][0] else 0
        quote = ("…" if at else "") + quote[at:at + width].strip() + "…"
    return quote, la


def _listing(terms: list[str], most: int = 6) -> str:
    """'a', 'b', 'c' ... and N more: details stay one readable sentence however long the term list."""
    shown = ", ".join(repr(t) for t in terms[:most])
    return shown + (f" and {len(terms) - most} more" if len(terms) > most else "")


@dataclass(frozen=True)
class Keywords(Check):
    """Passes when any (or all) of its terms appear, in the allowed sections and context, outside excluded phrases.

    Terms match on the resume's normalised view (case-folded unless `match = "case"`, accents and punctuation
    variants equal, phrases across wrapped lines). `context` words must sit in the same sentence or bullet;
    `unless` words there void the match (an "AWS scholarship" is not cloud work).
    Negated mentions ("no experience with X"), seasons in dates ("Spring 2019") and initials ("R. Smith") never count.
    """

    terms: tuple[Term, ...]
    mode: str  # "any" | "all"
    threshold: float
    sections: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    ignore_sections: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()

    PARAMS = {
        "any": ((list,), None),
        "all": ((list,), None),
        "threshold": ((int, float), 90),
        "sections": ((list,), []),
        "ignore_sections": ((list,), []),
        "context": ((list,), []),
        "exclude": ((list,), []),
        "unless": ((list,), []),
    }

    @classmethod
    def from_params(cls, params: dict[str, Any], ctx: BuildContext) -> Keywords:
        if (params["any"] is None) == (params["all"] is None):
            raise RuleFileError("a keywords check needs exactly one of 'any' or 'all'")
        raw = params["any"] if params["any"] is not None else params["all"]
        if not raw:
            raise RuleFileError("the term list is empty")
        if not 50 <= params["threshold"] <= 100:
            raise RuleFileError(f"threshold must be between 50 and 100, got {params['threshold']}")
        for key in ("sections", "ignore_sections", "context", "exclude", "unless"):
            if not all(isinstance(v, str) and v.strip() for v in params[key]):
                raise RuleFileError(f"{key} must be a list of non-empty strings")
        for phrase in (*params["context"], *params["exclude"], *params["unless"]):
            _check_wildcard(phrase)
        table = {k.casefold(): v for k, v in ctx.aliases.items()}
        terms = []
        for item in _terms(raw):
            spellings = [item["term"], *item.get("aliases", []), *table.get(item["term"].casefold(), ())]
            terms.append(Term(item["term"], tuple(dict.fromkeys(spellings)), item.get("match", "auto")))
        return cls(tuple(terms), "any" if params["any"] is not None else "all", float(params["threshold"]),
                   tuple(params["sections"]), tuple(params["context"]), tuple(params["exclude"]),
                   tuple(params["ignore_sections"]), tuple(params["unless"]))

    @cached_property
    def _spellings(self) -> tuple[Spelling, ...]:
        """Every spelling of every term, made once per rule set rather than once per resume."""
        return tuple(sp for t in self.terms for sp in t.compiled())

    def evaluate(self, facts: Facts) -> Outcome:
        view = facts.view
        exclude, context, unless = (phrase_pattern(self.exclude), phrase_pattern(self.context),
                                    phrase_pattern(self.unless))
        found: dict[str, list[tuple[Match, int]]] = {}
        for m in find(view, self._spellings, self.threshold):
            seg = view.segment_at(m.start)
            line = view.origin[m.start][0]
            name = facts.section_names[line]
            if (self.sections and name not in self.sections) or name in self.ignore_sections:
                continue
            if (exclude and _excluded(exclude, view.text, m)) or _false_friend(view.text, m):
                continue
            if context and not context.search(view.text, *view.segments[seg]):
                continue
            if unless and unless.search(view.text, *view.segments[seg]):
                continue
            found.setdefault(m.key, []).append((m, seg))
        found = {t.term: found[t.term] for t in self.terms if t.term in found}
        missing = [t.term for t in self.terms if t.term not in found]
        met = bool(found) if self.mode == "any" else not missing
        if met:
            return Outcome(True, "found " + _listing(list(found)), self._evidence(facts, found))
        where = f" in {', '.join(self.sections)}" if self.sections else ""
        if self.mode == "all" and found:
            return Outcome(False, f"found {_listing(list(found))} but not {_listing(missing)}{where}",
                           self._evidence(facts, found))
        return Outcome(False, f"none of {_listing([t.term for t in self.terms])} found{where}")

    def _evidence(self, facts: Facts, found: dict[str, list[tuple[Match, int]]]) -> tuple[Evidence, ...]:
        """Up to three quotes (sentence or bullet), best-scoring hit of each term in turn, then further hits."""
        view, out, seen = facts.view, [], set()
        queue = [sorted(hits, key=lambda h: -h[0].score) for hits in found.values()]
        while queue and len(out) < MAX_EVIDENCE:
            for hits in queue:
                while hits and hits[0][1] in seen:
                    hits.pop(0)
                if hits and len(out) < MAX_EVIDENCE:
                    m, seg = hits.pop(0)
                    seen.add(seg)
                    quote, line = _quote(view, facts, seg, m)
                    written = " ".join(view.text[m.start:m.end].split())
                    term = m.key if written.casefold() == m.key.casefold() else f"{m.key} ({written})"
                    at = quote.find(written)
                    out.append(Evidence(quote, term, facts.section_names[line],
                                        facts.document.lines[line].page, line + 1, m.score,
                                        (at, at + len(written)) if at >= 0 else None))
            queue = [h for h in queue if h]
        return tuple(out)
