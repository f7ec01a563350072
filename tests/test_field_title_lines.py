"""Where a position's title is on its lines: a long title is read to its own end when its first piece ends in an
occupation's word, not cut after a fixed number of characters; a long first piece ending otherwise is a title and
its description; and a "Designation: ..." or "Role: ..." line names the title behind any mark before it."""
import pytest
from helpers import check, requirement

FIELD = {"name": "software development", "titles": ["software", "developer", "full stack"],
         "not_titles": ["sales", "program manager"], "terms": ["Python", "API", "mobile app", "software"], "least": 2}
SOFTWARE_YEARS = requirement("years", min=8, field=FIELD)


@pytest.mark.parametrize("lines, status", [
    # a title longer than most, its occupation at its end: a program manager, whatever software the text names
    ("Harbour Ferry Timetabling and Ticketing Systems Program Manager, Quillon Line, 2010 - 2023\n"
     "Kept the crew's laptops and their software current; ran the mobile app's rollout.", "fail"),
    # a short title, then a description on its line: the description's occupation is another person's
    ("Software Engineer, Harwick Air Cargo Services - reporting each week to the program manager\n"
     "Jan 2010 - Dec 2023\nBuilt its API in Python.", "pass"),
    # a long first piece not ending in an occupation's word: a title, then what it worked on
    ("Full Stack Developer on the booking platform for dental clinics and their sales desks, Quillon Ltd\n"
     "Jan 2010 - Dec 2023\nBuilt its API in Python.", "pass"),
], ids=["long-title", "short-title-then-description", "long-first-piece-then-description"])
def test_a_title_is_read_to_its_own_end_and_no_further(lines, status):
    check(f"Experience\n{lines}", SOFTWARE_YEARS, status)


@pytest.mark.parametrize("label", ["Designation - Software Developer", "\u2192 Designation - Software Developer",
                                   "> Role: Software Developer", "\u2192 Position: Software Developer"])
def test_a_labelled_title_line_names_the_title_behind_a_mark(label):
    text = f"Experience\nHarwick Air\nJan 2010 - Dec 2023\nKept the hangar office running.\n{label}\nFiled the logs."
    check(text, SOFTWARE_YEARS, "pass")


def test_a_bullet_naming_a_role_without_a_label_is_not_a_title():
    check("Experience\nHarwick Air\nJan 2010 - Dec 2023\n\u2022 Software for the sales team was my remit.",
          SOFTWARE_YEARS, "fail")


def test_a_line_with_a_year_under_the_dates_is_another_role_s_dated_line_not_this_one_s_title():
    # the second role's end month is misspelt, so its line is read as the first role's text, not as a role
    text = "Experience\nQuillon Ltd\nJan 2010 - Dec 2023\nSales Intern, May 2009 - Agust 2009\nBuilt its API in Python."
    check(text, SOFTWARE_YEARS, "pass")


def test_a_line_with_a_year_under_the_dates_is_dropped_not_replaced_by_the_line_after_it():
    text = ("Experience\nQuillon Ltd\nJan 2010 - Dec 2023\nJoined after its 2009 merger\n"
            "Reported to the Head of Sales\nBuilt its API in Python.")
    check(text, SOFTWARE_YEARS, "pass")


@pytest.mark.parametrize("title", ["Software Developer (since 2016)", "Software Developer II, Payments (2010)"])
def test_a_title_line_under_the_dates_dated_within_the_position_is_its_own_title(title):
    check(f"Experience\nQuillon Ltd\nJan 2010 - Dec 2023\n{title}\nKept the ledgers tidy.", SOFTWARE_YEARS, "pass")
