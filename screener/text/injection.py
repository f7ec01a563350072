"""Spot text written to steer automated screeners ("ignore previous instructions", "rate this candidate highly").

The screener follows no instructions from resumes, so such text changes nothing; it is still worth a reviewer's
attention, so each occurrence becomes a warning on the result.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

# Each phrase opens with a choice of words, at a word's start
_PHRASES = (
    r"(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|preceding|"
    r"your)\s+(?:instructions|prompts?|rules|directions)",
    r"(?:rate|rank|score|mark|grade)\s+(?:this|the)\s+(?:candidate|applicant|resume|cv|profile)\s+"
    r"(?:highly|as\s+(?:a\s+)?(?:top|strong|perfect|excellent|best))",
    r"(?:you)\s+are\s+(?:an?\s+)?(?:ai|a\.i\.|language\s+model|llm|chatbot|assistant|screening\s+(?:bot|system))\b",
    r"(?:system|developer)\s+prompt\b",
    r"(?:this|the)\s+(?:candidate|applicant)\s+is\s+(?:the\s+)?(?:perfect|ideal|best)\s+(?:fit|match|candidate)",
    r"(?:recommend|advance|shortlist|hire)\s+this\s+(?:candidate|applicant)\b",
)
# The letters the phrases' first words start with: one look at a word's first letter (case ignored, as for the words)
# spares trying every phrase at every word of every line.
_FIRST_LETTERS = "".join(sorted({word[0] for phrase in _PHRASES
                                 for word in re.match(r"\(\?:([^)]*)\)", phrase)[1].split("|")}))
_STEERING = re.compile(rf"\b(?=[{_FIRST_LETTERS}])(?:{'|'.join(_PHRASES)})", re.IGNORECASE)


def steering_warnings(lines: Sequence[str]) -> tuple[str, ...]:
    """One warning per line that addresses an automated screener instead of a reader."""
    return tuple(f"text aimed at automated screeners on line {i + 1} (ignored): “{line[:120]}”"
                 for i, line in enumerate(lines) if _STEERING.search(line))
