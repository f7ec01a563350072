"""An end that says the role goes on in plain words ("- Still", "to Continue", "– on-going", "– Onwards") ends
a range open.

Principle: where a range's end stands after a date and its link, a word that says the role has not stopped is an open
end, as "Present" is; "still" before an open end ("still ongoing", "still present") is part of it. "Still",
"continue" and "on going" are words of prose too, so they end a range only as the end after a link that closes what
the line says of it (the line's end, a bracket, a bar, a comma before the next field, not before prose going on in
lower case): before a number or more words, before the date, or
glued to a year with no link, they are prose or a name.
"""
import datetime as dt
import itertools

import pytest

from screener.text.dates import find_ranges

AS_OF = dt.date(2026, 1, 1)
STARTS = {"Mar 2021": dt.date(2021, 3, 1), "03/2021": dt.date(2021, 3, 1), "March, 2021": dt.date(2021, 3, 1),
          "2021": dt.date(2021, 7, 1)}
LINKS = ["-", " – ", " to ", " till "]
ENDS = ["Still", "STILL", "Continue", "On going", "on-going", "still ongoing", "Still on going", "still present",
        "Still Current", "Onwards", "onward"]
AFTER = ["", ":", ".", " | Leeds", ", Leeds", ": Acme Mills"]


@pytest.mark.parametrize("start,link,end,after", list(itertools.product(STARTS, LINKS, ENDS, AFTER)))
def test_a_plain_word_saying_the_role_goes_on_ends_the_range_open(start, link, end, after):
    (r,) = find_ranges(f"Analyst, Acme {start}{link}{end}{after}", AS_OF)
    assert (r.start, r.end, r.present) == (STARTS[start], AS_OF, True)


@pytest.mark.parametrize("text", [
    "Mar 2019 - Still Waters Studio, designer", "2019 - continue reading the logs",
    "Mar 2020 - on going projects review", "Still leading the 2019 migration", "Continue to own the platform since the 2020 merger",
    "Took over the ledger API built in 2017 – still today our busiest service", "Led the 2018 - still 3 sites live",
    "The tool I wrote in 2016 was in use in 2024 still.", "In 2016 still, the team deployed by hand",
    "Continue - 2020 redesign handed over", "Shipped in 2019 - still, the tool we use most",
    "2019 - continue, maintain the site", "Grew revenue in 2019 - onwards and upwards"])
def test_a_plain_word_before_more_words_or_a_number_or_with_no_link_is_prose(text):
    assert not [r for r in find_ranges(text, AS_OF) if r.present]


def test_a_firm_named_by_the_word_before_a_closed_range_keeps_the_range():
    (r,) = find_ranges("Field Technician, Still – Mar 2016 – Jun 2021", AS_OF)
    assert (r.start, r.end, r.present) == (dt.date(2016, 3, 1), dt.date(2021, 6, 30), False)


@pytest.mark.parametrize("text", ["Analyst, Acme 2019 – still…", "Analyst, Acme 2019 – still...",
                                  "Analyst, Acme (2019 – still)"])
def test_a_plain_end_closed_by_an_ellipsis_or_a_bracket_is_open(text):
    (r,) = find_ranges(text, AS_OF)
    assert r.present
