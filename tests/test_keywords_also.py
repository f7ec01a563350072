"""A keyword check's `also` words: a match with its context counts only when one of them stands beside it too, in
its sentence or in the title of the position it sits under (a front-end team led is engineers only beside a word
of software)."""
from helpers import check, requirement

LEAD_A_FRONT_END_TEAM = requirement(any=[{"term": "lead", "match": "inflected"}], context=["front-end team"],
                                    also=["software", "web", "developer"])


def test_a_match_with_its_context_and_an_also_word_in_the_sentence_counts():
    check("Led the front-end team that rebuilt the web checkout", LEAD_A_FRONT_END_TEAM, "pass")


def test_a_match_with_its_context_but_no_also_word_does_not_count():
    check("Led the front-end team of twelve cashiers", LEAD_A_FRONT_END_TEAM, "fail")


def test_an_also_word_in_the_positions_title_counts():
    text = "Experience\nWeb Developer, Acme  2018 - 2022\n- Led the front-end team through the holiday rush"
    check(text, LEAD_A_FRONT_END_TEAM, "pass")


def test_an_also_word_without_the_context_does_not_count():
    check("Led the software rollout for the stores", LEAD_A_FRONT_END_TEAM, "fail")
