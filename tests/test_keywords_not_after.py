"""A keyword check's `not_after` words: a match after one of them in its sentence is a means the sentence's work
used, not the work ("a site made using Vue and the Weather API"), unless a `but_after` word, a verb of the work,
stands between them ("Used Django to design the APIs"). The words are looked for once per resume, so a long
unbroken line costs no more than its length."""

import pytest
from helpers import check, grows_linearly, requirement

from screener.errors import RuleFileError
from screener.rules import parse_rules

MEANS = ["use", "uses", "using", "used"]
API_BUILT = requirement(any=[{"term": "API", "match": "exact"}], context=["built", "design", "Django"],
                        not_after=MEANS, but_after=["built", "design"])


def test_a_term_after_a_means_word_does_not_count():
    check("Built a recipe site using Vue and the Weather API", API_BUILT, "fail")


def test_a_term_before_the_means_word_counts():
    check("Built the billing API using Django", API_BUILT, "pass")


def test_a_verb_of_the_work_after_the_means_word_gives_the_term_back():
    check("Used Django to design the billing API", API_BUILT, "pass")


def test_a_context_word_that_is_no_verb_does_not_give_it_back():
    check("Built a site using Django and the Weather API", API_BUILT, "fail")


def test_the_nearest_means_word_before_the_term_is_the_one_that_rules():
    check("Used Go to design a quiz site that uses the Trivia API", API_BUILT, "fail")


def test_a_means_word_in_an_earlier_sentence_does_not_reach_the_term():
    check("Used Django for the admin pages. Built the billing API", API_BUILT, "pass")


def test_means_words_are_matched_as_written():
    check("Built the user API for the mobile app", API_BUILT, "pass")


def test_without_not_after_a_means_word_changes_nothing():
    plain = requirement(any=[{"term": "API", "match": "exact"}], context=["built"])
    check("Built a site using Vue and the Weather API", plain, "pass")


def rules_with(**params):
    return parse_rules({"title": "t", "requirement": [requirement(any=["API"], **params)]}, "test.toml")


@pytest.mark.parametrize("words", [["using", ""], ["using", 3]])
def test_a_not_after_list_of_anything_but_words_is_refused(words):
    with pytest.raises(RuleFileError, match="not_after must be a list of non-empty strings"):
        rules_with(not_after=words)


def test_but_after_without_not_after_is_refused():
    with pytest.raises(RuleFileError, match="but_after .* needs not_after"):
        rules_with(but_after=["built"])


def test_a_long_unbroken_line_of_terms_is_read_in_linear_time():
    # one sentence of about 50 KB with no means word: searched for from the sentence's start at every match, the
    # means words took time that grew with the square of the line
    assert grows_linearly(lambda line: check(line, API_BUILT, "pass"),
                          lambda n: "built the user API " * (n // 19), 50000)
