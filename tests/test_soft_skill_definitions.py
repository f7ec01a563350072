"""More trap cases of the bundled rule set's soft requirements, each written from the definition above its
requirement in rules/senior-backend-team-lead.toml, on a tiny invented resume (test_requirement_meanings.py holds
the first ones)."""
import pytest
from helpers import AS_OF, document

from screener.engine import screen_document
from screener.rules import load_rules

SOFTWARE_JOB = "Experience\nSenior Java Developer, Acme  2018 - 2022\n"
SALES_JOB = "Experience\nRegional Sales Manager, Acme  2018 - 2022\n"
GRAFANA = "\n- Monitoring with Grafana"  # the observability half, so a case reads the performance half


@pytest.fixture(scope="module")
def bundled():
    return load_rules()


def status(rules, text, rid):
    result = screen_document(document(text), rules, AS_OF)
    return next(q for q in result.requirements if q.id == rid).status.value


CASES = [
    # team-leadership: a leading verb in any inflection; a word made from it is another word
    ("managing-engineers-is-leading", SALES_JOB + "- Managing 5 engineers on the billing platform",
     "team-leadership", "pass"),
    ("team-management-skills-are-a-claim-not-a-deed",
     SALES_JOB + "- Group projects helped me develop team management and leadership skills", "team-leadership",
     "fail"),
    ("working-directly-with-engineers-is-not-directing-them",
     SALES_JOB + "- Worked directly with customers and engineers on renewals", "team-leadership", "fail"),
    ("the-management-of-engineering-teams-is-leading",
     SALES_JOB + "- Duties included the management of two offshore software engineering teams", "team-leadership",
     "pass"),
    ("captaining-a-development-team-is-leading", SALES_JOB + "- Captained the development team of the web shop",
     "team-leadership", "pass"),
    # who did it: one person holds one title, and an infinitive's subject may be someone else
    ("engineering-managers-in-the-plural-are-other-people",
     SALES_JOB + "- Built a portal enabling engineering managers to approve access requests", "team-leadership",
     "fail"),
    ("a-team-enabled-to-manage-itself-is-not-led-by-the-candidate",
     SOFTWARE_JOB + "- Wrote runbooks, improving the development team's ability to manage its own releases",
     "team-leadership", "fail"),
    ("helping-engineers-to-review-code-is-not-reviewing-it",
     SALES_JOB + "- Set up a bot helping the engineers to review code faster", "mentoring", "fail"),
    ("being-asked-to-lead-engineers-is-still-leading",
     SALES_JOB + "- Was asked to lead a team of 4 engineers for the launch", "team-leadership", "pass"),
    # performance: a time is the software's own when it names what runs; how long people take is not performance
    ("reducing-development-time-is-productivity", SOFTWARE_JOB + "- Reduced development time with shared tooling"
     + GRAFANA, "performance-observability", "fail"),
    ("reducing-a-decision-time-is-not-software-speed", SOFTWARE_JOB + "- Optimised team processes, reducing decision "
     "time by half" + GRAFANA, "performance-observability", "fail"),
    ("reducing-time-to-delivery-is-delivery", SOFTWARE_JOB + "- Reduced time to delivery for the platform team"
     + GRAFANA, "performance-observability", "fail"),
    ("reducing-build-and-test-times-is-speed", SOFTWARE_JOB + "- Reduced build and test times by 70%" + GRAFANA,
     "performance-observability", "pass"),
    ("an-execution-time-cut-is-speed", SOFTWARE_JOB + "- Cut the nightly job's execution time from 4 h to 1 h"
     + GRAFANA, "performance-observability", "pass"),
    ("reducing-the-processing-time-of-a-report-is-speed",
     SOFTWARE_JOB + "- Reduced the processing time of the monthly report from hours to minutes" + GRAFANA,
     "performance-observability", "pass"),
]


@pytest.mark.parametrize(("text", "rid", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_soft_skill_case(bundled, text, rid, expected):
    assert status(bundled, text, rid) == expected
