import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.text.dates import find_range, find_ranges

AS_OF = dt.date(2026, 1, 1)
D = dt.date


@pytest.mark.parametrize("text, start, end", [
    ("Jan 2015 – Mar 2018", D(2015, 1, 1), D(2018, 3, 31)),
    ("January 2015 - March 2018", D(2015, 1, 1), D(2018, 3, 31)),
    ("Jan. 2015 — Sept 2019", D(2015, 1, 1), D(2019, 9, 30)),
    ("Janurary 2019 - Decemeber 2019", D(2019, 1, 1), D(2019, 12, 31)),
    ("03/2015 – 11/2019", D(2015, 3, 1), D(2019, 11, 30)),
    ("2015.03 - 2019.11", D(2015, 3, 1), D(2019, 11, 30)),
    ("2015-03 – 2019-11", D(2015, 3, 1), D(2019, 11, 30)),
    ("2015 – 2018", D(2015, 7, 1), D(2018, 6, 30)),
    ("2017-2020", D(2017, 7, 1), D(2020, 6, 30)),
    ("2015–18", D(2015, 7, 1), D(2018, 6, 30)),
    ("2018 - 2018", D(2018, 7, 1), D(2018, 12, 31)),
    ("Mar 2019 to current", D(2019, 3, 1), AS_OF),
    ("since 2020", D(2020, 7, 1), AS_OF),
    ("since March 2020", D(2020, 3, 1), AS_OF),
    ("2019 – Present", D(2019, 7, 1), AS_OF),
    ("2019 - Now", D(2019, 7, 1), AS_OF),
    ("2019 – Today", D(2019, 7, 1), AS_OF),
    ("Mar 14 - Jan 15", D(2014, 3, 1), D(2015, 1, 31)),
    ("Sep 15 - NOW", D(2015, 9, 1), AS_OF),
    ("2019 to date", D(2019, 7, 1), AS_OF),
    ("2019 - till date", D(2019, 7, 1), AS_OF),
    ("Feb 2025 –pres.", D(2025, 2, 1), AS_OF),
    ("Site Reliability Engineer Mar. 2021 Present", D(2021, 3, 1), AS_OF),
    ("Engineer, Acme (2019 –)", D(2019, 7, 1), AS_OF),
    ("from 2012 until 2014", D(2012, 7, 1), D(2014, 6, 30)),
    ("Summer 2019 – Fall 2020", D(2019, 6, 1), D(2020, 11, 30)),
    ("Jan – Mar 2018", D(2018, 1, 1), D(2018, 3, 31)),
    ("1stSept 2011 to 6thMay 2012", D(2011, 9, 1), D(2012, 5, 31)),  # a day's ordinal glued to its month
    ("Nov – Feb 2018", D(2017, 11, 1), D(2018, 2, 28)),
    ("Jan '15 - Feb '17", D(2015, 1, 1), D(2017, 2, 28)),
    ("Manager, Acme 05/04 - 06/14", D(2004, 5, 1), D(2014, 6, 30)),
    ("DevOpsEngineer Sep.2023Mar.2024", D(2023, 9, 1), D(2024, 3, 31)),
    ("Java Developer, Infosys 2010 2013", D(2010, 7, 1), D(2013, 6, 30)),
    ("2015 – Mar 2018", D(2015, 7, 1), D(2018, 3, 31)),
    ("Sep.2021\u2011March2022", D(2021, 9, 1), D(2022, 3, 31)),
    ("2015 \u2212 2018", D(2015, 7, 1), D(2018, 6, 30)),
    ("2018 – 2015", D(2015, 7, 1), D(2018, 6, 30)),  # the later date written first
    ("Trainee 2017.6–2017.9", D(2017, 6, 1), D(2017, 9, 30)),  # a month unpadded after the year's dot
    ("Acme Studio 2014 – 2023", D(2014, 7, 1), D(2023, 6, 30)),  # a studio is a firm; Visual Studio a product
], ids=lambda v: v if isinstance(v, str) else None)
def test_range_forms(text, start, end):
    r = find_range(text, AS_OF)
    assert r is not None and (r.start, r.end) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("Summer 2019", D(2019, 6, 1), D(2019, 8, 31)),
    ("Intern, March 2021", D(2021, 3, 1), D(2021, 3, 31)),
], ids=["season", "one-month"])
def test_single_month_or_season(text, start, end):
    (r,) = find_ranges(text, AS_OF)
    assert r.single and (r.start, r.end) == (start, end)


@pytest.mark.parametrize("text", [
    "Installed Windows Server 2003 – 2012R2",
    "Call 555-2019 today",
    "scored 10/12 on the test",
    "1900 – 1910",  # out of bounds
    "Jan 2030 – Mar 2031",  # in the future
    "Experience with Python and Go",
    "Workshop Sep 15 - 17, 2019",
    "Met on Sep 15th - Sep 20th",
], ids=["version", "phone", "fraction", "too-old", "future", "no-dates", "days", "ordinal-days"])
def test_not_ranges(text):
    assert find_range(text, AS_OF) is None


@pytest.mark.parametrize("text", ["PyCharm 2019.3", "Python 3.8 on Ubuntu 2018.4", "Visual Studio 2017 – 2019",
                                  "Android Studio 2021"])
def test_a_version_is_no_date(text):
    assert find_ranges(text, AS_OF) == []


@pytest.mark.parametrize("text", ["Vendor DB 2014/2012 R2/ 2008", "Toolkit v2/2019 and S3/ 2020"])
def test_a_number_glued_to_a_name_is_no_month(text):
    assert find_ranges(text, AS_OF) == []


def test_several_ranges_on_one_line():
    ranges = find_ranges("Acme 2015 - 2017, Beta 2018 – present", AS_OF)
    assert [(r.start.year, r.end) for r in ranges] == [(2015, D(2017, 6, 30)), (2018, AS_OF)]


def test_present_is_the_as_of_date():
    assert find_range("2020 – Present", D(2024, 5, 17)).end == D(2024, 5, 17)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises_and_ranges_are_sane(text):
    for r in find_ranges(text, AS_OF):
        assert D(1950, 1, 1) <= r.start <= r.end <= D(2027, 1, 1)


_PIECES = st.sampled_from(["Jan", "Sept.", "March", "2015", "1999", "18", "03/2015", "2015.03", "–", "-", " to ",
                           "present", "since", " ", "Summer", "'15", "/", "2026", "2027", "Now", "2031"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=8).map(" ".join), st.dates(D(1990, 1, 1), D(2040, 1, 1)))
def test_date_like_text_gives_ordered_ranges_within_bounds(text, as_of):
    for r in find_ranges(text, as_of):
        assert D(1950, 1, 1) <= r.start <= r.end <= as_of.replace(year=as_of.year + 1, day=min(as_of.day, 28))
