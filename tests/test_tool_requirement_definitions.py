"""The bundled rule set's tool requirements as their definitions in rules/senior-backend-team-lead.toml say, both
ways: CI said with what it builds, a distributed system of any kind, micro-frontends as a modular architecture,
an API built in any tense a bullet uses or with a framework made to serve APIs, Oracle the database apart from
Oracle the company, a name with its version glued to it ("Python3"), and "Node" beside the JavaScript stack as
Node.js. Each case is one behaviour, named by its id, on a one-line resume under a software role."""
import pytest
from helpers import bundled_status

SOFTWARE_JOB = "Experience\nSoftware Developer, Acme  2018 - 2022\n"

CASES = [
    ("ci-with-its-pipeline-is-ci-cd", "ci-cd", "- DevOps: Docker, GitHub and a CI pipeline", "pass"),
    ("ci-builds-on-jenkins-are-ci-cd", "ci-cd", "- Kept the CI builds green on Jenkins", "pass"),
    ("ci-runners-are-ci-cd", "ci-cd", "- Moved the CI runners to self-hosted machines", "pass"),
    ("a-groups-initials-ci-are-not-ci-cd", "ci-cd", "- Research stay at the CI Group, Westfield University", "fail"),
    ("a-confidence-interval-is-not-ci-cd", "ci-cd", "- Reported 95% CI for A/B test results", "fail"),
    ("a-configuration-item-is-not-ci-cd", "ci-cd",
     "- Maintained CI records in the CMDB for servers and network infrastructure", "fail"),
    ("continuous-improvement-projects-are-not-ci-cd", "ci-cd", "- Led CI projects that cut build defects by 20%",
     "fail"),
    ("continuous-improvement-spelled-out-is-not-ci-cd", "ci-cd",
     "- Ran Continuous Improvement (CI) workshops on test procedures", "fail"),
    ("a-distributed-engine-is-distributed-systems", "distributed-systems",
     "- Built a distributed calculation engine for insurers", "pass"),
    ("a-distributed-platform-is-distributed-systems", "distributed-systems",
     "- Research on a distributed IoT platform", "pass"),
    ("distributed-backends-are-distributed-systems", "distributed-systems", "- Wrote distributed Python backends",
     "pass"),
    ("a-distributed-framework-is-distributed-systems", "distributed-systems",
     "- Ported the model to a distributed training framework", "pass"),
    ("a-distribution-platform-ships-media", "distributed-systems", "- Ran the content distribution platform", "fail"),
    ("a-distribution-engine-ships-media", "distributed-systems", "- Maintained the media distribution engine",
     "fail"),
    ("a-distributed-application-is-distributed-systems", "distributed-systems", "- Built a distributed application",
     "pass"),
    ("distributing-applications-to-people-is-not", "distributed-systems",
     "- Screened and distributed job applications to hiring managers", "fail"),
    ("distributing-engines-to-depots-is-not", "distributed-systems", "- Distributed spare engines to regional depots",
     "fail"),
    ("a-micro-frontend-is-a-modular-architecture", "microservices",
     "- Built the shop's checkout as a micro-frontend", "pass"),
    ("micro-frontends-spaced-are-too", "microservices", "- Split the portal into micro frontends", "pass"),
    ("an-api-one-develops-is-built", "api-design", "- Develop the admin panel and API for the mobile app", "pass"),
    ("an-api-one-implements-is-built", "api-design", "- Implements the billing API", "pass"),
    ("an-api-one-exposes-is-built", "api-design", "- Exposes an API for the partners' portal", "pass"),
    ("tests-for-an-api-are-not-building-it", "api-design", "- Develop automated tests for the API in C#", "fail"),
    ("what-a-product-is-for-is-not-building-an-api", "api-design",
     "- Chat bot for ordering pizza | Westfield Messenger API, PostgreSQL", "fail"),
    ("building-with-an-api-framework-is-an-api-built", "api-design",
     "- Built a FastAPI server for the pricing model, enabling integration with the billing system", "pass"),
    ("building-on-top-of-someone-elses-api-is-not-designing-one", "api-design",
     "- Implement features on top of the Salesforce API", "fail"),
    ("calling-a-service-built-with-an-api-framework-is-not-building-it", "api-design",
     "- Built a dashboard that calls a FastAPI service owned by the platform team", "fail"),
    ("an-api-framework-alone-in-a-skills-list-is-not", "api-design",
     "Skills\nPython, PyTorch, FastAPI, Docker", "fail"),
    ("oracle-the-database-is-a-database", "databases", "- Tuned queries on Oracle 19c", "pass"),
    ("the-oracle-database-is-a-database", "databases", "- Migrated the Oracle database to PostgreSQL", "pass"),
    ("oracle-cloud-is-no-database", "databases", "- Certified on Oracle Cloud Infrastructure", "fail"),
    ("oracle-e-business-suite-is-no-database", "databases", "- Rolled out Oracle E-Business Suite", "fail"),
    ("oracle-the-company-is-no-database", "databases", "- Joined Oracle Corporation's finance team", "fail"),
    ("oracle-fusion-is-no-database", "databases", "- Configured Oracle Fusion HCM", "fail"),
    ("python3-is-python", "language", "- Ported the scripts from Python2 to Python3", "pass"),
    ("sqlite3-is-sqlite", "databases", "- Stored the results in Sqlite3", "pass"),
    ("node-beside-react-is-node-js", "language", "- Built a booking app with React & Node", "pass"),
    ("node-in-a-javascript-stack-list-is-node-js", "language", "- Node, Express, GraphQL, MongoDB", "pass"),
    ("a-clusters-node-is-not-node-js", "language", "- Added a worker Node to the Hadoop cluster with Java", "fail"),
    ("a-devices-node-is-not-node-js", "language", "- Wrote C firmware for the sensor Node", "fail"),
    ("shell-among-languages-in-skills-is-linux", "linux", "Skills\nPython, Shell, SQL", "pass"),
    ("shell-among-languages-in-a-languages-list-is-linux", "linux", "Languages\nJulia, Shell, Latex", "pass"),
    ("the-company-shell-in-a-bullet-is-not-linux", "linux", "- Built Python pipelines for Shell's traders", "fail"),
    ("shell-with-no-language-beside-it-is-not-linux", "linux", "Skills\nClients: Shell, BP, Total", "fail"),
    ("power-shell-is-windows-not-linux", "linux", "Skills\nPython, Power Shell, Active Directory", "fail"),
]


@pytest.mark.parametrize("rid, line, expected", [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_a_tool_requirement_reads_as_its_definition_says(rid, line, expected):
    assert bundled_status(SOFTWARE_JOB + line, rid) == expected
