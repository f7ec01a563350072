"""A narrow column of dates beside the roles they date is the margin of that column, not a column of its own.

Principle: a date printed level with a role's title (or centred on its title and organisation lines) says when that
role was. When most rows of a narrow column are a date alone and those dates stand level with rows of the column
beside it, the page reads across, row by row, so each date stays with its role. A sidebar that lists a skill, a
contact detail or a school a line is a column, even when its rows happen to line up with the main column's and a
few of them hold a year.
"""
from __future__ import annotations

import pytest

from screener.loaders import pdf

import builders

# dates written out, wider than a right-aligned strip of short dates (which columns.py keeps on its rows already)
ROLES = [("Platform Engineer", "Northwind Logistics", "September 2021 - Present"),
         ("Backend Developer", "Contoso Retail", "February 2018 - August 2021"),
         ("Software Engineer", "Fabrikam Labs", "November 2016 - January 2018"),
         ("Junior Developer", "Tailspin Toys", "September 2014 - October 2016"),
         ("Support Engineer", "Adventure Works", "December 2012 - August 2014")]
BULLETS = [("Built the order service and its event pipeline", "Cut the p99 latency of the search API by half"),
           ("Moved nightly batch jobs onto a streaming platform", "Ran the on-call rotation"),
           ("Mentored four engineers", "Wrote the billing reconciliation jobs in Go"),
           ("Kept the warehouse scanners online", "Shipped a React dashboard for the sales floor"),
           ("Answered tickets from two hundred stores", "Automated the weekly stock report")]


def _texts(tmp_path, draw, engine: str) -> list[str]:
    return [line.text for line in pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine).lines]


def _roles(c, x: float, dates_x: float | None = None, date_offset: float = 0.0, places: bool = False) -> None:
    """Each role: title, organisation and two bullets, 14 points apart; its dates at dates_x, level with the title
    lowered by date_offset, and its place (when asked) on the organisation's row."""
    y = 790
    for (title, org, dates), bullets in zip(ROLES, BULLETS):
        builders.text_lines(c, [title, org, *bullets], x, y)
        if dates_x is not None:
            builders.text_lines(c, [dates], dates_x, y - date_offset)
            if places:
                builders.text_lines(c, ["Leeds, United Kingdom"], dates_x, y - 14)
        y -= 4 * 14 + 20


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_dates_in_a_right_margin_read_on_their_roles_line(tmp_path, engine):
    texts = _texts(tmp_path, lambda c: _roles(c, 40, dates_x=420), engine)
    assert all(f"{title} {dates}" in texts for title, _, dates in ROLES)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_dates_and_places_in_a_left_margin_read_on_their_roles_lines(tmp_path, engine):
    texts = _texts(tmp_path, lambda c: _roles(c, 200, dates_x=40, places=True), engine)
    assert all(f"{dates} {title}" in texts for title, _, dates in ROLES)
    assert all(f"Leeds, United Kingdom {org}" in texts for _, org, _ in ROLES)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_dates_centred_on_a_two_line_role_stay_beside_it(tmp_path, engine):
    texts = _texts(tmp_path, lambda c: _roles(c, 200, dates_x=40, date_offset=7), engine)
    for title, org, dates in ROLES:
        assert texts.index(title) < texts.index(dates) < texts.index(org)


SKILLS = ["Python and Django, 6 years", "Go and gRPC, 3 years", "SQL and dbt, 8 years", "Kubernetes, 2 years",
          "Terraform and Helm, 2 years", "React and Redux, 4 years", "Linux and Bash, 9 years",
          "Postgres and Redis, 5 years", "Kafka and Flink, 2 years", "Docker and Compose, 5 years"]


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_skills_sidebar_with_years_level_with_the_roles_is_read_apart(tmp_path, engine):
    def draw(c):  # the sidebar keeps the main column's leading, so its rows line up with the roles'
        builders.text_lines(c, ["Skills", *SKILLS], 40, 790)
        _roles(c, 220)
    texts = _texts(tmp_path, draw, engine)
    assert texts.index(SKILLS[-1]) - texts.index("Skills") == len(SKILLS)


CONTACT = ["Contact", "jane.doe@example.com", "+44 20 7946 0958", "Born 12 March 1990", "Education",
           "BSc Computing", "University of Leeds", "September 2009 - June 2012", "Languages", "English (native)",
           "French (fluent)", "Interests", "Chess and cycling", "Reading history"]


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_contact_sidebar_with_a_few_dates_level_with_the_roles_is_read_apart(tmp_path, engine):
    def draw(c):
        builders.text_lines(c, CONTACT, 40, 790)
        _roles(c, 220)
    texts = _texts(tmp_path, draw, engine)
    assert texts.index(CONTACT[-1]) - texts.index(CONTACT[0]) == len(CONTACT) - 1
