"""A dated line with no text of its own, dated by years alone, over roles dated by months within its years heads
those roles ('2021-2023: Cloud era'): the roles are counted, not the heading, so the gaps between them stay gaps."""
import datetime as dt

from screener.experience import build_timeline
from screener.experience.groups import GROUPS

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def timeline(*lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF)


def test_years_over_the_roles_they_span_head_them():
    tl = timeline("Experience", "2021-2023: Cloud era", "03/2023 - 09/2023 Engineer, Acme", "Built things.",
                  "06/2021 - 09/2022 Engineer, Beta", "Built more.")
    assert [p.why for p in tl.positions] == [GROUPS, "", ""]
    assert tl.years == 1.9


def test_an_employer_dated_by_years_over_its_titles_dated_by_months_heads_them():
    tl = timeline("Experience", "2017-2020: Acme", "10/2017 - 05/2020 Senior Developer, Acme", "Built things.")
    assert [p.counted for p in tl.positions] == [False, True]
    assert tl.years == 2.7


def test_a_role_with_text_of_its_own_is_a_role_whatever_lies_below():
    tl = timeline("Experience", "2010 - 2020 Consultant, Self", "Advised firms.", "05/2012 - 08/2014 Developer, Acme",
                  "Built things.")
    assert all(p.counted for p in tl.positions)


def test_a_role_dated_by_months_is_never_a_heading():
    tl = timeline("Experience", "01/2010 - 12/2020 Consultant, Self", "05/2012 - 08/2014 Developer, Acme")
    assert all(p.counted for p in tl.positions)


def test_years_that_do_not_span_the_role_below_are_a_role():
    tl = timeline("Experience", "2005 - 2008 Analyst, Gamma", "05/2012 - 08/2014 Developer, Acme")
    assert all(p.counted for p in tl.positions)


def test_a_qualification_still_to_come_in_an_education_section_is_no_role():
    tl = timeline("Education", "08/25–12/25 (exp.) Certified Safety Auditor, Some Board", "Experience",
                  "2020 - 2024 Developer, Acme")
    assert [p.title for p in tl.positions] == ["Developer, Acme"]
