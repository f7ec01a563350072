"""Which words are names rather than English words: a word written with a capital after its first letter ("AWS",
"iOS", "DevOps", "APIs") names a thing, and Snowball's suffix rules would cut it into another word's stem ("AWS" ->
"aw", "iOS" -> "io"). A name is compared as written, case-folded, with only a plural "s" after its capitals taken off
("APIs" is the plural of "API"). Capitals are not a name where they are the way a whole stretch is written: a line
with no lower-case letter (a heading, a resume in capitals), or words in capitals joined by spaces ("SENIOR
ENGINEER | Acme")."""
from __future__ import annotations

import bisect
import re

# A capital after a word's character: the words it is in are the only ones that may be names.
_INNER_CAPITAL = re.compile(r"[\w+#][A-Z]+")
_PAST = (float("inf"),)


def _capitals(word: str) -> bool:
    """All capitals, two letters or more ("AWS", "K8S"; not "I", "A")."""
    return word.isupper() and len(word) > 1 and word[1:].upper() != word[1:].lower()


def name_form(word: str) -> str | None:
    """The word's form as a name ("APIs" -> "api", "iOS" -> "ios"), or None for an English word, which is
    stemmed; as a rule file's term is read, where capitals are always the author's."""
    rest = word[1:]
    if rest == rest.lower():  # no capital after the first letter: a word, capitalised or not
        return None
    if not word.isupper() and word[-1] == "s" and _capitals(word[:-1]):
        word = word[:-1]  # the plural of a name in capitals
    return word.casefold()


def names_in(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """The names among a text's words (by their [start, end) spans, in order), by word number. Only words with an
    inner capital are looked at, found by one regex scan in order, so each line is found and asked whether it has
    a lower-case letter once: a resume in capitals costs one pass."""
    out: dict[int, str] = {}
    line_end, lower = -1, True  # the line of the last word looked at: where it ends, whether it has lower case
    last = -1
    for m in _INNER_CAPITAL.finditer(text):
        i = bisect.bisect_right(spans, (m.start() + 1, *_PAST)) - 1
        start, end = spans[i] if i >= 0 else (0, 0)
        if i == last or not start <= m.start() < end:  # a word seen, or a capital that starts a word
            continue
        last, word = i, text[start:end]
        if word.isupper():
            if start > line_end:
                first = text.rfind("\n", max(line_end, 0), start) + 1
                line_end = text.find("\n", end)
                line_end = len(text) if line_end < 0 else line_end
                lower = text[first:line_end] != text[first:line_end].upper()
            if not lower or _joined_to_capitals(text, spans, i):
                continue
        out[i] = name_form(word)
    return out


def _joined_to_capitals(text: str, spans: list[tuple[int, int]], i: int) -> bool:
    """Whether a word beside word i is in capitals and joined to it by spaces alone (a heading's or a shouted
    line's run: "SENIOR ENGINEER")."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(spans):
            gap = text[spans[min(i, j)][1]:spans[max(i, j)][0]]
            if not gap.strip(" \t") and _capitals(text[spans[j][0]:spans[j][1]]):
                return True
    return False
