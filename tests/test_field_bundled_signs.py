"""The bundled experience-years field reads the signs of building software in any of their usual forms: "programmed"
as "programming", a "mobile application" as a "mobile app", and the languages and frameworks programs are written
in; a title naming neither still needs two different signs, and a title outside the field none of them help."""
import pytest
from helpers import bundled_status


def experience_years(title, text=""):
    return bundled_status(f"Experience\n{title}, Pellworth Ltd\nJan 2010 - Dec 2023\n{text}\n", "experience-years")


@pytest.mark.parametrize("text", [
    "Programmed the image pipeline of a camera board in C++.",
    "Worked on a JavaScript mobile application for ticket sales.",
    "Built reporting tools in PowerShell with WinForms screens.",
    "Ported the iOS client to Flutter.",
    "Developed the customer portal with Laravel and jQuery.",
])
def test_a_title_naming_neither_counts_on_two_signs_in_their_usual_forms(text):
    assert experience_years("Engineer", text) == "pass"


@pytest.mark.parametrize("text", [
    "Programmed the festival's concerts and wrote its brochure.",  # one sign: programming events
    "Tested the mobile application on twelve phones by hand.",  # one sign: manual testing of an app
    "Kept the fleet's tablets charged; some PowerShell.",
])
def test_one_sign_alone_still_does_not_decide_a_title_naming_neither(text):
    assert experience_years("Engineer", text) == "fail"


@pytest.mark.parametrize("title, status", [
    ("Game Engine Development Intern", "pass"),  # a title naming the work done on a software artefact
    ("Gameplay Programming Intern", "pass"),
    ("Product Engineer", "fail"),  # at a maker of physical goods: its text shows no software
    ("Sales Engineer", "fail"),
    ("Game Designer", "fail"),  # designing a game writes no code
])
def test_titles_by_the_work_they_name(title, status):
    text = "Designed the new kettle range and its packaging; ran customer demos and supplier audits."
    assert experience_years(title, text) == status


def test_making_the_booking_app_is_a_sign_of_a_product_engineer_building_software():
    text = "Built the booking app's checkout flow in TypeScript and reviewed the team's pull requests."
    assert experience_years("Product Engineer", text) == "pass"


@pytest.mark.parametrize("text, status", [
    ("Kept the bug database tidy while testing each release by hand; some SQL.", "fail"),  # a database used
    ("Updated the donor databases weekly and mailed the newsletter; some SQL.", "fail"),
    ("Built the order database and its PostgreSQL reports.", "pass"),  # a database made
])
def test_a_database_is_a_sign_when_made_not_when_used(text, status):
    assert experience_years("Engineer", text) == status


@pytest.mark.parametrize("text, status", [
    ("Ran the plant's distributed electrical power and its test cell; some Python.", "fail"),
    ("Distributed the season's catalogues to forty shops; some Python.", "fail"),
    ("Designed distributed systems for ticket sales in Python.", "pass"),
])
def test_distributed_is_a_sign_only_of_distributed_systems_or_computing(text, status):
    assert experience_years("Engineer", text) == status
