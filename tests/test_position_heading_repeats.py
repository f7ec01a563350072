"""Which lines head a position where the block's layout repeats (invented text, never a real resume's).

Written from the definition: an entry named on its dated line with a title-like line right below it and none
above (organisation and dates over the title, or title and dates over the organisation) shows the heading-below
shape; a title line above the dates and none below shows the other. A shape is read into an entry only where at
least two of the block's other entries show it and outnumber those showing the other: then the line above such an
entry's dates, however title-shaped, is the last line of the role before, and the line naming a role is its title.
An entry that shows the other shape, or stands alone, keeps its own reading; a title wrapped over two lines is one
title."""
import datetime as dt

import pytest

from screener.experience import build_timeline
from screener.experience.layouts import Shape, repeated

from helpers import check, doc, requirement, sections

AS_OF = dt.date(2026, 1, 1)
FIELD = {"name": "software development", "titles": ["software", "developer", "engineer"],
         "not_titles": ["sales", "nurse"], "terms": ["Python", "API"], "least": 2}
SOFTWARE_YEARS = requirement("years", min=8, field=FIELD)
B, A, E, N = Shape.BELOW, Shape.ABOVE, Shape.EITHER, Shape.NEITHER

# organisation and dates over the title, each role's text a short line with no full stop
REPEATED = ["Experience",
            "Northwind Traders  Mar 2019 – Dec 2025", "Backend Engineer", "Ledger service in Go",
            "Sales pipeline reports in Python",
            "Harbor Labs  Jan 2016 – Feb 2019", "Software Developer", "Partner gateway in Java",
            "Sales tax calculator for shops",
            "Copper Mills  Jan 2013 – Dec 2015", "Platform Engineer", "Build farm upkeep", "Payment API in Python"]


def positions(*lines):
    d = doc(*lines)
    return d, build_timeline(d, sections(d), AS_OF).positions


def text_of(d, p):
    first, last = p.span
    return [line.text for line in d.lines[first:last]]


@pytest.mark.parametrize("shapes, read", [
    ([B, B, B], [True, True, True]),
    ([B, E, E], [False, False, False]),  # one entry alone shows the shape
    ([B, B, E, E], [False, False, True, False]),  # only the third has two showing it around it
    ([B, B, B, A, A], [True, True, True, False, False]),  # the third: two each way around it, and its own
    ([E, B, B, A, A], [True, False, False, False, False]),  # not the majority around the second and third
    ([B, B, B, B, B, B, A], [True, True, True, True, True, True, False]),  # a lone other shape keeps its reading
    ([A, A, A, B, B, B, B], [False, False, False, True, True, True, True]),  # a block that changes its layout
    ([B, B, B, N], [True, True, True, False]),  # an entry named whole on its dated line keeps its reading
])
def test_a_shape_is_read_into_an_entry_only_where_the_blocks_other_entries_repeat_it(shapes, read):
    assert repeated(shapes) == read


def test_organisation_and_dates_over_the_title_repeated_give_each_role_its_own_title():
    d, found = positions(*REPEATED)
    assert [(p.title, p.organisation) for p in found] == [
        ("Backend Engineer", "Northwind Traders"), ("Software Developer", "Harbor Labs"),
        ("Platform Engineer", "Copper Mills")]
    assert "Sales pipeline reports in Python" in text_of(d, found[0])
    assert "Sales pipeline reports in Python" not in text_of(d, found[1])


def test_a_repeated_layout_read_so_keeps_a_software_career_counted():
    check("\n".join(REPEATED), SOFTWARE_YEARS, "pass")


def test_a_career_break_first_neither_sets_nor_stops_the_layout_of_the_roles_below():
    _, found = positions("Experience", "Career break  Jan 2024 – Dec 2025", *REPEATED[1:])
    assert [p.title for p in found[1:]] == ["Backend Engineer", "Software Developer", "Platform Engineer"]


@pytest.mark.parametrize("first", [["Freelance web developer  Jan 2024 – Dec 2025", "Small shops' sites"],
                                   ["Career break  Jan 2024 – Dec 2025", "Travel and language study"]])
def test_a_one_off_first_entry_leaves_titles_above_their_dates_to_their_roles(first):
    lines = ["Experience", *first,
             "Software Engineer", "Northwind Traders  Mar 2019 – Dec 2023", "Ledger service in Python",
             "Backend Developer", "Harbor Labs  Jan 2014 – Feb 2019", "Partner API gateway"]
    _, found = positions(*lines)
    assert [p.title for p in found[1:]] == ["Software Engineer", "Backend Developer"]
    check("\n".join(lines), SOFTWARE_YEARS, "pass")


def test_the_repeated_layout_is_read_and_a_lone_entry_of_the_other_shape_keeps_its_title_above():
    _, found = positions(*REPEATED, "Data Engineer", "Delta Works  Jan 2010 – Dec 2012", "• Built nightly loads.")
    assert [p.title for p in found[:3]] == ["Backend Engineer", "Software Developer", "Platform Engineer"]
    assert "Data Engineer" in (found[-1].title, found[-1].organisation)
    assert found[-1].line_start < found[-1].line  # its heading stands above its dates


def test_a_title_wrapped_under_the_organisation_and_dates_is_one_title():
    _, found = positions("Experience",
                         "Northwind Traders  Mar 2019 – Dec 2025", "Lead Engineer, Payments and", "Risk Platform",
                         "Nightly close of books",
                         "Kept the ledger up", "Harbor Labs  Jan 2016 – Feb 2019", "Software Developer",
                         "Wrote the gateway", "Copper Mills  Jan 2013 – Dec 2015", "Platform Engineer", "Ran the API")
    assert found[0].title == "Lead Engineer, Payments and Risk Platform"


def test_a_title_wrapped_above_its_dates_is_one_title_where_the_organisation_is_below():
    _, found = positions("Experience",
                         "Lead Engineer, Search and", "Ranking", "Mar 2019 – Dec 2025", "Northwind Traders",
                         "Software Developer", "Jan 2016 – Feb 2019", "Harbor Labs")
    assert (found[0].title, found[0].organisation) == ("Lead Engineer, Search and Ranking", "Northwind Traders")


def test_a_students_title_over_the_schools_name_is_a_students_role():
    lines = [*REPEATED, "Tidewater University, Sound Lab  Jan 2010 – Dec 2012", "Graduate Student Researcher",
             "Room acoustics models", "Sales of lab time to firms"]
    _, found = positions(*lines)
    assert (found[-1].title, found[-1].kind) == ("Graduate Student Researcher", "academic")
