"""Only a numeric date with a day and a month ('day/month/year', 'day/month/yy', by slashes, dots or dashes) can
say which order a resume writes its numbers in; a resume with none of them keeps the convention (day first)."""
import pytest

from screener.text.dates import writes_month_first


@pytest.mark.parametrize("text", ["Started 8.13.2017", "Started 8-13-2017", "Started 8/13/17", "Started 08/13/2017"],
                         ids=["dots", "dashes", "two-digit-year", "zero-padded"])
def test_a_day_past_twelve_in_second_place_shows_month_first_whatever_the_separator(text):
    assert writes_month_first(text) is True


@pytest.mark.parametrize("text", ["Acme 09/2017 – 13/2019", "Acme 2017-13-08", "Acme 8 / 13 / 2017",
                                  "Acme 1.13 release, 2019"],
                         ids=["month-and-year-only", "year-first", "spaced-separators", "a-version-number"])
def test_numbers_that_are_no_day_and_month_date_keep_the_convention(text):
    assert writes_month_first(text) is False
