"""One normalised view of a resume for keyword matching: its text accent-folded with a map back to the lines as
written, split into sentences and bullets, and its words (tokens, stems, prefixes, fuzzy ngrams) indexed on the
first lookup that needs them."""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import accumulate
from typing import NamedTuple

from .stemming import stems

# Characters that vary between resumes but mean the same thing when matching.
_SAME = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
                       "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u00ad": "-", "\u2044": "/",
                       "\uff0f": "/"})
_BULLET = re.compile(r"^\s*(?:[-*•▪◦●■–]|\d+[.)])\s")
_SENTENCE_END = re.compile(r"[.!?;][)\]\"'”’]*(?=\s+\S)")  # "(Go Sooners!) Before ..." ends at the bracket


# A word; and "&" standing alone between words, which is the word "and" ("the iOS & Android team"): a phrase reads it
# as "and" and a wildcard stops at it as at "and". Inside a word ("R&D", "AT&T") it is part of a name, not a word.
TOKEN = re.compile(r"\w[\w+#]*|(?<!\S)&(?!\S)")
_WORDS_AND_GAPS = re.compile(f"({TOKEN.pattern})")
MAX_NGRAM = 4  # the longest run of words a fuzzy term is compared with ("Amazon Web Services")
_SQUASH = re.compile(r"[\s.\-/_]+")
_AND = "and"  # what a lone "&" reads as


def as_words(tokens: list[str]) -> list[str]:
    """Case-folded tokens as words: a lone "&" is "and"."""
    return [_AND if t == "&" else t for t in tokens] if "&" in tokens else tokens


def squash(text: str) -> str:
    """Text with its separators removed, as a fuzzy term and a run of words are compared: "micro-services" ->
    "microservices"."""
    return _SQUASH.sub("", text)


def separated(text: str) -> list[str]:
    """The pieces `squash` joins: "Node.js" -> ["Node", "js"]."""
    return [piece for piece in _SQUASH.split(text) if piece]


class Tokens(NamedTuple):
    """A view's words in order: each case-folded; between each word and the next, what is left of the text once
    spaces and the separators . - / _ are squashed out ("" there: a phrase may run on; "," there: it may not); each
    word's [start, end) span in the view's text; and the sentence or bullet it is in."""

    words: list[str]
    glue: list[str]
    spans: list[tuple[int, int]]
    segments: list[int]


@dataclass(frozen=True)
class View:
    """Accent-folded text of all lines (case kept, so case-sensitive terms still work), hyphenated line breaks
    joined, with for each character its (line, column) in the original and the sentence/bullet it belongs to."""

    text: str
    origin: Origin
    segments: tuple[tuple[int, int], ...]  # [start, end) spans of sentences/bullets in `text`

    def segment_at(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    @cached_property
    def starts(self) -> list[int]:
        return [a for a, _ in self.segments]

    @cached_property
    def segment_lines(self) -> list[int]:
        """Each sentence's or bullet's first line, in order."""
        return [self.origin[a][0] for a, _ in self.segments]

    def words_starting(self, prefix: str) -> list[int] | tuple[()]:
        """Where words start whose first len(prefix) characters (case-folded) are `prefix`, a spelling's lead of 1
        to 3 characters. One index by a word's first three characters answers the three-character leads, which
        are nearly all a rule set's; the few shorter ones ('R', 'Go', 'CI') are picked from the words of their
        first letter, once each per resume, rather than indexing every word a second and third time."""
        if len(prefix) == 3:
            return self.by_three.get(prefix, ())
        found = self._shorter.get(prefix)
        if found is None:
            words, _, spans, _ = self.tokens
            found = self._shorter[prefix] = [spans[i][0] for i in self._by_letter.get(prefix[:1], ())
                                             if words[i].startswith(prefix)]
        return found

    @cached_property
    def by_three(self) -> dict[str, list[int]]:
        """Where the words of each first three characters (case-folded) start, in order (a shorter word under all
        of it)."""
        index: dict[str, list[int]] = {}
        words, _, spans, _ = self.tokens
        for word, (start, _) in zip(words, spans):
            index.setdefault(word[:3], []).append(start)
        return index

    @cached_property
    def _shorter(self) -> dict[str, list[int]]:
        return {}

    @cached_property
    def tokens(self) -> Tokens:
        """Every word of the text, tokenised once and shared by the stems, the indexes and the ngrams: one split
        gives the words and the gaps between them in turn, and their running lengths give the spans."""
        parts = _WORDS_AND_GAPS.split(self.text)  # gap, word, gap, ..., word, gap
        ends = list(accumulate(map(len, parts)))
        spans = list(zip(ends[0::2], ends[1::2]))
        words = " ".join(parts[1::2]).casefold().split(" ") if spans else []  # case folding is letter by letter
        words = as_words(words)
        gaps = parts[2:-1:2]
        squashed = {gap: squash(gap).casefold() for gap in set(gaps)}  # most gaps are a space: squash each once
        glue = [squashed[gap] for gap in gaps]
        segs, seg = [], 0
        starts = self.starts
        for a, _ in spans:  # tokens come in order, so one walk assigns each its segment
            while seg + 1 < len(starts) and starts[seg + 1] <= a:
                seg += 1
            segs.append(seg)
        return Tokens(words, glue, spans, segs)

    @cached_property
    def stems(self) -> list[str]:
        return stems(self.tokens[0])

    @cached_property
    def segment_tokens(self) -> list[range]:
        """The tokens of each sentence or bullet, in order."""
        segs = self.tokens[3]
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
    def _by_letter(self) -> dict[str, list[int]]:
        """Which tokens start with each (case-folded) letter, in order."""
        index: dict[str, list[int]] = {}
        for i, word in enumerate(self.tokens[0]):
            index.setdefault(word[0], []).append(i)
        return index

    @cached_property
    def _lengths(self) -> tuple[list[int], list[int]]:
        """Running totals of the words' lengths and of the glue's, so a run's squashed length is two subtractions."""
        words, glue, _, _ = self.tokens
        return [0, *accumulate(map(len, words))], [0, *accumulate(map(len, glue))]

    def ngrams(self, n: int, letter: str, shortest: int, longest: int) -> tuple[list[str], list[tuple[int, int]]]:
        """Runs of `n` tokens starting with `letter` inside one sentence or bullet, squashed for fuzzy comparison
        to `shortest`..`longest` characters, with their spans. Only runs a fuzzy spelling could match are built:
        of its first letter, its number of words and its length (a rule set has a few fuzzy spellings)."""
        words, glue, spans, segs = self.tokens
        word_total, glue_total = self._lengths
        cands: list[str] = []
        found: list[tuple[int, int]] = []
        for i in self._by_letter.get(letter, ()):
            last = i + n - 1
            if last < len(words) and segs[i] == segs[last] and \
                    shortest <= word_total[last + 1] - word_total[i] + glue_total[last] - glue_total[i] <= longest:
                cand = words[i]
                for k in range(i + 1, last + 1):  # "micro" + "-"->"" + "services"
                    cand += glue[k - 1] + words[k]
                cands.append(cand)
                found.append((spans[i][0], spans[last][1]))
        return cands, found


class Origin:
    """Where each character of a view came from, (line, column) of the lines as written: kept as one run per piece
    of the view (a line's text or the break after it) and looked up on demand, since only the few characters a
    quote or a match starts at are ever asked about."""

    def __init__(self, pieces: list[str], where: list[tuple[int, int | list[int]]]):
        """`where` holds, for each piece, its line and its first column, or each character's column where
        folding moved them."""
        self._offsets = [0, *accumulate(map(len, pieces))][:-1]
        self._where = where

    def __getitem__(self, pos: int) -> tuple[int, int]:
        if pos < 0:
            raise IndexError(pos)  # never counted from the end: a view's positions are where they are
        k = bisect.bisect_right(self._offsets, pos) - 1
        line, columns = self._where[k]
        at = pos - self._offsets[k]
        return line, (columns + at if isinstance(columns, int) else columns[at])


def _fold(line: str) -> tuple[str, int | list[int]]:
    """A line (already translated by _SAME) with accents dropped, and the column each character came from: 0 when
    every character stays where it was, the first column of the run."""
    if line.isascii():
        return line, 0
    parts = [ch if ch < "\x80" else _folded(ch) for ch in line]
    if all(len(part) == 1 for part in parts):
        return "".join(parts), 0
    return "".join(parts), [col for col, part in enumerate(parts) for _ in part]


@lru_cache(maxsize=4096)
def _folded(char: str) -> str:
    """A character without its accents ("é" -> "e", "ﬁ" -> "fi"): worked out once per character, as a resume
    repeats its few."""
    return "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))


def _continues(prev: str, nxt: str) -> bool:
    """Whether `nxt` carries on the sentence of `prev` (translated and stripped) rather than starting anew: a
    wrapped bullet or paragraph."""
    nxt = nxt.lstrip()
    if not prev or not nxt or _BULLET.match(nxt) or prev[-1] in ".!?:;":
        return False
    return nxt[0].islower() or prev[-1] in ",-&/(" or prev.split()[-1].lower() in {"and", "or", "with", "of", "the",
                                                                                       "a", "in", "for", "to"}


_HYPHENATED = re.compile(r"[a-z]-$")


def build_view(lines: tuple[str, ...]) -> View:
    pieces: list[str] = []  # each line's folded text and the break after it, with where each came from
    where: list[tuple[int, int | list[int]]] = []
    size = 0
    hard: list[int] = [0]  # view offsets where a new sentence/bullet starts at a line break
    same = [line if line.isascii() else line.translate(_SAME) for line in lines]  # _SAME maps no ASCII
    for i, line in enumerate(lines):
        if i:
            prev = same[i - 1].rstrip()
            if _continues(prev, line):
                # "micro-\nservices": drop the hyphen so the word reads whole; otherwise the break is a space
                if _HYPHENATED.search(prev) and line.lstrip()[:1].islower():
                    while pieces and pieces[-1][-1:] in (" ", "-"):
                        pieces[-1], size = pieces[-1][:-1], size - 1
                        if not pieces[-1]:
                            pieces.pop(), where.pop()
                else:
                    pieces.append(" "), where.append((i - 1, len(lines[i - 1])))
                    size += 1
            else:
                pieces.append("\n"), where.append((i - 1, len(lines[i - 1])))
                size += 1
                hard.append(size)
        folded, cols = _fold(same[i])
        folded = folded.rstrip()
        pieces.append(folded), where.append((i, cols))
        size += len(folded)
    joined = "".join(pieces)
    starts = set(hard) | {m.end() + 1 for m in _SENTENCE_END.finditer(joined)}
    starts = sorted(s for s in starts if s < len(joined)) or [0]
    segs = tuple(zip(starts, [*starts[1:], len(joined)]))
    return View(joined, Origin(pieces, where), segs)
