"""Keyword checks: any-of / all-of terms with aliases, matched as whole words (case-sensitive where case is the
signal, as for Go), across line breaks, with close misspellings of long terms found by rapidfuzz.

Each check's patterns are compiled once when the rule file loads; matching runs over the resume's joined text
(one view, facts.view) and maps every hit back to its line for the evidence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..errors import RuleFileError
from ..models import Evidence
from ..text.matching import compile_terms, fuzzy_line_match, negated
from .base import BuildContext, Check, Outcome

if TYPE_CHECKING:
    from ..facts import Facts

MATCH_MODES = ("auto", "word", "case", "fuzzy")
SHORT = 4  # in "auto" mode, terms this short match whole words only: a fuzzy "Go" would match anything
MAX_EVIDENCE = 3
QUOTE_WIDTH = 160


@dataclass(frozen=True)
class Term:
    """One thing to look for, under every spelling it may appear as, with its compiled patterns."""

    term: str
    spellings: tuple[str, ...]
    match: str = "auto"
    words: re.Pattern[str] | None = field(default=None, compare=False, repr=False)  # case-insensitive spellings
    cased: re.Pattern[str] | None = field(default=None, compare=False, repr=False)  # case-sensitive spellings
    fuzzy: tuple[str, ...] = ()  # lower-cased spellings also matched by similarity

    @classmethod
    def build(cls, term: str, spellings: tuple[str, ...], match: str) -> Term:
        def mode(s: str) -> str:
            return match if match != "auto" else ("word" if len(s) <= SHORT else "fuzzy")

        cased = [s for s in spellings if mode(s) == "case"]
        return cls(term, spellings, match, compile_terms([s for s in spellings if s not in cased], False),
                   compile_terms(cased, True), tuple(s.lower() for s in spellings if mode(s) == "fuzzy"))


@dataclass(frozen=True)
class Hit:
    line: int
    start: int  # offsets within that line
    end: int
    score: float


def _terms(raw: list[Any], aliases: dict[str, tuple[str, ...]]) -> tuple[Term, ...]:
    table = {k.casefold(): v for k, v in aliases.items()}
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
        extra = item.get("aliases", [])
        if not isinstance(extra, list) or not all(isinstance(a, str) and a.strip() for a in extra):
            raise RuleFileError(f"term {item['term']!r}: aliases must be a list of non-empty strings")
        match = item.get("match", "auto")
        if not isinstance(match, str) or match not in MATCH_MODES:
            raise RuleFileError(f"term {item['term']!r}: match must be one of {', '.join(MATCH_MODES)}, "
                                f"got {match!r}")
        spellings = tuple(dict.fromkeys([item["term"], *extra, *table.get(item["term"].casefold(), ())]))
        out.append(Term.build(item["term"], spellings, match))
    return tuple(out)


def _listing(terms: list[str], most: int = 6) -> str:
    """'a', 'b', 'c' ... and N more: details stay one readable sentence however long the term list."""
    shown = ", ".join(repr(t) for t in terms[:most])
    return shown + (f" and {len(terms) - most} more" if len(terms) > most else "")


def _quote(text: str, start: int, end: int) -> tuple[str, tuple[int, int]]:
    """At most QUOTE_WIDTH characters around the match, and where the match sits in the quote."""
    if len(text) <= QUOTE_WIDTH:
        return text, (start, end)
    left = max(0, min(start - QUOTE_WIDTH // 3, len(text) - QUOTE_WIDTH))
    prefix = "…" if left else ""
    quote = prefix + text[left:left + QUOTE_WIDTH] + ("…" if left + QUOTE_WIDTH < len(text) else "")
    return quote, (start - left + len(prefix), min(end, left + QUOTE_WIDTH) - left + len(prefix))


@dataclass(frozen=True)
class Keywords(Check):
    """Passes when any (or all) of its terms appear, in the allowed sections and context, outside excluded
    phrases and negations ("no experience with X" never counts)."""

    terms: tuple[Term, ...]
    mode: str  # "any" | "all"
    threshold: float
    sections: tuple[str, ...] = ()
    ignore_sections: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    context_rx: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    exclude_rx: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    PARAMS = {
        "any": ((list,), None),
        "all": ((list,), None),
        "threshold": ((int, float), 90),
        "sections": ((list,), []),
        "ignore_sections": ((list,), []),
        "context": ((list,), []),
        "exclude": ((list,), []),
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
        for key in ("sections", "ignore_sections", "context", "exclude"):
            if not all(isinstance(v, str) and v.strip() for v in params[key]):
                raise RuleFileError(f"{key} must be a list of non-empty strings")
        context, exclude = tuple(params["context"]), tuple(params["exclude"])
        return cls(_terms(raw, ctx.aliases), "any" if params["any"] is not None else "all",
                   float(params["threshold"]), tuple(params["sections"]), tuple(params["ignore_sections"]),
                   context, exclude, compile_terms(context, False), compile_terms(exclude, False))

    def evaluate(self, facts: Facts) -> Outcome:
        view, lines = facts.view, facts.texts
        text = view.text
        if self.exclude_rx:  # blank excluded phrases out, keeping offsets, so their words cannot match
            text = self.exclude_rx.sub(lambda m: re.sub(r"\S", " ", m.group()), text)

        def allowed(rows: range) -> bool:
            name = facts.section_names[rows.start]
            if (self.sections and name not in self.sections) or name in self.ignore_sections:
                return False
            return self.context_rx is None or any(self.context_rx.search(lines[i]) for i in rows)

        found: dict[str, list[Hit]] = {}
        for term in self.terms:
            hits = []
            for rx in (term.words, term.cased):
                for m in rx.finditer(text) if rx else ():
                    rows = view.span_lines(m.start(), m.end())
                    if allowed(rows) and not negated(text, m.start()):
                        offset = view.starts[rows.start]
                        hits.append(Hit(rows.start, m.start() - offset, m.end() - offset, 100.0))
            if not hits and term.fuzzy:
                hits = self._fuzzy(term, facts, allowed)
            if hits:
                found[term.term] = sorted(hits, key=lambda h: h.line)
        missing = [t.term for t in self.terms if t.term not in found]
        where = f" in {', '.join(self.sections)}" if self.sections else ""
        if (found and self.mode == "any") or (self.mode == "all" and not missing):
            return Outcome(True, "found " + _listing(list(found)), self._evidence(facts, found))
        if found:
            return Outcome(False, f"found {_listing(list(found))} but not {_listing(missing)}{where}",
                           self._evidence(facts, found))
        return Outcome(False, f"none of {_listing([t.term for t in self.terms])} found{where}")

    def _fuzzy(self, term: Term, facts: Facts, allowed) -> list[Hit]:
        """Close misspellings, line by line (a typo rarely spans a line break)."""
        hits = []
        for i, line in enumerate(facts.texts):
            for spelling in term.fuzzy:
                m = fuzzy_line_match(spelling, line, self.threshold)
                if m and allowed(range(i, i + 1)) and not negated(line, m[0]):
                    hits.append(Hit(i, *m))
                    break
        return hits

    def _evidence(self, facts: Facts, found: dict[str, list[Hit]]) -> tuple[Evidence, ...]:
        """Up to three quotes, the first hit of each term in turn, never the same line twice."""
        out: list[Evidence] = []
        seen: set[int] = set()
        for term, hits in found.items():
            hit = next((h for h in hits if h.line not in seen), None)
            if hit is None or len(out) >= MAX_EVIDENCE:
                continue
            seen.add(hit.line)
            line = facts.document.lines[hit.line]
            text = line.text
            if hit.end > len(text):  # the phrase ran on to the next line: quote both
                text = f"{text} {facts.texts[hit.line + 1]}"
            quote, span = _quote(text, hit.start, hit.end)
            out.append(Evidence(quote, term, facts.section_names[hit.line], line.page, hit.line + 1, hit.score,
                                span))
        return tuple(out)
