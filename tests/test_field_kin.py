"""A list among a field's terms is one sign however many of its words a text names: "iOS and Android" are the phone
platforms, one thing a shop sells and a developer builds for, so naming both is not two signs of building
software; beside a sign of another kind it still counts."""
import pytest
from helpers import check, requirement

from screener.checks.fields import Field
from screener.errors import RuleFileError

FIELD = {"name": "software development", "titles": ["developer"], "terms": ["Python", "API", ["iOS", "Android"]],
         "least": 2}
SOFTWARE_YEARS = requirement("years", min=8, field=FIELD)


def years(title: str, text: str) -> str:
    return f"Experience\n{title}, Quillon Ltd\nJan 2012 - Dec 2023\n{text}"


@pytest.mark.parametrize("title, text", [
    ("Store Assistant", "Sold iOS and Android handsets and their cases."),
    ("Phone Repair Technician", "Replaced screens on iOS and Android handsets."),
    ("Ward Coordinator", "Showed nurses the iOS rota tool and the Android tablets."),
])
def test_the_words_of_one_group_are_one_sign(title, text):
    check(years(title, text), SOFTWARE_YEARS, "fail")


def test_a_group_beside_a_sign_of_another_kind_is_two():
    check(years("Engineer", "Wrote the Android client of the parcel API."), SOFTWARE_YEARS, "pass")


def test_the_words_of_a_group_are_terms_of_the_field():
    assert Field.from_table(FIELD).terms == ("Python", "API", "iOS", "Android")


@pytest.mark.parametrize("terms", [["Python", ["iOS", 3]], ["Python", []], "Python"])
def test_a_group_is_a_list_of_words(terms):
    with pytest.raises(RuleFileError, match="terms"):
        Field.from_table({**FIELD, "terms": terms})
