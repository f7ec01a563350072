"""Markdown resumes read as they render. Markup is not text: '###', '**', '_', backticks and a link's target are
not words of the resume, and a title written '### **Lead Engineer**' is the title 'Lead Engineer'. What a reader
of the rendered page cannot see (an HTML comment, an element hidden by its style) is not evidence. The source's
line breaks are kept, as a text resume's are: people write one line per title, date or bullet and leave the
paragraph's reflowing to the renderer, and the screener reads layout by lines; so are a raw HTML block's. A table's
cells keep the bars between them, and a badge image (its address spells its words) shows its words.

CommonMark with GitHub's tables and strikethrough, through markdown-it-py (rich's own Markdown parser, so already
installed): its HTML goes through the same reader of visible HTML as a DOCX's embedded web page."""
from __future__ import annotations

from pathlib import Path

from markdown_it import MarkdownIt

from ..models import Document, Line
from ..text.normalize import normalize_items
from .chunks import read_html
from .links import link_lines
from .text import read

# nesting as deep as markdown-it's default preset allows (CommonMark's preset stops at 20 and drops the rest)
_MARKDOWN = MarkdownIt("commonmark", {"html": True, "maxNesting": 100}).enable(["table", "strikethrough"])
_DEPTH = _MARKDOWN.options["maxNesting"]


def _html(text: str) -> tuple[str, bool]:
    """The rendered page, each ordered item carrying its number as written ('2015.' opens a list in Markdown, which
    a browser would renumber from its first item: a year or a month written so is the resume's, not a count), and
    whether the parser stopped at its nesting limit, leaving the rest of the source unread."""
    env: dict = {}
    tokens = _MARKDOWN.parse(text, env)
    for token in tokens:
        if token.type == "list_item_open" and token.info.isdigit():
            token.attrSet("value", token.info)
    cut = any(token.level >= _DEPTH - 1 for token in tokens)
    return _MARKDOWN.renderer.render(tokens, _MARKDOWN.options, env), cut


def load(path: Path) -> Document:
    text, warnings = read(path)
    html, cut = _html(text)
    page = read_html(html, markdown=True)
    if cut:
        warnings.append(f"lists or quotes nest deeper than {_DEPTH} levels: the text after that point was not read")
    lines = normalize_items(page.lines)
    hidden = page.dropped + page.comments
    if hidden:
        warnings.append(f"hidden text ignored: {hidden} HTML comment{'s' * (hidden > 1)} or hidden element"
                        f"{'s' * (hidden > 1)}")
    links = link_lines(page.links) if lines else []
    return Document(source=str(path), kind="markdown", lines=(*(Line(t, item=item) for t, item in lines), *links),
                    warnings=tuple(warnings), unreadable=None if lines else "no text in the document")
