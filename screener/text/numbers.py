"""Numbers written as words, as resumes and postings write small counts of years ("five years of experience")."""
from __future__ import annotations

# The counts people spell out: one to fifteen, and twenty; larger ones are written in digits.
NUMBER_WORDS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten eleven twelve thirteen "
                                           "fourteen fifteen".split(), 1)} | {"twenty": 20}
