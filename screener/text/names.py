"""Which words are names rather than English words: a word written with a capital after its first letter ("AWS",
"iOS", "DevOps", "APIs") names a thing, and Snowball's suffix rules would cut it into another word's stem ("AWS" ->
"aw", "iOS" -> "io"). A name is compared as written, case-folded, with only a plural "s" after its capitals taken off
("APIs" is the plural of "API"). Capitals are not a name where they are the way a whole stretch is written: a line
with no lower-case letter (a heading, a resume in capitals), or words in capitals joined by spaces ("SENIOR
ENGINEER | Acme")."""
from __future__ import annotations

from itertools import accumulate


def _capitals(word: str) -> bool:
    """All capitals, two letters or more ("AWS", "K8S"; not "I", "A")."""
    return word.isupper() and len(word) > 1 and word[1:].upper() != word[1:].lower()


def name_forms(written: list[str], gaps: list[str] | None = None) -> list[str | None]:
    """For each word as written, in order, its form as a name ("APIs" -> "api", "iOS" -> "ios"), or None for an
    English word, which is stemmed. `gaps` are the text between each word and the next; without them (a rule
    file's term) every word in capitals is a name, as its author wrote it."""
    out: list[str | None] = [None] * len(written)
    shouted = _shouted(written, gaps) if gaps is not None else None
    for i, word in enumerate(written):
        rest = word[1:]
        if rest == rest.lower():  # no capital after the first letter: a word, capitalised or not
            continue
        if word.isupper():
            if shouted is not None and shouted(i):
                continue
        elif word[-1] == "s" and _capitals(word[:-1]):
            word = word[:-1]  # the plural of a name in capitals
        out[i] = word.casefold()
    return out


def _shouted(written: list[str], gaps: list[str]):
    """Whether word i is in capitals as its stretch is: its line has no lower-case letter, or a word beside it in
    capitals is joined to it by spaces alone. Lines are numbered in one pass, so a resume in capitals costs a
    walk, not a scan of each word's line."""
    line = [0, *accumulate(gap.count("\n") for gap in gaps)]
    lower = {line[i] for i, word in enumerate(written) if word != word.upper()}
    last = len(written) - 1

    def joined(i: int, j: int) -> bool:  # words i and i + 1 = j, or j and i
        a = min(i, j)
        return _capitals(written[j]) and not gaps[a].strip(" \t")

    def shouted(i: int) -> bool:
        return (line[i] not in lower or (i > 0 and joined(i, i - 1))
                or (i < last and joined(i, i + 1)))
    return shouted
