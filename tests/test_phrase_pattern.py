"""Phrases for context words, exclusions and fields: whole words, and a leading dot that belongs to the term."""
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.text.matching import phrase_pattern


def test_a_term_with_a_leading_dot_needs_its_dot():
    assert phrase_pattern((".NET",)).search("reported the fund's net asset value") is None


def test_a_term_with_a_leading_dot_is_found_alone_and_at_the_end_of_a_name():
    rx = phrase_pattern((".NET", "SQL"))
    assert [rx.search(t).group() for t in ("built on .NET 8", "ASP.NET MVC")] == [".NET", ".NET"]


def test_plain_terms_still_stand_alone():
    rx = phrase_pattern((".NET", "SQL"))
    assert rx.search("wrote SQL") and not rx.search("NoSQLish")


# Words whose order, dots, symbols, wildcards and shared beginnings would show any difference from trying each
# word alone, in turn.
_WORDS = ("machine", "machine learning", "Java", "JavaScript", ".NET", "C++", "C#", "Node.js", "CI/CD",
          "managed a * team", "go", "ASP", "Kafka")
_TEXTS = ("Machine learning and Java, not JavaScript; ASP.NET on .NET 8 with C++ and C# (Node.js, node js, CI / CD)",
          "managed a small team; managed a budget for the team; go-to person; Go and GoLang; kafka-streams",
          "NoSQLish javascripting c+++ .netty machines ſ K")


def _one_by_one(words):
    import re

    from screener.text.matching import standing_pattern
    return re.compile("|".join(f"(?:{standing_pattern(w)})" for w in words), re.IGNORECASE)


def test_a_list_finds_what_its_words_tried_one_by_one_in_their_order_find():
    for words in (_WORDS, tuple(reversed(_WORDS)), (".NET",), ("SQL", ".NET", "Go")):
        for text in _TEXTS:
            ours = [(m.span(), m.group()) for m in phrase_pattern(words).finditer(text)]
            assert ours == [(m.span(), m.group()) for m in _one_by_one(words).finditer(text)], (words, text)


def test_the_first_word_in_the_list_wins_where_two_start_at_the_same_place():
    assert phrase_pattern(("machine", "machine learning")).search("machine learning").group() == "machine"
    assert phrase_pattern(("machine learning", "machine")).search("machine learning").group() == "machine learning"


_POOL = ("machine", "Machine Learning", "ml", "java", "JavaScript", "kafka", "Kotlin", "K8s", "scala", "Spark", "sql",
         "SQL Server", "ios", "iOS development", "3D", "3d printing", "c", "C++", "C#", "Go", "golang",
         "managed a * team", ".NET", "ſpark", "İos", "über")
_TEXT_WORDS = ("machine", "learning", "Java", "javascript", "KAFKA", "Kotlin", "K8s", "Scala", "spark", "ſpark", "SQL",
               "server", "iOS", "İOS", "ıos", "development", "3D", "printing", "C", "C++", "c#", "GO", "golang",
               "managed", "a", "small", "team", "ASP.NET", "über", ",", "-")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_POOL), min_size=1, max_size=8, unique=True),
       st.lists(st.sampled_from(_TEXT_WORDS), max_size=12).map(" ".join))
def test_words_grouped_by_first_letter_find_what_they_find_one_by_one(words, text):
    words = tuple(words)
    assert [(m.span(), m.group()) for m in phrase_pattern(words).finditer(text)] == \
        [(m.span(), m.group()) for m in _one_by_one(words).finditer(text)]


# Words led by ASCII letters and digits (and dotted ones): the pattern led by the class of their first characters.
# Texts put those letters' non-ASCII kin, digits and dots where words start and inside them.
_ASCII_POOL = ("machine", "Machine Learning", "ml", "java", "JavaScript", "kafka", "Kotlin", "K8s", "scala", "Spark",
               "sql", "SQL Server", "ios", "iOS development", "3D", "3d printing", "c", "C++", "C#", "Go", "golang",
               "managed a * team", ".NET", ".js", "a", "I", "net")
_KIN_WORDS = _TEXT_WORDS + ("\u212a8s", "\u212aotlin", "\u017fql", "\u0130os", "\u0131OS", ".net", "x.NET", "a.b", "I",
                            "Ia", "\n", "&go", "#c", "+c", "_sql", "éjava", "3.d")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_ASCII_POOL), min_size=1, max_size=10, unique=True),
       st.tuples(st.lists(st.sampled_from(_KIN_WORDS), max_size=14), st.sampled_from((" ", "", "-", ", ")))
       .map(lambda parts: parts[1].join(parts[0])),
       st.integers(min_value=0, max_value=60))
def test_words_led_by_their_first_characters_class_find_what_they_find_one_by_one(words, text, pos):
    words, alone = tuple(words), _one_by_one(tuple(words))
    ours = phrase_pattern(words)
    assert [(m.span(), m.group()) for m in ours.finditer(text)] == \
        [(m.span(), m.group()) for m in alone.finditer(text)]
    assert [(m.span(), m.group()) for m in ours.finditer(text, pos)] == \
        [(m.span(), m.group()) for m in alone.finditer(text, pos)]


def test_words_led_by_ascii_letters_give_the_engine_characters_to_skip_to():
    import re._compiler
    import re._parser

    # the class the engine jumps by where no word can start (CPython's own reading of a pattern's start)
    rx = phrase_pattern(("Kotlin", "machine learning", ".NET", "3D"))
    assert re._compiler._get_charset_prefix(re._parser.parse(rx.pattern, rx.flags), rx.flags)


def test_the_ascii_letters_kin_are_every_character_outside_ascii_they_match_case_ignored():
    import re
    import string
    import sys

    from screener.text.matching import _ASCII_KIN
    everything = "".join(map(chr, range(128, sys.maxunicode + 1)))
    kin = {c: set(re.findall(c, everything, re.IGNORECASE)) for c in string.ascii_letters + string.digits}
    assert set().union(*kin.values()) == set(_ASCII_KIN)
    assert all(kin[c] == kin[c.upper()] for c in string.ascii_lowercase)  # a word's first letter in either case
