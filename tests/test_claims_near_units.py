"""A resume's own claim of experience is looked for only before the units it names (years, yrs, months, decade), and
found there exactly as a scan of the whole text finds it: the same claims, in the same order."""
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from screener.experience import claims, find_claim

PIECES = ["12", "7", "12.5", "3", "ten", "Thirteen", "twenty", "a", "A", "over", "more than", "nearly", "about",
          "years", "Years", "yrs", "year", "months", "decade", "decades", "+", "of", "experience", "EXPERIENCE",
          "in the industry", "building", "work", "study", "(", ":", "–", "-", ",", "Java", "\n", "  ", "2017", "and",
          "mos", "9", "Total", "."]
texts = st.lists(st.sampled_from(PIECES), max_size=14).flatmap(
    lambda words: st.lists(st.sampled_from(["", " ", "\n", "   "]), min_size=len(words), max_size=len(words)).map(
        lambda gaps: "".join(w + g for w, g in zip(words, gaps))))


def whole_scan_and_near_units(pattern, glue, lead, text):
    units = [m.start() for m in claims._UNIT.finditer(text)]
    near = [m.span() for m in claims.near_units(pattern, text, units, glue, lead)]
    return [m.span() for m in pattern.finditer(text)], near


@pytest.mark.parametrize("text, years", [
    ("More than   a decade of building systems", 10.0),
    ("12.5 +\nyears of experience in Java", 12.5),
    ("Thirteen   years of experience", 13.0),
    ("WORK EXPERIENCE ( 7+ YEARS, 2017 - 2024)", 7.0),
    ("Java developer; two decades in the field", 20.0),
    ("Engineer at Acme since 2017", None),
])
def test_a_claim_is_found_with_whatever_joins_its_number_to_its_unit(text, years):
    assert find_claim(text) == years


@pytest.mark.parametrize("text", ["Tracing three decades of river sediment in the delta (survey paper)",
                                  "Nearly a decade of coastal erosion records, digitised"])
def test_decades_of_something_else_than_experience_or_work_are_no_claim(text):
    assert find_claim(text) is None


@pytest.mark.parametrize("text, years", [
    ("Over a decade's experience in payments", 10), ("Two decades\u2019 experience leading teams", 20),
    ("Nearly two decades as a platform engineer", 20), ("Over a decade of software development", 10),
    ("A decade of programming for banks", 10), ("A decade-long career in software", 10),
])
def test_decades_of_experience_the_craft_or_a_career_are_a_claim(text, years):
    assert find_claim(text) == years


def test_a_text_that_names_no_unit_has_no_claim():
    assert find_claim("Senior engineer, twelve teams, 2015 - 2020") is None


@settings(max_examples=400, deadline=None)
@given(texts)
@example("more than a decade")  # the longest number, and the 'a' that may join it to its unit
@example("over  A \n decade and 12.5          + \n years of experience")
def test_claims_near_units_are_the_claims_of_a_whole_scan(text):
    whole, near = whole_scan_and_near_units(claims._CLAIM, claims._claim_glue, claims._CLAIM_NUMBER, text)
    assert near == whole


@settings(max_examples=400, deadline=None)
@given(texts)
@example("EXPERIENCE —\n 12+ years")  # every character the heading puts between its word and its unit
@example("Experience(7 yrs) and experience: 3 years")
@example("experience  of 2 years")  # the spaces before 'of' count in the lead before the unit
@example("experience   of 2 years")  # the most spaces the heading allows there
@example("Experience:- 6.5 Years 9 Months")  # the number's point, and months after the unit
def test_heading_claims_near_units_are_those_of_a_whole_scan(text):
    whole, near = whole_scan_and_near_units(claims._CLAIM_IN_HEADING, claims._heading_glue, claims._HEADING_WORD,
                                            text)
    assert near == whole
