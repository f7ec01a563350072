"""Which words are names rather than English words: a word written with a capital after its first letter ("AWS",
"iOS", "DevOps", "APIs") names a thing, and Snowball's suffix rules would cut it into another word's stem ("AWS" ->
"aw", "iOS" -> "io"). A name is compared as written, case-folded, with only a plural "s" after its capitals taken off
("APIs" is the plural of "API"). Capitals that run over several words are a heading or a shouted line, not names:
a word in capitals is a name only when no word beside it is in capitals too."""
from __future__ import annotations


def _capitals(word: str) -> bool:
    """All capitals, two letters or more ("AWS", "K8S"; not "I", "A")."""
    return word.isupper() and len(word) > 1 and word[1:].upper() != word[1:].lower()


def name_forms(written: list[str]) -> list[str | None]:
    """For each word as written, in order, its form as a name ("APIs" -> "api", "iOS" -> "ios"), or None for an
    English word, which is stemmed."""
    out: list[str | None] = [None] * len(written)
    last = len(written) - 1
    for i, word in enumerate(written):
        rest = word[1:]
        if rest == rest.lower():  # no capital after the first letter: a word, capitalised or not
            continue
        if word.isupper():
            if (i and _capitals(written[i - 1])) or (i < last and _capitals(written[i + 1])):
                continue  # a run of capitals: a heading or a shouted line
        elif word[-1] == "s" and _capitals(word[:-1]):
            word = word[:-1]  # the plural of a name in capitals
        out[i] = word.casefold()
    return out
