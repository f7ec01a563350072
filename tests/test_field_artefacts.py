"""A field's artefacts: the things only its work makes ("app", "website"). A title naming the work done on one names
the field ("Game Engine Development Intern"); a text saying one was made is a sign of the field's work, as a term
is ("built the booking app"). Designing, launching, selling or writing for one is not making it, and the same
words without an artefact ("Product Engineer", "Sales Engineer", "Game Designer") are decided as before."""
import pytest
from helpers import check, requirement

from screener.checks.fields import Field
from screener.errors import RuleFileError

FIELD = {"name": "software development", "titles": ["software", "developer"], "not_titles": ["sales"],
         "terms": ["Python", "API", "deployed"], "least": 2,
         "artefacts": ["app", "website", "game engine", "gameplay", "mobile application", "video game"]}
SOFTWARE_YEARS = requirement("years", min=8, field=FIELD)


def years(title: str, text: str = "") -> str:
    return f"Experience\n{title}, Orbison Ltd\nJan 2012 - Dec 2023\n{text}"


@pytest.mark.parametrize("title", ["Game Engine Development Intern", "Gameplay Programming Intern",
                                   "Website Development", "Mobile Application Engineer", "Gameplay Engineer"])
def test_a_title_naming_the_work_done_on_an_artefact_names_the_field(title):
    check(years(title), SOFTWARE_YEARS, "pass")


@pytest.mark.parametrize("title", ["Product Engineer", "Game Designer", "Website Content Writer",
                                   "Video Game Tester"])
def test_a_title_naming_an_artefact_without_the_work_on_it_says_neither(title):
    check(years(title, "Kept the shop floor tidy."), SOFTWARE_YEARS, "fail")


def test_an_occupation_outside_the_field_still_wins_over_the_work_on_an_artefact():
    check(years("Sales Engineer, Mobile Application Development"), SOFTWARE_YEARS, "fail")


@pytest.mark.parametrize("made", ["Built the booking app", "Developed and maintained the company website",
                                  "Wrote two Android apps", "Shipped a video game"])
def test_making_an_artefact_is_a_sign_beside_another(made):
    check(years("Product Engineer", f"{made} in Python."), SOFTWARE_YEARS, "pass")


@pytest.mark.parametrize("text", [
    "Designed the app screens; some Python.",  # designing one is design-only work
    "Created content for the company website; some Python.",  # made content, for the website
    "Created the video game's launch campaign; some Python.",  # the game's campaign, not the game
    "Launched the new app in four markets; some Python.",
])
def test_designing_launching_or_writing_for_an_artefact_is_not_making_it(text):
    check(years("Product Engineer", text), SOFTWARE_YEARS, "fail")


def test_making_an_artefact_alone_is_one_sign_not_two():
    check(years("Product Engineer", "Built an app. Later built two more apps."), SOFTWARE_YEARS, "fail")


def test_a_product_engineer_at_a_maker_of_physical_goods_is_not_software():
    text = "Developed the new kettle range from sketch to tooling; ran drop tests and supplier audits."
    check(years("Product Engineer", text), SOFTWARE_YEARS, "fail")


def test_a_game_designer_who_writes_no_code_is_design():
    text = "Designed levels and quests for a mobile game; wrote the story and balanced the economy."
    check(years("Game Designer", text), SOFTWARE_YEARS, "fail")


def test_artefacts_must_be_a_list_of_words():
    with pytest.raises(RuleFileError, match="artefacts"):
        Field.from_table({**FIELD, "artefacts": "app"})
