"""The traps a keyword screener falls into, each as a tiny resume and the outcome a recruiter expects."""
import pytest
from conftest import AS_OF, check, document, requirement

from screener.engine import screen_document
from screener.rules import load_rules

GO = requirement(any=[{"term": "Go", "match": "case"}])
JAVA = requirement(any=["Java"])
C = requirement(any=[{"term": "C", "match": "case"}])
# a lone capital R is also an initial, so a rule for R names the company it keeps
R = requirement(any=[{"term": "R", "match": "case"}], context=["Python", "statistics", "RStudio", "programming"])
SPRING = requirement(any=[{"term": "Spring", "match": "case"}], context=["Java", "Boot", "framework", "MVC"])
REACT = requirement(any=["React"])
GIT = requirement(any=[{"term": "Git", "aliases": ["GitHub", "GitLab"], "match": "word"}])
K8S = requirement(any=["Kubernetes"])
MICRO = requirement(any=["microservices"])
PHRASE = requirement(any=[{"term": "distributed systems", "match": "word"}])

CASES = [
    ("go-the-language", "Built payment services in Go and Python", GO, "pass"),
    ("go-the-verb", "Happy to go the extra mile for customers", GO, "fail"),
    ("go-inside-google", "Worked at Google on Gmail", GO, "fail"),
    ("golang-alias", "Services written in Golang", GO, "pass"),
    ("java", "Backend in Java 17 and Kotlin", JAVA, "pass"),
    ("javascript-is-not-java", "Frontend in JavaScript and TypeScript", JAVA, "fail"),
    ("c-language", "Firmware in C and assembly", C, "pass"),
    ("c-plus-plus-is-not-c", "Game engine in C++", C, "fail"),
    ("c-sharp-is-not-c", "Desktop apps in C#", C, "fail"),
    ("r-language", "Statistics in R and Python", R, "pass"),
    ("r-initial-is-not-r", "References: J. R. Smith", R, "fail"),
    ("spring-framework", "Microservices with Spring Boot and Java", SPRING, "pass"),
    ("spring-season", "Spring 2019 semester exchange in Lyon", SPRING, "fail"),
    ("react", "Built dashboards in React and Redux", REACT, "pass"),
    ("reactive-is-not-react", "Reactive streams with RxJava", REACT, "fail"),
    ("github-counts-as-git", "Open-source work on GitHub", GIT, "pass"),
    ("negation", "No experience with Kubernetes yet, keen to learn", K8S, "fail"),
    ("never-used", "Never used Kubernetes in production", K8S, "fail"),
    ("hyphenated-line-break", "Split the monolith into micro-\nservices", MICRO, "pass"),
    ("phrase-across-lines", "Designed large distributed\nsystems for payments", PHRASE, "pass"),
    ("fuzzy-typo", "Ran workloads on Kubernates", K8S, "pass"),
    ("fuzzy-inflection", "Moved to a micro-service architecture", MICRO, "pass"),
    ("fuzzy-never-inside-another-word", "Kubernetesque dashboards", K8S, "fail"),
]


@pytest.mark.parametrize("text,req,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_trap(text, req, expected):
    check(text, req, expected)


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
