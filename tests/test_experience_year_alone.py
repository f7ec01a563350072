"""A role dated by one year alone, closing its title line ('Programming Intern, Acme — 2021'): held within that year,
July to December, as a same-year range is read. The same shape naming no role is no position: a paper's, an
award's, a degree's or a course's year."""
import datetime as dt

import pytest

from screener.experience import build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)
HALF_YEAR = (dt.date(2021, 7, 1), dt.date(2021, 12, 31))


def spans(*lines):
    d = doc(*lines)
    return [(p.start, p.end, p.title) for p in build_timeline(d, sections(d), AS_OF).positions]


@pytest.mark.parametrize("line", [
    "Programming Intern, Northwind Data — 2021",
    "Backend Developer, Harbour Bakery, 2021",
    "Support Engineer | Bluefin Labs | 2021",
    "Junior Analyst at Copperleaf (2021)",
    "Web Designer 2021",
])
def test_a_title_line_closed_by_one_year_is_a_role_held_within_it(line):
    got = spans("Experience", line, "Built the ordering pages and their tests.")
    assert [(s, e) for s, e, _ in got] == [HALF_YEAR]
    assert "2021" not in got[0][2]


def test_each_role_of_a_history_dated_by_years_alone_is_read():
    got = spans("Experience", "Data Engineer, Larch Systems — 2023", "Moved the reports to a warehouse.",
                "Programming Intern, Northwind Data — 2021", "Wrote the import scripts.")
    assert [s.year for s, _, _ in got] == [2023, 2021]


@pytest.mark.parametrize("line", [
    "Outstanding Teaching Assistant Award, 2021",  # an award named after a role
    "How Developers Review Code, 2021",  # a paper's title
    "Certified Cloud Developer, Associate, 2021",  # a certificate
    "Bachelor of Science in Computer Engineering, 2021",  # a degree
    "Algorithms, Operating Systems, Databases 2021",  # a course list
    "Joined the team as a developer in 2021",  # a sentence
    "Promoted to Lead Engineer, 2021",  # a bullet of the role above
])
def test_a_year_closing_a_line_that_names_no_role_is_no_position(line):
    assert spans("Experience", line, "Some more words here.") == []


def test_two_years_are_no_year_alone():
    assert spans("Experience", "Software Engineer, Harbour Bakery, 2020, 2021") == []


def test_a_year_alone_within_a_dated_role_is_a_detail_of_it():
    got = spans("Experience", "Platform Engineer, Larch Systems", "Jan 2019 – Dec 2022",
                "Team Lead, Larch Systems, 2021", "Led the on-call rota.")
    assert [(s, e) for s, e, _ in got] == [(dt.date(2019, 1, 1), dt.date(2022, 12, 31))]
