"""A resume's claim of experience is a number of years stated of its experience, before the word ('7+ years of
experience') or after it ('Experience: 8 years 6 months'), and the months after its years, fewer than twelve and
joined by a space, a comma or 'and', are part of it."""
import pytest

from screener.experience import find_claim


@pytest.mark.parametrize("text, years", [
    ("Experience: 8 years 6 months", 8.5),
    ("Relevant experience: 2 Years 3 Months / Based in Lakeview", 2.25),
    ("Professional experience 11 years, mostly in logistics", 11.0),
    ("A planner with experience of 3 years in retail", 3.0),
    ("Work experience - 4 Year 6 Months", 4.5),
    ("Overall experience: 7.5 yrs", 7.5),
    ("6 years and 8 months of experience in auditing", 6.67),
    ("9 yrs 3 mos of experience", 9.25),
])
def test_a_claim_stated_after_the_word_or_with_its_months_is_read_whole(text, years):
    assert find_claim(text) == years


@pytest.mark.parametrize("text, years", [
    ("Overall experience: 6 years, 9 months", 6.75),
    ("3 years, 6 months of experience in payroll", 3.5),
])
def test_a_comma_joins_the_months_to_their_years_as_and_does(text, years):
    assert find_claim(text) == years


@pytest.mark.parametrize("text, years", [
    ("10 years 18 months of experience", 10.0),
    ("Experience: 4 years 12 months", 4.0),
])
def test_months_of_a_year_or_more_are_no_part_of_the_years_before_them(text, years):
    assert find_claim(text) == years


@pytest.mark.parametrize("text", ["experience  of 2 years", "experience   of 2 years"])
def test_a_claim_after_the_word_is_read_with_a_few_spaces_before_of(text):
    assert find_claim(text) == 2.0


@pytest.mark.parametrize("text", [
    "Experience 2015 - 2019 Acme Corp",  # a heading over a role's dates states no claim
    "EXPERIENCE\n3 years at Acme as an analyst",  # a role's duration on the line below the heading is no claim
    "Experience with 5 different teams",
    "Experience: 2 weeks of shadowing",
])
def test_the_word_experience_beside_a_number_is_no_claim_without_its_years(text):
    assert find_claim(text) is None
