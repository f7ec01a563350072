"""A view's words: each as the tokeniser finds it, case-folded, with its span, the squashed text to the next word,
and its sentence or bullet."""
import re

from screener.text.view import TOKEN, build_view

LINES = ("Ran C++ and C# at Straße GmbH; ΟΔΟΣ ΟΔΟΣ.", "• micro-services / CI / CD, node.js", "",
         "İstanbul _under_score_ 3rd—place ﬁle")


def test_each_word_is_found_where_the_tokeniser_finds_it_and_case_folded():
    view = build_view(LINES)
    found = list(TOKEN.finditer(view.text))
    words, _, spans, _ = view.tokens
    assert spans == [m.span() for m in found]
    assert words == [m.group().casefold() for m in found]  # "straße" -> "strasse", a final sigma as any other


def test_between_two_words_is_what_is_left_once_separators_are_squashed_out():
    view = build_view(LINES)
    _, glue, spans, _ = view.tokens
    gaps = [view.text[a[1]:b[0]] for a, b in zip(spans, spans[1:])]
    assert glue == [re.sub(r"[\s.\-/_]+", "", gap).casefold() for gap in gaps]
    assert "" in glue and "," in glue and ";" in glue


def test_each_word_knows_its_sentence_or_bullet():
    view = build_view(LINES)
    _, _, spans, segs = view.tokens
    assert segs == [view.segment_at(a) for a, _ in spans]
    assert len(set(segs)) == 4  # two sentences on the first line, the bullet, the last line


def test_an_empty_view_has_no_words():
    assert build_view(("", "  ")).tokens == ([], [], [], [])
