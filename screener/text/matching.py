"""One view of a resume's text for matching terms: the lines joined, so phrases match across line breaks, with
offsets mapped back to lines so evidence quotes the resume as written.

Term patterns treat spaces, dots, hyphens and slashes between a term's parts as optional and interchangeable
(Node.js = NodeJS = node js, CI/CD = CI / CD), and only match whole words: "Go" never matches inside "Google",
"Java" never inside "JavaScript", "C" never in "C++".
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

_PART_SEP = re.compile(r"[\s.\-/_]+")
# ".", "+" and "#" are part of names (C++, C#, .NET, Node.js), so a whole word may not continue with them
_BEFORE = r"(?<![\w+#])"
_AFTER = r"(?![\w+#]|\.\w)"
_NEGATION = re.compile(r"\b(?:no|little|limited|without) (?:prior |professional |hands-on )?(?:experience|knowledge|exposure)"
                       r" (?:with|in|of)\b[^.;:!?]*$|\b(?:not|never) (?:used|worked with|familiar with|experienced with"
                       r"|experienced in)\b[^.;:!?]*$|\bunfamiliar with\b[^.;:!?]*$", re.I)
_WORD_CHAR = re.compile(r"\w")


def term_pattern(spelling: str) -> str:
    """Regex source for one spelling as a whole word or phrase; its parts may be joined or split any way."""
    parts = [re.escape(p) for p in _PART_SEP.split(spelling.strip()) if p]
    return _BEFORE + r"[\s.\-/_]*".join(parts) + _AFTER


def compile_terms(spellings: Sequence[str], case_sensitive: bool) -> re.Pattern[str] | None:
    """One alternation for many spellings, longest first so 'PostgreSQL' wins over 'Postgres'."""
    if not spellings:
        return None
    ordered = sorted(set(spellings), key=len, reverse=True)
    return re.compile("|".join(f"(?:{term_pattern(s)})" for s in ordered), 0 if case_sensitive else re.IGNORECASE)


@dataclass(frozen=True)
class TextView:
    """The lines of a resume joined by newlines, and where each line starts."""

    text: str
    starts: tuple[int, ...]

    @classmethod
    def of(cls, lines: Sequence[str]) -> TextView:
        starts, pos = [], 0
        for line in lines:
            starts.append(pos)
            pos += len(line) + 1
        return cls("\n".join(lines), tuple(starts))

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def span_lines(self, start: int, end: int) -> range:
        return range(self.line_of(start), self.line_of(max(start, end - 1)) + 1)


def negated(text: str, start: int) -> bool:
    """True when the words before `start` in the same sentence deny it ("no experience with", "never used")."""
    head = text[max(0, start - 80):start]
    head = head[head.rfind("\n") + 1:] if "\n" in head else head
    return bool(_NEGATION.search(head))


def fuzzy_line_match(term: str, line: str, threshold: float) -> tuple[int, int, float] | None:
    """(start, end, score) of a close misspelling of `term` in `line`, or None.

    The aligned span is widened to whole words and compared with the term as a whole, so a long term never
    matches a fragment of a different, longer word.
    """
    low = line.lower()
    al = fuzz.partial_ratio_alignment(term, low, score_cutoff=threshold)
    if al is None:
        return None
    start, end = al.dest_start, al.dest_end
    while start > 0 and _WORD_CHAR.match(low[start - 1]):
        start -= 1
    while end < len(low) and _WORD_CHAR.match(low[end]):
        end += 1
    score = fuzz.ratio(term, low[start:end])
    return (start, end, round(score, 1)) if score >= threshold else None
