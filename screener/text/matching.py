"""One normalised view of a resume for keyword matching, with a map back to the text as written, and a
multi-term matcher that compares words by their stems (lead = leads = leading = led), fuzzy only on similar-length
ngrams."""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import repeat

import Stemmer
from rapidfuzz import fuzz, process

# Characters that vary between resumes but mean the same thing when matching.
_SAME = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
                       "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u00ad": "-", "\u2044": "/",
                       "\uff0f": "/"})
SEP = r"[\s.\-/_]*"  # what may sit between the parts of a term: Node.js = NodeJS = node js, CI/CD = CI / CD
_BULLET = re.compile(r"^\s*(?:[-*•▪◦●■–]|\d+[.)])\s")
_SENTENCE_END = re.compile(r"[.!?;][)\]\"'”’]*(?=\s+\S)")  # "(Go Sooners!) Before ..." ends at the bracket


_TOKEN = re.compile(r"\w[\w+#]*")
MAX_NGRAM = 4  # the longest run of words a fuzzy term is compared with ("Amazon Web Services")
_SQUASH = re.compile(r"[\s.\-/_]+")


def _squash(text: str) -> str:
    return _SQUASH.sub("", text)


# Snowball (Porter2) in C: 0.2-0.5 us a word, so a resume's 700 words cost a fraction of a millisecond.
_STEMMER = Stemmer.Stemmer("english")
# Past forms no suffix rule can undo: "led" is a form of "lead", "taught" of "teach".
_IRREGULAR = {"led": "lead", "taught": "teach", "built": "build", "wrote": "write", "written": "write",
              "oversaw": "oversee", "overseen": "oversee"}
# British -ise spellings stem as the -ize ones do ("optimised" = "optimized").
_ISE = re.compile(r"is(e|ed|es|ing|ation|ations)$")


def stems(words: list[str]) -> list[str]:
    """The stem of each case-folded word: its irregular base form, British -ise read as -ize, then Snowball.

    A person named by an -er/-or noun keeps it (developers -> developer): a "lead developer" is not a "lead
    development" and "programmers" are not a "programme", though Snowball cuts both to one stem."""
    unique = list(dict.fromkeys(words))  # a resume repeats its words: stem each once
    table = dict(zip(unique, _stem_all(unique)))
    return [table[w] for w in words]


def _person(word: str) -> bool:
    return len(word) > 4 and word.endswith(("er", "or"))


def _stem_all(words: list[str]) -> list[str]:
    bases = []
    for w in words:
        w = _IRREGULAR.get(w, w)
        bases.append(w[:-1] if w.endswith(("ers", "ors")) else w)
    cut = iter(_STEMMER.stemWords([_ISE.sub(r"iz\1", w) for w in bases if not _person(w)]))
    return [w if _person(w) else next(cut) for w in bases]


@dataclass(frozen=True)
class View:
    """Accent-folded text of all lines (case kept, so case-sensitive terms still work), hyphenated line breaks
    joined, with for each character its (line, column) in the original and the sentence/bullet it belongs to."""

    text: str
    origin: tuple[tuple[int, int], ...]
    segments: tuple[tuple[int, int], ...]  # [start, end) spans of sentences/bullets in `text`

    def segment_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    @cached_property
    def starts(self) -> list[int]:
        return [a for a, _ in self.segments]

    def words_starting(self, prefix: str) -> list[int] | tuple[()]:
        """Where words start whose first len(prefix) characters (case-folded) are `prefix`. Each prefix length
        is indexed on its first lookup: the bundled rules' spellings start with 2 or 3 characters, so they never
        build the 1-character index."""
        k = len(prefix)
        index = self._prefixes.get(k)
        if index is None:
            index = self._prefixes[k] = {}
            words, _, spans, _ = self._tokens
            for word, (start, _) in zip(words, spans):
                if len(word) >= k:
                    index.setdefault(word[:k], []).append(start)
        return index.get(prefix, ())

    @cached_property
    def _prefixes(self) -> dict[int, dict[str, list[int]]]:
        return {}

    @cached_property
    def _tokens(self) -> tuple[list[str], list[str], list[tuple[int, int]], list[int]]:
        """Every token case-folded, the squashed text between it and the next, its span and its sentence/bullet."""
        matches = list(_TOKEN.finditer(self.text))
        words = [m.group().casefold() for m in matches]
        spans = [m.span() for m in matches]
        glue = [_squash(self.text[a[1]:b[0]]).casefold() for a, b in zip(spans, spans[1:])]
        segs, seg = [], 0
        starts = self.starts
        for a, _ in spans:  # tokens come in order, so one walk assigns each its segment
            while seg + 1 < len(starts) and starts[seg + 1] <= a:
                seg += 1
            segs.append(seg)
        return words, glue, spans, segs

    @cached_property
    def stems(self) -> list[str]:
        return stems(self._tokens[0])

    @cached_property
    def segment_tokens(self) -> list[range]:
        """The tokens of each sentence or bullet, in order."""
        segs = self._tokens[3]
        out, first = [], 0
        for seg in range(len(self.segments)):
            last = bisect.bisect_right(segs, seg, first)
            out.append(range(first, last))
            first = last
        return out

    @cached_property
    def stem_index(self) -> dict[str, list[int]]:
        """Which tokens have each stem, so a term is looked up, never scanned for."""
        index: dict[str, list[int]] = {}
        for i, stem in enumerate(self.stems):
            index.setdefault(stem, []).append(i)
        return index

    @cached_property
    def _ngrams(self) -> dict[tuple[int, str], tuple[list[str], list[tuple[int, int]]]]:
        return {}

    @cached_property
    def _by_letter(self) -> dict[str, list[int]]:
        """Which tokens start with each (case-folded) letter, in order."""
        index: dict[str, list[int]] = {}
        for i, word in enumerate(self._tokens[0]):
            index.setdefault(word[0], []).append(i)
        return index

    def ngrams(self, n: int, letter: str) -> tuple[list[str], list[tuple[int, int]]]:
        """Runs of `n` tokens starting with `letter` inside one sentence or bullet, squashed for fuzzy comparison,
        with their spans; built once per resume, length and letter, shared by every fuzzy term. Only the lengths
        and first letters the fuzzy spellings ask for are built (a rule set has a few of each)."""
        key = (n, letter)
        if key not in self._ngrams:
            self._ngrams[key] = self._build_ngrams(n, letter)
        return self._ngrams[key]

    def _build_ngrams(self, n: int, letter: str) -> tuple[list[str], list[tuple[int, int]]]:
        words, glue, spans, segs = self._tokens
        cands: list[str] = []
        found: list[tuple[int, int]] = []
        for i in self._by_letter.get(letter, ()):
            last = i + n - 1
            if last < len(words) and segs[i] == segs[last]:
                cand = words[i]
                for k in range(i + 1, last + 1):  # "micro" + "-"->"" + "services"
                    cand += glue[k - 1] + words[k]
                cands.append(cand)
                found.append((spans[i][0], spans[last][1]))
        return cands, found


def _fold(line: str) -> tuple[str, list[int]]:
    line = line.translate(_SAME)
    if line.isascii():
        return line, list(range(len(line)))
    out, cols = [], []
    for col, ch in enumerate(line):
        for c in unicodedata.normalize("NFKD", ch) if ord(ch) > 127 else ch:
            if not unicodedata.combining(c):
                out.append(c)
                cols.append(col)
    return "".join(out), cols


def _continues(prev: str, nxt: str) -> bool:
    """Whether `nxt` carries on the sentence of `prev` (a wrapped bullet or paragraph) rather than starting anew."""
    prev, nxt = prev.translate(_SAME).rstrip(), nxt.lstrip()
    if not prev or not nxt or _BULLET.match(nxt) or prev[-1] in ".!?:;":
        return False
    return nxt[0].islower() or prev[-1] in ",-&/(" or prev.split()[-1].lower() in {"and", "or", "with", "of", "the",
                                                                                       "a", "in", "for", "to"}


def build_view(lines: tuple[str, ...]) -> View:
    text: list[str] = []
    origin: list[tuple[int, int]] = []
    hard: list[int] = [0]  # view offsets where a new sentence/bullet starts at a line break
    for i, line in enumerate(lines):
        folded, cols = _fold(line)
        if i:
            prev = lines[i - 1]
            if _continues(prev, line):
                # "micro-\nservices": drop the hyphen so the word reads whole; otherwise the break is a space
                if re.search(r"[a-z]-$", prev.translate(_SAME).rstrip()) and line.lstrip()[:1].islower():
                    while text and text[-1] in " -":
                        text.pop(), origin.pop()
                else:
                    text.append(" "), origin.append((i - 1, len(prev)))
            else:
                text.append("\n"), origin.append((i - 1, len(prev)))
                hard.append(len(text))
        text.extend(folded.rstrip())
        origin.extend(zip(repeat(i), cols[:len(folded.rstrip())]))
    joined = "".join(text)
    starts = set(hard) | {m.end() + 1 for m in _SENTENCE_END.finditer(joined)}
    starts = sorted(s for s in starts if s < len(joined)) or [0]
    segs = tuple((s, e) for s, e in zip(starts, [*starts[1:], len(joined)]))
    return View(joined, tuple(origin), segs)


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
        if self.case or not self.stem:
            return None
        parts = [p for p in re.split(r"[\s.\-/_]+", self.text.strip()) if p]
        words = [_TOKEN.findall(p.casefold()) for p in parts]
        if any(len(w) != 1 or w[0] != p.casefold() for w, p in zip(words, parts) if p != WILDCARD):
            return None
        found = iter(stems([w[0] for w in words if w]))
        return tuple(p if p == WILDCARD else next(found) for p in parts)

    @cached_property
    def anchored(self) -> tuple[str, re.Pattern[str]]:
        """The lower-cased start of the first word (up to 3 word characters, to look up where the spelling may
        begin) and the spelling's own pattern, to try at those places; made once per spelling."""
        first = next((p for p in re.split(r"[\s.\-/_]+", self.text.strip()) if p), "").casefold()
        lead = _LEAD.match(first)
        rx = re.compile(_BEFORE + spelling_pattern(self.text) + _AFTER, 0 if self.case else re.IGNORECASE)
        return (lead.group() if lead and first[:1].isalnum() else ""), rx


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
    parts = [re.escape(p) for p in re.split(r"[\s.\-/_]+", spelling.strip()) if p]
    pattern = SEP.join(parts)
    # each wildcard and the separators around it: a space after the word before, then up to three whole words
    return pattern.replace(SEP + re.escape(WILDCARD) + SEP, r"[\s,]+" + _ANY_WORDS)


# A match must stand alone: not inside a word, and not the C of C++/C#.
_BEFORE, _AFTER = r"(?<![\w+#&])", r"(?![\w+#&]|\.\w)"
_STANDS_BEFORE, _STANDS_AFTER = re.compile(_BEFORE), re.compile(_AFTER)


@lru_cache(maxsize=512)
def phrase_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of `words` as whole words or phrases, case-insensitive (for context, exclusions and role filters)."""
    if not words:
        return None
    return re.compile(rf"{_BEFORE}(?:{'|'.join(spelling_pattern(w) for w in words)}){_AFTER}", re.IGNORECASE)


_LEAD = re.compile(r"\w{1,3}")


def _exact(view: View, spellings: tuple[Spelling, ...]) -> list[tuple[Spelling, int, int]]:
    """Non-overlapping exact matches, the longest spelling winning where two start at the same place.

    Each spelling is tried only where a word begins with its first letters (view.words_starting, built once per
    resume), so matching costs a dictionary lookup per spelling instead of a scan of the text per requirement.
    """
    found, index = [], view.stem_index
    for sp in spellings:
        if sp.stems is not None:
            if sp.stems[0] in index:  # most terms are not on a resume: one lookup says so
                found += _stemmed(view, sp)
            continue
        prefix, rx = sp.anchored
        if not prefix:  # a spelling starting with punctuation: scan for it
            found += [(sp, m.start(), m.end()) for m in rx.finditer(view.text)]
            continue
        for start in view.words_starting(prefix):
            m = rx.match(view.text, start)
            if m:
                found.append((sp, start, m.end()))
    found.sort(key=lambda f: (f[1], -(f[2] - f[1])))
    out, free = [], 0
    for hit in found:
        if hit[1] >= free:
            out.append(hit)
            free = hit[2]
    return out


def _stemmed(view: View, sp: Spelling) -> list[tuple[Spelling, int, int]]:
    """Where the spelling's words follow one another with the same stems (only separators between them, or up
    to three words that are not function words for a "*", never across a comma: "optimized data workflows,
    automatic SQL" is two items of a list), standing alone as the regex path requires."""
    index, parts, out = view.stem_index, sp.stems, []
    hits = index[parts[0]]
    if any(p != WILDCARD and p not in index for p in parts[1:]):
        return out
    words, glue, spans, _ = view._tokens
    all_stems = view.stems

    def follow(k: int, j: int) -> int | None:  # token j matched part k - 1: where does the rest end?
        if k == len(parts):
            return j
        if parts[k] == WILDCARD:
            for skip in range(4):
                t = j + skip
                if skip and (t >= len(words) or words[t] in _FUNCTION or glue[t - 1]):
                    return None
                end = follow(k + 1, t)
                if end is not None:
                    return end
            return None
        t = j + 1
        ok = t < len(words) and not glue[j]
        return follow(k + 1, t) if ok and all_stems[t] == parts[k] else None

    for i in hits:
        last = follow(1, i)
        start, end = spans[i][0], spans[last][1] if last is not None else 0
        if last is not None and _STANDS_BEFORE.match(view.text, start) and _STANDS_AFTER.match(view.text, end):
            out.append((sp, start, end))
    return out


def find(view: View, spellings: tuple[Spelling, ...], threshold: float) -> list[Match]:
    """Every exact match of any spelling, then fuzzy matches for fuzzy spellings over token ngrams of similar
    length (so a long term never matches inside unrelated words and Java never matches JavaScript)."""
    out = []
    for sp, start, end in _exact(view, spellings):
        if view.segment_at(start) == view.segment_at(end - 1):  # phrases never span two bullets
            out.append(Match(sp.key, sp.text, start, end))
    fuzzy = [s for s in spellings if s.fuzzy]
    if not fuzzy:
        return out
    taken = {(m.start, m.end) for m in out}
    for sp in fuzzy:
        target = _squash(sp.text.casefold())
        # a term may be written as one more word than it has ("micro services"); only runs starting with the
        # same letter are scored, in C by rapidfuzz, and only near-equal lengths may match
        for n in range(1, min(len(sp.text.split()) + 1, MAX_NGRAM) + 1):
            cands, spans = view.ngrams(n, target[:1])
            for cand, score, i in process.extract(target, cands, scorer=fuzz.ratio, score_cutoff=threshold,
                                                  limit=None):
                if abs(len(cand) - len(target)) <= max(1, len(target) // 8) and spans[i] not in taken:
                    out.append(Match(sp.key, sp.text, *spans[i], round(score, 1)))
                    taken.add(spans[i])
    return sorted(out, key=lambda m: m.start)

