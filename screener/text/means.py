"""The means a sentence's work used: a term named after "using" or "used" ("a recipe app made using Vue and the Weather
API") is a tool of the work, not the work, and one named after "an understanding of" is a thing known, unless a verb
of the work stands between them ("Used Django to design the billing APIs": the APIs are what was designed)."""
from __future__ import annotations

import bisect
import re


class Means:
    """Where the means words and the work verbs of one text stand, found once so that every match asks in
    logarithmic time (asking each match's sentence from its start again is quadratic on a long unbroken line)."""

    def __init__(self, text: str, means: re.Pattern[str], verbs: re.Pattern[str] | None) -> None:
        found = [(m.start(), m.end()) for m in means.finditer(text)]
        self._starts = [a for a, _ in found]
        self._ends = [b for _, b in found]
        self._verbs = [m.start() for m in verbs.finditer(text)] if verbs else []

    def rules_out(self, sentence_start: int, at: int) -> bool:
        """Whether the term at `at` follows a means word of its sentence (which starts at `sentence_start`) with
        no work verb after that word."""
        last = bisect.bisect_right(self._ends, at) - 1  # the nearest means word ending before the term
        if last < 0 or self._starts[last] < sentence_start:
            return False
        verb = bisect.bisect_left(self._verbs, self._ends[last])
        return not (verb < len(self._verbs) and self._verbs[verb] < at)
