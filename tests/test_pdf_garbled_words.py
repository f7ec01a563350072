"""The garbled-page test counts a token of letters alone as a word without its patterns: the same answer as
stripping the token's edges and matching it against what a word looks like, on any text."""
from hypothesis import given, settings, strategies as st

from screener.loaders.pdf import _EDGE, _WORDISH, garbled


def by_patterns(text: str) -> bool:
    """The definition: every token's edges stripped, tokens of two characters or more, most not word-shaped."""
    tokens = [t for t in (_EDGE.sub("", t) for t in text.split()) if len(t) > 1]
    return bool(tokens) and sum(1 for t in tokens if _WORDISH.fullmatch(t)) * 2 < len(tokens)


# letters of several scripts, digits of several kinds (a superscript two is a digit but not a decimal one),
# the marks a word may hold inside, symbols a font without a Unicode map prints, and white space
_ALPHABET = "abcXYZéßΩжאあ" + "0129²½٣" + "-'’./&+#_@:" + "`^~|$%()*•" + " \n\t"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_garbled_answers_as_the_patterns_do(text):
    assert garbled(text) is by_patterns(text)


def test_a_page_of_letter_words_is_not_garbled():
    assert not garbled("Rowan Ashby writes tidy schedules for busy kitchens")


def test_a_page_of_shifted_glyph_tokens_is_garbled():
    assert garbled("x2`xx/ q#~rr] $%kk^ Ω(zz)* plain")


def test_a_page_without_tokens_of_two_characters_is_not_garbled():
    assert not garbled("a - b ; c")
