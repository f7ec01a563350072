"""A phrase never spans two sentences or bullets: a "*" phrase that could run from the end of one bullet into the
next is no match, and it shadows neither the real match inside the next bullet nor a shorter one where it starts."""
import pytest
from screener.text.matching import Spelling, find
from screener.text.view import build_view

BULLETS = ("Experience", "- Moved the billing jobs onto a new queue service",
           "- Published service metrics to a wall board")
ONE_BULLET = ("Experience", "- Published service metrics to a wall board")


def found(lines, spellings):
    view = build_view(lines)
    return [(m.key, view.text[m.start:m.end]) for m in find(view, spellings, 100)]


@pytest.mark.parametrize("how", [{}, {"stem": False}, {"case": True}])
def test_a_phrase_that_would_span_two_bullets_does_not_hide_the_one_inside_a_bullet(how):
    phrase = Spelling("phrase", "service * metrics", **how)
    assert found(BULLETS, (phrase,)) == [("phrase", "service metrics")]
    assert found(ONE_BULLET, (phrase,)) == [("phrase", "service metrics")]


@pytest.mark.parametrize("how", [{}, {"stem": False}, {"case": True}])
def test_a_phrase_that_would_span_two_bullets_does_not_hide_a_shorter_match_where_it_starts(how):
    word, phrase = Spelling("word", "service", **how), Spelling("phrase", "service * metrics", **how)
    assert found(BULLETS, (word, phrase)) == [("word", "service"), ("phrase", "service metrics")]

