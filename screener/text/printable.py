"""File names and other untrusted strings made safe to show where a control character would do harm.

A file name may hold a newline or a terminal escape. JSON keeps it exactly (its escaping is safe); a table, a CSV
row, a JUnit name, an HTML report or a line on stderr shows each control character as its visible picture
(newline as U+240A "␊", escape as U+241B "␛"), so a name can neither break a row nor drive a terminal.
"""
from __future__ import annotations

import re

# The control characters: C0 (tab and newline among them), DEL and C1. A terminal acts on them; nobody reads them.
CONTROL_CHARACTERS = "\x00-\x1f\x7f-\x9f"  # a regex character range
_CONTROL = re.compile(f"[{CONTROL_CHARACTERS}]")


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␀ .. ␟
    return "\u2421" if code == 0x7F else "\ufffd"  # ␡; the C1 controls have no pictures


def printable(text: str) -> str:
    """`text` with control characters shown as pictures and undecodable bytes (surrogate escapes) as \\x.. ."""
    return _CONTROL.sub(_picture, text.encode("utf-8", "backslashreplace").decode("utf-8"))
