"""Each resume's lines are read for dates once, in that resume's numeric order, and the reading is shared by all the
resume's readers (the timeline's layout tests, the diagnostics) but never by another resume."""
import datetime as dt

import pytest

from screener.experience import DateReadings, build_timeline
from screener.experience import dated_lines
from screener.facts import Facts
from screener.text import dates

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)
AMBIGUOUS = "3/4/2017 – 5/6/2018"  # March or April: the resume's order decides


@pytest.fixture
def parses(monkeypatch):
    """Every text the date grammar is asked to parse, in order."""
    seen = []
    parse = dates.find_ranges

    def counted(text, *args, **kwargs):
        seen.append(text)
        return parse(text, *args, **kwargs)
    monkeypatch.setattr(dates, "find_ranges", counted)
    return seen


def test_a_line_read_twice_in_one_resume_is_parsed_once(parses):
    with dated_lines.numeric_order(DateReadings("a resume")):
        first = dated_lines.find_ranges(AMBIGUOUS, AS_OF)
        again = dated_lines.find_ranges(AMBIGUOUS, AS_OF)
    assert again == first and parses == [AMBIGUOUS]


def test_each_resume_reads_the_same_line_in_its_own_order(parses):
    with dated_lines.numeric_order(DateReadings("Started 8/13/2017")):  # 13 cannot be a month: month first
        (march,) = dated_lines.find_ranges(AMBIGUOUS, AS_OF)
    with dated_lines.numeric_order(DateReadings("No numeric dates")):  # the convention: day first
        (april,) = dated_lines.find_ranges(AMBIGUOUS, AS_OF)
    assert (march.start.month, april.start.month) == (3, 4) and parses == [AMBIGUOUS, AMBIGUOUS]


def test_outside_a_resume_a_line_is_read_day_first_each_time(parses):
    (april,) = dated_lines.find_ranges(AMBIGUOUS, AS_OF)
    dated_lines.find_ranges(AMBIGUOUS, AS_OF)
    assert april.start.month == 4 and parses == [AMBIGUOUS, AMBIGUOUS]


def test_a_resume_s_readings_read_its_numeric_dates_in_its_own_order(parses):
    (march,) = DateReadings("Started 8/13/2017").ranges(AMBIGUOUS, AS_OF)
    (april,) = DateReadings("No numeric dates").ranges(AMBIGUOUS, AS_OF)
    assert (march.start.month, april.start.month) == (3, 4) and len(parses) == 2


def test_the_timeline_shares_its_readings_with_the_resume_s_other_readers(parses):
    resume = doc("EXPERIENCE", "Engineer, Acme", AMBIGUOUS)
    readings = DateReadings(resume.text)
    build_timeline(resume, sections(resume), AS_OF, readings)
    before = len(parses)
    readings.ranges(AMBIGUOUS, AS_OF)
    assert AMBIGUOUS in parses and len(parses) == before


def test_the_diagnostics_reuse_the_timeline_s_reading_of_a_role_line(parses):
    facts = Facts(doc("EXPERIENCE", "Engineer, Acme 2017 and on"), AS_OF)
    facts.timeline
    before = len(parses)
    assert facts.diagnostics.unparsed_dates == ("Engineer, Acme 2017 and on",) and len(parses) == before



def test_the_diagnostics_reuse_the_timeline_s_reading_of_a_month_first_resume(parses):
    facts = Facts(doc("EXPERIENCE", "Engineer, Acme 8/13/2017 – 3/4/2019", "Analyst, Beta 2016 and on"), AS_OF)
    facts.timeline
    before = len(parses)
    assert facts.diagnostics.unparsed_dates == ("Analyst, Beta 2016 and on",) and len(parses) == before
