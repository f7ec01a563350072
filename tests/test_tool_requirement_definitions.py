"""The bundled rule set's tool requirements as their definitions in rules/senior-backend-team-lead.toml say, both
ways: CI said with what it builds, a distributed system of any kind, micro-frontends as a modular architecture,
an API built in any tense a bullet uses or with a framework made to serve APIs, Oracle the database apart from
Oracle the company, a name with its version glued to it ("Python3"), and "Node" beside the JavaScript stack as
Node.js."""
import pytest
from helpers import bundled_status

SOFTWARE_JOB = "Experience\nSoftware Developer, Acme  2018 - 2022\n"


@pytest.mark.parametrize("line", ["- DevOps: Docker, GitHub and a CI pipeline", "- Kept the CI builds green on Jenkins",
                                  "- Moved our CI to self-hosted runners that test every merge"],
                         ids=["pipeline", "builds", "tests"])
def test_ci_said_with_what_it_builds_tests_or_deploys_is_ci_cd(line):
    assert bundled_status(SOFTWARE_JOB + line, "ci-cd") == "pass"


def test_ci_as_a_groups_initials_is_not_ci_cd():
    assert bundled_status(SOFTWARE_JOB + "- Research stay at the CI Group, Westfield University", "ci-cd") == "fail"


@pytest.mark.parametrize("line", ["- Built a distributed calculation engine for insurers",
                                  "- Research on a distributed IoT platform", "- Wrote distributed Python backends",
                                  "- Ported the model to a distributed training framework"],
                         ids=["engine", "platform", "backends", "framework"])
def test_distributed_with_a_kind_of_system_is_distributed_systems(line):
    assert bundled_status(SOFTWARE_JOB + line, "distributed-systems") == "pass"


@pytest.mark.parametrize("line", ["- Ran the content distribution platform", "- Maintained the media distribution engine"],
                         ids=["platform", "engine"])
def test_a_distribution_platform_ships_goods_or_media_and_is_not_distributed_systems(line):
    assert bundled_status(SOFTWARE_JOB + line, "distributed-systems") == "fail"


@pytest.mark.parametrize("line", ["- Built the shop's checkout as a micro-frontend", "- Split the portal into micro frontends"],
                         ids=["hyphenated", "spaced"])
def test_micro_frontends_are_a_modular_architecture(line):
    assert bundled_status(SOFTWARE_JOB + line, "microservices") == "pass"


@pytest.mark.parametrize("line", ["- Develop the admin panel and API for the mobile app",
                                  "- Implements the billing API", "- Exposes an API for the partners' portal"],
                         ids=["develop", "implements", "exposes"])
def test_an_api_built_in_the_present_tense_is_api_design(line):
    assert bundled_status(SOFTWARE_JOB + line, "api-design") == "pass"


@pytest.mark.parametrize("line", ["- Develop automated tests for the API in C#",
                                  "- Telegram bot for creating greeting cards | Telegram Bot API, PostgreSQL"],
                         ids=["tests-for-the-api", "what-a-product-is-for"])
def test_testing_an_api_or_a_product_for_creating_things_is_not_api_design(line):
    assert bundled_status(SOFTWARE_JOB + line, "api-design") == "fail"


@pytest.mark.parametrize("line", ["- Certified on Oracle Cloud Infrastructure", "- Rolled out Oracle E-Business Suite",
                                  "- Joined Oracle Corporation's finance team", "- Configured Oracle Fusion HCM"],
                         ids=["cloud", "e-business", "the-company", "fusion"])
def test_oracle_the_company_or_another_of_its_products_is_no_database(line):
    assert bundled_status("Experience\nFinance Analyst, Acme  2018 - 2022\n" + line, "databases") == "fail"


@pytest.mark.parametrize("line", ["- Tuned queries on Oracle 19c", "- Migrated the Oracle database to PostgreSQL"],
                         ids=["version", "database"])
def test_oracle_the_database_is_a_database(line):
    assert bundled_status(SOFTWARE_JOB + line, "databases") == "pass"


@pytest.mark.parametrize("line, rid", [("- Ported the scripts from Python2 to Python3", "language"),
                                       ("- Stored the results in Sqlite3", "databases")], ids=["python3", "sqlite3"])
def test_a_name_with_its_major_version_glued_to_it_is_that_name(line, rid):
    assert bundled_status(SOFTWARE_JOB + line, rid) == "pass"


@pytest.mark.parametrize("line", ["- Built a booking app with React & Node", "- Node, Express, GraphQL, MongoDB"],
                         ids=["react", "a-stack-list"])
def test_node_beside_the_javascript_stack_is_node_js(line):
    assert bundled_status(SOFTWARE_JOB + line, "language") == "pass"


@pytest.mark.parametrize("line", ["- Ran a 96 Node Cluster on Hadoop with Java", "- Wrote C firmware for the OLED Node"],
                         ids=["cluster", "device"])
def test_a_clusters_or_a_devices_node_is_not_node_js(line):
    assert bundled_status(SOFTWARE_JOB + line, "language") == "fail"


def test_an_api_framework_in_a_sentence_about_building_with_it_is_an_api_built():
    line = "- Designed and built model servers and an accompanying FastAPI server, enabling integration with CRM"
    assert bundled_status(SOFTWARE_JOB + line, "api-design") == "pass"


def test_an_api_framework_named_alone_in_a_skills_list_is_not_an_api_built():
    assert bundled_status(SOFTWARE_JOB + "Skills\nPython, PyTorch, FastAPI, Docker", "api-design") == "fail"
