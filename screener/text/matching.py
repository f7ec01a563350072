"""One normalised view of a resume for keyword matching, with a map back to the text as written, and a
multi-term matcher that finds every term in one pass (one compiled alternation, fuzzy only on similar-length ngrams)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

# Characters that vary between resumes but mean the same thing when matching.
_SAME = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
                       "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ", "\u00ad": "-", "\u2044": "/",
                       "\uff0f": "/"})
SEP = r"[\s.\-/_]*"  # what may sit between the parts of a term: Node.js = NodeJS = node js, CI/CD = CI / CD
_BULLET = re.compile(r"^\s*(?:[-*•▪◦●■–]|\d+[.)])\s")
_SENTENCE_END = re.compile(r"[.!?;](?=\s+\S)")


@dataclass(frozen=True)
class View:
    """Accent-folded text of all lines (case kept, so case-sensitive terms still work), hyphenated line breaks
    joined, with for each character its (line, column) in the original and the sentence/bullet it belongs to."""

    text: str
    origin: tuple[tuple[int, int], ...]
    segments: tuple[tuple[int, int], ...]  # [start, end) spans of sentences/bullets in `text`

    def segment_at(self, pos: int) -> int:
        lo, hi = 0, len(self.segments) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.segments[mid][0] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo


def _fold(line: str) -> tuple[str, list[int]]:
    out, cols = [], []
    for col, ch in enumerate(line.translate(_SAME)):
        for c in unicodedata.normalize("NFKD", ch):
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
        origin.extend((i, c) for c in cols[:len(folded.rstrip())])
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


@dataclass(frozen=True)
class Match:
    key: str
    spelling: str
    start: int
    end: int
    score: float = 100.0


def spelling_pattern(spelling: str) -> str:
    parts = [re.escape(p) for p in re.split(r"[\s.\-/_]+", spelling.strip()) if p]
    return SEP.join(parts)


# A match must stand alone: not inside a word, and not the C of C++/C#.
_BEFORE, _AFTER = r"(?<![\w+#&])", r"(?![\w+#&]|\.\w)"


@lru_cache(maxsize=512)
def phrase_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of `words` as whole words or phrases, case-insensitive (for context, exclusions and role filters)."""
    if not words:
        return None
    return re.compile(rf"{_BEFORE}(?:{'|'.join(spelling_pattern(w) for w in words)}){_AFTER}", re.IGNORECASE)


@lru_cache(maxsize=256)
def compile_terms(spellings: tuple[Spelling, ...]) -> re.Pattern[str]:
    """All spellings in one alternation, longest first so 'team lead' wins over 'lead' at the same place."""
    order = sorted(range(len(spellings)), key=lambda i: -len(spellings[i].text))
    alts = [f"(?P<s{i}>{spelling_pattern(spellings[i].text)})" if spellings[i].case
            else f"(?i:(?P<s{i}>{spelling_pattern(spellings[i].text)}))" for i in order]
    return re.compile(f"{_BEFORE}(?:{'|'.join(alts)}){_AFTER}")


_TOKEN = re.compile(r"\w[\w+#]*")


def find(view: View, spellings: tuple[Spelling, ...], threshold: float) -> list[Match]:
    """Every exact match of any spelling, then fuzzy matches for fuzzy spellings over token ngrams of similar
    length (so a long term never matches inside unrelated words and Java never matches JavaScript)."""
    out = []
    for m in compile_terms(spellings).finditer(view.text):
        sp = spellings[int(m.lastgroup[1:])]
        if view.segment_at(m.start()) == view.segment_at(m.end() - 1):  # phrases never span two bullets
            out.append(Match(sp.key, sp.text, m.start(), m.end()))
    fuzzy = [s for s in spellings if s.fuzzy]
    if not fuzzy:
        return out
    targets = [re.sub(r"[\s.\-/_]+", "", s.text.casefold()) for s in fuzzy]
    taken = {(m.start, m.end) for m in out}
    tokens = list(_TOKEN.finditer(view.text))
    for n in range(1, 1 + max(len(s.text.split()) for s in fuzzy) + 1):
        for i in range(len(tokens) - n + 1):
            a, b = tokens[i].start(), tokens[i + n - 1].end()
            cand = re.sub(r"[\s.\-/_]+", "", view.text[a:b].casefold())
            if (a, b) in taken or view.segment_at(a) != view.segment_at(b - 1):
                continue
            for j, t in enumerate(targets):
                if abs(len(cand) - len(t)) <= max(1, len(t) // 8) and cand[0] == t[0]:
                    score = fuzz.ratio(cand, t)
                    if score >= threshold:
                        out.append(Match(fuzzy[j].key, fuzzy[j].text, a, b, round(score, 1)))
                        taken.add((a, b))
                        break
    return sorted(out, key=lambda m: m.start)

