"""A pattern led by the class of its matches' first characters finds a match where the pattern does, and starts it
where the pattern does: the class holds every character a match may start with, case ignored as the engine ignores
it."""
import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.text.first_chars import _kin, first_characters, search_led
from screener.text.subjects import FIELDS, known_field


@pytest.mark.parametrize("pattern,flags,chars", [
    (r"(?<![A-Za-z])\bab|c", 0, "ac"),
    (r"a?b", 0, "ab"),
    (r"(?:ab)*c|(?=x)d", 0, "acd"),
    (r"k", re.I, "kK\u212a"),
    (r"(?i:s)|(?-i:T)", 0, "sS\u017fT"),
    (r"(?i)(?-i:A)b", 0, "A"),
    (r"[b-d]x", re.I, "bcdBCD"),
    (r"(?>x|y)+z", 0, "xy"),
])
def test_the_first_characters_of_a_pattern(pattern, flags, chars):
    assert first_characters(pattern, flags) == frozenset(chars)


@pytest.mark.parametrize("pattern", [r"a*", r"(?:a|)", r".x", r"\dx", r"[^a]", r"\w", r"(?P<x>a)?(?P=x)b", r"\b"])
def test_no_class_where_a_match_may_start_with_anything_or_be_empty(pattern):
    assert first_characters(pattern) is None
    assert search_led(pattern).pattern == pattern


@pytest.mark.parametrize("pattern,flags", [(r"(?i)ab", 0), (r"a # a comment", re.VERBOSE), (r"(?x)a # too", 0)])
def test_a_pattern_that_cannot_stand_inside_another_is_searched_as_it_is(pattern, flags):
    assert search_led(pattern, flags).pattern == pattern


_EVERY_CHARACTER = "".join(map(chr, [*range(0xD800), *range(0xE000, 0x110000)]))


def test_a_character_with_case_ignored_matches_only_its_kin_on_every_code_point():
    letters = set(string.ascii_letters) | {c for _, plain, _ in FIELDS for c in first_characters(plain.pattern, re.I)}
    letters |= set("ßåωθµσςβκπρφєѣꙋǆ") | set(map(chr, range(0x3b1, 0x3ca))) | set(map(chr, range(0x430, 0x450)))
    for c in sorted(letters):
        matched = set(re.findall(re.escape(c), _EVERY_CHARACTER, re.IGNORECASE))
        assert matched <= _kin(c), (c, matched - _kin(c))


# Pieces of field names and of other words, with the letters' case-blind kin and other scripts
_PIECES = ("computer", "Science", "CS", "cse", "informatics", "Informática", "computação", "software",
           "engineering", "Engineer", "B.E", "ME", "tech", "Computers", "IT", "it", "ICT", "MIS", "electrical",
           "Électronique", "elektro", "E&TC", "maths", "Mathematik", "математика", "statistics", "СТАТИСТИКА",
           "physics", "Фізика", "data", "analytics", "business", "AI & ML", "big data", "\u0130T", "\u0131t",
           "\u017foftware", "\u212a", "vision", "ᲀычислительная", "network", "of", "and", "in", "B.Sc.", "2019", "-",
           ",", "(", "/", " ")


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map(" ".join), st.integers(min_value=0, max_value=40))
def test_a_led_field_pattern_matches_where_the_pattern_does_and_starts_there(text, pos):
    for name, plain, led in FIELDS:
        found, m = led.search(text, pos), plain.search(text, pos)
        assert (found and found.start()) == (m and m.start()), (name, text, pos)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join))
def test_known_field_reads_each_field_as_its_pattern_does(text):
    known_field.cache_clear()
    assert known_field(text) == next((name for name, plain, _ in FIELDS if plain.search(text)), None)


# Pieces of degree levels as written, with the words and marks around them
_LEVEL_PIECES = ("PhD", "Ph.D.", "ph d", "Doctor of", "doctoral candidate", "Master", "master's", "MSc", "M.S.", "MS",
                 "MA", "ME", "M.Tech", "MBA", "Diplom", "Dipl.-Ing.", "Bachelor", "B.Sc.", "BS", "BE", "B.A.", "BTech",
                 "Licence", "Associate", "A.A.S.", "Two Years Degree", "EQF level 6", "Degree in", "bs in", "msc",
                 "Boston, MA", "Scrum Master", "Certified S.M.", "Physics", "Acme", "2019", "(", ",", ".", "-", " ",
                 "\u212a", "\u0130", "aMSc", "K.L.M.S")


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_LEVEL_PIECES), max_size=8).map(lambda ps: " ".join(ps)),
       st.integers(min_value=0, max_value=40))
def test_the_led_level_pretest_starts_where_the_pretest_does(text, pos):
    from screener.text.levels import _ANY_LEVEL
    m = re.compile(_ANY_LEVEL.pattern).search(text, pos)
    led = _ANY_LEVEL.search(text, pos)
    assert (led and led.start()) == (m and m.start())
