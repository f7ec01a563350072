"""Date lines a PDF broke apart by letter spacing ('OCTO BE R 2 0 1 3 T IL L MA R CH 2 0 1 6', 'AU GU ST
2 0 0 9'): the spaces fall inside words and numbers, so the grammar sees no date. A line made only of the grammar's
own words (months, seasons, links, open ends, 'since'), numbers and marks once its spaces are taken out is such a
line, and is read with its pieces set apart again. Any other line is left as it is: a title's or a sentence's
words are not the grammar's. A date line is short: a longer line is no date line, which also keeps the word
splitting cheap on a long run of letters ('a a a ...' is made of the grammar's 'a')."""
from __future__ import annotations

import re
from functools import lru_cache

from .months import LINKS, MONTH_WORDS, OPEN_ENDS, SEASON_WORDS, SINCE, spellings

_VOCABULARY = frozenset(piece.casefold()
                        for word in spellings(f"{MONTH_WORDS} {SEASON_WORDS} {OPEN_ENDS} {LINKS} {SINCE}")
                        for piece in word.split())
_LONGEST = max(map(len, _VOCABULARY))
_STRAY_PIECE = re.compile(r"(?<!\S)[^\W_](?!\S)")  # a letter or digit standing alone: a word cut by spacing
_RUNS = re.compile(r"\d+|[^\W\d_]+|[^\w\s]+")
_DATE_LINE = 80  # the longest a date line runs, letter spacing included: two dates, a link and their spaces
_NUMBER_LENGTHS = (1, 2, 4)  # a day or month, or a year: longer runs are numbers joined across their spaces


@lru_cache(maxsize=4096)
def _words(run: str) -> tuple[str, ...] | None:
    """`run` (letters) split into the fewest words of the grammar, or None when it is not made of them. Each end
    keeps only its count of words and where its last word starts, so the work grows with the run's length."""
    run = run.casefold()
    count: list[int | None] = [0] + [None] * len(run)
    begins = [0] * (len(run) + 1)  # where the last word of the best split up to each end starts
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - _LONGEST), end):
            head = count[start]
            if head is not None and (count[end] is None or head + 1 < count[end]) and run[start:end] in _VOCABULARY:
                count[end], begins[end] = head + 1, start
    if count[-1] is None:
        return None
    words: list[str] = []
    end = len(run)
    while end:
        words.append(run[begins[end]:end])
        end = begins[end]
    return tuple(reversed(words))


def respaced(line: str) -> str | None:
    """The line's date pieces set apart again ('JU LY 2 0 1 2 T IL L OCTO BE R 2 0 1 3' -> 'july 2012 till october
    2013'), or None when the line has no piece cut by spacing or holds anything but the grammar's words, numbers
    and marks."""
    if len(line.strip()) > _DATE_LINE or not _STRAY_PIECE.search(line):
        return None
    pieces: list[str] = []
    for run in _RUNS.findall("".join(line.split())):
        if run[0].isdigit():
            if len(run) not in _NUMBER_LENGTHS:
                return None
            pieces.append(run)
        elif run[0].isalpha():
            words = _words(run)
            if words is None:
                return None
            pieces += words
        else:
            pieces.append(run)
    return " ".join(pieces)
