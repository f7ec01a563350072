"""One resume's two positions laid out every way resumes lay them out must give the same years.

Written from the principle that a position is a title or organisation with a date range nearby, whatever the
layout: dates on the title's line, above or below it, in a column, split over two lines, end above start, title and
organisation in either order, other separators and languages, under any work heading or none. The two roles are
Senior Engineer at Acme from March 2019 to the as-of date and Engineer at Beta from January 2015 to February 2019:
11 years merged (they do not overlap; the months are counted whole).
"""
import datetime as dt

import pytest

from screener.experience import build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)
YEARS = 11.0

LAYOUTS = {
    "dates-on-title-line": ["Experience", "Senior Engineer, Acme  Mar 2019 – Present", "Built the billing service.",
                            "Engineer, Beta  Jan 2015 – Feb 2019", "Wrote the payment API."],
    "dates-below-title": ["Experience", "Senior Engineer, Acme", "Mar 2019 – Present", "Built the billing service.",
                          "Engineer, Beta", "Jan 2015 – Feb 2019", "Wrote the payment API."],
    "dates-above-title": ["Experience", "Mar 2019 – Present", "Senior Engineer, Acme", "Built the billing service.",
                          "Jan 2015 – Feb 2019", "Engineer, Beta", "Wrote the payment API."],
    "title-then-organisation": ["Experience", "Senior Engineer", "Acme", "Mar 2019 – Present",
                                "Built the billing service.", "Engineer", "Beta", "Jan 2015 – Feb 2019",
                                "Wrote the payment API."],
    "organisation-then-title": ["Experience", "Acme", "Senior Engineer  Mar 2019 – Present",
                                "Built the billing service.", "Beta", "Engineer  Jan 2015 – Feb 2019",
                                "Wrote the payment API."],
    "dates-first-on-the-line": ["Experience", "Mar 2019 – Present  Senior Engineer, Acme", "Built the billing service.",
                                "Jan 2015 – Feb 2019  Engineer, Beta", "Wrote the payment API."],
    "range-split-over-two-lines": ["Experience", "Senior Engineer, Acme", "Mar 2019 –", "Present",
                                   "Built the billing service.", "Engineer, Beta", "Jan 2015 –", "Feb 2019",
                                   "Wrote the payment API."],
    "end-above-start": ["Experience", "Senior Engineer, Acme", "Present", "Mar 2019", "Built the billing service.",
                        "Engineer, Beta", "Feb 2019", "Jan 2015", "Wrote the payment API."],
    "numeric-dates": ["Experience", "Senior Engineer, Acme  03/2019 – present", "Built the billing service.",
                      "Engineer, Beta  01/2015 – 02/2019", "Wrote the payment API."],
    "iso-dates": ["Experience", "Senior Engineer, Acme  2019-03 – now", "Built the billing service.",
                  "Engineer, Beta  2015-01 – 2019-02", "Wrote the payment API."],
    "to-as-separator": ["Experience", "Senior Engineer, Acme  March 2019 to Present", "Built the billing service.",
                        "Engineer, Beta  January 2015 to February 2019", "Wrote the payment API."],
    "year-first": ["Experience", "Senior Engineer, Acme  2019 Mar – Present", "Built the billing service.",
                   "Engineer, Beta  2015 Jan – 2019 Feb", "Wrote the payment API."],
    "later-date-first": ["Experience", "Senior Engineer, Acme  Present – Mar 2019", "Built the billing service.",
                         "Engineer, Beta  Feb 2019 – Jan 2015", "Wrote the payment API."],
    "german": ["Berufserfahrung", "Senior Engineer, Acme  März 2019 – heute", "Built the billing service.",
               "Engineer, Beta  Januar 2015 – Februar 2019", "Wrote the payment API."],
    "french": ["Expérience professionnelle", "Senior Engineer, Acme  mars 2019 – aujourd'hui",
               "Built the billing service.", "Engineer, Beta  janv. 2015 – févr. 2019", "Wrote the payment API."],
    "heading-with-more-words": ["WORK EXPERIENCE (10 YEARS)", "Senior Engineer, Acme  Mar 2019 – Present",
                                "Built the billing service.", "Engineer, Beta  Jan 2015 – Feb 2019",
                                "Wrote the payment API."],
    "no-heading": ["Jane Doe", "Senior Engineer, Acme  Mar 2019 – Present", "Built the billing service.",
                   "Engineer, Beta  Jan 2015 – Feb 2019", "Wrote the payment API."],
    "unmapped-dash": ["Experience", "Senior Engineer, Acme  Mar 2019  Present", "Built the billing service.",
                      "Engineer, Beta  Jan 2015  Feb 2019", "Wrote the payment API."],
    "open-end-before-a-place": ["Experience", "Senior Engineer, Acme  Mar 2019 Present Berlin",
                                "Built the billing service.", "Engineer, Beta  Jan 2015 – Feb 2019 Munich",
                                "Wrote the payment API."],
    "days-written": ["Experience", "Senior Engineer, Acme  01/03/2019 – Current", "Built the billing service.",
                     "Engineer, Beta  15/01/2015 – 28/02/2019", "Wrote the payment API."],
    "durations-after": ["Experience", "Senior Engineer, Acme", "Mar 2019 - Present · 6 yrs 10 mos",
                        "Built the billing service.", "Engineer, Beta", "Jan 2015 - Feb 2019 · 4 yrs 2 mos",
                        "Wrote the payment API."],
    "since": ["Experience", "Senior Engineer, Acme  since March 2019", "Built the billing service.",
              "Engineer, Beta  Jan 2015 – Feb 2019", "Wrote the payment API."],
}


@pytest.mark.parametrize("lines", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_every_layout_of_the_same_positions_gives_the_same_years(lines):
    d = doc(*lines, "Education", "BSc Physics, University of Leeds", "2011 – 2014")
    tl = build_timeline(d, sections(d), AS_OF)
    assert tl.years == YEARS and len([p for p in tl.positions if p.counted]) == 2
