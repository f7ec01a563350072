"""A field's artefacts: the things only its work makes ("app", "website"). A title naming the work done on one names
the field ("Web App Development Apprentice"); a text saying one was made is a sign of the field's work, as a term
is ("built the booking app"). Designing, launching, selling or writing for one is not making it, nor is making
what the thing only describes ("website copy": the thing made ends its phrase), and the same words without an
artefact ("Product Engineer", "Sales Engineer", "Game Designer") are decided as before. Only the candidate's own
title names the work: an organisation's name says what the employer does. `made` things are signs when made, but
a title naming the work on one ("Database Engineer") is decided by its text."""
import pytest
from helpers import check, requirement

from screener.checks.fields import Field
from screener.errors import RuleFileError

FIELD = {"name": "software development", "titles": ["software", "developer"], "not_titles": ["sales"],
         "terms": ["Python", "API", "deployed"], "least": 2,
         "artefacts": ["app", "website", "game engine", "plugin", "mobile application", "video game",
                       "user interface"],
         "made": ["database"]}
SOFTWARE_YEARS = requirement("years", min=8, field=FIELD)


def years(title: str, text: str = "") -> str:
    return f"Experience\n{title}, Orbison Ltd\nJan 2012 - Dec 2023\n{text}"


@pytest.mark.parametrize("title", ["Game Engine Programming Apprentice", "Web App Development Apprentice",
                                   "Website Development", "Mobile Application Engineer", "Plugin Engineer"])
def test_a_title_naming_the_work_done_on_an_artefact_names_the_field(title):
    check(years(title), SOFTWARE_YEARS, "pass")


@pytest.mark.parametrize("title", ["Product Engineer", "Game Designer", "Website Content Writer",
                                   "Video Game Tester"])
def test_a_title_naming_an_artefact_without_the_work_on_it_says_neither(title):
    check(years(title, "Kept the shop floor tidy."), SOFTWARE_YEARS, "fail")


@pytest.mark.parametrize("heading", ["Account Manager, Orbison Website Development",
                                     "Events Coordinator, Plugin Engineering Group, Orbison Council"])
def test_an_organisation_named_after_the_work_on_an_artefact_is_no_title_of_the_candidate(heading):
    check(f"Experience\n{heading}\nJan 2012 - Dec 2023\nLooked after forty client accounts.", SOFTWARE_YEARS, "fail")


def test_an_occupation_outside_the_field_still_wins_over_the_work_on_an_artefact():
    check(years("Sales Engineer, Mobile Application Development"), SOFTWARE_YEARS, "fail")


@pytest.mark.parametrize("made", ["Built the booking app", "Developed and maintained the company website",
                                  "Wrote two Android apps", "Shipped a video game", "Built the parking app for "
                                  "the council", "Developed the app and its API tests"])
def test_making_an_artefact_is_a_sign_beside_another(made):
    check(years("Product Engineer", f"{made} in Python."), SOFTWARE_YEARS, "pass")


@pytest.mark.parametrize("text", [
    "Designed the app screens; some Python.",  # designing one is design-only work
    "Created content for the company website; some Python.",  # made content, for the website
    "Created content for the website.\nSome Python.",  # four words or fewer before it: still content
    "Created the video game's launch campaign; some Python.",  # the game's campaign, not the game
    "Launched the new app in four markets; some Python.",
])
def test_designing_launching_or_writing_for_an_artefact_is_not_making_it(text):
    check(years("Product Engineer", text), SOFTWARE_YEARS, "fail")


@pytest.mark.parametrize("text", [
    "Wrote website copy for twelve bakeries; some Python.",
    "Created app icons and splash screens; some Python.",
    "Created video game posters for the cinema chain; some Python.",
    "Programmed the spring app launch parties; some Python.",
    "Wrote user interface text for the kiosk; some Python.",
])
def test_an_artefact_describing_what_was_made_is_not_the_thing_made(text):
    check(years("Product Engineer", text), SOFTWARE_YEARS, "fail")


@pytest.mark.parametrize("text, status", [
    ("Led the development of the parcel app; some Python.", "pass"),
    ("Scripted the creation of a stock database in Python.", "pass"),
    ("Led the development of app marketing plans; some Python.", "fail"),  # the plans were made
    ("Oversaw the creation of the website's copy; some Python.", "fail"),
])
def test_the_making_written_as_a_noun_is_a_making(text, status):
    check(years("Product Engineer", text), SOFTWARE_YEARS, status)


def test_a_noun_after_an_article_is_no_making():
    check(years("Records Officer", "Maintained the coding database; some Python."), SOFTWARE_YEARS, "fail")


def test_making_an_artefact_alone_is_one_sign_not_two():
    check(years("Product Engineer", "Built an app. Later built two more apps."), SOFTWARE_YEARS, "fail")


@pytest.mark.parametrize("text, status", [
    ("Ran nightly backups and restores of the stock database.", "fail"),
    ("Built the stock database and its Python loaders.", "pass"),
])
def test_a_title_naming_the_work_on_a_made_thing_is_decided_by_its_text(text, status):
    check(years("Database Engineer", text), SOFTWARE_YEARS, status)


def test_a_product_engineer_at_a_maker_of_physical_goods_is_not_software():
    text = "Developed the new kettle range from sketch to tooling; ran drop tests and supplier audits."
    check(years("Product Engineer", text), SOFTWARE_YEARS, "fail")


def test_a_game_designer_who_writes_no_code_is_design():
    text = "Designed levels and quests for a mobile game; wrote the story and balanced the economy."
    check(years("Game Designer", text), SOFTWARE_YEARS, "fail")


@pytest.mark.parametrize("key", ["artefacts", "made"])
def test_artefacts_and_made_things_must_be_lists_of_words(key):
    with pytest.raises(RuleFileError, match=key):
        Field.from_table({**FIELD, key: "app"})
