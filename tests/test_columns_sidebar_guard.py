"""A sidebar set beside the roles is a column, however its rows line up: reading it across must not move a total.

Principle: a date margin is sparse beside its roles (a role spans several lines, its date stands on one of them)
and its rows are mostly dates; a label column shows labels of its own (dates, headings, never a contact). A
sidebar that lists an item a line (certificates with their year on the next line, skills with their years, a
contact block set flush right) at the main column's line spacing has a row on every line beside it: it is read
apart, so its years and sections stay its own and the roles' total years are those of the roles alone.
"""
from __future__ import annotations

import pytest
from helpers import AS_OF

from screener.facts.resume import Facts
from screener.loaders import pdf

import builders

ROLES = [("Data Analyst, Bluebell Insurance, Norwich", "Mar 2020 - Present"),
         ("Junior Analyst, Orchard Foods, Ipswich", "Jun 2017 - Feb 2020"),
         ("Intern, Pebble Bank, Colchester", "Jan 2016 - May 2017")]
MAIN_X = 240

SIDEBARS = {
    "certificates over their years": ["Certifications", "Tableau Desktop Specialist", "2021", "Google Data Analytics",
                                      "2020", "Azure Data Fundamentals", "2019", "Languages", "English", "Spanish",
                                      "Skills", "SQL", "Python", "Tableau", "Excel", "Power BI"],
    "skills over their years": ["Technical Skills", "SQL and data modelling", "2014 - 2024", "Python and pandas",
                                "2016 - 2024", "Tableau dashboards", "2018 - 2024", "R for statistics", "2013 - 2016",
                                "Excel", "Power BI"],
}
RIGHT_ALIGNED = {
    "a contact and skills block": ["Contact", "alex.morgan@example.org", "+44 7700 900123", "Norwich, United Kingdom",
                                   "Skills", "SQL", "Python", "Tableau", "Excel", "Power BI", "Languages",
                                   "English (native)", "Spanish (C1)"],
    "schools and certificates with their years": ["Education", "BSc Mathematics", "University of Kent", "2013 - 2016",
                                                  "Certificates", "Google Data Analytics", "2020",
                                                  "Tableau Specialist", "2021", "Languages", "English (native)"],
}


def _main(c) -> None:
    """The roles at x=240, 14 points apart, a blank line between them, then the degree."""
    lines = ["Experience"]
    for role, dates in ROLES:
        lines += [role, dates, "Built weekly sales dashboards in Tableau", "Wrote SQL for the finance team", ""]
    builders.text_lines(c, ["Alex Morgan - Data Analyst - alex@example.org"], 40, 820)
    builders.text_lines(c, lines + ["Education", "BSc Mathematics, University of Kent, 2013 - 2016"], MAIN_X, 790)


def _flush_left(items):
    def draw(c):
        _main(c)
        builders.text_lines(c, items, 40, 790)
    return draw


def _flush_right(items):
    def draw(c):
        _main(c)
        c.setFont("Helvetica", 10)
        for n, item in enumerate(items):
            c.drawRightString(MAIN_X - 30, 790 - 14 * n, item)
    return draw


def _facts(tmp_path, draw, name: str) -> tuple[Facts, list[str]]:
    doc = pdf.load(builders.pdf(tmp_path / f"{name}.pdf", draw))
    return Facts(doc, AS_OF), [line.text for line in doc.lines]


def _alone(tmp_path) -> float:
    return _facts(tmp_path, _main, "alone")[0].total_years


CASES = {**{name: (_flush_left, items) for name, items in SIDEBARS.items()},
         **{f"{name}, right-aligned": (_flush_right, items) for name, items in RIGHT_ALIGNED.items()}}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_sidebar_listing_an_item_a_line_leaves_the_roles_years_alone(tmp_path, name):
    layout, items = CASES[name]
    facts, _ = _facts(tmp_path, layout(items), "sidebar")
    assert facts.total_years == _alone(tmp_path)


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_sidebar_listing_an_item_a_line_is_read_as_a_column(tmp_path, name):
    layout, items = CASES[name]
    _, texts = _facts(tmp_path, layout(items), "sidebar")
    assert texts[texts.index(items[0]):texts.index(items[0]) + len(items)] == items


@pytest.mark.parametrize("name, section", [("skills over their years", "skills"),
                                           ("certificates over their years", "certifications")])
def test_a_sidebar_keeps_its_own_sections(tmp_path, name, section):
    facts, _ = _facts(tmp_path, _flush_left(SIDEBARS[name]), "sidebar")
    assert section in facts.section_names
