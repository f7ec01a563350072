"""False passes of the soft requirements, each written from the definition above its requirement in
rules/senior-backend-team-lead.toml on a tiny invented resume: the word is there, the practice is not (a stage
named among environments, a team worked beside, a tool used for another job, a name that holds the word, a
subject that is not technical, a word that only shares a stem)."""
import pytest
from helpers import check, requirement
from test_requirement_meanings import GRAFANA, NURSE_JOB, SOFTWARE_JOB, bundled, status  # noqa: F401 (a fixture)

QUERIES = "- Tuned slow SQL queries of the billing service\n"  # the performance half, so a case reads observability

CASES = [
    # testing: QA or TEST among DEV, UAT and PROD names an environment; QA among the roles one worked beside is
    # another team; Selenium driving a browser to scrape or crawl is not testing; red teams and attacks are
    # security testing
    ("qa-among-environments-is-an-environment",
     SOFTWARE_JOB + "- Refreshed the databases of the DEV, QA and UAT environments", "testing", "fail"),
    ("qa-in-a-slashed-list-of-environments-is-an-environment",
     SOFTWARE_JOB + "- Installed the DEV/QA/PROD environments of the reporting platform", "testing", "fail"),
    ("test-among-environments-is-an-environment",
     SOFTWARE_JOB + "- Supported the PROD, UAT, TEST and DEV environments of the billing software", "testing",
     "fail"),
    ("qa-among-the-roles-worked-beside-is-another-team",
     SOFTWARE_JOB + "- Worked closely with designers, product owners, QA and other developers", "testing", "fail"),
    ("collaboration-with-qa-is-another-team",
     SOFTWARE_JOB + "- Collaboration with Development, QA and Product on release plans", "testing", "fail"),
    ("owning-qa-of-a-service-is-testing", SOFTWARE_JOB + "- Owned QA of the checkout service", "testing", "pass"),
    ("scraping-with-selenium-is-not-testing",
     SOFTWARE_JOB + "- Scraped product prices using Selenium and Python", "testing", "fail"),
    ("crawling-with-selenium-is-not-testing",
     SOFTWARE_JOB + "- Web crawling with Selenium WebDriver and Beautiful Soup", "testing", "fail"),
    ("selenium-beside-a-headless-browser-library-automates-a-browser",
     SOFTWARE_JOB + "- Automated account sign-ups with Puppeteer and Selenium", "testing", "fail"),
    ("selenium-to-parse-pages-is-not-testing",
     SOFTWARE_JOB + "- Used the Selenium library to parse supplier pages into spreadsheets", "testing", "fail"),
    ("selenium-scripts-for-a-regression-suite-are-testing",
     SOFTWARE_JOB + "- Wrote Selenium scripts for the checkout flow", "testing", "pass"),
    ("red-team-testing-is-security-testing",
     SOFTWARE_JOB + "- Hardened the API code, cutting breaches in simulated red team testing", "testing", "fail"),
    ("api-testing-among-attacks-is-security-testing",
     "Skills\nWeb attacks: XSS, CSRF, SQL injection, API testing, JWT attacks", "testing", "fail"),
    # api-design: SoapUI tests APIs and a SOAP note is a clinical record; an API data comes from, or one hits or
    # uses, is someone else's
    ("soapui-is-a-testing-tool", "Skills\nTools: SOAP UI, Postman, JIRA", "api-design", "fail"),
    ("soap-notes-are-clinical-records", NURSE_JOB + "- Wrote SOAP notes for every visit", "api-design", "fail"),
    ("data-fetched-from-an-api-is-consumed",
     SOFTWARE_JOB + "- Built a weather page that fetches forecasts from an API", "api-design", "fail"),
    ("hitting-rest-apis-is-calling-them",
     SOFTWARE_JOB + "- Developed a dashboard in Node.js that hits REST APIs for book details", "api-design",
     "fail"),
    ("using-web-services-is-consuming-them",
     SOFTWARE_JOB + "- Skilled at using web services (REST) and reading XML", "api-design", "fail"),
    ("a-style-in-parentheses-names-the-api-tested",
     SOFTWARE_JOB + "- Focus on Python automation for mobile and API (REST) testing", "api-design", "fail"),
    ("integrating-graphql-into-a-store-is-consuming-it",
     SOFTWARE_JOB + "- Worked with the web team to integrate GraphQL into the storefront", "api-design", "fail"),
    ("knowledge-of-rest-principles-is-no-api-built",
     SOFTWARE_JOB + "- Knowledge of client-server principles (HTTP, HTTPS, REST)", "api-design", "fail"),
    ("designing-rest-apis-from-scratch-is-design",
     SOFTWARE_JOB + "- Designed REST APIs from scratch for the orders service", "api-design", "pass"),
    # mentoring: a teaching role or sentence whose own line names a subject that is not technical teaches that
    # subject, whatever the rest of the resume is about ("physical" is not "physics")
    ("a-chemistry-teacher-on-a-software-resume-teaches-chemistry",
     SOFTWARE_JOB + "- Built the billing API\nTeaching\nChemistry Teacher, City High School", "mentoring", "fail"),
    ("a-physics-lab-ta-on-a-software-resume-teaches-physics",
     SOFTWARE_JOB + "- Built the billing API\nTeaching\nIntroductory Physics Lab Teaching Assistant, State "
     "University", "mentoring", "fail"),
    ("teaching-english-to-engineering-students-is-not-technical",
     SOFTWARE_JOB + "Teaching\nTEFL Instructor for engineering students, City College", "mentoring", "fail"),
    ("a-biology-booth-at-an-engineering-day-is-not-technical",
     SOFTWARE_JOB + "- Demonstrator at the Engineering Open Day, biology booth", "mentoring", "fail"),
    ("physical-computing-is-not-physics",
     SOFTWARE_JOB + "- Tutor for classes on physical computing and electrical engineering", "mentoring", "pass"),
    # performance-observability: "perform" is not "performance"; watching activities or a workload is managing
    # work; developing faster is people's speed
    ("perform-engineering-is-not-performance-engineering",
     SOFTWARE_JOB + "- Perform engineering of the plant control cabinets" + GRAFANA, "performance-observability",
     "fail"),
    ("performance-engineering-is-performance-work",
     SOFTWARE_JOB + "- Led performance engineering of the search service" + GRAFANA, "performance-observability",
     "pass"),
    ("monitoring-engineering-activities-is-managing-work",
     SOFTWARE_JOB + QUERIES + "- Planning and monitoring the engineering activities of the site",
     "performance-observability", "fail"),
    ("monitoring-a-teams-workload-is-managing-work",
     SOFTWARE_JOB + QUERIES + "- Allocate and monitor the weekly workload of the team", "performance-observability",
     "fail"),
    ("an-app-monitoring-markets-watches-no-software",
     SOFTWARE_JOB + QUERIES + "- Built a mobile app for tracking and monitoring crypto markets",
     "performance-observability", "fail"),
    ("developing-apis-faster-is-peoples-speed",
     SOFTWARE_JOB + "- Added code generation so the team could develop new APIs faster" + GRAFANA,
     "performance-observability", "fail"),
    ("an-api-made-faster-is-software-speed",
     SOFTWARE_JOB + "- Made the search API three times faster" + GRAFANA, "performance-observability", "pass"),
]


@pytest.mark.parametrize(("text", "rid", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_soft_skill_precision_case(bundled, text, rid, expected):
    assert status(bundled, text, rid) == expected


def test_a_phrase_reads_through_a_parenthesis_that_names_a_kind():
    check("Skills\nAutomated API (REST) testing", requirement(any=["API * testing"]), "pass")


def test_a_phrase_still_stops_at_a_comma():
    check("Skills\nAutomated API, REST testing", requirement(any=["API * testing"]), "fail")
