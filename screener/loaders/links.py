"""Web links a resume makes clickable (a GitHub icon, a portfolio URL), as lines a rule can match.

Only host and first path segment are kept ("github.com/jdoe"): that is the profile a reader reaches, and a
deeper path cannot smuggle in keywords the page never shows. Mail and phone links are contact details.
"""
from __future__ import annotations

import re

from ..models import Line

HEADING = "Links"
_WEB_LINK = re.compile(r"https?://(?:www\.)?([A-Za-z0-9.-]+\.[A-Za-z]{2,})(?::\d+)?(?:/([\w.~-]+))?", re.IGNORECASE)


def profile(url: str) -> str | None:
    m = _WEB_LINK.match(url.strip())
    return m.group(1) + (f"/{m.group(2)}" if m.group(2) else "") if m else None


def link_lines(urls: list[str], page: int = 1) -> list[Line]:
    """A 'Links' heading and each distinct web link under it, to follow the resume's own text."""
    found = list(dict.fromkeys(p for p in map(profile, urls) if p))
    return [Line(text, page) for text in (HEADING, *found)] if found else []
