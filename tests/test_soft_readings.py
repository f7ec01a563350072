"""The bundled soft requirements (team-leadership, mentoring, performance-observability, testing) read as their
definitions in rules/senior-backend-team-lead.toml say: whose doing a phrase is, the forms a deed is written in,
and what the words mean where they stand. Each case is one reading of a definition, on a tiny invented resume:
(id, resume, requirement, expected status)."""
import pytest
from helpers import requirement_status as status

from screener.rules import load_rules

SOFTWARE_JOB = "Experience\nSenior Java Developer, Acme  2018 - 2022\n"
SALES_JOB = "Experience\nRegional Sales Manager, Acme  2018 - 2022\n"
GRAFANA = "\n- Monitoring with Grafana"  # the observability half, so a case reads the performance half
LATENCY = "- Cut API latency by 30%\n"  # the performance half, so a case reads the observability half

# Whose doing it is: a title still to be reached, a thing's use, the person who judged the candidate.
ACTORS = [
    ("a-title-still-to-become-is-not-held",
     SOFTWARE_JOB + "- Completed the course Becoming a Team Leader in Engineering", "team-leadership", "fail"),
    ("a-title-the-candidate-became-is-held",
     SOFTWARE_JOB + "- Became team lead of the payments squad", "team-leadership", "pass"),
    ("a-things-use-to-teach-is-not-the-candidate-teaching",
     SOFTWARE_JOB + "- Wrote a compiler whose code was used to teach a course", "mentoring", "fail"),
    ("the-candidate-who-used-to-teach-did-teach",
     SOFTWARE_JOB + "- I used to teach Python to new hires", "mentoring", "pass"),
    ("the-head-of-another-team-is-theirs", SOFTWARE_JOB + "- Worked with the head of the data team",
     "team-leadership", "fail"),
    ("the-title-of-who-judged-the-candidate-is-theirs",
     SOFTWARE_JOB + "- Tutor evaluation: clean code and sound architecture", "mentoring", "fail"),
    ("a-possessive-judges-title-is-theirs-too",
     SOFTWARE_JOB + "- Mentor's feedback: writes clean, well-tested code", "mentoring", "fail"),
]

# A deed with its object, written as the deed's noun and "of"; not the verb's own form, nor a participle's noun.
NOUN_FORMS = [
    ("supervision-of-interns-is-supervising-them", SOFTWARE_JOB + "- Supervision of two interns", "mentoring",
     "pass"),
    ("training-of-new-hires-is-training-them", SOFTWARE_JOB + "- Training of new hires on the codebase",
     "mentoring", "pass"),
    ("optimisation-of-queries-is-optimising-them", SOFTWARE_JOB + "- Optimisation of slow SQL queries" + GRAFANA,
     "performance-observability", "pass"),
    ("management-of-a-team-is-managing-one", SOFTWARE_JOB + "- Management of a team of five", "team-leadership",
     "pass"),
    ("the-verbs-own-form-as-a-noun-is-not-the-deed",
     SALES_JOB + "- Closed deals with the help of junior developers", "mentoring", "fail"),
    ("a-participle-has-no-deeds-noun", SALES_JOB + "- Planned the distribution of power systems",
     "distributed-systems", "fail"),
]

# Words joined into one phrase as they are written.
FORMS = [
    ("a-possessive-joins-its-phrase", SALES_JOB + "- Reviewed interns' pull requests", "mentoring", "pass"),
    ("a-curly-possessive-too", SALES_JOB + "- Reviewing students’ code in Python", "mentoring", "pass"),
]

# A deed in the other words it is said with.
SYNONYMS = [
    ("the-head-of-a-technical-team-leads-it", SALES_JOB + "- Head of the technical team of the robotics club",
     "team-leadership", "pass"),
    ("cutting-build-and-test-times-is-performance-work",
     SOFTWARE_JOB + "- Cut build and test times by 20%" + GRAFANA, "performance-observability", "pass"),
    ("cutting-the-time-people-take-is-not", SOFTWARE_JOB + "- Cut decision time for managers by half" + GRAFANA,
     "performance-observability", "fail"),
    ("a-seminar-given-on-programming-is-teaching", SALES_JOB + "- Gave a seminar on Python programming to analysts",
     "mentoring", "pass"),
    ("a-seminar-attended-is-not", SOFTWARE_JOB + "- Attended a seminar on Python", "mentoring", "fail"),
    ("tutorship-is-tutoring", SALES_JOB + "- Tutorship in computer science at the university", "mentoring", "pass"),
]

# What the words name where they stand.
CONTEXTS = [
    ("the-development-of-a-process-names-no-engineers",
     SALES_JOB + "- Led a team of six and followed up on the development of new ways of working", "team-leadership",
     "fail"),
    ("profiling-users-is-not-profiling-code", SOFTWARE_JOB + "- Built user profiling for ad targeting" + GRAFANA,
     "performance-observability", "fail"),
    ("profiling-a-service-is", SOFTWARE_JOB + "- Found the slow calls by profiling the checkout service" + GRAFANA,
     "performance-observability", "pass"),
    ("a-products-key-metrics-are-its-users-business", SOFTWARE_JOB + LATENCY + "- Built a page for advertisers to "
     "see their key metrics", "performance-observability", "fail"),
    ("qa-automation-on-a-shop-floor-is-manufacturing", SOFTWARE_JOB + "- Shop floor and QA automation for the plant",
     "testing", "fail"),
    ("a-teaching-section-listing-a-programming-course-teaches-it",
     SALES_JOB + "- Sold phones\nTeaching\nIntroduction to Programming in Python (BSc)\nMacroeconomics (MSc)",
     "mentoring", "pass"),
    ("a-teaching-section-of-other-subjects-does-not", SALES_JOB + "- Sold phones\nTeaching\nOrganic Chemistry (BSc)"
     "\nMacroeconomics (MSc)", "mentoring", "fail"),
    ("a-course-naming-engineers-as-its-students-teaches-its-own-subject",
     SALES_JOB + "- Sold phones\nTeaching\nTEFL courses for civil engineering majors", "mentoring", "fail"),
    ("a-development-team-names-engineers", SALES_JOB + "- Led a team of six in the web development group",
     "team-leadership", "pass"),
]


@pytest.fixture(scope="module")
def bundled():
    return load_rules()


@pytest.mark.parametrize(("text", "rid", "expected"), [c[1:] for c in ACTORS + NOUN_FORMS + FORMS + SYNONYMS + CONTEXTS],
                         ids=[c[0] for c in ACTORS + NOUN_FORMS + FORMS + SYNONYMS + CONTEXTS])
def test_reading(bundled, text, rid, expected):
    assert status(bundled, text, rid) == expected
