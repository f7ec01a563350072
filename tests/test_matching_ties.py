"""Where two spellings match the same words, the one earlier in the list wins, however each is looked for (by
stem, as written): the list's order, not the lookup's, settles a tie."""
from screener.text.matching import Spelling, find
from screener.text.view import build_view


def keys(spellings):
    return [m.key for m in find(build_view(("We mentored two interns.",)), spellings, 100)]


def test_the_earlier_of_two_stemmed_spellings_of_the_same_words_wins():
    assert keys((Spelling("first", "mentored"), Spelling("second", "mentoring"))) == ["first"]
    assert keys((Spelling("second", "mentoring"), Spelling("first", "mentored"))) == ["second"]


def test_a_spelling_matched_as_written_wins_a_tie_when_listed_first():
    assert keys((Spelling("written", "mentored", stem=False), Spelling("stem", "mentored"))) == ["written"]
    assert keys((Spelling("stem", "mentored"), Spelling("written", "mentored", stem=False))) == ["stem"]


def test_the_longer_match_wins_whatever_the_order():
    assert keys((Spelling("short", "mentored"), Spelling("long", "mentored two interns"))) == ["long"]
