"""The bundled experience-years field reads the signs of building software in any of their usual forms: "programmed"
as "programming", a "mobile application" as a "mobile app", the languages and frameworks programs are written
in, and database development by its parts (a schema, stored procedures, optimised queries); a title naming
neither still needs two different signs, and a title outside the field none of them help. What other trades name
as much is no second sign: the phone platforms together are one, a system administrator's systems and scripts
are one, and a tool or language named by an ordinary word or a surname counts only in a form naming the
software."""
import pytest
from helpers import bundled_status


def experience_years(title, text=""):
    return bundled_status(f"Experience\n{title}, Pellworth Ltd\nJan 2010 - Dec 2023\n{text}\n", "experience-years")


@pytest.mark.parametrize("text", [
    "Programmed the timer board of a bread oven in C++.",
    "Wrote a TypeScript mobile application for parking permits.",
    "Built the stock-count screens in C# on .NET.",
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


@pytest.mark.parametrize("title, text", [
    ("Store Assistant", "Sold iOS and Android handsets and their chargers."),
    ("Handset Repair Technician", "Swapped batteries in iOS and Android handsets."),
    ("IT Specialist", "Enrolled iOS and Android handsets for 150 office staff."),
    ("Test Analyst", "Clicked through the iOS and Android builds by hand against a checklist."),
])
def test_the_phone_platforms_named_together_are_one_sign(title, text):
    assert experience_years(title, text) == "fail"


@pytest.mark.parametrize("text", [
    "Reset staff passwords with PowerShell; moved the shared drives to Azure.",
    "Updated 80 Unix hosts every quarter with Ansible and bash scripting.",
])
def test_a_system_administrators_systems_and_scripts_are_one_sign(text):
    assert experience_years("Systems Engineer", text) == "fail"


@pytest.mark.parametrize("text", ["Wrote the ticket service in Python and ran it on Linux.",
                                  "Wrote Terraform modules for the team's AWS accounts."])
def test_the_systems_a_service_runs_on_are_a_sign_beside_building_it(text):
    assert experience_years("Engineer", text) == "pass"


@pytest.mark.parametrize("title, text", [
    ("Research Assistant", "Counted moths in Dr. Jenkins's orchard plots; tidied the data in Python."),
    ("Field Assistant", "Surveyed hedges along the Haskell road; tidied the data in Python."),
    ("Pub Manager", "Ran the Elixir lounge and its Dart evenings; tracked stock in SQL."),
])
def test_a_tool_named_by_an_ordinary_word_or_a_surname_is_no_sign(title, text):
    assert experience_years(title, text) == "fail"


@pytest.mark.parametrize("title", ["Game Engine Development Intern", "Plugin Programming Apprentice"])
def test_titles_naming_the_work_done_on_a_software_artefact_name_the_field(title):
    assert experience_years(title, "Kept the shared kitchen stocked.") == "pass"


@pytest.mark.parametrize("title", ["Product Engineer", "Sales Engineer", "Game Designer"])
def test_titles_naming_no_software_work_are_decided_by_their_text(title):
    text = "Designed the new kettle range and its packaging; ran customer demos and supplier audits."
    assert experience_years(title, text) == "fail"


def test_making_the_booking_app_is_a_sign_of_a_product_engineer_building_software():
    text = "Built the booking app's checkout flow in TypeScript and reviewed the team's pull requests."
    assert experience_years("Product Engineer", text) == "pass"


@pytest.mark.parametrize("text, status", [
    ("Kept the complaints database tidy and posted the weekly figures; some SQL.", "fail"),  # a database used
    ("Updated the donor databases weekly and mailed the newsletter; some SQL.", "fail"),
    ("Built the order database and its PostgreSQL reports.", "pass"),  # a database made
])
def test_a_database_is_a_sign_when_made_not_when_used(text, status):
    assert experience_years("Engineer", text) == status


@pytest.mark.parametrize("title, text", [
    ("Consultant", "Drew up the database schema for the lending desk and wrote its stored procedures."),
    ("Engineer", "Optimised slow ledger queries and moved the archive to PostgreSQL."),
    ("Database Engineer", "Wrote the claims system's PL/SQL packages and its schema migrations."),
])
def test_database_development_is_building_software(title, text):
    assert experience_years(title, text) == "pass"


def test_a_database_engineer_keeping_servers_running_administers_them():
    text = "Took nightly backups of 30 Oracle hosts, tested restores and patched them each month."
    assert experience_years("Database Engineer", text) == "fail"


@pytest.mark.parametrize("text, status", [
    ("Looked after the distributed sprinkler network of the orchards; some Python.", "fail"),
    ("Distributed the season's catalogues to forty shops; some Python.", "fail"),
    ("Designed distributed systems for ticket sales in Python.", "pass"),
    ("Built a distributed cache and tuned our distributed systems.", "fail"),  # both one sign: distributed things
])
def test_distributed_is_a_sign_only_of_distributed_things_built(text, status):
    assert experience_years("Engineer", text) == status
