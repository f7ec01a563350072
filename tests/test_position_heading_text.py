"""Which short lines beside a role's dates are its text, not its heading (invented text, never a real resume's).

Written from the definition: a title or an organisation is a name, in capitals but for its joining words; a role's
text is a labelled field other than a heading's own, a sentence led by its verb, or prose (lower-case words a name
does not hold, with a count or a phrase's length). A line of text under the dates is no heading, so a title line
above them stays the title however it is worded (no role noun in 'Platform Dev'); a line naming staff in the
plural is a firm's name, not a title to swap with the dated line's; a staff title anywhere in a heading keeps the
role a job beside an office named for students; a heading line ending where a title goes on joins the next."""
import datetime as dt

import pytest

from screener.experience import build_timeline
from screener.experience.blocks import _joins_next
from screener.experience.role_text import names_one_holder, reads_as_text

from helpers import check, doc, requirement, sections

AS_OF = dt.date(2026, 1, 1)
FIELD = {"name": "software development", "titles": ["software", "developer", "engineer", "dev"],
         "not_titles": ["sales", "nurse"], "terms": ["Python", "API"], "least": 2}
SOFTWARE_YEARS = requirement("years", min=8, field=FIELD)


def positions(*lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF).positions


@pytest.mark.parametrize("line, text", [
    ("Stack: Rust, Redis", True), ("Team: 5 testers", True),  # a labelled field
    ("Role: Data Analyst", False), ("Company: Quillfield Freight", False),  # a heading's own labels
    ("Principal Engineer: Billing", False),  # a title before a colon
    ("Answering to the Head of Finance", True), ("Paired with the shop leads", True),  # led by its verb
    ("Group of 3 testers and 2 writers", True), ("Tuning the search ranking for store pages", True),  # prose
    ("Platform Dev", False), ("Head of Data Platform", False), ("Quillfield Freight, Lyon", False),
    ("Senior platform engineer", False),  # a title in sentence case
    ("Marketing and Sales Manager", False), ("Training Coordinator", False),  # led by a trade's name
])
def test_a_line_reads_as_a_roles_text_only_as_a_labelled_field_a_verbs_sentence_or_prose(line, text):
    assert reads_as_text(line) is text


@pytest.mark.parametrize("line, one", [("Data Analyst", True), ("Quillfield Consultants, Lyon", False),
                                       ("Orchard Web Developers", False), ("Lead Analyst, Orchard", True)])
def test_a_title_names_one_holders_role_and_staff_in_the_plural_names_a_firm(line, one):
    assert names_one_holder(line) is one


@pytest.mark.parametrize("line, joins", [
    ("Lead Engineer, Billing and", True), ("Staff Engineer – Search /", True), ("Research &", True),
    ("Cloud De-", True),  # a word broken at the line's end
    ("Platform Engineer", False), ("Engineer -", False),  # ' -' is an empty labelled field
    ("Grew sign-ups 600+", False), ("quillfield.io/", False),
])
def test_a_heading_line_joins_the_next_where_a_title_goes_on(line, joins):
    assert _joins_next(line) is joins


# a title over the organisation and dates, then a line describing the team (naming staff), then the work; no title
# names a role noun
TITLE_FIRST = ["Experience",
               "Platform Dev", "Quillfield Freight, Lyon  Jan 2020 – Dec 2025", "Group of 3 analysts and 2 writers",
               "• Rust services for freight quotes in Python",
               "Web Dev", "Orchard Retail, Nantes  Jan 2016 – Dec 2019", "Answering to the Finance Director",
               "• Built the storefront API in Python for 9 shops",
               "Systems Dev", "Tidewater Mutual, Rennes  Jan 2012 – Dec 2015", "Paired with 4 pricing analysts",
               "• Built the claims API in Python for 2 insurers"]


def test_a_title_over_its_dates_stays_the_title_where_the_line_under_them_describes_the_team():
    assert [(p.title, p.organisation) for p in positions(*TITLE_FIRST)] == [
        ("Platform Dev", "Quillfield Freight, Lyon"), ("Web Dev", "Orchard Retail, Nantes"),
        ("Systems Dev", "Tidewater Mutual, Rennes")]
    check("\n".join(TITLE_FIRST), SOFTWARE_YEARS, "pass")


def test_a_title_on_the_dated_line_stays_the_title_over_a_firm_named_for_its_staff():
    found = positions("Experience",
                      "Platform Dev  Mar 2021 – Dec 2025", "Quillfield Consultants, Lyon",
                      "Built the freight quotes service.",
                      "Web Dev  Jan 2018 – Feb 2021", "Orchard Advisors, Nantes", "Built the storefront API.",
                      "Shop Assistant  Jan 2015 – Dec 2017", "Tidewater Web Developers, Rennes", "Ran the till.")
    assert [(p.title, p.organisation) for p in found] == [
        ("Platform Dev", "Quillfield Consultants, Lyon"), ("Web Dev", "Orchard Advisors, Nantes"),
        ("Shop Assistant", "Tidewater Web Developers, Rennes")]


@pytest.mark.parametrize("title, kind", [("Network Technician", "job"), ("Graduate Student Researcher", "academic")])
def test_over_an_office_named_for_students_a_staff_title_is_a_job_a_students_title_academic(title, kind):
    found = positions("Experience", title, "Bureau of Exchange Students, Tidewater University  2018 – 2022",
                      "Kept the lab machines patched", "Platform Dev", "Quillfield Freight  2014 – 2018", "Rust work")
    assert found[0].kind == kind


@pytest.mark.parametrize("line, text", [
    ("Answers to the Head of Finance", True), ("Partners with Sales", True),  # a verb, present tense
    ("Runs the pricing desk", True),
    ("Shipped invoicing", True), ("Ran onboarding", True), ("Tuned nightly batch jobs", True),  # a past verb
    ("Wrote the ledger API", True), ("Crew of 6", True), ("Group of 12", True),  # a team's size
    ("Licensed practical nurse", False), ("Chartered Surveyor", False),  # a title led by a past participle
    ("Systems engineer", False), ("Operations Lead", False),
])
def test_a_verb_in_the_present_or_past_or_a_teams_size_leads_a_roles_text(line, text):
    assert reads_as_text(line) is text


# organisation and dates over the title, repeated; the last entry names its role in short on its dated line
ORG_FIRST = ["Experience",
             "Quillfield Freight  Mar 2021 – Dec 2025", "Platform Engineer", "• Rust quotes service",
             "• Rate cards",
             "Orchard Retail  Jan 2018 – Feb 2021", "Web Developer", "• Storefront API", "• Shop search",
             "Bramble Books  Jan 2014 – Dec 2017", "Data Analyst", "• Sales reports", "• Stock forecasts"]


@pytest.mark.parametrize("under", [
    "Answers to the Finance Manager",  # a role's text, not a title
    "Finance Manager Console",  # a project's name: the dated line names the role itself, in short
])
def test_a_title_on_the_dated_line_is_not_swapped_with_a_line_under_it(under):
    found = positions(*ORG_FIRST, "Systems Dev, Tidewater Mutual  Jan 2010 – Dec 2013", under, "• Claims API",
                      "• Batch jobs")
    assert [p.title for p in found[:3]] == ["Platform Engineer", "Web Developer", "Data Analyst"]
    assert under not in found[3].title
