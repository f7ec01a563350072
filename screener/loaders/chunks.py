"""Text of a DOCX's embedded chunks (w:altChunk): a whole resume body may be an HTML or MHT page inside the DOCX,
which Word renders as if it were Word text. Visible text only: scripts, styles and hidden elements are skipped."""
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


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.stack: list[tuple[str, bool, bool]] = []  # per open element: (tag, hides its content, by its style)
        self.hidden = self.styled = 0
        self.dropped = 0  # pieces of text a style hid: said in a warning, as the other loaders do

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCKS:
            self.lines.append("")
        elif tag in _CELLS:
            self.lines[-1] += " "
        if tag in _VOID:
            return
        named = dict(attrs)
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
            if open_tag == tag:
                break
        if tag in _BLOCKS:
            self.lines.append("")

    def handle_data(self, data):
        if not self.hidden:
            self.lines[-1] += data.replace("\n", " ")
        elif self.styled and data.strip():
            self.dropped += 1


def html_lines(html: str) -> tuple[list[str], int]:
    """The visible text of an HTML page, one line per block element, and how many pieces of text were hidden."""
    parser = _Text()
    parser.feed(html)
    parser.close()
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
