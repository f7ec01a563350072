"""A multi-term matcher over a resume's view (text/view.py): words compared by their stems (lead = leads =
leading = led), phrases with wildcards, and fuzzy matching only on ngrams of similar length."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from .names import written_as
from .stemming import stems
from .view import MAX_NGRAM, TOKEN, View, as_words, separated, squash

SEP = r"[\s.\-/_]*"  # what may sit between the parts of a term: Node.js = NodeJS = node js, CI/CD = CI / CD


@dataclass(frozen=True)
class Spelling:
    """One spelling of a term: `key` names the term it stands for; `case` makes it case-sensitive."""

    key: str
    text: str
    case: bool = False
    fuzzy: bool = False
    stem: bool = True  # compare words by stem; False: as written (whole words, any case)

    @cached_property
    def stems(self) -> tuple[str, ...] | None:
        """The stem of each word, "*" kept for wildcards; None when matched as written (case-sensitive terms,
        `exact` ones, and spellings whose parts are not single words, such as "it's")."""
        if self.case or not self.stem or _dotted(self.text):
            return None
        parts = separated(self.text)
        words = [as_words(TOKEN.findall(p.casefold())) for p in parts]  # a term's lone "&": matched as written
        if any(len(w) != 1 or w[0] != p.casefold() for w, p in zip(words, parts) if p != WILDCARD):
            return None
        found = iter(stems([w[0] for w in words if w]))
        return tuple(p if p == WILDCARD else next(found) for p in parts)

    @cached_property
    def names(self) -> tuple[frozenset[str] | None, ...]:
        """For each word written as a name (text/names.py), the case-folded words on a resume that it meets, its
        plural among them ("API" meets "APIs", "apis"); None for a word or a wildcard, met by its stem."""
        return tuple(written_as(p) for p in separated(self.text)) if self.stems else ()

    @cached_property
    def keys(self) -> tuple[tuple[str, ...], ...]:
        """Where each word is looked up in a view's stem index: a word under its stem, a name under the stems of
        the words it meets ("aw" for "aws"), whose tokens are then checked as written."""
        return tuple((s,) if n is None else tuple(dict.fromkeys(stems(sorted(n))))
                     for s, n in zip(self.stems or (), self.names))

    def meets(self, k: int, stem: str, word: str) -> bool:
        """Whether word k of the spelling is met by a resume's token with this stem and case-folded word."""
        name = self.names[k]
        return stem == self.stems[k] if name is None else word in name

    @cached_property
    def later_keys(self) -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
        """The keys of its words after the first, wildcards aside, those with one key and those with several: a
        resume without one of each has no match."""
        later = [k for k in self.keys[1:] if k[0] != WILDCARD]
        return frozenset(k[0] for k in later if len(k) == 1), tuple(k for k in later if len(k) > 1)

    @cached_property
    def anchored(self) -> tuple[str, re.Pattern[str]]:
        """The lower-cased start of the first word (up to 3 word characters, to look up where the spelling may
        begin) and the spelling's own pattern, to try at those places; made once per spelling."""
        first = next(iter(separated(self.text)), "").casefold()
        lead = _LEAD.match(first)
        rx = re.compile(standing_pattern(self.text), 0 if self.case else re.IGNORECASE)
        return (lead.group() if lead and first[:1].isalnum() and not _dotted(self.text) else ""), rx


@dataclass(frozen=True)
class Match:
    key: str
    spelling: str
    start: int
    end: int
    score: float = 100.0


# "*" in a phrase stands for up to three words that are not function words: "managed a * team" matches "managed
# a small team" and "managed a 5-person team", but not "managed a budget for the team".
WILDCARD = "*"
_FUNCTION_WORDS = ("for|to|with|of|the|and|or|by|in|on|at|from|as|across|within|into|under|over|their|his|her|"
                   "our|its|no|not|never|zero|without")  # nor a negation: "led no engineers" is not leading
_ANY_WORDS = rf"(?:(?!(?:{_FUNCTION_WORDS})\b)[\w'’+#&/-]+[\s,]+){{0,3}}"
_FUNCTION = frozenset(_FUNCTION_WORDS.split("|"))


def spelling_pattern(spelling: str) -> str:
    parts = [re.escape(p) for p in separated(spelling)]
    pattern = SEP.join(parts)
    # each wildcard and the separators around it: a space after the word before, then up to three whole words
    return pattern.replace(SEP + re.escape(WILDCARD) + SEP, r"[\s,]+" + _ANY_WORDS)


# A match must stand alone: not inside a word, and not the C of C++/C#.
_WORDISH = r"[\w+#&]"
_BEFORE, _AFTER = rf"(?<!{_WORDISH})", rf"(?!{_WORDISH}|\.\w)"
_STANDS_BEFORE, _STANDS_AFTER = re.compile(_BEFORE), re.compile(_AFTER)


def _dotted(spelling: str) -> bool:
    return spelling.lstrip().startswith(".")


def standing_pattern(spelling: str) -> str:
    """The spelling where it stands alone. A leading dot is the term's own (".NET" is in "ASP.NET", never in "net
    asset value"), so it is kept, and a word may run into it."""
    return (r"\." if _dotted(spelling) else _BEFORE) + spelling_pattern(spelling) + _AFTER


@lru_cache(maxsize=512)
def phrase_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of `words` as whole words or phrases, case-insensitive (for context, exclusions and role filters).

    The same matches as each word's standing_pattern tried in turn, since a backtracking engine reads L(a|b)R as
    LaR|LbR: but the lookbehind is tested once where words stand (not once per word at every character) and
    the first letters once before the words are tried, which makes a field's hundred titles ten times faster.
    Words are grouped by their first letter, each group in the list's order: where a word may start, only the
    words of that letter can match (no other letter matches its character, case ignored), so the engine tries
    one group's words instead of every word. Where every word starts with an ASCII letter or digit (or is
    dotted), the pattern opens with the class of those first characters (`_skipping`)."""
    if not words:
        return None
    firsts = [_first_char(w) for w in words if not _dotted(w)]
    if all(f.isascii() and f.isalnum() for f in firsts):
        return _skipping(words, firsts)

    def standing(plain: list[str]) -> str:  # a run of plain words, in their order, under one lookbehind
        leads = [_first_char(w) for w in plain]
        ahead = f"(?=[{''.join(dict.fromkeys(map(re.escape, leads)))}])" if all(leads) else ""
        return _BEFORE + ahead + "(?:" + _by_first_letter(plain, leads) + ")"
    return re.compile("(?:" + _alternatives(words, standing, r"\.") + ")" + _AFTER, re.IGNORECASE)


def _alternatives(words: tuple[str, ...], standing, dot: str) -> str:
    """The words' alternatives in the list's order: each run of plain words one group (`standing`), a dotted word
    alone after `dot` (its dot matched, or already taken)."""
    groups, plain = [], []
    for w in words:
        if _dotted(w):
            if plain:
                groups.append(standing(plain))
                plain = []
            groups.append(dot + spelling_pattern(w))
        else:
            plain.append(w)
    if plain:
        groups.append(standing(plain))
    return "|".join(groups)


# The characters outside ASCII that an ASCII letter matches, case ignored (İ and ı as i, ſ as s, the Kelvin sign
# as k): a test checks every code point
_ASCII_KIN = "\u0130\u0131\u017f\u212a"


def _skipping(words: tuple[str, ...], firsts: list[str]) -> re.Pattern[str]:
    """phrase_pattern's pattern led by the class of the characters a word may start with, matched as written (a
    letter in both cases, their kin, a dotted word's dot). A pattern opening with a lookbehind gives the engine no
    character to skip to, so it tried the words' lookbehind at every character; a class it can jump by. The
    character taken, a word stands where the one before it is no word character, and each letter's words follow a
    lookbehind for that letter (case ignored, as the words' own first letter), in the list's order: the
    alternatives and their order are phrase_pattern's, and the class only skips places where none can match."""
    def standing(plain: list[str]) -> str:  # a run of plain words, in their order, under one lookbehind
        by_letter: dict[str, list[str]] = {}
        for word in plain:  # an ASCII letter or digit leads the pattern as written (re.escape keeps it)
            by_letter.setdefault(_first_char(word).lower(), []).append(spelling_pattern(word)[1:])
        return rf"(?<!{_WORDISH}.)(?:" + "|".join(f"(?<={first})(?:{'|'.join(tails)})"
                                                  for first, tails in by_letter.items()) + ")"
    starts = {c for f in firsts for c in (f.lower(), f.upper())} | set(_ASCII_KIN)
    if len(firsts) < len(words):  # a dotted word
        starts.add(".")
    return re.compile(f"(?-i:[{''.join(map(re.escape, sorted(starts)))}])(?:"
                      + _alternatives(words, standing, r"(?<=\.)") + ")" + _AFTER, re.IGNORECASE)


def _by_first_letter(words: list[str], firsts: list[str]) -> str:
    """The words' patterns as alternatives, grouped by first letter when every word starts with an ASCII letter or
    digit (whose case-insensitive matches are its own: 'K' and 'ſ' are k's and s's only)."""
    if not all(f.isascii() and f.isalnum() for f in firsts):
        return "|".join(map(spelling_pattern, words))
    by_letter: dict[str, list[str]] = {}
    for first, word in zip(firsts, words):
        by_letter.setdefault(first.lower(), []).append(spelling_pattern(word))
    return "|".join(f"(?:{'|'.join(patterns)})" for patterns in by_letter.values())


def _first_char(spelling: str) -> str:
    """The first character a spelling's pattern must match ("" when it has none)."""
    return next(iter(separated(spelling)), "")[:1]


_LEAD = re.compile(r"\w{1,3}")
_Written = tuple[int, Spelling, re.Pattern[str]]  # a spelling matched as written: its place in the list, its pattern


class Spellings(tuple):
    """Spellings matched together (a check's terms, its excluded phrases), grouped once per rule set by how each
    is looked for: by its first word's stem, by the start of its first word, or (fuzzy) over ngrams. The numbers
    are each spelling's place in the list, which settles ties as the list's order does."""

    @cached_property
    def by_stem(self) -> dict[str, list[tuple[int, Spelling]]]:
        """Spellings compared by stem, under each key of their first word."""
        out: dict[str, list[tuple[int, Spelling]]] = {}
        for order, sp in enumerate(self):
            if sp.stems is not None:
                for key in sp.keys[0]:  # distinct already (Spelling.keys)
                    out.setdefault(key, []).append((order, sp))
        return out

    @cached_property
    def as_written(self) -> tuple[dict[str, list[_Written]], dict[str, list[_Written]], tuple[_Written, ...]]:
        """Spellings matched by their pattern (case-sensitive, exact, dotted or punctuated ones), with it, under
        the start of their first word: three characters (nearly all), fewer ('R', 'Go'), or none (a spelling
        starting with punctuation, scanned for)."""
        three: dict[str, list[_Written]] = {}
        shorter: dict[str, list[_Written]] = {}
        scanned = []
        for order, sp in enumerate(self):
            if sp.stems is None:
                lead, rx = sp.anchored
                group = three if len(lead) == 3 else shorter if lead else None
                if group is None:
                    scanned.append((order, sp, rx))
                else:
                    group.setdefault(lead, []).append((order, sp, rx))
        return three, shorter, tuple(scanned)

    @cached_property
    def fuzzy(self) -> tuple[Spelling, ...]:
        return tuple(sp for sp in self if sp.fuzzy)


def _exact(view: View, spellings: Spellings) -> list[tuple[Spelling, int, int]]:
    """Non-overlapping exact matches, the longest spelling winning where two start at the same place (the earlier
    in the list where two are as long). A phrase never spans two sentences or bullets, so a match that does is
    dropped before the choosing: it must not shadow a shorter match of its first words or a later one of its last.

    A spelling compared by stem is tried only when its first stem is on the resume (the resume's stems and the
    list's first stems are intersected in one step: most terms are not on a resume); one matched as written only
    where a word begins with its first letters, the list's three-letter leads intersected with the resume's in one
    step too (view.by_three and view.words_starting, built once per resume).
    """
    found, index = [], view.stem_index
    by_stem = spellings.by_stem
    for key in by_stem.keys() & index.keys():  # a token is under one key: no token is tried twice
        for order, sp in by_stem[key]:
            found += [(sp, start, end, order) for sp, start, end in _stemmed(view, sp, key)]
    three, shorter, scanned = spellings.as_written
    text = view.text
    by_three = view.by_three if three else {}
    for lead in three.keys() & by_three.keys():
        found += _anchored(text, three[lead], by_three[lead])
    for lead, group in shorter.items():
        found += _anchored(text, group, view.words_starting(lead))
    for order, sp, rx in scanned:  # a spelling starting with punctuation: scan for it
        found += [(sp, m.start(), m.end(), order) for m in rx.finditer(text)]
    seg = view.segment_at
    found = [f for f in found if seg(f[1]) == seg(f[2] - 1)]
    found.sort(key=lambda f: (f[1], f[1] - f[2], f[3]))
    out, free = [], 0
    for sp, start, end, _ in found:
        if start >= free:
            out.append((sp, start, end))
            free = end
    return out


def _anchored(text: str, group: list[_Written], starts: list[int]) -> list[tuple[Spelling, int, int, int]]:
    """Where each spelling of one lead matches at the words that start with it."""
    found = []
    for order, sp, rx in group:
        for start in starts:
            m = rx.match(text, start)
            if m:
                found.append((sp, start, m.end(), order))
    return found


# A parenthesis between words does not end a phrase: "API (REST) testing" is REST API testing; nor does a
# possessive's apostrophe: "reviewed the interns' code".
_RUNS_ON = frozenset(("", "(", ")", "'"))


def _stemmed(view: View, sp: Spelling, key: str) -> list[tuple[Spelling, int, int]]:
    """Where the spelling's words follow one another, each met by its token (Spelling.meets), from the tokens
    under `key`, one of its first word's keys (only separators or a parenthesis between them, or up to three words
    that are not function words for a "*", never across a comma: "optimized data workflows, automatic SQL" is two
    items of a list), standing alone as the regex path requires."""
    index, parts, meets, out = view.stem_index, sp.stems, sp.meets, []
    single, several = sp.later_keys
    if not (single <= index.keys() and all(any(k in index for k in keys) for keys in several)):
        return out
    words, glue, spans, _ = view.tokens
    all_stems = view.stems
    first = sp.names[0]
    hits = index[key] if first is None else [i for i in index[key] if words[i] in first]

    def follow(k: int, j: int) -> int | None:  # token j matched part k - 1: where does the rest end?
        if k == len(parts):
            return j
        if parts[k] == WILDCARD:
            for skip in range(4):
                t = j + skip
                if skip and (t >= len(words) or words[t] in _FUNCTION or glue[t - 1] not in _RUNS_ON):
                    return None
                end = follow(k + 1, t)
                if end is not None:
                    return end
            return None
        t = j + 1
        ok = t < len(words) and glue[j] in _RUNS_ON
        return follow(k + 1, t) if ok and meets(k, all_stems[t], words[t]) else None

    for i in hits:
        last = follow(1, i) if len(parts) > 1 else i
        start, end = spans[i][0], spans[last][1] if last is not None else 0
        if last is not None and _STANDS_BEFORE.match(view.text, start) and _STANDS_AFTER.match(view.text, end):
            out.append((sp, start, end))
    return out


def find(view: View, spellings: tuple[Spelling, ...], threshold: float) -> list[Match]:
    """Every exact match of any spelling, then fuzzy matches for fuzzy spellings over token ngrams of similar
    length (so a long term never matches inside unrelated words and Java never matches JavaScript)."""
    if not isinstance(spellings, Spellings):
        spellings = Spellings(spellings)
    out = [Match(sp.key, sp.text, start, end) for sp, start, end in _exact(view, spellings)]
    fuzzy = spellings.fuzzy
    if not fuzzy:
        return out
    taken = {(m.start, m.end) for m in out}
    compared: set[tuple[str, int]] = set()  # "micro-services" squashes to "microservices": its runs are taken
    for sp in fuzzy:
        target = squash(sp.text.casefold())
        slack = max(1, len(target) // 8)
        # a term may be written as one more word than it has ("micro services"); only runs starting with the
        # same letter and of near-equal length may match, and only they are scored, in C by rapidfuzz
        for n in range(1, min(len(sp.text.split()) + 1, MAX_NGRAM) + 1):
            if (target, n) in compared:
                continue
            compared.add((target, n))
            cands, spans = view.ngrams(n, target[:1], len(target) - slack, len(target) + slack)
            for _, score, i in process.extract(target, cands, scorer=fuzz.ratio, score_cutoff=threshold, limit=None):
                if spans[i] not in taken:
                    out.append(Match(sp.key, sp.text, *spans[i], round(score, 1)))
                    taken.add(spans[i])
    return sorted(out, key=lambda m: m.start)



@dataclass(frozen=True)
class SentenceWords:
    """Words looked for one sentence or bullet at a time (a check's context words, its `unless` words), matched
    as terms are, by stem: single words among the sentence's own stems; phrases and case-sensitive words found
    on the whole resume once, when the first sentence is asked about."""

    spellings: tuple[Spelling, ...]

    @cached_property
    def _split(self) -> tuple[frozenset[str], frozenset[str], tuple[Spelling, ...]]:
        """The stems of its single words; the case-folded words its single names meet (Spelling.names); the
        rest."""
        ones = [sp for sp in self.spellings if sp.stems and len(sp.stems) == 1]
        return (frozenset(sp.stems[0] for sp in ones if sp.names[0] is None),
                frozenset(w for sp in ones if sp.names[0] is not None for w in sp.names[0]),
                Spellings(sp for sp in self.spellings if not (sp.stems and len(sp.stems) == 1)))

    def first_in(self, view: View, seg: int, phrases: dict[int, str]) -> str:
        """The first of the words in sentence `seg`, as written there ("" when it has none); `phrases` is the
        caller's memo, for one resume, of the sentences the phrases are in and, under -2 - seg, of each sentence's
        answer: a sentence with many matches is read once, not once per match."""
        if (known := phrases.get(-2 - seg)) is not None:
            return known
        single, names, rest = self._split
        stems, words, spans = view.stems, view.tokens.words, view.tokens.spans
        for t in view.segment_tokens[seg]:
            if stems[t] in single or (names and words[t] in names):
                phrases[-2 - seg] = view.text[spans[t][0]:spans[t][1]]
                return phrases[-2 - seg]
        if rest and -1 not in phrases:
            phrases[-1] = ""  # looked
            for m in find(view, rest, 100):
                phrases.setdefault(view.segment_at(m.start), " ".join(view.text[m.start:m.end].split()))
        phrases[-2 - seg] = phrases.get(seg, "")
        return phrases[-2 - seg]
