"""The nouns that name a role ('engineer', 'analyst', 'nurse'): a line naming one is a role's title, which tells a
work history's entries from the projects, courses and study listed among them."""
from __future__ import annotations

import re

_NOUNS = ("engineer", "developer", "programmer", "technician", "consultant", "manager", "administrator", "officer",
          "specialist", "analyst", "scientist", "architect", "designer", "director", "coordinator", "assistant",
          "intern", "volunteer(?:ed)?", "clerk", "nurse", "teacher", "lecturer", "researcher", "tutor", "professor",
          "instructor", "postdoc", "accountant", "lawyer", "attorney", "cashier", "driver", "advis[eo]r",
          "representative", "executive", "operator", "statistician", "economist", "chemist", "physicist", "physician",
          "pharmacist", "therapist", "counsell?or", "founder", "owner", "lead")


# the lookbehinds a word's pattern may open with ("(?<!teaching\s)associate"): its first letter stands after them
_LEADING_LOOKBEHINDS = re.compile(r"(?:\(\?<[!=][^()]*\))*")


def first_letter_alternation(words: tuple[str, ...]) -> str:
    """The words' patterns as one alternative, where a word starts: each starts (after any lookbehinds) with a plain
    ASCII letter, whose case-insensitive matches are its own, so the word's first letter is looked at once and only
    that letter's words are tried, in the list's order (the same matches as one alternation of every word, about 3x
    faster on a resume's lines). The role nouns and the staff titles (experience/kinds.py) are both read so."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[_LEADING_LOOKBEHINDS.match(word).end()], []).append(word)
    return rf"\b(?=[{''.join(groups)}])(?:" + "|".join(f"(?:{'|'.join(group)})" for group in groups.values()) + ")"


ROLE_NOUN = re.compile(first_letter_alternation(_NOUNS) + r"s?\b", re.I)
