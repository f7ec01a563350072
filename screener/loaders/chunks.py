"""Visible text of HTML, as a browser shows it: a DOCX's embedded chunks (w:altChunk: a whole resume body may be an
HTML or MHT page inside the DOCX, which Word renders as if it were Word text) and a Markdown resume rendered to HTML.
Scripts, styles, comments and hidden elements are skipped; list items keep the bullet or number shown before them,
and preformatted text its lines."""
from __future__ import annotations

import email
import re
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from ..text.normalize import ITEM_MARK

_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
           "article", "header", "footer", "dt", "dd", "blockquote", "pre", "hr"}
_CELLS = {"td", "th"}
_INVISIBLE_TAGS = {"script", "style", "head", "title", "template", "noscript"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}
# a person cannot see these: no display, no visibility, white on the page, or a font too small to read
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|(?<![-\w])color\s*:\s*(?:#fff(?:fff)?\b|white"
                           r"|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))|font-size\s*:\s*(?:0|[0-3](?:\.\d+)?pt|[0-4](?:\.\d+)?px)"
                           r"(?![\d.])", re.I)


_CELL_BAR = " | "  # between a Markdown table's cells, as its source draws them
_DIGITS = re.compile(r"\s*([0-9]{1,9})\s*")  # an item number a browser shows: ASCII digits, not a superscript's


def _number(value: str | None) -> str | None:
    """A list's start or an item's value as written ('09' stays '09'), or None when it is not a number."""
    m = _DIGITS.fullmatch(value or "")
    return m[1] if m else None


def _badge(alt: str, src: str) -> bool:
    """Whether an image draws its alt text: a badge's address spells the words it shows, each a word of its path
    (img.shields.io/badge/-Python-blue shows 'Python'); any other image's alt text is not on the page, nor are
    words only in a query string or an inline data address."""
    try:
        address = urlsplit(src)
    except ValueError:  # not an address a browser loads ('http://[bad'): no image, so no words
        return False
    if address.scheme == "data":
        return False
    shown = set(re.findall(r"[a-z0-9]+", unquote(address.path).lower()))
    words = re.findall(r"[a-z0-9]+", alt.lower())
    return bool(words) and all(w in shown for w in words)


class _Text(HTMLParser):
    """With `markdown`, the page is a Markdown source rendered: the source's line breaks stay lines (a raw HTML
    block's too; a table row is one line), cells keep the bars the source drew between them, and a badge shows
    its words."""

    def __init__(self, markdown: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.markdown = markdown
        self.lines: list[str] = [""]
        self.stack: list[tuple[str, bool, bool]] = []  # per open element: (tag, hides its content, by its style)
        self.open: Counter[str] = Counter()  # open elements by tag: a stray end tag is told in one look
        self.hidden = self.styled = 0
        self.dropped = 0  # pieces of text a style hid: said in a warning, as the other loaders do
        self.numbers: list[int | None] = []  # per open list: the next item's number, None for bullets
        self.mark = ""  # the open item's bullet or number, shown before its first words
        self.pre = 0  # open <pre> elements: their line breaks are shown
        self.rows = 0  # open table rows: a row is one line, whatever breaks its source has between cells
        self.anchors: list[tuple[str, int]] = []  # open links: target, visible characters before it
        self.shown = 0  # visible characters so far
        self.links: list[str] = []  # targets of links with visible words, in order
        self.comments = 0  # comments with words in them: text no reader sees

    def handle_starttag(self, tag, attrs):
        named = dict(attrs)
        by_style = "hidden" in named or bool(_HIDDEN_STYLE.search(named.get("style") or ""))
        hides = tag in _INVISIBLE_TAGS or by_style
        if tag in _BLOCKS:
            self.lines.append("")
        elif tag in _CELLS:
            self.lines[-1] += _CELL_BAR if self.markdown and self.lines[-1].strip() else " "
        elif tag == "img" and self.markdown and not (self.hidden or hides):
            alt = named.get("alt") or ""
            if _badge(alt, named.get("src") or ""):
                self.handle_data(f" {alt} ")
        if tag in _VOID:
            return
        if tag in ("ul", "ol"):
            self.numbers.append(int(_number(named.get("start")) or 1) if tag == "ol" else None)
        elif tag == "li" and not (self.hidden or hides):
            self._item(named.get("value"))
        elif tag == "pre":
            self.pre += 1
        elif tag == "tr":
            self.rows += 1
        elif tag == "a":
            self.anchors.append((named.get("href") or "", self.shown))
        self.stack.append((tag, hides, by_style))
        self.open[tag] += 1
        self.hidden += hides
        self.styled += by_style

    def _item(self, value: str | None) -> None:
        """A shown list item: its bullet, or its number (the value written on it, else the list's count)."""
        count = self.numbers[-1] if self.numbers else None
        if count is None:
            self.mark = ITEM_MARK  # the bullet a browser draws before an unordered list's item
            return
        written = _number(value)
        self.mark = f"{written or count}. "
        self.numbers[-1] = int(written or count) + 1

    def handle_endtag(self, tag):
        """Close back to the nearest open element of this name, as browsers do: a stray end tag closes nothing,
        and an element left open (an <li> without </li>) closes with its parent."""
        if tag in _VOID or not self.open[tag]:
            return
        while True:
            open_tag, hides, by_style = self.stack.pop()
            self.open[open_tag] -= 1
            self.hidden -= hides
            self.styled -= by_style
            self._closed(open_tag)
            if open_tag == tag:
                break
        if tag in _BLOCKS:
            self.lines.append("")

    def _closed(self, tag: str) -> None:
        if tag == "li":
            self.mark = ""  # an item with no words shows its mark on no other line
        elif tag in ("ul", "ol") and self.numbers:
            self.numbers.pop()
        elif tag == "pre":
            self.pre -= 1
        elif tag == "tr":
            self.rows -= 1
        elif tag == "a" and self.anchors:
            href, before = self.anchors.pop()
            if href and self.shown > before:  # a link with visible words only
                self.links.append(href)

    def handle_data(self, data):
        if self.hidden:
            self.dropped += bool(self.styled and data.strip())
            return
        lines = self.pre or self.markdown and not self.rows
        first, *more = data.split("\n") if lines else [data.replace("\n", " ")]
        self._show(first)
        for piece in more:
            self.lines.append("")
            self._show(piece)

    def _show(self, piece: str) -> None:
        if self.mark and piece.strip():  # an item's first words: its mark goes before them, on their line
            self.lines[-1] = (self.lines[-1].strip() + " " if self.lines[-1].strip() else "") + self.mark
            self.mark = ""
        self.lines[-1] += piece
        self.shown += len(piece.strip())

    def handle_comment(self, data):
        self.comments += bool(data.strip())

    def parse_html_declaration(self, i):
        """A malformed '<!' declaration ('<![if', '<![]]>') is a bogus comment up to its '>', as browsers read
        it; Python's parser asserts on some of them, which would lose the whole page."""
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            end = self.rawdata.find(">", i + 2)
            return len(self.rawdata) if end < 0 else end + 1


def read_html(html: str, markdown: bool = False) -> _Text:
    """The parser after reading the page: its visible lines, hidden pieces and links."""
    parser = _Text(markdown)
    parser.feed(html)
    parser.close()
    return parser


def html_lines(html: str) -> tuple[list[str], int]:
    """The visible text of an HTML page, one line per block element, and how many pieces of text were hidden."""
    parser = read_html(html)
    return parser.lines, parser.dropped


def chunk_lines(blob: bytes) -> tuple[list[str], int] | None:
    """Lines of an embedded chunk (HTML, MHT as Word saves a web page, or plain text) and the number of hidden
    pieces left out; None for a kind we do not read (RTF)."""
    head = blob[:512].lstrip().lower()
    if head.startswith(b"{\\rtf"):
        return None
    if head.startswith((b"mime-version", b"content-type")) or b"\nmime-version:" in head:
        message = email.message_from_bytes(blob)
        for part in message.walk():
            if part.get_content_type() in ("text/html", "application/xhtml+xml"):
                payload = part.get_payload(decode=True) or b""
                return html_lines(payload.decode(part.get_content_charset() or "utf-8", "replace"))
        return None
    text = blob.decode("utf-8", "replace")
    if re.search(r"<(?:html|body|p|div)\b", text[:4096], re.I):
        return html_lines(text)
    return text.splitlines(), 0
