"""Keyword checks: any-of / all-of terms with aliases, words compared by stem (or exactly, or case-sensitively
for ambiguous terms), and rapidfuzz fuzzy matching for long terms where typos are plausible."""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Any

from ..errors import RuleFileError
from ..experience.shared_text import read_in_parts
from ..models import Evidence, Position
from ..text.actor import not_the_candidates
from ..text.false_friends import false_friend
from ..text.matching import Match, SentenceWords, Spelling, View, find, phrase_pattern
from ..text.means import Means
from ..text.sections import heading_name, section_at
from .base import BuildContext, Check, Outcome
from .fields import DOER, Field
from .terms import MATCH_MODES, Term, compiled, deeds_noun, inflected_match, read_terms

if TYPE_CHECKING:
    from ..facts import Facts

ROLE_SCOPES = ("position", "resume")
MAX_EVIDENCE = 3


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
    variants equal, phrases across wrapped lines); `match = "inflected"` takes only a word's own inflections.
    `context` words must sit in the same sentence or bullet, or in the title of the position the line sits under
    (with `own`, when the match is that title, or the employer's line read as the organisation where that names the
    job and the title line does not, anywhere in the position's entry, and when it is a section's heading,
    anywhere in that section: a sentence there with an `unless` word does not count); an `also` word must besides
    sit in the same sentence or the position's title (a "front end team" led is engineers only beside software);
    `unless` words in the sentence void the match (an "AWS scholarship" is not cloud work) and `exclude` phrases
    covering it never count, both in any of their forms; a `not_after` word, as written, earlier in the sentence
    makes the match a means the sentence's work used ("a recipe app made using Vue and the Weather API"), unless a
    `but_after` word (a verb of the work) stands between them ("Used Django to design the APIs"). With `role` (a
    years requirement's id) a position in that requirement's field, or the summary of a resume whose main work is
    in it, is context enough; with `role_scope = "resume"`, a resume whose main work is in it, wherever the match
    stands (a teaching assistant on a software engineer's resume). With `own`, only the candidate's own doing
    counts (text/actor.py); the rest is named as a note.
    Negated mentions ("no experience with X"), seasons in dates ("Spring 2019") and initials ("R. Smith") never count.
    """

    terms: tuple[Term, ...]
    mode: str  # "any" | "all"
    threshold: float
    sections: tuple[str, ...] = ()
    context: tuple[Term, ...] = ()
    exclude: tuple[Term, ...] = ()
    ignore_sections: tuple[str, ...] = ()
    unless: tuple[Term, ...] = ()
    role: Field | None = None
    own: bool = False
    role_scope: str = "position"  # "position" | "resume": what `role` judges
    also: tuple[Term, ...] = ()
    not_after: tuple[str, ...] = ()
    but_after: tuple[str, ...] = ()

    NAME = "keywords"
    PARAMS = {
        "any": ((list,), None),
        "all": ((list,), None),
        "threshold": ((int, float), 90),
        "sections": ((list,), []),
        "ignore_sections": ((list,), []),
        "context": ((list,), []),
        "exclude": ((list,), []),
        "unless": ((list,), []),
        "role": ((str,), None),
        "own": ((bool,), False),
        "match": ((str,), "auto"),
        "role_scope": ((str,), "position"),
        "also": ((list,), []),
        "not_after": ((list,), []),
        "but_after": ((list,), []),
    }

    def words(self) -> Iterator[str]:
        """Every spelling it matches and its context words; `exclude` and `unless` phrases never count for a
        candidate, so they are not what it screens on."""
        yield from (s for t in self.terms for s in t.spellings)
        yield from (t.term for t in (*self.context, *self.also))

    @classmethod
    def from_params(cls, params: dict[str, Any], ctx: BuildContext) -> Keywords:
        if (params["any"] is None) == (params["all"] is None):
            raise RuleFileError("a keywords check needs exactly one of 'any' or 'all'")
        raw = params["any"] if params["any"] is not None else params["all"]
        if not raw:
            raise RuleFileError("the term list is empty")
        if not 50 <= params["threshold"] <= 100:
            raise RuleFileError(f"threshold must be between 50 and 100, got {params['threshold']}")
        for key in ("sections", "ignore_sections", "not_after", "but_after"):
            if not all(isinstance(v, str) and v.strip() for v in params[key]):
                raise RuleFileError(f"{key} must be a list of non-empty strings")
        if params["but_after"] and not params["not_after"]:
            raise RuleFileError("but_after names the verbs that undo a not_after word: it needs not_after")
        role = None
        if params["role"] is not None:
            if params["role"] not in ctx.fields:
                raise RuleFileError(f"role {params['role']!r} must name a years requirement with a [field] "
                                    f"(known: {', '.join(ctx.fields) or 'none'})")
            role = Field.from_table(ctx.fields[params["role"]])
        if params["role_scope"] not in ROLE_SCOPES:
            raise RuleFileError(f"role_scope must be one of {', '.join(ROLE_SCOPES)}, got {params['role_scope']!r}")
        if params["match"] not in MATCH_MODES:
            raise RuleFileError(f"match must be one of {', '.join(MATCH_MODES)}, got {params['match']!r}")
        word = "word" if params["match"] == "auto" else params["match"]  # context words are never fuzzy
        # context words follow the check's mode; unless words and excluded phrases are taken in every form unless
        # a term says otherwise
        context, also, unless, exclude = (
            tuple(Term(t["term"], (t["term"],), t.get("match", mode)) for t in read_terms(params[key]))
            for key, mode in (("context", word), ("also", word), ("unless", "word"), ("exclude", "word")))
        table = {k.casefold(): v for k, v in ctx.aliases.items()}
        terms = []
        for item in read_terms(raw):
            spellings = [item["term"], *item.get("aliases", []), *table.get(item["term"].casefold(), ())]
            terms.append(Term(item["term"], tuple(dict.fromkeys(spellings)), item.get("match", params["match"])))
        return cls(tuple(terms), "any" if params["any"] is not None else "all", float(params["threshold"]),
                   tuple(params["sections"]), context, exclude,
                   tuple(params["ignore_sections"]), unless, role, params["own"], params["role_scope"], also,
                   tuple(params["not_after"]), tuple(params["but_after"]))

    @cached_property
    def _spellings(self) -> tuple[Spelling, ...]:
        """Every spelling of every term, made once per rule set rather than once per resume."""
        return compiled(self.terms)

    @cached_property
    def _by_inflection(self) -> frozenset[tuple[str, str]]:
        """The (term, spelling) pairs matched by their words' inflections only."""
        return frozenset((sp.key, sp.text) for t in self.terms if t.match == "inflected" for sp in t.compiled())

    @cached_property
    def _by_noun(self) -> frozenset[tuple[str, str]]:
        """The (term, spelling) pairs that are a deed's noun with "of"."""
        return frozenset((t.term, n) for t in self.terms for n in t.noun_forms())

    @cached_property
    def _context_words(self) -> SentenceWords:
        """Context words match as terms do, by stem: "design" is also designed, designing, designs."""
        return SentenceWords(compiled(self.context))

    @cached_property
    def _exclude_spellings(self) -> tuple[Spelling, ...]:
        """Excluded phrases by stem as well: "A/B test" also excludes "A/B testing" and "A/B tests"."""
        return compiled(self.exclude)

    @cached_property
    def _also_words(self) -> SentenceWords:
        """`also` words, compiled once per rule set."""
        return SentenceWords(compiled(self.also))

    @cached_property
    def _means_words(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        """`not_after` and `but_after` words as written, each form listed: "used" is the means, "user" is not."""
        return phrase_pattern(self.not_after), phrase_pattern(self.but_after)

    @cached_property
    def _unless_words(self) -> SentenceWords:
        """`unless` words by stem too: "integrate" voids "integrated", "integrating" and "integration"."""
        return SentenceWords(compiled(self.unless))

    def _reading(self, facts: Facts, m: Match, seg: int, phrases: dict[int, str], voids: dict[int, str],
                 near: dict[int, str], entries: dict[tuple[int, int], str]) -> tuple[str, str]:
        """How a match reads where it stands: (where it was read and why it counts, "") or ("", why not).
        `phrases`, `voids` and `near`: the caller's memos of the sentences context, `unless` and `also` words are in;
        `entries`: of the context word first in a position's lines, by the lines."""
        view, line = facts.view, facts.view.origin[m.start][0]
        a, b = view.segments[seg]
        block = facts.blocks[line]
        if self.own:
            why_not = not_the_candidates(view.text[a:m.start], view.text[m.start:m.end], view.text[m.end:b],
                                         block.section)
            if why_not:
                return "", why_not
        where = block.where + ("; the candidate's own doing" if self.own else "")
        if self.also and not self._also_near(facts, seg, block.position, near):
            return "", ""
        if self.context:
            if word := self._context_words.first_in(facts.view, seg, phrases):
                return f"{where}; {word!r} in the same sentence", ""
            p = block.position
            if p is not None and (found := phrase_pattern(tuple(t.term for t in self.context)).search(
                    f"{p.title} {p.organisation}")):
                return f"{where}; the position's title names {found.group()!r}", ""
            if self.own and p is not None and (word := self._in_entry(facts, m, p, phrases, voids, entries)):
                return f"{where}; the position it titles names {word!r}", ""
            if self.own and p is None and (word := self._in_section(facts, m, line, phrases, voids)):
                return f"{where}; the section it heads names {word!r}", ""
        if self.role is None:
            return (where, "") if not self.context else ("", "")
        if self.role_scope == "resume":
            ok = facts.main_line(self.role)
            why = f"a resume whose main work is {'' if ok else 'not '}{self.role.name}"
        else:
            ok, why = facts.in_role(self.role, line)
        return (f"{where}; {why}", "") if ok else ("", f"{block.where}, {why}" + (", no context words" if self.context
                                                                                  else ""))

    def _also_near(self, facts: Facts, seg: int, p: Position | None, near: dict[int, str]) -> bool:
        """Whether one of the `also` words is in sentence `seg` or in the title of the position it sits under."""
        return bool(self._also_words.first_in(facts.view, seg, near)
                    or (p is not None and phrase_pattern(tuple(t.term for t in self.also)).search(p.title)))

    def _in_entry(self, facts: Facts, m: Match, p: Position, phrases: dict[int, str], voids: dict[int, str],
                  entries: dict[tuple[int, int], str]) -> str:
        """A context word in the text of the position a match is the title of, for a check of the candidate's own
        doing ("Teaching Assistant" over "Assisted in statistics courses": the role's entry says what it taught),
        "" when there is none or the match is not its heading. The heading is its title, or also what was read as its
        organisation when that names a doer and the title does not: where the employer's line comes first, the title
        below it may be taken for the organisation (an employer named "Lead Bank" under "Data Analyst" is no title).
        Titles stacked over one text all read it: the lines are read in parts, from one position's first line to the
        next, each part once for every title over it (`entries`, by the lines a reading runs from and to)."""
        heading = p.title
        if p.organisation and DOER.search(p.organisation) and not DOER.search(p.title):
            heading = f"{p.title} {p.organisation}"
        if p.span is None or facts.view.text[m.start:m.end].casefold() not in heading.casefold():
            return ""
        def read(first: int, end: int) -> str:
            return self._in_lines(facts.view, first, end, phrases, voids)

        return read_in_parts(*p.span, facts.starts, entries, read, lambda here, after: here or after, "")

    def _in_section(self, facts: Facts, m: Match, line: int, phrases: dict[int, str], voids: dict[int, str]) -> str:
        """A context word in the section a match is the heading of: a heading is its section's title ("Teaching"
        over a list of the courses taught, one of them "Data Analysis with Python"), "" when there is none or the
        match is not the word its heading names the section by. Each line names what was taught in its first
        sentence; a later one says what was done ("Physics 101; graded lab reports using Python scripts")."""
        sec = section_at(facts.sections, line)
        if sec is None or line != sec.start - 1 or heading_name(facts.view.text[m.start:m.end]) != sec.name:
            return ""
        return self._in_lines(facts.view, sec.start, sec.end, phrases, voids, firsts_only=True)

    def _in_lines(self, view: View, first: int, end: int, phrases: dict[int, str], voids: dict[int, str],
                  firsts_only: bool = False) -> str:
        """The first context word in the sentences of lines [first, end) (with `firsts_only`, in the first sentence
        of each line), "" when there is none; a sentence with an `unless` word speaks of something else ("TEFL
        courses to engineering majors" teaches English)."""
        starts = view.segment_lines
        for seg in range(bisect.bisect_left(starts, first), bisect.bisect_left(starts, end)):
            if firsts_only and seg and starts[seg] == starts[seg - 1]:
                continue
            if (word := self._context_words.first_in(view, seg, phrases)) and not (
                    self.unless and self._unless_words.first_in(view, seg, voids)):
                return word
        return ""

    def evaluate(self, facts: Facts) -> Outcome:
        view = facts.view
        excluded: list[tuple[int, int]] | None = None  # where excluded phrases are, found on the first match
        voids: dict[int, str] = {}  # unless phrases by sentence, likewise
        near: dict[int, str] = {}  # `also` words by sentence, likewise
        entries: dict[tuple[int, int], str] = {}  # the context word first in a position's lines, by the lines
        means: Means | None = None  # where `not_after` and `but_after` words are, likewise
        context: dict[int, str] = {}  # context phrases by sentence, found on the first match that needs them
        found: dict[str, list[tuple[Match, int, str]]] = {}
        notes: list[str] = []
        for m in find(view, self._spellings, self.threshold):
            spelled = (m.key, m.spelling)
            if spelled in self._by_inflection and not inflected_match(view.text, m):
                continue
            if spelled in self._by_noun and not deeds_noun(view.text, m):
                continue
            seg = view.segment_at(m.start)
            line = view.origin[m.start][0]
            name = facts.section_names[line]
            if (self.sections and name not in self.sections) or name in self.ignore_sections:
                continue
            # first: it rejects most matches, cheaply
            why, why_not = self._reading(facts, m, seg, context, voids, near, entries)
            if not why and not (why_not and self.own):
                continue
            if self.exclude and excluded is None:
                excluded = [(e.start, e.end) for e in find(view, self._exclude_spellings, 100)]
            if any(a < m.end and m.start < b for a, b in excluded or ()) or false_friend(view.text, m):
                continue  # an excluded phrase covers part of the match ("go the extra mile" over "go")
            if self.unless and self._unless_words.first_in(view, seg, voids):
                continue
            if self.not_after and means is None:
                means = Means(view.text, *self._means_words)
            if means and means.rules_out(view.segments[seg][0], m.start):
                continue
            if not why:
                notes.append(f"{' '.join(view.text[m.start:m.end].split())!r} ({why_not})")
                continue
            found.setdefault(m.key, []).append((m, seg, why))
        noted = f"; not counted: {', '.join(dict.fromkeys(notes))}" if notes else ""
        if not found:  # most checks on most resumes: a sentence made once per rule set
            return Outcome(False, self._none_found + noted)
        found = {t.term: found[t.term] for t in self.terms if t.term in found}
        missing = [t.term for t in self.terms if t.term not in found]
        if self.mode == "any" or not missing:
            return Outcome(True, "found " + _listing(list(found)), self._evidence(facts, found))
        return Outcome(False, f"found {_listing(list(found))} but not {_listing(missing)}{self._where}{noted}",
                       self._evidence(facts, found))

    @cached_property
    def _where(self) -> str:
        return f" in {', '.join(self.sections)}" if self.sections else ""

    @cached_property
    def _none_found(self) -> str:
        return f"none of {_listing([t.term for t in self.terms])} found{self._where}"

    def _evidence(self, facts: Facts, found: dict[str, list[tuple[Match, int, str]]]) -> tuple[Evidence, ...]:
        """Up to three quotes (sentence or bullet), best-scoring hit of each term in turn, then further hits."""
        view, out, seen = facts.view, [], set()
        queue = [sorted(hits, key=lambda h: -h[0].score) for hits in found.values()]
        while queue and len(out) < MAX_EVIDENCE:
            for hits in queue:
                while hits and hits[0][1] in seen:
                    hits.pop(0)
                if hits and len(out) < MAX_EVIDENCE:
                    m, seg, why = hits.pop(0)
                    seen.add(seg)
                    quote, line = _quote(view, facts, seg, m)
                    written = " ".join(view.text[m.start:m.end].split())
                    term = m.key if written.casefold() == m.key.casefold() else f"{m.key} ({written})"
                    at = quote.find(written)
                    out.append(Evidence(quote, term, facts.section_names[line],
                                        facts.document.lines[line].page, line + 1, m.score,
                                        (at, at + len(written)) if at >= 0 else None, why))
            queue = [h for h in queue if h]
        return tuple(out)
