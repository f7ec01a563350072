"""A heading named as a role's part ('Achievements', 'Technologies') belongs to the role above when its first lines
are the part's content (a bullet, a sentence, a list of tools) and a role follows them, even one stacked as title,
organisation, place, then dates, in a layout the work history above shows: its dates a range written in the form of
a role's above, as far under its title as that role's (a layout is trusted only where it repeats); when its first
line is an entry of its own (a line with a year within reach), the heading heads its own section, and a heading led
only by a selecting word keeps the one-line reach. Invented text, written from that definition."""
import datetime as dt

import pytest

from screener.experience import build_timeline
from screener.text.sections import find_sections

from helpers import doc, grows_linearly, sections

AS_OF = dt.date(2026, 1, 1)

_BETWEEN = [["Beta Ltd"], ["Beta Ltd", "Leeds, UK"]]  # what stands between the next role's title and its dates
_CONTENT = ["- Shipped the billing service", "Python, Go, Postgres", "Cut the build time in half."]


def names(lines):
    return [s.name for s in find_sections(lines)]


@pytest.mark.parametrize("content", _CONTENT)
@pytest.mark.parametrize("between", _BETWEEN)
def test_a_part_over_its_content_then_a_stacked_role_stays_in_the_work_history(between, content):
    lines = ["Experience", "Developer", *between, "Mar 2016 – Jan 2019", "Achievements", content,
             "Support Engineer", *between, "June 2014 – Feb 2016", "Education", "BSc Physics, University of Leeds"]
    assert names(lines) == ["experience", "education"]


@pytest.mark.parametrize("between", _BETWEEN)
def test_a_stacked_role_under_a_parts_content_is_counted(between):
    d = doc("Experience", "Developer", *between, "Mar 2021 – Present", "Technologies", "Python, Go",
            "Support Engineer", *between, "June 2014 – Feb 2016")
    spans = [(f"{p.start:%Y-%m}", f"{p.end:%Y-%m}") for p in build_timeline(d, sections(d), AS_OF).positions]
    assert ("2014-06", "2016-02") in spans


@pytest.mark.parametrize("entry", [["Engineer of the year", "Beta Ltd", "2017 – 2018"],  # dates in another form
                                   ["Developer – a budget app (open source)", "Beta Ltd", "2016 – 2019"],
                                   ["Lead of the quarter", "Beta Ltd", "Jun 2017"],  # one date, not a range
                                   ["Engineer of the year", "Beta Ltd", "Leeds, UK", "Jun 2017 – May 2018"]])  # shape
@pytest.mark.parametrize("part", ["Achievements", "Technologies"])
def test_a_role_after_a_parts_content_in_a_layout_the_history_never_shows_stays_out(part, entry):
    # the history's role: title, organisation, then a month-year range; the entry under the part differs from it
    lines = ["Experience", "Engineer", "Beta Ltd", "Mar 2020 – Present", part, "- Ranked first of forty", *entry,
             "Education", "BSc Physics, University of Leeds"]
    assert len(names(lines)) == 3  # the part heads a section of its own between the history and education


@pytest.mark.parametrize("entry", [["Assistant of the year", "Acme", "2018"],
                                   ["Founders' award", "Acme", "Leeds, UK", "2016 – 2018"],
                                   ["Lead of the quarter", "Beta", "Remote", "2017"]])
def test_a_part_whose_first_line_is_an_entry_heads_its_own_section(entry):
    # after the last role, an award stacked like a role: the first line is itself an entry, so no role's content
    lines = ["Experience", "Engineer", "Beta", "Jan 2015 – Feb 2019", "Achievements", *entry, "Education",
             "BSc Physics, University of Leeds"]
    assert names(lines) == ["experience", "awards", "education"]


def test_a_role_word_far_above_a_year_dates_no_role():
    # after the last role, an achievements list that names a role, its only year four lines below: a section
    lines = ["Experience", "Engineer, Beta", "Jan 2015 – Feb 2019", "Achievements", "Saved two hours a day",
             "Engineer of the quarter", "Spoke at two meetups", "Wrote the style guide", "Ran the book club",
             "Hackathon winner, 2018"]
    assert names(lines) == ["experience", "awards"]


@pytest.mark.parametrize("heading", ["Relevant Coursework", "Key Projects", "Further Education"])
def test_a_heading_led_only_by_a_selecting_word_keeps_the_one_line_reach(heading):
    # its entry's dates three lines under its first line: its own section, as before
    lines = ["Experience", "Analyst", "Acme", "Jun 2022 – Aug 2022", heading, "Read the course notes",
             "Assistant certificate", "Online school", "Online", "2021"]
    assert names(lines)[-1] != "experience"


def _parts(roles: int) -> str:
    """An experience heading over `roles` roles, each an achievements part over its content then a stacked role."""
    entry = ["Achievements", "- Cut the build time in half", "Support Engineer", "Beta Ltd", "Mar 2016 – Jan 2019"]
    return "\n".join(["Pat Quill", "", "Experience", "Developer", "Acme", "Feb 2019 – Present", *entry * roles])


def test_many_parts_each_over_a_stacked_role_are_read_in_linear_time():
    # each part is judged against the layouts the history has shown so far, not by reading the history again
    assert grows_linearly(lambda text: find_sections(text.splitlines()), _parts, 800)
