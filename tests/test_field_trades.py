"""A not-title names the candidate's occupation only where it reads as one. A doer ("Lecturer", "Dean of ...") does
anywhere on the heading; a trade ("sales", "marketing", "real estate") does where it ends its piece of the heading
or a doer's word or the trade's own work follows it ("Head of Sales", "Sales Manager", "Sales Operations").
Followed by other words, the trade is what an employer, a product or the work deals in, and the title decides."""
import pytest
from helpers import check, requirement

FIELD = {"name": "software development", "titles": ["software", "developer", "full stack"],
         "not_titles": ["sales", "marketing", "real estate", "help desk", "lecturer", "dean of"],
         "terms": ["Python", "API", "software"], "least": 2}
SOFTWARE_YEARS = requirement("years", min=8, field=FIELD)


@pytest.mark.parametrize("heading", [
    "Web Developer \u2013 Real Estate Listings Studio, Tarnow\nJan 2010 - Dec 2023",  # the employer deals in it
    "Software Developer\nQuillon Media (Jan 2010 to Dec 2023)\nKept the newsletter marketing engine running",
    "Full Stack Developer, Marketing Department\nJan 2010 - Dec 2023",
    "Product: Orbis Sales Suite\nJan 2010 - Dec 2023\nRole: Developer",  # a product's name
])
def test_a_trade_naming_what_an_employer_or_product_deals_in_leaves_the_title_to_decide(heading):
    check(f"Experience\n{heading}\nKept the records.", SOFTWARE_YEARS, "pass")


@pytest.mark.parametrize("heading", [
    "Head of Sales, Acme Software\nJan 2010 - Dec 2023",  # the trade ends its piece
    "Sales Manager Tarnow, Acme Software\nJan 2010 - Dec 2023",  # a doer follows it
    "Help Desk Operations | Acme Software\nJan 2010 - Dec 2023",  # the trade's own work follows it
    "Marketing (Contract), Acme Developer Tools\nJan 2010 - Dec 2023",  # a parenthesis aside
    "Lecturer in Software Systems, Quillon College\nJan 2010 - Dec 2023",  # a doer, wherever it stands
    "Dean of Software Studies, Quillon College\nJan 2010 - Dec 2023",
])
def test_a_trade_or_a_doer_naming_the_candidate_s_occupation_keeps_the_position_out(heading):
    check(f"Experience\n{heading}\nKept the records.", SOFTWARE_YEARS, "fail")
