"""A lead whose own title names another occupation ("Customer Support Team Lead") leads that occupation's team, so
the generic words of its entry ("tech", "platform") do not make it a team of engineers (the definition above
team-leadership in rules/senior-backend-team-lead.toml: leading non-engineers does not count). A title wrapped over
two lines is read whole, so its second line's lead is judged by the whole title; where an employer's name holding a
lead's words was read as the title, the line read as its organisation names the occupation held. A lead of software
work keeps passing, with the same entry words."""
import pytest
from test_requirement_meanings import bundled, status  # noqa: F401 (a fixture)

SUPPORT_TEXT = "- Answered tech questions about the booking platform\n"


def _employer_first(title_lines: str, employer: str = "Quayside Travel") -> str:
    """Four entries, each its employer and dates over its title, the second titled by `title_lines`."""
    return ("Experience\n"
            "Pine Street Books  Jan 2021 - Present\nBookseller\n- Shelved stock\n\n"
            f"{employer}  Mar 2018 - Dec 2020\n{title_lines}\n{SUPPORT_TEXT}\n"
            "Hilltop Garden Centre  Jun 2015 - Feb 2018\nSales Assistant\n- Ran the till\n\n"
            "Cobble Lane Cafe  Jan 2012 - May 2015\nBarista\n- Made coffee\n")


CASES = [
    ("a-customer-support-team-lead-is-no-engineering-lead",
     "Experience\nCustomer Support Team Lead, Quayside Travel  2018 - 2022\n" + SUPPORT_TEXT, "fail"),
    ("a-title-wrapped-onto-a-team-lead-line-leads-the-first-lines-trade",
     _employer_first("Customer Service Adviser and\nTeam Lead"), "fail"),
    ("a-one-line-title-of-a-service-team-lead-under-the-employer", _employer_first("Customer Service Team Lead"),
     "fail"),
    ("an-employer-named-for-team-leads-over-a-service-title",
     _employer_first("Customer Service Adviser", employer="Team Lead Recruiting"), "fail"),
    ("a-backend-team-lead-with-the-same-entry-words-passes",
     "Experience\nTeam Lead, Backend, Quayside Travel  2018 - 2022\n" + SUPPORT_TEXT, "pass"),
    ("a-team-lead-title-naming-no-occupation-reads-its-entry",
     "Experience\nTeam Lead, Quayside Travel  2018 - 2022\n- Built the booking platform's payment code\n", "pass"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_lead_of_another_occupation(bundled, text, expected):
    assert status(bundled, text, "team-leadership") == expected
