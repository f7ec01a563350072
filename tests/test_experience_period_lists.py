"""A role held in several periods of one shape, the later ones named by their year alone ('Summer 2015 & 2016',
'May – July 2018 and 2019'): each listed year repeats the first period's months, when the list closes the
role's line. A product's versions in a sentence, a list of seasons (courses), an honour's terms, a sentence's
dates and a list in a teaching or education section stay out."""
import datetime as dt

import pytest

from screener.experience import build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def spans(*lines, as_of=AS_OF):
    d = doc(*lines)
    return sorted((p.start, p.end) for p in build_timeline(d, sections(d), as_of).positions)


def d(y, m, day):
    return dt.date(y, m, day)


@pytest.mark.parametrize("line, want", [
    ("Platform Intern, Quillfeather Labs — Summer 2015 & 2016",
     [(d(2015, 6, 1), d(2015, 8, 31)), (d(2016, 6, 1), d(2016, 8, 31))]),
    ("Shift Clerk, Maple Grocers May – July 2018 and 2019",
     [(d(2018, 5, 1), d(2018, 7, 31)), (d(2019, 5, 1), d(2019, 7, 31))]),
    ("Research Intern at Corvid Labs during Summer 2016 and 2017",
     [(d(2016, 6, 1), d(2016, 8, 31)), (d(2017, 6, 1), d(2017, 8, 31))]),
    ("Graduate Software Engineering Intern, Data Platform Group, Corvid Systems Ltd, Summer 2016 & 2017",
     [(d(2016, 6, 1), d(2016, 8, 31)), (d(2017, 6, 1), d(2017, 8, 31))]),  # longer than a title line
    ("Data Analyst | Bright Harbor Co | Fall 2009, 2010 and 2011",
     [(d(2009, 9, 1), d(2009, 11, 30)), (d(2010, 9, 1), d(2010, 11, 30)), (d(2011, 9, 1), d(2011, 11, 30))]),
])
def test_each_listed_year_repeats_the_first_period(line, want):
    assert spans("Experience", line, "Built the nightly import jobs.") == want


def test_a_listed_year_still_to_come_is_no_experience_yet():
    got = spans("Experience", "Camp Counsellor, Lakeside Camps — Summer 2024, 2025 & 2026", "Ran the canoe trips.")
    assert got == [(d(2024, 6, 1), d(2024, 8, 31)), (d(2025, 6, 1), d(2025, 8, 31))]


@pytest.mark.parametrize("line, later", [
    ("Installed and tuned Postgres 2008, 2012 clusters for the finance team.", 2012),
    ("Ran the chess club in Summer 2013 and 2014.", 2014),
    ("Dean's List Fall 2016 & 2017", 2017),
    ("Teaching Assistant in Compilers Spring 2014, Fall 2014, Spring 2013", 2013),
    ("Office (97, 2000, 2007), label printers", 2007),
])
def test_versions_sentences_honours_and_course_lists_repeat_no_period(line, later):
    got = spans("Experience", "Backend Developer, Ashgrove Foods 03/2015 – 02/2019", line)
    assert (d(2015, 3, 1), d(2019, 2, 28)) in got
    assert not [s for s, _ in got if s.year == later]


@pytest.mark.parametrize("heading", ["Teaching", "Education"])
def test_a_list_in_a_teaching_or_education_section_lists_terms_not_roles(heading):
    got = spans("Experience", "Backend Developer, Ashgrove Foods 03/2015 – 02/2019", heading,
                "Guest speaker, Data Structures, Lakeview University, Fall 2016 & 2017")
    assert got == [(d(2015, 3, 1), d(2019, 2, 28))]


def test_the_title_keeps_no_part_of_the_list():
    d_ = doc("Experience", "Software Engineer, Tern Valley Bank Summer 2012 & 2013", "Built the ledger service.")
    titles = {p.title for p in build_timeline(d_, sections(d_), AS_OF).positions}
    assert titles == {"Software Engineer, Tern Valley Bank"}


def test_a_range_beside_a_list_keeps_its_dates():
    got = spans("Experience", "Pool Attendant, Elm Park Baths 2010 - 2012, Summer 2014 & 2015", "Kept the lanes safe.")
    assert got and got[0][0].year == 2010 and got[0][1].year == 2012


def test_a_seasons_list_inside_a_roles_range_is_a_detail_of_that_role():
    line = "Platform Intern, Quillfeather Labs — Summer 2016 & 2017"
    assert [s for s, _ in spans("Experience", line) if s.year == 2017]  # on its own, the list repeats the period
    got = spans("Experience", "Backend Developer, Ashgrove Foods 03/2015 – 02/2019", line)
    assert not [s for s, _ in got if s.year == 2017]


@pytest.mark.parametrize("line, later", [
    ("CloudConf Lisbon, April 2018 and 2019", 2019),  # no role named before the dates
    ("Attended the regional cloud conference and the national data summit, April 2018 and 2019", 2018),
    ("Peer Tutor; Dean's List, Fall 2016 & 2017", 2017),  # an honour's terms
    ("- Mentored interns, Summer 2017 & 2018", 2018),  # a bullet: a deed's dates
    ("Outstanding Intern, Corvid Labs — Summer 2016 & 2017", 2017),  # an honour
    ("Intern, Corvid Labs — Summer 2016 & 2017 on the data team", 2017),  # the list does not close the line
    ("Intern, Corvid Labs — Nov 2015 – Feb 2016 & 2017", 2017),  # a period across two years has no one shape
    ("Intern, Corvid Labs — 2012 – 2014 & 2017", 2017),
])
def test_a_list_repeats_no_period_unless_it_closes_a_role_line_after_one_years_period(line, later):
    got = spans("Experience", "Software Engineer, Ashgrove Foods 03/2020 – 02/2023", line)
    assert (d(2020, 3, 1), d(2023, 2, 28)) in got
    assert not [s for s, _ in got if s.year == later]


@pytest.mark.parametrize("heading, line", [
    ("Teaching", "Teaching Assistant, Compilers — Spring 2016 & 2017"),
    ("Education", "Research Assistant, Robotics Lab — Spring 2016 & 2017"),
])
def test_a_role_in_a_teaching_or_education_section_keeps_its_first_term_only(heading, line):
    got = spans("Experience", "Backend Developer, Ashgrove Foods 03/2018 – 02/2020", heading, line)
    assert (d(2016, 3, 1), d(2016, 5, 31)) in got
    assert not [s for s, _ in got if s.year == 2017]


def test_a_february_repeated_in_a_common_year_ends_on_its_28th():
    got = spans("Experience", "Stock Clerk, Maple Grocers — Feb 2016 & 2017", "Counted the shelves.")
    assert got == [(d(2016, 2, 1), d(2016, 2, 29)), (d(2017, 2, 1), d(2017, 2, 28))]


def test_a_listed_year_to_come_skips_only_itself():
    got = spans("Experience", "Camp Counsellor, Lakeside Camps — Summer 2023, 2027 & 2025", "Ran the canoe trips.")
    assert [s.year for s, _ in got] == [2023, 2025]


def test_a_listed_period_under_way_ends_at_the_as_of_date():
    got = spans("Experience", "Camp Counsellor, Lakeside Camps — Summer 2024 & 2025", "Ran the canoe trips.",
                as_of=d(2025, 7, 15))
    assert got == [(d(2024, 6, 1), d(2024, 8, 31)), (d(2025, 6, 1), d(2025, 7, 15))]
