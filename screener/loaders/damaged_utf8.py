"""UTF-8 that a lossy conversion damaged: some byte of a character replaced by '?', as bytes or, after the text was
read as Windows-1252 and written back as UTF-8, as characters ("â?¢" for a bullet)."""
from __future__ import annotations

import codecs
import re
from functools import lru_cache

# What a damaged character reads as. Only a character whose surviving bytes fit a dash (U+2010-U+2015, a minus: E2 80
# 9x or E2 88 92 with any byte replaced) reads as U+FFFD, which the date grammar takes for a dash; any other (E2 ? A2
# is a bullet or a trade mark, never a dash) reads as U+FFFC, the other placeholder Unicode has for what is not text.
MAY_BE_DASH, NOT_A_DASH = "\ufffd", "\ufffc"
MARKS = MAY_BE_DASH + NOT_A_DASH
_DASH_DAMAGED = re.compile(rb"\xe2(?:\?(?:[\x90-\x95?]|\Z)|[\x80\x88]\?)")
_DASH_START = re.compile(rb"\xe2[\x80\x88]?")  # a dash's first bytes, where the data ends
# A UTF-8 character some byte of which was replaced by '?': its lead byte, then as many bytes as the lead announces
# (fewer where the data ends), each a continuation byte or '?', one at least a '?'. One lead byte class first, the
# lead's length told by a lookbehind: the search then skips ASCII at C speed.
_DAMAGED = re.compile(rb"[\xc2-\xf4](?:(?<=[\xc2-\xdf])\?"
                      rb"|(?<=[\xe0-\xef])(?=[\x80-\xbf]?\?)(?:[\x80-\xbf?]{2}|[\x80-\xbf?]\Z)"
                      rb"|(?<=[\xf0-\xf4])(?=[\x80-\xbf]{0,2}\?)(?:[\x80-\xbf?]{3}|[\x80-\xbf?]{1,2}\Z))")
_STRAY = re.compile("[\udc80-\udcff]")  # a byte that fits no UTF-8 sequence, as surrogateescape keeps it
# a stray byte in UTF-8 text is most likely a Windows-1252 character typed into it (a curly quote, an é)
_AS_CP1252 = {0xDC00 + b: bytes([b]).decode("cp1252", "replace") for b in range(0x80, 0x100)}


def _marked(data: bytes) -> tuple[bytes, int]:
    data, dashes = _DASH_DAMAGED.subn(MAY_BE_DASH.encode(), data)
    data, others = _DAMAGED.subn(NOT_A_DASH.encode(), data)
    return data, dashes + others


def read(data: bytes) -> str | None:
    """The text of bytes that are UTF-8 but for some damaged sequences (each a mark) and stray bytes (each read as
    Windows-1252), or None when most non-ASCII sequences are not UTF-8 (a tie too): legacy 8-bit text, whose accented
    letters and curly quotes are stray bytes to UTF-8 and almost never form a valid sequence."""
    marked, damaged = _marked(data)
    decoder = codecs.getincrementaldecoder("utf-8")("surrogateescape")
    text = decoder.decode(marked)
    stray = len(_STRAY.findall(text))
    characters = len(text) - len(text.encode("ascii", "ignore")) - stray - damaged  # decoded whole
    # A sequence cut by the end of the data, held back: a lead and a continuation byte say UTF-8 (a capped read),
    # a lead byte alone says no more than a legacy file's last accented letter.
    pending = decoder.getstate()[0]
    cut = len(pending)
    if characters + damaged + (cut > 1) <= stray + (cut == 1):
        return None
    text = text.translate(_AS_CP1252) if stray else text
    if not cut:
        return text
    return text + (MAY_BE_DASH if _DASH_START.fullmatch(pending) else NOT_A_DASH)


# Text read as Windows-1252 (or Latin-1) from UTF-8 bytes and written back as UTF-8: each byte of a character became
# a character of its own, a lead byte C2-F4 one of Â-ô, a continuation byte 80-BF one of € ... ¿ (or a C1 control),
# a byte lost on the way a '?' or U+FFFD.
_CONTINUATION = bytes(range(0x80, 0xC0)).decode("cp1252", "ignore") + "".join(map(chr, range(0x80, 0xA0)))
_TO_BYTE = {ord(c): chr(c.encode("cp1252")[0]) if c.encode("cp1252", "ignore") else c  # a C1 control is its byte
            for c in _CONTINUATION + "".join(map(chr, range(0xC2, 0xF5)))} | {0xFFFD: "?"}
_C = re.escape(_CONTINUATION)
# a whole run: a lead, then as many continuation characters or lost bytes as it announces, and no continuation after
_RUN = re.compile(f"(?:[\u00c2-\u00df]|[\u00e0-\u00ef][{_C}?\ufffd]|[\u00f0-\u00f4][{_C}?\ufffd]{{2}})[{_C}?\ufffd]"
                  f"(?![{_C}])")
_LOST = re.compile("[?\ufffd]+")


@lru_cache(maxsize=1024)
def _run_read(run: str) -> str:
    data, _ = _marked(run.translate(_TO_BYTE).encode("latin-1"))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:  # not a UTF-8 sequence after all (an overlong or surrogate form): text as written
        return run


# What the lead byte of common text's characters becomes in Windows-1252: Â and Ã (C2, C3: the Latin-1 signs and
# letters), â (E2: general punctuation, bullets, dashes, quotes) and ï (EF: the private-use symbols word processors
# write for bullets). Real text seldom glues one of these to a Windows-1252 sign; an É, a ß or an Ð before a curly
# quote or a dash is common in real text ("JOSÉ’S"), so only these leads say a file is double-encoded.
_COMMON_LEADS = "\u00c2\u00c3\u00e2\u00ef"
SEVERAL = 3


def _double_encoded(text: str, runs: list[re.Match[str]]) -> bool:
    """Whether the text shows double encoding: runs led by a common lead, several of them with a continuation
    character that survived, or one such at least and together holding every non-ASCII character of the text (a short
    or mostly ASCII file)."""
    common = [m.group() for m in runs if m.group()[0] in _COMMON_LEADS]
    telling = sum(not _LOST.fullmatch(run, 1) for run in common)
    if telling >= SEVERAL:
        return True
    inside = sum(len(run) - len(run.encode("ascii", "ignore")) for run in common)
    return telling > 0 and inside == len(text) - len(text.encode("ascii", "ignore"))


def undouble(text: str) -> str:
    """Text that shows double encoding with each run of characters that spells a UTF-8 sequence (whole or damaged)
    read as that sequence ("Ã©" -> "é", "â?¢" -> a mark); other text as written, but for a lead and lost bytes only
    ("â??") standing apart from words, which real text never writes and a double-encoded bullet or dash is. Such a
    run ending a word ("Café??") is an accent, then question marks, unless the text shows double encoding."""
    runs = list(_RUN.finditer(text))
    if not runs:
        return text
    double = _double_encoded(text, runs)

    def spelt(m: re.Match[str]) -> str:
        run = m.group()
        if double or (_LOST.fullmatch(run, 1) and not text[m.start() - 1:m.start()].isalpha()):
            return _run_read(run)
        return run
    return _RUN.sub(spelt, text)
