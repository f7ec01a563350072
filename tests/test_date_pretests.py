"""Cheap tests before the date grammar: every range holds a year, so text without a digit holds none; a range starts
where its first date does, and a date starts with a digit or with a month, season or open-end word; a range read
across a line break has begun on the line, so the line's last word is one of a range's pieces. The tests only spare
work: whatever they let through or stop, the dates read are the ones the full grammar reads."""
import datetime as dt
import re
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from screener.experience import blocks, build_timeline, dated_lines, timeline
from screener.experience.kinds import Kind
from screener.text import dates, dates_grammar

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)
# Pieces of dates in their many forms, and the words and marks around them, to build lines from
PIECES = ["2019", "2020", "2015–18", "'19", "03/2018", "2016 / 09", "15/06/2019", "8/13/17", "05/14", "Jan", "May",
          "Sept.", "Summer", "Fall", "Present", "Pres.", "heute", "en", "cours", "in", "corso", "to", "date", "now",
          "–", "-", "—", "since", "from", "Engineer", "Acme", "Inc.", "|", "(", ")", ",", "15", "3rd", "6th",
          "至今", "2 yrs", "18 months", "Version", "a", "ongoing", "Analyst", ":", "Currently", "12/2024", "10/2024",
          "2017.6", "Clinic", "marzo", "de", "until", "expected", "→", "/", ".", "05", "Closed", "Launched", "·",
          "+", "and", "3 years", "(8 months)", "(present)"]
lines_of_pieces = st.lists(st.sampled_from(PIECES), max_size=7).flatmap(
    lambda words: st.lists(st.sampled_from(["", " ", "  "]), min_size=len(words), max_size=len(words)).map(
        lambda gaps: "".join(w + g for w, g in zip(words, gaps)).strip()))


def test_a_line_without_a_digit_holds_no_range():
    assert not dates.may_hold_range("Led a team of five engineers since May")


def test_a_line_with_a_year_may_hold_a_range():
    assert dates.may_hold_range("Engineer, Acme 2019")


def test_a_range_may_start_before_a_point_at_its_digits():
    assert dates.may_start_range("Engineer 2019 – 2020", len("Engineer 2"))


def test_a_range_may_start_at_a_month_or_an_open_end_word():
    assert dates.may_start_range("Since May 2019", len("Since May"))
    assert dates.may_start_range("Present – 2019", len("Present"))


def test_an_open_end_of_two_words_may_start_before_its_second_word():
    assert dates.may_start_range("Poste en cours – 2019", len("Poste en"))


def test_no_range_starts_among_plain_words_before_a_date():
    assert not dates.may_start_range("Senior Engineer at Acme 2019 – 2020", len("Senior Engineer at Acme"))


def test_a_month_word_inside_another_word_starts_no_date():
    assert not dates.may_start_range("Mayday Systems 2019", len("Mayday Systems"))


def test_a_line_ending_in_words_no_date_has_runs_no_range_on():
    assert not dates.may_run_on("Managed the data team")
    assert not dates.may_run_on("Worked at Acme (Berlin).")


@pytest.mark.parametrize("line", ["Jan 2019 –", "Engineer 2019", "Present", "Analyst, Jan", "marzo de", "05 /",
                                  "05 .", "Sept’", "expected end:", "Poste en", "2019 →", "Acme (2019",
                                  "Launched 2020 – Closed", "2015 (", "May 2019, 3 years and", "06 |"])
def test_a_line_ending_in_a_piece_of_a_range_may_run_on(line):
    assert dates.may_run_on(line)


@settings(max_examples=400, deadline=None)
@given(lines_of_pieces, lines_of_pieces)
@example("Present05 |", "2019")  # a template's bar between month and year ("06 | 2016") is a range's piece
def test_no_range_read_runs_across_a_break_after_a_line_that_may_not_run_on(upper, lower):
    text, cut = f"{upper} {lower}", len(upper)
    if not dates.may_run_on(upper):
        for month_first in (False, True):
            assert not any(r.span[0] < cut < r.span[1] for r in dates.find_ranges(text, AS_OF, month_first=month_first))


@pytest.mark.parametrize("lines", [["Since May", "2019 Acme"], ["Present –", "2019"],
                                   ["Analyst, Jan –", "Mar 2019"]])
def test_a_range_begun_by_a_word_on_a_line_without_digits_is_read_with_the_next_line(lines):
    (read,), _ = dated_lines.read_line(lines, 0, 2, AS_OF)
    assert read.span[0] < len(lines[0]) and read == without_pretests(dated_lines.read_line, lines, 0, 2, AS_OF)[0][0]


def test_a_role_whose_start_stands_two_lines_below_its_title_is_found():
    lines = ["Currently Implementation Specialist", "Acme Clinic", "10/2024"]  # no digit on the role's own lines
    (role,) = blocks.positions_in(lines, 0, 3, Kind.JOB, AS_OF)
    assert (role.start, role.end) == (dt.date(2024, 10, 1), AS_OF)


def test_a_line_without_digits_or_date_words_is_read_as_undated_whatever_follows():
    assert dated_lines.read_line(["Senior Engineer, Acme", "2019 – 2021"], 0, 2, AS_OF)[0] == []


@settings(max_examples=400, deadline=None)
@given(lines_of_pieces)
def test_text_that_may_hold_no_range_reads_none(text):
    assert dates.may_hold_range(text) or dates.find_ranges(text, AS_OF) == []


@settings(max_examples=400, deadline=None)
@given(lines_of_pieces, lines_of_pieces)
def test_no_range_read_starts_where_none_may_start(upper, lower):
    text, cut = f"{upper} {lower}", len(upper)
    if not dates.may_start_range(text, cut):
        assert all(r.span[0] >= cut for r in dates.find_ranges(text, AS_OF))


POINT_ALONE = re.compile(dates_grammar._POINT.pattern.replace(dates_grammar._DATE_START, "", 1), re.IGNORECASE)


@settings(max_examples=400, deadline=None)
@given(lines_of_pieces)
@example("İanuarie 2019 – ſept 2020, PRES. – Été 2021")
@example("201920193 years 2019")  # a word before a year is a slipped month only from a month's first letter
def test_the_look_at_a_date_s_first_character_hides_no_date(text):
    assert POINT_ALONE.pattern != dates_grammar._POINT.pattern
    assert [m.span() for m in dates_grammar._POINT.finditer(text)] == [m.span() for m in POINT_ALONE.finditer(text)]


def without_pretests(fn, *args):
    """fn(*args) with the pre-tests turned off: every line through the full grammar, as before they existed."""
    always = mock.Mock(return_value=True)
    with mock.patch.object(dates, "may_hold_range", always), mock.patch.object(dates, "may_start_range", always), \
            mock.patch.object(dates, "may_run_on", always), mock.patch.object(blocks, "may_hold_range", always), \
            mock.patch.object(timeline, "may_hold_range", always):
        return fn(*args)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(lines_of_pieces, min_size=1, max_size=4))
def test_the_pretests_change_no_line_s_reading(lines):
    for i in range(len(lines)):
        assert dated_lines.read_line(lines, i, len(lines), AS_OF) == without_pretests(
            dated_lines.read_line, lines, i, len(lines), AS_OF)


@settings(max_examples=300, deadline=None)
@given(lines=st.lists(lines_of_pieces, min_size=1, max_size=5))
@example(lines=["Currently Implementation Specialist", "Acme Clinic", "Berlin", "10/2024"])
@example(lines=["201920192019 2019–", "Jan", "2019"])  # a column start, an undated line, its end: found by this test
def test_the_pretests_change_no_position_found(lines):
    assert blocks.positions_in(lines, 0, len(lines), Kind.JOB, AS_OF) == without_pretests(
        blocks.positions_in, lines, 0, len(lines), Kind.JOB, AS_OF)


def ungated_month_first(text):
    """writes_month_first with its cue turned off: every resume scanned for its numeric dates."""
    with mock.patch.object(dates, "_MONTH_FIRST_CUE", mock.Mock(search=lambda text: True)):
        return dates.writes_month_first(text)


numeric_dates = st.tuples(st.sampled_from(["1", "8", "08", "12", "13", "1٣", "٨", "25", "31", "32"]),
                          st.sampled_from(["/", ".", "-", " / "]),
                          st.sampled_from(["1", "3", "12", "13", "1٣", "19", "29", "30", "31", "٣"]),
                          st.sampled_from(["/", ".", "-"]),
                          st.sampled_from(["2017", "17", "٢٠١٧", "2017-2019"])).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.lists(numeric_dates, min_size=1, max_size=3).map(lambda ds: "Acme " + ", ".join(ds)))
def test_the_month_first_cue_hides_no_evidence(text):
    assert dates.writes_month_first(text) == ungated_month_first(text)


def test_a_month_first_date_written_with_other_digits_still_shows_its_order():
    assert dates.writes_month_first("Started 8/1٣/17") and ungated_month_first("Started 8/1٣/17")


@settings(max_examples=200, deadline=None)
@given(lines=st.lists(lines_of_pieces, min_size=1, max_size=6))
def test_the_pretests_change_no_timeline(lines):
    resume = doc("EXPERIENCE", *lines)
    assert build_timeline(resume, sections(resume), AS_OF) == without_pretests(
        build_timeline, resume, sections(resume), AS_OF)



# The point pattern as it was before its edge group became atomic and moved behind the look at the first character:
# the edge group's branches only assert, so trying a second after the forms failed after the first finds nothing new
_AFTER_START = dates_grammar._POINT.pattern.removeprefix(dates_grammar._DATE_START)
EDGE_RETRIED = re.compile("(?:" + _AFTER_START.removeprefix("(?>").replace(
    "(?:(?=\\d)", dates_grammar._DATE_START + "(?:(?=\\d)", 1), re.IGNORECASE)


@settings(max_examples=400, deadline=None)
@given(lines_of_pieces)
@example("6thMay 2012, 2019May – 3rdJune2020, Acme2019 – 15/06/2019")
@example("'19 – (2016 / 09) | 05/14 –2017.6, x2019 – 2020x")
def test_the_atomic_edge_of_a_date_finds_the_same_dates(text):
    assert _AFTER_START.startswith("(?>")
    assert [(m.span(), m.groupdict()) for m in dates_grammar._POINT.finditer(text)] == [
        (m.span(), m.groupdict()) for m in EDGE_RETRIED.finditer(text)]
