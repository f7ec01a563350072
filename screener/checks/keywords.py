"""Keyword checks: any-of / all-of terms with aliases, whole-word or case-sensitive exact matching for short
and ambiguous terms, and rapidfuzz fuzzy matching for long terms where typos and inflections are plausible."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from rapidfuzz import fuzz

from ..errors import RuleFileError
from ..models import Evidence
from .base import BuildContext, Check, Outcome

if TYPE_CHECKING:
    from ..facts import Facts

MATCH_MODES = ("auto", "word", "case", "fuzzy")
SHORT = 4  # terms this short or shorter are matched as whole words in "auto" mode: fuzzy "Go" matches anything
MAX_EVIDENCE = 3


@dataclass(frozen=True)
class Term:
    """One thing to look for, under every spelling it may appear as."""

    term: str
    spellings: tuple[str, ...]
    match: str = "auto"

    def mode_for(self, spelling: str) -> str:
        if self.match != "auto":
            return self.match
        return "word" if len(spelling) <= SHORT else "fuzzy"


def _pattern(spelling: str, case_sensitive: bool) -> re.Pattern[str]:
    """Whole-word pattern where spaces, dots, hyphens and slashes between the parts may vary or vanish,
    so Node.js, NodeJS and node js, or CI/CD and CI / CD, are the same term."""
    parts = [re.escape(p) for p in re.split(r"[\s.\-/_]+", spelling.strip()) if p]
    body = r"[\s.\-/_]*".join(parts)
    return re.compile(rf"(?<![\w+#]){body}(?![\w+#])", 0 if case_sensitive else re.IGNORECASE)


@dataclass(frozen=True)
class Hit:
    line: int
    spelling: str
    score: float
    start: int
    end: int


class Matcher:
    """Finds one Term in a resume's lines: exact patterns first, fuzzy only when they find nothing."""

    def __init__(self, term: Term, threshold: float):
        self.term = term
        self.threshold = threshold
        self.exact = [(s, _pattern(s, term.mode_for(s) == "case")) for s in term.spellings]
        self.fuzzy = [s.lower() for s in term.spellings if term.mode_for(s) == "fuzzy"]

    def find(self, lines: list[str]) -> list[Hit]:
        hits = [Hit(i, s, 100.0, m.start(), m.end())
                for i, line in enumerate(lines) for s, rx in self.exact for m in [rx.search(line)] if m]
        if hits or not self.fuzzy:
            return hits
        for i, line in enumerate(lines):
            low = line.lower()
            for s in self.fuzzy:
                al = fuzz.partial_ratio_alignment(s, low, score_cutoff=self.threshold)
                if al is not None:
                    hits.append(Hit(i, s, round(al.score, 1), al.dest_start, al.dest_end))
                    break
        return hits


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
        if item.get("match", "auto") not in MATCH_MODES:
            raise RuleFileError(f"term {item['term']!r}: match must be one of {', '.join(MATCH_MODES)}, "
                                f"got {item['match']!r}")
        out.append(item)
    return out


def _blank(line: str, phrases: list[re.Pattern[str]]) -> str:
    """Overwrite excluded phrases with spaces so their words cannot match, keeping offsets intact."""
    for rx in phrases:
        line = rx.sub(lambda m: " " * len(m.group()), line)
    return line


def _listing(terms: list[str], most: int = 6) -> str:
    """'a', 'b', 'c' ... and N more: details stay one readable sentence however long the term list."""
    shown = ", ".join(repr(t) for t in terms[:most])
    return shown + (f" and {len(terms) - most} more" if len(terms) > most else "")


def _quote(line: str, start: int, end: int, width: int = 160) -> str:
    if len(line) <= width:
        return line
    left = max(0, min(start - width // 3, len(line) - width))
    return ("…" if left else "") + line[left:left + width].strip() + ("…" if left + width < len(line) else "")


@dataclass(frozen=True)
class Keywords(Check):
    """Passes when any (or all) of its terms appear, in the allowed sections and context, outside excluded phrases."""

    terms: tuple[Term, ...]
    mode: str  # "any" | "all"
    threshold: float
    sections: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()

    PARAMS = {
        "any": ((list,), None),
        "all": ((list,), None),
        "threshold": ((int, float), 90),
        "sections": ((list,), []),
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
        for key in ("sections", "context", "exclude"):
            if not all(isinstance(v, str) and v.strip() for v in params[key]):
                raise RuleFileError(f"{key} must be a list of non-empty strings")
        table = {k.casefold(): v for k, v in ctx.aliases.items()}
        terms = []
        for item in _terms(raw):
            spellings = [item["term"], *item.get("aliases", []), *table.get(item["term"].casefold(), ())]
            terms.append(Term(item["term"], tuple(dict.fromkeys(spellings)), item.get("match", "auto")))
        return cls(tuple(terms), "any" if params["any"] is not None else "all", float(params["threshold"]),
                   tuple(params["sections"]), tuple(params["context"]), tuple(params["exclude"]))

    def evaluate(self, facts: Facts) -> Outcome:
        lines = list(facts.texts)
        if self.exclude:
            excl = [_pattern(p, False) for p in self.exclude]
            lines = [_blank(t, excl) for t in lines]
        allowed = set(range(len(lines)))
        if self.sections:
            allowed = {i for i in allowed if facts.section_names[i] in self.sections}
        if self.context:
            ctx = [_pattern(c, False) for c in self.context]
            allowed = {i for i in allowed if any(rx.search(lines[i]) for rx in ctx)}
        found: dict[str, list[Hit]] = {}
        for term in self.terms:
            hits = [h for h in Matcher(term, self.threshold).find(lines) if h.line in allowed]
            if hits:
                found[term.term] = hits
        missing = [t.term for t in self.terms if t.term not in found]
        met = bool(found) if self.mode == "any" else not missing
        if met:
            evidence = self._evidence(facts, found)
            return Outcome(True, "found " + ", ".join(repr(t) for t in found), evidence)
        where = f" in {', '.join(self.sections)}" if self.sections else ""
        if self.mode == "all" and found:
            return Outcome(False, f"found {', '.join(map(repr, found))} but not {', '.join(map(repr, missing))}{where}",
                           self._evidence(facts, found))
        return Outcome(False, f"none of {_listing([t.term for t in self.terms])} found{where}")

    def _evidence(self, facts: Facts, found: dict[str, list[Hit]]) -> tuple[Evidence, ...]:
        """Up to three quotes, one line each, taking the first hit of each term in turn."""
        out: list[Evidence] = []
        seen: set[int] = set()
        for term, hits in found.items():
            for h in hits:
                if h.line in seen or len(out) >= MAX_EVIDENCE:
                    continue
                seen.add(h.line)
                line = facts.document.lines[h.line]
                out.append(Evidence(_quote(line.text, h.start, h.end), term, facts.section_names[h.line],
                                    line.page, h.line + 1, h.score))
                break
        return tuple(out)
