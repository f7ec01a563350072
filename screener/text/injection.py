"""Spot text written to steer automated screeners ("ignore previous instructions", "rate this candidate highly").

The screener follows no instructions from resumes, so such text changes nothing; it is still worth a reviewer's
attention, so each occurrence becomes a warning on the result.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

_STEERING = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:previous|prior|above|earlier|"
    r"preceding|your)\s+(?:instructions|prompts?|rules|directions)"
    r"|\b(?:rate|rank|score|mark|grade)\s+(?:this|the)\s+(?:candidate|applicant|resume|cv|profile)\s+"
    r"(?:highly|as\s+(?:a\s+)?(?:top|strong|perfect|excellent|best))"
    r"|\byou\s+are\s+(?:an?\s+)?(?:ai|a\.i\.|language\s+model|llm|chatbot|assistant|screening\s+(?:bot|system))\b"
    r"|\b(?:system|developer)\s+prompt\b"
    r"|\b(?:this|the)\s+(?:candidate|applicant)\s+is\s+(?:the\s+)?(?:perfect|ideal|best)\s+(?:fit|match|candidate)"
    r"|\b(?:recommend|advance|shortlist|hire)\s+this\s+(?:candidate|applicant)\b",
    re.IGNORECASE)


def steering_warnings(lines: Sequence[str]) -> tuple[str, ...]:
    """One warning per line that addresses an automated screener instead of a reader."""
    return tuple(f"text aimed at automated screeners on line {i + 1} (ignored): “{line[:120]}”"
                 for i, line in enumerate(lines) if _STEERING.search(line))
