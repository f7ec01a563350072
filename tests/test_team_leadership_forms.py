"""Team-leadership forms, each written from the definition above the requirement in
rules/senior-backend-team-lead.toml: a team named by two kinds of work joined by "and" is one team, and the lead of
an architect's or a data scientist's trade counts under a software position or over an entry naming software."""
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
    ("a-lead-data-scientist-whose-entry-names-a-platform", SALES_JOB + "Lead Data Scientist, Acme  2014 - 2018\n"
     "- Built the churn models of the booking platform\n", "pass"),
    ("a-lead-architect-of-buildings-is-not-software", ARCHITECTURE_FIRM, "fail"),
    # the employer's line above the title: the title is still the heading of the entry that names the platform
    ("a-lead-architect-under-an-employer-line-over-a-platform", EMPLOYER_FIRST.format("platform integration frameworks"),
     "pass"),
    ("a-lead-architect-under-an-employer-line-over-reading-rooms", EMPLOYER_FIRST.format("library's reading rooms"),
     "fail"),
    ("a-lead-data-scientist-of-forecasts-is-not-software", ANALYST_JOB, "fail"),
    ("working-with-the-lead-architect-is-another-persons-title",
     SOFTWARE_JOB + "- Worked with the lead architect on the payments API", "fail"),
    ("leading-the-architecture-is-not-a-title", SOFTWARE_JOB + "- Lead architecture reviews for the checkout service",
     "fail"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_team_leadership_form(bundled, text, expected):
    assert status(bundled, text, "team-leadership") == expected
