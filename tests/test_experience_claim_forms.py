"""A resume's claim of experience is a number of years stated of its experience, before the word ('7+ years of
experience') or after it ('Total experience: 4 years 3 months'), and the months after its years are part of it."""
import pytest

from screener.experience import find_claim


@pytest.mark.parametrize("text, years", [
    ("Total experience: 4 years 3 months", 4.25),
    ("Experience: 5 Years 9 Months | Location: Springfield", 5.75),
    ("Total IT Experience 15 years. Core skills: SQL", 15.0),
    ("An analyst with experience of 2 years in banking", 2.0),
    ("Experience:- 1 Year 3 Months", 1.25),
    ("Total Experience - 6.5 Years", 6.5),
    ("5 years and 4 months of experience in testing", 5.33),
    ("5 yrs 6 mos of experience", 5.5),
])
def test_a_claim_stated_after_the_word_or_with_its_months_is_read_whole(text, years):
    assert find_claim(text) == years


@pytest.mark.parametrize("text", [
    "Experience 2015 - 2019 Acme Corp",  # a heading over a role's dates states no claim
    "EXPERIENCE\n3 years at Acme as an analyst",  # a role's duration on the line below the heading is no claim
    "Experience with 5 different teams",
    "Experience: 2 weeks of shadowing",
])
def test_the_word_experience_beside_a_number_is_no_claim_without_its_years(text):
    assert find_claim(text) is None
