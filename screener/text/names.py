"""Which of a rule's words are names rather than English words: a term written with a capital after its first letter
("AWS", "iOS", "RESTful", "APIs") names a thing, and Snowball's suffix rules would cut it into an ordinary word's
stem ("AWS" -> "aw", "iOS" -> "io", "RESTful" -> "rest"). Such a term meets only the resume's words that are it as
written, case-folded, or its plural ("APIs" of "API", "iPhones" of "iPhone"), as a stemmed word meets its plural.
Only the rule's side is read so: a rule's author writes names as names, while a resume puts capitals anywhere ("LED
a team", "MicroServices"), so its words keep their stems."""
from __future__ import annotations


def _capitals(word: str) -> bool:
    """All capitals, two letters or more ("AWS", "K8S"; not "I", "A")."""
    return word.isupper() and len(word) > 1 and word[1:].upper() != word[1:].lower()


def written_as(term_word: str) -> frozenset[str] | None:
    """The case-folded words a rule's word written as a name meets, it and its plural ("APIs" and "API" -> api,
    apis; "iOS" -> ios, ioss), or None for an English word, which is stemmed."""
    rest = term_word[1:]
    if rest == rest.lower():  # no capital after the first letter: a word, capitalised or not
        return None
    if not term_word.isupper() and term_word[-1] == "s" and _capitals(term_word[:-1]):
        term_word = term_word[:-1]  # the plural of a name in capitals
    name = term_word.casefold()
    return frozenset((name, name + "s"))
