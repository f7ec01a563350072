"""False friends on the bundled rule set: what its context words and exclusions are for.

The matcher's own traps (Go/go, Java/JavaScript, C/C++, R, Spring, React, negation, line breaks, fuzzy) are
specified in test_keyword_traps.py."""
import pytest
from helpers import AS_OF, check, document, requirement

from screener.engine import screen_document
from screener.rules import load_rules

GO = requirement(any=[{"term": "Go", "match": "case"}])


@pytest.fixture(scope="module")
def bundled():
    return load_rules()


def status(rules, text, rid):
    result = screen_document(document(text), rules, AS_OF)
    return next(q for q in result.requirements if q.id == rid)


def test_a_charge_nurse_leading_nurses_is_not_an_engineering_team_lead(bundled):
    text = """Charge Nurse / Team Lead
    Led a team of 12 nurses on a 30-bed cardiac unit
    Mentored new graduate nurses and precepted students"""
    assert status(bundled, text, "team-leadership").status.value == "fail"
    assert status(bundled, text, "mentoring").status.value == "fail"


def test_a_teaching_assistant_mentors_only_on_a_resume_about_software(bundled):
    cs = """Software Engineer, Acme
    Teaching Assistant for Introduction to Databases (2019 - 2020)"""
    nursing = """Registered Nurse
    Clinical teaching assistant for first-year nursing students"""
    assert status(bundled, cs, "mentoring").status.value == "pass"
    assert status(bundled, nursing, "mentoring").status.value == "fail"


def test_leading_engineers_is_team_leadership(bundled):
    q = status(bundled, "Led a team of 6 backend engineers building billing services", "team-leadership")
    assert q.status.value == "pass" and "6 backend engineers" in q.evidence[0].quote


def test_go_live_is_not_go(bundled):
    assert status(bundled, "Managed the Go-Live of the new ERP", "language").status.value == "fail"


def test_sales_qualified_leads_are_not_sql(bundled):
    assert status(bundled, "Generated 40 SQL's per month for the sales team", "databases").status.value == "fail"


def test_postgres_counts_as_a_database(bundled):
    assert status(bundled, "Tuned Postgres queries", "databases").status.value == "pass"


def test_evidence_marks_the_words_as_written():
    q = check("Experience\nShipped services in Golang at Acme", GO, "pass")
    (ev,) = q.evidence
    assert ev.quote[ev.highlight[0]:ev.highlight[1]] == "Golang" and ev.term == "Go (Golang)"


def test_leading_a_team_on_a_software_resume_counts_without_naming_the_engineers(bundled):
    text = "Software Engineer, Acme\nLed a team from four colleges to build a flight planner"
    assert status(bundled, text, "team-leadership").status.value == "pass"


def test_managing_tooling_for_the_team_is_not_leading_it(bundled):
    text = "Software Engineer, Acme\nManaged build tooling and CI pipelining for the team"
    assert status(bundled, text, "team-leadership").status.value == "fail"


def test_self_taught_is_not_teaching_anyone(bundled):
    assert status(bundled, "I'm a self-taught backend developer with 7 years of practice",
                  "mentoring").status.value == "fail"
    assert status(bundled, "Offered mentorship to master's students in the robotics lab",
                  "mentoring").status.value == "pass"


def test_leading_a_team_described_in_between_counts_on_a_software_resume(bundled):
    text = """Software Engineer, Acme
    Managed a mid sized team of roughly 25 analysts"""
    assert status(bundled, text, "team-leadership").status.value == "pass"
    assert status(bundled, "Software Engineer, Acme\nManaged a budget for the team",
                  "team-leadership").status.value == "fail"


def test_a_cheer_in_brackets_is_its_own_sentence(bundled):
    text = "She studied at Harwick. (Go Otters and Gold!) Later she was a part time software developer."
    assert status(bundled, text, "language").status.value == "fail"


def test_teaching_coding_counts_as_mentoring_on_a_software_resume(bundled):
    text = """Software Developer, Hooli
    Teacher - Code Club: free weekly coding sessions for teenagers"""
    assert status(bundled, text, "mentoring").status.value == "pass"


@pytest.mark.parametrize("text, expected", [
    ("Raised code quality through careful unit testing", "pass"),
    ("Wrote kernel selftests to verify the feature", "pass"),
    ("Ran A/B testing of landing pages for the software launch", "fail"),
    ("Modeled software design and conducted usability tests", "fail"),
    ("Performed loop testing against the site cable schedule", "fail"),
], ids=["code-testing", "selftests", "a-b-testing", "usability-tests", "electrical-loop-testing"])
def test_testing_said_plainly_counts_only_about_code(bundled, text, expected):
    assert status(bundled, text, "testing").status.value == expected


def test_fixing_n_plus_one_queries_and_answering_outages_is_performance_and_observability(bundled):
    text = """Backend Engineer, Acme
    Cached results so we avoid N+1 query problems
    Handled outages and server incidents on call"""
    assert status(bundled, text, "performance-observability").status.value == "pass"


def test_consensus_in_plain_english_is_not_a_distributed_system(bundled):
    assert status(bundled, "Little consensus on an old ecology paradigm?", "distributed-systems").status.value \
        == "fail"
    assert status(bundled, "Implemented the Raft consensus algorithm in Go", "distributed-systems").status.value \
        == "pass"


@pytest.mark.parametrize("text, expected", [
    ("Mathematical Statistics Tutor, Northvale College", "pass"),
    ("Demonstrator for 3 second-year modules including Scientific Computing & Data Handling", "pass"),
    ("General Chemistry Laboratory Teaching Assistant", "fail"),
], ids=["statistics-tutor", "computing-demonstrator", "chemistry-ta"])
def test_teaching_a_technical_subject_is_mentoring_on_any_resume(bundled, text, expected):
    assert status(bundled, text, "mentoring").status.value == expected
