"""`screener text`: the lines the screener extracted, in reading order, with page and section markers, so a
person can see what the checks read when a rule does not match as expected."""
from __future__ import annotations

from collections.abc import Iterator

from ..models import Document
from ..text.sections import find_sections


def extracted_lines(document: Document) -> Iterator[str]:
    """Each line of text, after a `=== page N ===` marker where a page begins (multi-page files) and a
    `--- [section] ---` marker where a section heading was recognised."""
    texts = [line.text for line in document.lines]
    starts = {s.start - 1: s for s in find_sections(texts)}
    page = None
    for i, line in enumerate(document.lines):
        if document.pages > 1 and line.page != page:
            page = line.page
            yield f"=== page {page} ==="
        if i in starts:
            yield f"--- [{starts[i].name}] ---"
        yield line.text
