"""Page furniture: running headers and footers that repeat on the pages of a resume.

"May 26, 2021  Jane Doe · Curriculum Vitae  2" at the top of every page carries a date and a name, not a role, so
the experience timeline and its diagnostics skip such lines. Repeats are found at the edges of pages, comparing
lines with their short numbers blanked: page numbers change from page to page, years do not (two roles' dates at
the foot of two pages differ in their years).
"""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from ..models import Line

EDGE = 3  # lines at the top and at the bottom of a page where headers and footers sit
_PAGE_NUMBER = re.compile(r"(?<!\d)\d{1,3}(?!\d)")
_SPACE = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACE.sub(" ", _PAGE_NUMBER.sub("#", text.casefold())).strip()


def running_lines(lines: Sequence[Line]) -> frozenset[int]:
    """Indices of lines that repeat, page numbers aside, at the top or bottom of two or more pages."""
    by_page: dict[int, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        by_page[line.page].append(i)
    if len(by_page) < 2:
        return frozenset()
    pages_of: dict[str, set[int]] = defaultdict(set)
    where: dict[str, list[int]] = defaultdict(list)
    for page, indices in by_page.items():
        for i in dict.fromkeys([*indices[:EDGE], *indices[-EDGE:]]):
            key = _key(lines[i].text)
            pages_of[key].add(page)
            where[key].append(i)
    return frozenset(i for key, pages in pages_of.items() if key and len(pages) >= 2 for i in where[key])
