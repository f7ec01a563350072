"""An end that says the role goes on in plain words ("- Still", "to Continue", "– on-going", "– still ongoing") ends
a range open.

Principle: where a range's end stands after a date and its link, a word that says the role has not stopped is an open
end, as "Present" is; "still" before an open end ("still ongoing", "still present") is part of it. "Still",
"continue" and "on going" are words of prose too, so alone they end a range only where they close it (the line's end,
a mark, a date), as a mistyped "Presnt" does; before more words they are prose.
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
        "Still Current"]
AFTER = ["", ":", ".", " | Leeds", ", Leeds"]


@pytest.mark.parametrize("start,link,end,after", list(itertools.product(STARTS, LINKS, ENDS, AFTER)))
def test_a_plain_word_saying_the_role_goes_on_ends_the_range_open(start, link, end, after):
    (r,) = find_ranges(f"Analyst, Acme {start}{link}{end}{after}", AS_OF)
    assert (r.start, r.end, r.present) == (STARTS[start], AS_OF, True)


@pytest.mark.parametrize("text", ["Mar 2019 - Still Waters Studio, designer", "2019 - continue reading the logs",
                                  "Mar 2020 - on going projects review", "Still leading the 2019 migration",
                                  "Continue to own the platform since the 2020 merger"])
def test_the_same_words_before_more_words_are_prose_not_an_end(text):
    assert not [r for r in find_ranges(text, AS_OF) if r.present]
