"""A term named but not claimed does not count: a negation before it ("no experience with", "never used") or a
negated verb right before it ("did not teach"). The look at a word's first letter before the negations are tried
only spares work: it finds what the negations alone find."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.text import false_friends
from screener.text.matching import Match


def friend(before: str, term: str = "Kafka") -> bool:
    text = f"{before}{term} and more"
    return false_friends.false_friend(text, Match(term, term, len(before), len(before) + len(term)))


@pytest.mark.parametrize("before", ["No experience with ", "little prior exposure to ", "Zero knowledge of ",
                                    "limited hands-on background in ", "Not familiar with ", "unfamiliar with ",
                                    "NEVER used ", "without any knowledge of ", "lacking of experience in "])
def test_a_term_after_a_negation_is_not_claimed(before):
    assert friend(before)


@pytest.mark.parametrize("before", ["I did not ", "We cannot ", "He never ", "They weren't fully ", "It isn’t ",
                                    "had not ", "Could not "])
def test_a_term_after_a_negated_verb_is_not_claimed(before, term="tested"):
    assert friend(before, term)


@pytest.mark.parametrize("before", ["Five years of experience with ", "Not only ", "Designed pipelines in "])
def test_a_term_named_plainly_is_claimed(before):
    assert not friend(before)


def without_look(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as written before the look at the first letter."""
    look = re.match(r"\\b(\(\?=\[[a-z]+\]\))", pattern.pattern)
    assert look, pattern.pattern
    return re.compile(pattern.pattern.replace(look[1], "", 1), pattern.flags)


WORDS = ["no", "NO", "not", "İs", "ıs", "isn't", "never", "cannot", "did", "didn’t", "was", "wasn't", "have",
         "haven't", "can't", "little", "zero", "limited", "unfamiliar", "without", "lack", "lacking", "of", "any",
         "prior", "experience", "knowledge", "familiar", "used", "only", "really", "with", "in", ",", ".", "Kafka"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=8).map(lambda words: " ".join(words) + " "))
def test_the_first_letter_look_hides_no_negation(before):
    for pattern in (false_friends.NEGATION, false_friends.NOT_BEFORE):
        found, alone = pattern.search(before), without_look(pattern).search(before)
        assert (found and found.span()) == (alone and alone.span())
