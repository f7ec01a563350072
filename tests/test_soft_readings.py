"""The bundled soft requirements (team-leadership, mentoring, performance-observability, testing) read as their
definitions in rules/senior-backend-team-lead.toml say: whose doing a phrase is, the forms a deed is written in,
and what the words mean where they stand. Each test is one case of a definition, on a tiny invented resume."""
import pytest
from helpers import requirement_status as status

from screener.rules import load_rules

SOFTWARE_JOB = "Experience\nSenior Java Developer, Acme  2018 - 2022\n"
SALES_JOB = "Experience\nRegional Sales Manager, Acme  2018 - 2022\n"
GRAFANA = "\n- Monitoring with Grafana"  # the observability half, so a case reads the performance half
LATENCY = "- Cut API latency by 30%\n"  # the performance half, so a case reads the observability half


@pytest.fixture(scope="module")
def bundled():
    return load_rules()


# Whose doing it is: a title still to be reached, a thing's use, the person who judged the candidate.

def test_a_title_still_to_become_is_not_held(bundled):
    text = SOFTWARE_JOB + "- Completed the course Becoming a Team Leader in Engineering"
    assert status(bundled, text, "team-leadership") == "fail"


def test_a_title_the_candidate_became_is_held(bundled):
    assert status(bundled, SOFTWARE_JOB + "- Became team lead of the payments squad", "team-leadership") == "pass"


def test_a_things_use_to_teach_is_not_the_candidate_teaching(bundled):
    assert status(bundled, SOFTWARE_JOB + "- Wrote a compiler whose code was used to teach a course",
                  "mentoring") == "fail"


def test_the_candidate_who_used_to_teach_did_teach(bundled):
    assert status(bundled, SOFTWARE_JOB + "- I used to teach Python to new hires", "mentoring") == "pass"


def test_the_title_of_who_judged_the_candidate_is_theirs(bundled):
    assert status(bundled, SOFTWARE_JOB + "- Tutor evaluation: clean code and sound architecture",
                  "mentoring") == "fail"
    assert status(bundled, SOFTWARE_JOB + "- Mentor's feedback: writes clean, well-tested code",
                  "mentoring") == "fail"
