"""The bundled soft requirements read as their definitions in rules/senior-backend-team-lead.toml say, on tiny
invented resumes: each reading beside ordinary lines where it must not fire.

Testing said plainly is not a stage of delivery, nor a technician's tests of equipment; what runs tests of code (a
test suite, harness or pipeline) is test practice; a test framework whose name is an ordinary word is one only
beside a tool of code; an optimisation's aim may follow "for", and a team's performance is people's; a lead title
may name a field of software work ("QA Lead"), never the verb ("the platform leading to"); the engineers led may be
named as front-end or back-end teams, however the compound is written; a developer community is not a team led at
work; English is a subject taught, or the language a technical one was taught in."""
import pytest
from helpers import requirement_status as status

from screener.rules import load_rules

SOFTWARE_JOB = "Experience\nSenior Java Developer, Acme  2018 - 2022\n"
PROJECT_LEAD = "Experience\nProject Lead, Westfield University  2018 - 2022\n"
SALES_JOB = "Experience\nRegional Sales Manager, Acme  2018 - 2022\n"
GRAFANA = "\n- Monitoring with Grafana"  # the observability half, so a case reads the performance half


@pytest.fixture(scope="module")
def bundled():
    return load_rules()


# testing: plain "test" counts about code, not as one stage of delivery or as equipment work

@pytest.mark.parametrize("line", [
    "- Improved code quality through thorough testing",
    "- Added tests for the payment library",
])
def test_testing_said_plainly_about_code_counts(bundled, line):
    assert status(bundled, SOFTWARE_JOB + line, "testing") == "pass"


@pytest.mark.parametrize("line", [
    "- Implemented, tested, and debugged features of the billing software",
    "- Debugged and tested the backend code before each release",
    "- Implementing and testing new software features",
])
def test_testing_as_one_stage_of_delivery_beside_implementing_or_debugging_is_not_test_practice(bundled, line):
    assert status(bundled, SOFTWARE_JOB + line, "testing") == "fail"


@pytest.mark.parametrize("line", [
    "- Provided repair, calibration, testing and setup of the bonding tools for the software lab",
    "- Performed calibration verification and functional testing of code readers",
])
def test_testing_beside_calibration_or_repair_is_equipment_work(bundled, line):
    assert status(bundled, SOFTWARE_JOB + line, "testing") == "fail"


@pytest.mark.parametrize("line", [
    "- Automated evaluation by building Python-based testing pipelines",
    "- Wrote a test harness in Python for the firmware",
])
def test_what_runs_automated_tests_of_code_is_test_practice(bundled, line):
    assert status(bundled, PROJECT_LEAD + line, "testing") == "pass"


@pytest.mark.parametrize("line", [
    "- Ran the clinic's COVID-19 testing pipeline for patient samples",
    "- Designed a test harness for the engine wiring loom",
])
def test_a_testing_pipeline_or_harness_that_runs_no_code_is_not(bundled, line):
    assert status(bundled, PROJECT_LEAD + line, "testing") == "fail"


# testing: frameworks named as ordinary words

@pytest.mark.parametrize("line", [
    "Skills\nFrameworks: jQuery, Jasmine, Bootstrap",
    "Skills\nAngular, RxJS, Karma, Protractor",
    "Skills\nTools: Java, Cucumber, Maven",
])
def test_a_test_framework_with_an_ordinary_name_counts_beside_a_tool_of_code(bundled, line):
    assert status(bundled, SOFTWARE_JOB + "- Built billing services\n" + line, "testing") == "pass"


@pytest.mark.parametrize("text", [
    "Jasmine Okafor\nSummary\nAccountant with ten years in audit",
    "Experience\nBarista, Corner Cafe  2018 - 2020\n- Prepared espresso drinks and pastries",
    "Volunteering\nCommunity garden: cucumber and tomato harvests",
])
def test_the_same_words_alone_are_a_person_a_drink_or_a_plant(bundled, text):
    assert status(bundled, text, "testing") == "fail"


# performance: what an optimisation aims at

@pytest.mark.parametrize("line", [
    "- Engineered a lightweight frontend architecture optimized for speed",
    "- Rewrote the pricing service, optimised for performance under peak load",
])
def test_software_optimised_for_speed_is_performance_work(bundled, line):
    assert status(bundled, PROJECT_LEAD + line + GRAFANA, "performance-observability") == "pass"


@pytest.mark.parametrize("line", [
    "- Optimized the onboarding checklist for speed and accuracy",
    "- Reorganised the warehouse floor, optimized for speed of picking",
])
def test_work_of_people_optimised_for_speed_is_not(bundled, line):
    assert status(bundled, SALES_JOB + line + GRAFANA, "performance-observability") == "fail"


@pytest.mark.parametrize("line", [
    "- Mentored junior developers, working to improve overall team performance",
    "- Coached the squad to increase individual performance and job performance",
])
def test_the_performance_of_people_is_not_software_speed(bundled, line):
    assert status(bundled, SOFTWARE_JOB + line + GRAFANA, "performance-observability") == "fail"


@pytest.mark.parametrize("line", [
    "- Improved API performance for the team by caching hot reads",
    "- Boosted search performance of the API for the sales team",
])
def test_software_performance_improved_for_a_team_is_performance_work(bundled, line):
    assert status(bundled, SOFTWARE_JOB + line + GRAFANA, "performance-observability") == "pass"


# team-leadership: the teams led, and communities that are not teams

@pytest.mark.parametrize("line", [
    "- Directed cross-functional front-end and back-end teams to deliver the platform",
    "- Managed the frontend team through two major releases",
])
def test_leading_teams_named_by_their_part_of_the_software_is_leading_engineers(bundled, line):
    assert status(bundled, PROJECT_LEAD + line, "team-leadership") == "pass"


@pytest.mark.parametrize("line", [
    "- Directed the front-of-house team on busy weekends",
    "- Managed the back office team of four clerks",
])
def test_leading_teams_that_are_not_software_teams_is_not(bundled, line):
    assert status(bundled, PROJECT_LEAD + line, "team-leadership") == "fail"


@pytest.mark.parametrize("title", ["Software Integration Lead", "Software Lead", "QA Lead", "Front-end Lead"])
def test_a_lead_title_named_by_a_field_of_software_work_is_an_engineering_lead(bundled, title):
    assert status(bundled, f"Experience\n{title}, Acme  2018 - 2022\n- Shipped releases", "team-leadership") == "pass"


@pytest.mark.parametrize("line", [
    "- Software Engineering Group Supervisor - Led groups of second-year students on a module",
    "- Integrated a payment processor with the platform leading to more sign-ups",
    "- Software teams led by the CTO adopted the new release process",
])
def test_the_verb_after_a_software_word_is_no_lead_title(bundled, line):
    assert status(bundled, "Experience\nResearch Assistant, Westfield University  2018 - 2022\n" + line,
                  "team-leadership") == "fail"


@pytest.mark.parametrize("text", [
    "Education\nBSc Computer Science, Westfield University  2016 - 2020\n"
    "Co-led Google Developers Group and Developer Student Club chapters.",
    SOFTWARE_JOB + "- Community Lead: organised monthly meetups for local developers",
])
def test_leading_a_developer_community_is_not_leading_a_team(bundled, text):
    assert status(bundled, text, "team-leadership") == "fail"


@pytest.mark.parametrize("text", [
    SOFTWARE_JOB + "- Led a team of five developers building the community forum",
    PROJECT_LEAD + "- Lead developer of the student portal, leading four engineers",
])
def test_leading_engineers_who_build_for_a_community_is_leading_a_team(bundled, text):
    assert status(bundled, text, "team-leadership") == "pass"


# mentoring: English as the subject taught, not the language a technical subject was taught in

TUTOR = "Experience\nAcademic Tutor, Westfield University  2023 - 2024\n"


@pytest.mark.parametrize("line", [
    "- Taught weekly tutorials for Fundamentals of Computer Engineering, in English and German",
    "- Ran statistics exercise classes in English for first-year students",
])
def test_teaching_a_technical_subject_in_english_is_mentoring(bundled, line):
    assert status(bundled, TUTOR + line, "mentoring") == "pass"


@pytest.mark.parametrize("line", [
    "- Facilitated English communication courses to civil engineering majors",
    "- Taught English to software engineering students",
    "- English language tutor for the engineering faculty",
])
def test_teaching_english_to_engineers_is_teaching_english(bundled, line):
    assert status(bundled, TUTOR + line, "mentoring") == "fail"
