"""The pattern that cuts pdfium's page text into words (pdfium_words._WORD), checked against its definition over
every code point: a word is a run of word characters, which are every character but NUL, the two marks pdfium
writes for a hyphen ending a line (U+FFFE, U+0002) and white space (str.isspace), except that the LaTeX ligature
codes 0x1B-0x1F are letters; a hyphen mark ends the word it follows, or stands alone."""
import sys

from screener.loaders.pdfium_words import _WORD

HYPHENS = "\ufffe\x02"


def _word_character(c: str) -> bool:
    return c != "\x00" and c not in HYPHENS and (not c.isspace() or "\x1b" <= c <= "\x1f")


def test_every_code_point_is_a_word_character_exactly_when_the_definition_says_so():
    wrong = [hex(n) for n in range(sys.maxunicode + 1)
             if bool(_WORD.fullmatch("a" + chr(n) + "b")) != _word_character(chr(n))]
    assert wrong == []


def test_a_nul_or_a_space_parts_two_words_and_a_hyphen_mark_ends_the_first():
    for gap in ("\x00", " ", "\u3000", "\n"):
        assert [m.span() for m in _WORD.finditer(f"ab{gap}cd")] == [(0, 2), (3, 5)]
    for mark in HYPHENS:
        assert [m.group() for m in _WORD.finditer(f"ab{mark}cd {mark}")] == [f"ab{mark}", "cd", mark]
    assert [m.group() for m in _WORD.finditer("e\x1cnd \x1b")] == ["e\x1cnd", "\x1b"]  # ligatures are letters
