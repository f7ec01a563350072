"""Team-leadership forms, each written from the definition above the requirement in
rules/senior-backend-team-lead.toml: a team named by two kinds of work joined by "and" is one team (when "team" ends
its noun phrase and no second clause's verb stands between), and the lead of an architect's or a data scientist's
trade counts under a software position or over an entry naming software built. An employer's line read as a
position's organisation is its heading only when it names a job and the title line does not."""
import pytest
from test_requirement_meanings import SALES_JOB, SOFTWARE_JOB, bundled, status  # noqa: F401 (a fixture)

ARCHITECTURE_FIRM = "Experience\nLead Architect, Stone & Glass Studio  2016 - 2024\n- Designed civic buildings\n"
EMPLOYER_FIRST = ("Experience\nRiver Books Group  2016 - 2024\nLead Architect  Boston\n- Shaped the {}\n"
                  "Harbour Foods  2010 - 2016\nStore Manager  Salem\n- Ran the shop\n")
ANALYST_JOB = "Experience\nLead Data Scientist, Harbour Statistics Office  2016 - 2024\n- Forecast tourism demand\n"

CASES = [
    # a coordinated team: two kinds of work joined by "and" name one team
    ("leading-the-web-and-data-team-of-a-software-job", SOFTWARE_JOB + "- Led the web and data team through a rewrite",
     "pass"),
    ("managing-the-checkout-and-search-team-of-a-software-job",
     SOFTWARE_JOB + "- Managed the checkout and search team during the migration", "pass"),
    ("leading-the-web-and-mobile-teams-of-a-software-job",
     SOFTWARE_JOB + "- Led the web and mobile teams across two offices", "pass"),
    # ... only where "team" ends its noun phrase and the words after "and" are no second clause
    ("a-second-clause-naming-a-teams-runbooks-is-not-a-team",
     SOFTWARE_JOB + "- Led the search redesign and drafted team handbooks", "fail"),
    ("a-second-clause-training-teams-is-not-leading-them",
     SOFTWARE_JOB + "- Led the cutover and coached four teams on Terraform", "fail"),
    ("a-teams-onboarding-after-and-is-not-a-team",
     SOFTWARE_JOB + "- Led the upgrade and team onboarding for the ledger service", "fail"),
    ("leading-and-teaming-is-two-deeds-not-a-team", SOFTWARE_JOB + "- Leading and teaming on audits of vendors",
     "fail"),
    ("leading-the-sales-and-service-team-is-not-engineers",
     SALES_JOB + "- Led the sales and service team across three regions", "fail"),
    ("leading-a-project-alone-is-not-a-team", SOFTWARE_JOB + "- Led the design and rollout of the billing service",
     "fail"),
    ("a-team-lead-of-cashiers-is-not-engineers",
     "Experience\nTeam Lead, Corner Grocery  2018 - 2022\n- Led the tills and stockroom team of cashiers\n", "fail"),
    # a lead of the architect's or data scientist's trade, under a software position
    ("a-lead-architect-over-software-design",
     "Experience\nLead Architect, Acme Software  2016 - 2024\n- Designed the payment platform's services in Java\n",
     "pass"),
    ("a-lead-data-scientist-shipping-models-to-production",
     "Experience\nLead Data Scientist, Acme  2016 - 2024\n- Deployed ranking models behind a Python API\n", "pass"),
    ("a-lead-data-scientist-whose-entry-names-microservices", SALES_JOB + "Lead Data Scientist, Acme  2014 - 2018\n"
     "- Shipped the churn models as microservices\n", "pass"),
    ("a-lead-architect-of-buildings-is-not-software", ARCHITECTURE_FIRM, "fail"),
    # the weak words of other trades: a building's application, its CAD software, a park's platform, a ship's Python
    ("a-building-architects-planning-application-is-not-software",
     "Experience\nLead Architect, Quarry Lane Studio  2016 - 2024\n- Drew planning application sets for a museum\n",
     "fail"),
    ("a-building-architects-cad-software-is-not-software-built",
     "Experience\nLead Architect, Quarry Lane Studio  2016 - 2024\n- Modelled a clinic in ArchiCAD and BIM software\n",
     "fail"),
    ("a-landscape-architects-platform-is-not-software",
     "Experience\nLead Landscape Architect, Fernbank Gardens  2016 - 2024\n- Built a lakeside fishing platform\n",
     "fail"),
    ("a-naval-architects-python-is-not-software-built",
     "Experience\nLead Naval Architect, Saltmarsh Yards  2016 - 2024\n- Checked ballast loads in Python\n", "fail"),
    ("a-public-health-data-scientists-python-is-not-software-built",
     "Experience\nLead Data Scientist, Moorland Health Trust  2016 - 2024\n- Forecast clinic demand in Python\n",
     "fail"),
    ("a-solutions-architects-title-names-software",
     "Experience\nLead Solutions Architect, Fenwick Insurance  2016 - 2024\n- Set the design of the claims system\n",
     "pass"),
    # "lead" of the title is a noun: the verb or the adjective is no title
    ("leading-architect-interviews-is-a-deed-not-a-title",
     SOFTWARE_JOB + "- Led architect interviews for the payments API group", "fail"),
    ("a-leading-architect-firm-is-an-adjective",
     SALES_JOB + "- Won a leading architect practice as a client for our API tooling", "fail"),
    ("lead-architects-in-the-plural-are-other-people",
     SOFTWARE_JOB + "- Onboarded two lead architects onto the deploy API", "fail"),
    # the employer's line above the title: the title is still the heading of the entry that names the platform
    ("a-lead-architect-under-an-employer-line-over-an-api", EMPLOYER_FIRST.format("partner API for book orders"),
     "pass"),
    ("a-lead-architect-under-an-employer-line-over-reading-rooms", EMPLOYER_FIRST.format("library's reading rooms"),
     "fail"),
    ("a-lead-data-scientist-of-forecasts-is-not-software", ANALYST_JOB, "fail"),
    ("working-with-the-lead-architect-is-another-persons-title",
     SOFTWARE_JOB + "- Worked with the lead architect on the payments API", "fail"),
    ("supporting-the-lead-architect-is-another-persons-title",
     SOFTWARE_JOB + "- Supported the lead architect in designing the payments API", "fail"),
    ("helping-the-lead-engineer-is-another-persons-title",
     SOFTWARE_JOB + "- Helped the lead engineer document the payments API", "fail"),
    ("shadowing-the-engineering-manager-is-another-persons-title",
     SOFTWARE_JOB + "- Shadowed the engineering manager during hiring", "fail"),
    ("reporting-directly-into-the-lead-architect-is-another-persons-title",
     SOFTWARE_JOB + "- Reported directly into the lead architect for the platform", "fail"),
    ("supporting-the-team-as-its-tech-lead-is-the-candidates-title",
     SOFTWARE_JOB + "- Supported the backend team as its tech lead", "pass"),
    # an employer's name naming a job's word is no title when the title line names the job
    ("an-employer-named-lead-under-a-title-line-is-no-title",
     "Experience\nReporting Analyst\nLead Valley Credit Union  2021 - 2024\n- Built dashboards for the engineers\n",
     "fail"),
    ("leading-the-architecture-is-not-a-title", SOFTWARE_JOB + "- Lead architecture reviews for the checkout service",
     "fail"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_team_leadership_form(bundled, text, expected):
    assert status(bundled, text, "team-leadership") == expected


MENTORING_CASES = [
    ("an-employer-named-coach-under-a-title-line-is-no-title",
     "Experience\nSales Associate\nCoach Lantern Outlet  2015 - 2017\n- Rang up sales on the till software\n", "fail"),
    ("a-title-below-the-employers-line-is-still-its-heading",
     "Experience\nElm University\nTeaching Assistant  2015 - 2017\n- Ran Python programming labs\n", "pass"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in MENTORING_CASES], ids=[c[0] for c in MENTORING_CASES])
def test_entry_heading_for_mentoring(bundled, text, expected):
    assert status(bundled, text, "mentoring") == expected
