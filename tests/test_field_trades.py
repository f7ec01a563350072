"""A not-title names the candidate's occupation only where it reads as one. A doer ("Lecturer", "Dean of ...") does
anywhere on the heading; a trade ("sales", "marketing", "real estate") does unless a software title follows it within a
few words of its piece of the heading: then the trade is what the software deals in, and the title decides."""
import time

import pytest
from helpers import check, requirement

from screener.checks.fields import Field

FIELD = {"name": "software development", "titles": ["software", "developer", "full stack"],
         "not_titles": ["sales", "marketing", "real estate", "help desk", "lecturer", "dean of"],
         "terms": ["Python", "API", "software"], "least": 2}
SOFTWARE_YEARS = requirement("years", min=8, field=FIELD)


@pytest.mark.parametrize("heading", [
    "Sales Platform Developer, Acme\nJan 2010 - Dec 2023",  # what the software deals in
    "Marketing Software Developer | Acme\nJan 2010 - Dec 2023",
    "Full Stack Developer, Marketing Department\nJan 2010 - Dec 2023",  # the employer, a department
])
def test_a_trade_followed_by_a_software_title_is_what_the_software_deals_in(heading):
    check(f"Experience\n{heading}\nKept the records.", SOFTWARE_YEARS, "pass")


@pytest.mark.parametrize("heading", [
    "Head of Sales, Acme Software\nJan 2010 - Dec 2023",  # the trade ends its piece
    "Sales Manager Tarnow, Acme Software\nJan 2010 - Dec 2023",  # a doer follows it
    "Sales Engineering Developer, Acme\nJan 2010 - Dec 2023",  # the trade's own work follows it
    "Help Desk Operations | Acme Software\nJan 2010 - Dec 2023",  # no software title follows it
    "Head of Marketing Nordics, Acme Software\nJan 2010 - Dec 2023",
    "Real Estate Broker at Acme Software\nJan 2010 - Dec 2023",
    "Sales Rep, Acme Developer Tools\nJan 2010 - Dec 2023",
    "Sales / Software Developer, Acme\nJan 2010 - Dec 2023",  # the title after the slash is another job
    "Marketing (Contract), Acme Developer Tools\nJan 2010 - Dec 2023",  # a parenthesis aside
    "Lecturer in Software Systems, Quillon College\nJan 2010 - Dec 2023",  # a doer, wherever it stands
    "Dean of Software Studies, Quillon College\nJan 2010 - Dec 2023",
])
def test_a_trade_or_a_doer_naming_the_candidate_s_occupation_keeps_the_position_out(heading):
    check(f"Experience\n{heading}\nKept the records.", SOFTWARE_YEARS, "fail")


def test_reading_a_long_heading_of_trades_grows_with_its_length_not_its_square():
    field = Field.from_table(FIELD)

    def took(n):
        heading = "Sales Software " * n  # every trade followed by a title: each is read past
        start = time.perf_counter()
        field.judge(heading, "")
        return time.perf_counter() - start

    took(100)  # compile the patterns first
    assert took(8000) < 3 * took(4000) + 0.05
