"""Where a position's title is on its lines: a long title is read to its own end, not cut after a fixed number of
characters, and a "Designation: ..." or "Role: ..." line names the title behind a bullet as well as without one."""
import pytest
from helpers import check, requirement

FIELD = {"name": "software development", "titles": ["software", "developer"],
         "not_titles": ["sales", "program manager"], "terms": ["Python", "API", "mobile app", "software"], "least": 2}
SOFTWARE_YEARS = requirement("years", min=8, field=FIELD)


@pytest.mark.parametrize("lines, status", [
    # a title longer than most, its occupation at its end: a program manager, whatever software the text names
    ("Regional Fleet Maintenance Information Systems Program Manager, Harwick Air, 2010 - 2023\n"
     "Kept the fleet's laptops and their software current; ran the mobile app's rollout.", "fail"),
    # a short title, then a description on its line: the description's occupation is another person's
    ("Software Engineer, Harwick Air Cargo Services - reporting each week to the program manager\n"
     "Jan 2010 - Dec 2023\nBuilt its API in Python.", "pass"),
], ids=["long-title", "short-title-then-description"])
def test_a_title_is_read_to_its_own_end_and_no_further(lines, status):
    check(f"Experience\n{lines}", SOFTWARE_YEARS, status)


@pytest.mark.parametrize("label", ["Designation - Software Developer", "\u2022 Designation - Software Developer",
                                   "- Role: Software Developer", "* Position: Software Developer"])
def test_a_labelled_title_line_names_the_title_with_or_without_a_bullet(label):
    check(f"Experience\nHarwick Air\nJan 2010 - Dec 2023\n{label}\nKept the lights on.", SOFTWARE_YEARS, "pass")


def test_a_bullet_naming_a_role_without_a_label_is_not_a_title():
    check("Experience\nHarwick Air\nJan 2010 - Dec 2023\n\u2022 Software for the sales team was my remit.",
          SOFTWARE_YEARS, "fail")
