"""Visible text of HTML, as a browser shows it: a DOCX's embedded chunks (w:altChunk: a whole resume body may be an
HTML or MHT page inside the DOCX, which Word renders as if it were Word text) and a Markdown resume rendered to HTML.
Scripts, styles, comments and hidden elements are skipped; list items keep the bullet or number shown before them,
and preformatted text its lines."""
from __future__ import annotations

import email
import re
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "section",
           "article", "header", "footer", "dt", "dd", "blockquote", "pre", "hr"}
_CELLS = {"td", "th"}
_INVISIBLE_TAGS = {"script", "style", "head", "title", "template", "noscript"}
_VOID = {"br", "hr", "img", "meta", "link", "input", "col", "area", "base", "wbr", "source"}
# a person cannot see these: no display, no visibility, white on the page, or a font too small to read
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|(?<![-\w])color\s*:\s*(?:#fff(?:fff)?\b|white"
                           r"|rgb\(\s*255\s*,\s*255\s*,\s*255\s*\))|font-size\s*:\s*(?:0|[0-3](?:\.\d+)?pt|[0-4](?:\.\d+)?px)"
                           r"(?![\d.])", re.I)


BULLET = "\u2022 "  # what a browser draws before an unordered list's item, as the DOCX reader marks one


def _start(value: str | None) -> int:
    """An ordered list's first number (its start attribute, 1 when absent or not a number)."""
    return int(value) if value and value.strip().isdigit() else 1


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.stack: list[tuple[str, bool, bool]] = []  # per open element: (tag, hides its content, by its style)
        self.hidden = self.styled = 0
        self.dropped = 0  # pieces of text a style hid: said in a warning, as the other loaders do
        self.numbers: list[int | None] = []  # per open list: the next item's number, None for bullets
        self.pre = 0  # open <pre> elements: their line breaks are shown
        self.anchors: list[tuple[str, int]] = []  # open links: target, visible characters before it
        self.shown = 0  # visible characters so far
        self.links: list[str] = []  # targets of links with visible words, in order
        self.comments = 0  # comments with words in them: text no reader sees

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCKS:
            self.lines.append("")
        elif tag in _CELLS:
            self.lines[-1] += " "
        if tag in _VOID:
            return
        named = dict(attrs)
        if tag in ("ul", "ol"):
            self.numbers.append(_start(named.get("start")) if tag == "ol" else None)
        elif tag == "li" and not self.hidden:
            number = self.numbers[-1] if self.numbers else None
            self.lines[-1] += BULLET if number is None else f"{number}. "
            if number is not None:
                self.numbers[-1] = number + 1
        elif tag == "pre":
            self.pre += 1
        elif tag == "a":
            self.anchors.append((named.get("href") or "", self.shown))
        by_style = "hidden" in named or bool(_HIDDEN_STYLE.search(named.get("style") or ""))
        hides = tag in _INVISIBLE_TAGS or by_style
        self.stack.append((tag, hides, by_style))
        self.hidden += hides
        self.styled += by_style

    def handle_endtag(self, tag):
        """Close back to the nearest open element of this name, as browsers do: a stray end tag closes nothing,
        and an element left open (an <li> without </li>) closes with its parent."""
        if tag in _VOID or all(open_tag != tag for open_tag, _, _ in self.stack):
            return
        while True:
            open_tag, hides, by_style = self.stack.pop()
            self.hidden -= hides
            self.styled -= by_style
            self._closed(open_tag)
            if open_tag == tag:
                break
        if tag in _BLOCKS:
            self.lines.append("")

    def _closed(self, tag: str) -> None:
        if tag in ("ul", "ol") and self.numbers:
            self.numbers.pop()
        elif tag == "pre":
            self.pre -= 1
        elif tag == "a" and self.anchors:
            href, before = self.anchors.pop()
            if href and self.shown > before:  # a link with visible words only
                self.links.append(href)

    def handle_data(self, data):
        if not self.hidden:
            first, *more = data.split("\n") if self.pre else [data.replace("\n", " ")]
            self.lines[-1] += first
            self.lines.extend(more)
            self.shown += len(data.strip())
        elif self.styled and data.strip():
            self.dropped += 1


    def handle_comment(self, data):
        self.comments += bool(data.strip())


def read_html(html: str) -> _Text:
    """The parser after reading the page: its visible lines, hidden pieces and links."""
    parser = _Text()
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
