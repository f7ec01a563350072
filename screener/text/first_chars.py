"""Patterns led by the characters their matches can start with. CPython's engine skips to a place a match may start
only when a pattern opens with a literal, a class or a branch of literals matched as written: one that opens with a
lookbehind, a word edge or words with case ignored is tried at every character of a text."""
from __future__ import annotations

import re
from re import _constants as _op  # the pattern read as the engine compiles it (the module re itself uses)
from re import _parser
from re._casefix import _EXTRA_CASES  # the letters the engine holds to be one

import _sre

# A character a lower-case letter matches with case ignored, besides that letter in capitals: the engine compares
# characters by their (one-character) lower case, and the lower case of these is a letter whose capital is another
# character (a test checks every code point).
_OTHER_CAPITALS = ("\u0130\u212a\u212b\u1e9e\u2126\u03f4\u01c5\u01c8\u01cb\u01f2"
                   + "".join(map(chr, [*range(0x1f88, 0x1f90), *range(0x1f98, 0x1fa0), *range(0x1fa8, 0x1fb0)]))
                   + "\u1fbc\u1fcc\u1ffc")
_CAPITAL_OF = {_sre.unicode_tolower(ord(c)): c for c in _OTHER_CAPITALS}


def _kin(c: str) -> set[str]:
    """The characters `c` matches with case ignored: those whose lower case is its lower case or a letter the engine
    holds to be the same ('ſ' is an s, 'ϐ' a β)."""
    low = _sre.unicode_tolower(ord(c))
    out = set()
    for code in (low, *_EXTRA_CASES.get(low, ())):
        letter, capital = chr(code), chr(code).upper()
        out |= {letter, _CAPITAL_OF.get(code, letter), capital if len(capital) == 1 else letter}
    return out


def _first(items: list, caseless: bool) -> tuple[set[str] | None, bool]:
    """(the characters a match of `items` can start with, or None when any may; can it match nothing at all?)"""
    out: set[str] = set()
    for op, av in items:
        if op in (_op.AT, _op.ASSERT, _op.ASSERT_NOT):
            continue  # zero width: the next item starts the match
        if op is _op.LITERAL:
            return out | (_kin(chr(av)) if caseless else {chr(av)}), False
        if op is _op.IN:
            chars = set()
            for kind, value in av:
                if kind is _op.LITERAL:
                    chars.add(chr(value))
                elif kind is _op.RANGE and value[1] - value[0] < 256:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None, False  # a category, a negated or a wide class: any character may
            return out | ({k for c in chars for k in _kin(c)} if caseless else chars), False
        if op is _op.SUBPATTERN:
            _, add, remove, sub = av
            inner = bool((caseless or add & re.IGNORECASE) and not remove & re.IGNORECASE)
            found, empty = _first(sub.data, inner)
        elif op is _op.BRANCH:
            found, empty = set(), False
            for sub in av[1]:
                chars, can_be_empty = _first(sub.data, caseless)
                if chars is None:
                    return None, False
                found, empty = found | chars, empty or can_be_empty
        elif op in (_op.MAX_REPEAT, _op.MIN_REPEAT, _op.POSSESSIVE_REPEAT):
            found, empty = _first(av[2].data, caseless)
            empty = empty or av[0] == 0
        elif op is _op.ATOMIC_GROUP:
            found, empty = _first(av.data, caseless)
        else:
            return None, False  # any character, a back-reference: no class to tell
        if found is None:
            return None, False
        out |= found
        if not empty:
            return out, False
    return out, True


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Every character a match of `pattern` can start with (with case ignored where the pattern ignores it), or None
    where any may, or the match may be empty."""
    return _first_of(_parser.parse(pattern, flags))


def _first_of(parsed: _parser.SubPattern) -> frozenset[str] | None:
    chars, empty = _first(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    return None if chars is None or empty else frozenset(chars)


def search_led(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` for a search that asks only whether it matches and where: led by the class of its first
    characters, matched as written, so the engine skips to where one stands, and tried from there inside a
    lookbehind of that one character (its match is that character: `start()` is the pattern's, `end()` is not).
    Where no class can be told, or the pattern cannot stand inside another (verbose, whose comments run to its end,
    or setting its own flags: '(?i)...'), the pattern itself."""
    parsed = _parser.parse(pattern, flags)
    alone = flags & re.VERBOSE or parsed.state.flags & ~re.UNICODE != flags & ~re.UNICODE
    chars = None if alone else _first_of(parsed)
    if not chars:
        return re.compile(pattern, flags)
    lead = "".join(map(re.escape, sorted(chars)))
    return re.compile(rf"(?-i:[{lead}])(?<=(?=(?:{pattern}))(?s:.))", flags)
