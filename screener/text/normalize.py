"""One normalisation for every loader, so the same words look the same whatever file they came from."""
from __future__ import annotations

import re
import unicodedata

from .printable import CONTROL_CHARACTERS
from .sections import split_glued_heading

_SOFT_HYPHEN = "\u00ad"
# The bullet a loader writes before a list item's words where the file marks the item by its structure (a Word
# numbering property, an HTML <li>, a LaTeX \item), not by its text: normalising reads it off and marks the line an item
ITEM_MARK = "\u2022 "
_BULLETS = re.compile(r"^[\s\u2022\u25cf\u25aa\u25a0\u2023\u2043\u2219\u25e6\u27a2\u2713\u2714\uf0b7\uf0a7*·▪►-]+\s+")
# A character that cannot be read (a damaged byte sequence: U+FFFD, U+FFFC; a glyph without a Unicode map) where a
# bullet stands: one alone at the line start, before a space or glued to a capital ("\ufffdLed a team"). A run of them
# is a word that cannot be read, and one glued to a small letter a first letter lost.
_MARK_BULLET = re.compile(r"^\s*[\ufffd\ufffc](?:\s+|(?=[A-Z\u00c0-\u00de]))")
_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s+[^\W\d_]")  # a numbered list's item ('1. Built', '2) Led'), kept as written
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def normalize_line(line: str) -> str:
    """NFKC (which also splits ligatures such as 'ﬁ'), drop soft hyphens, zero-width marks and control characters
    (escape sequences), squeeze spaces.

    Dashes are kept as written (– — -) because date ranges need them; bullets at the line start are removed.
    """
    return _marked(line)[0]


def _marked(line: str) -> tuple[str, bool]:
    """The normalised line, and whether it was written as a list item: led by a bullet (removed) or a number."""
    if line.isascii():  # most lines: NFKC leaves ASCII as it is, and surrogates, soft hyphens, zero widths are not
        line = _CONTROL.sub(" ", line)
    else:
        if _SURROGATE.search(line):  # a PDF reader's UTF-16 halves: pair them up, replace any left alone
            line = line.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
        line = unicodedata.normalize("NFKC", line).replace(_SOFT_HYPHEN, "")
        line = _ZERO_WIDTH.sub("", _CONTROL.sub(" ", line))
    bare = _BULLETS.sub("", _MARK_BULLET.sub("", line))
    item = bool(line[:len(line) - len(bare)].strip() or _NUMBERED.match(bare))
    return _SPACES.sub(" ", bare).strip(), item


# An accent a typesetter draws as a glyph of its own over a letter (TeX's \'e is "´" then "e"), and the combining
# mark it stands for; a combining mark stands for itself
_SPACING_ACCENTS = {"\u00b4": "\u0301", "`": "\u0300", "\u00a8": "\u0308", "\u02c6": "\u0302", "^": "\u0302",
                    "\u02dc": "\u0303", "~": "\u0303", "\u00af": "\u0304", "\u02d8": "\u0306", "\u02d9": "\u0307",
                    "\u02da": "\u030a", "\u02dd": "\u030b", "\u02c7": "\u030c", "\u00b8": "\u0327", "\u02db": "\u0328"}
_DOTLESS = {"\u0131": "i", "\u0237": "j"}  # TeX sets í as an accent over a dotless i: the accent takes the dot's place


# a spacing accent or a combining mark: what a text layer gives for an accent drawn as a glyph of its own
ACCENT = re.compile("[%s\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]" % re.escape("".join(_SPACING_ACCENTS)))


def compose_accent(accent: str, letter: str) -> str | None:
    """The letter with the accent over it ("´" over "e": "é"), or None when the first is no accent or the second
    no letter. Only for an accent the page shows over that letter: "´" is also typed as an apostrophe ("I´m")."""
    mark = _SPACING_ACCENTS.get(accent, accent)
    if not (unicodedata.combining(mark) and letter.isalpha()):
        return None
    return unicodedata.normalize("NFC", _DOTLESS.get(letter, letter) + mark)


# terminal escapes from a stranger's file never reach a screen; tabs and newlines are layout, handled as such
_CONTROL = re.compile(f"(?![\t\n])[{CONTROL_CHARACTERS}]")


_HYPHEN_BREAK = re.compile(r"([a-z]{2,})-$")


def normalize_lines(lines: list[str]) -> list[str]:
    """Normalise each line, join words hyphenated across a line break, and drop empty lines."""
    return [text for text, _ in normalize_items(lines)]


def normalize_items(lines: list[str]) -> list[tuple[str, bool]]:
    """normalize_lines, each line with whether it was written as a list item (the experience reader's sign of a
    role's content); a heading glued to a line's end is no item."""
    out: list[tuple[str, bool]] = []
    for raw in lines:
        if not raw:  # dropped as its normal form would be, without the patterns (a fifth of a DOCX's lines)
            continue
        line, item = _marked(raw)
        if not line:
            continue
        # the pattern ends at the line's end (or before a final newline): a line with no hyphen there is not searched
        if out and line[:1].islower() and "-" in out[-1][0][-2:] and _HYPHEN_BREAK.search(out[-1][0]):
            head, _, rest = line.partition(" ")
            # "end-to-" + "end" keeps its hyphen; "micro-" + "services" was only broken by the line end
            last = out[-1][0].rsplit(" ", 1)[-1]
            out[-1] = (out[-1][0] if "-" in last[:-1] else out[-1][0][:-1]) + head, out[-1][1]
            if not rest:
                continue
            line = rest
        out.extend((part, item and not k) for k, part in enumerate(split_glued_heading(line)))
    return out
