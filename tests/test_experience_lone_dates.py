"""A range broken onto two lines ('September 2016 to' / 'May 2021') is one role's dates: the end's line, alone under
the role's dated line that joins it, leaves the role's text going on below it. Any other lone date may head an entry
written date first, and a date beside a name or under one dates an entry of its own: each ends the text above it."""
import datetime as dt

import pytest

from screener.experience import build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def texts(*lines):
    """Each position's title and the lines of its text, in order."""
    d = doc(*lines)
    out = []
    for p in build_timeline(d, sections(d), AS_OF).positions:
        first, end = p.span
        out.append((p.title, [line.text for line in d.lines[first:end]]))
    return out


def test_a_range_broken_onto_two_lines_keeps_its_text():
    got = texts("Employment", "Platform Engineer", "September 2016 to", "May 2021", "Quillfeather Cloud",
                "- Ran the build farm and wrote its Go services.",
                "Ward Nurse", "June 2021 to", "Present", "Maple Hospital", "- Cared for patients.")
    assert got[0][0] == "Platform Engineer"
    assert "Ran the build farm and wrote its Go services." in got[0][1]
    assert "Cared for patients." not in got[0][1]


def test_a_range_broken_in_capitals_with_a_blank_line_keeps_its_text():
    got = texts("Experience", "Backend Engineer", "JANUARY 2017 –", "", "MARCH 2020", "Lark Studio Ltd",
                "- Wrote the invoicing service in Python.")
    assert got[0][0] == "Backend Engineer"
    assert "Wrote the invoicing service in Python." in got[0][1]


@pytest.mark.parametrize("start", ["May 2017 →", "May 2017 thru", "Mai 2017 t/m", "MAI 2017 T/M"])
def test_a_range_the_grammar_reads_across_the_break_keeps_its_text(start):
    # every link the date grammar joins across a line break is one: the date below ends the role's range
    got = texts("Experience", "Backend Engineer", start, "Aug 2019", "Lark Studio",
                "- Wrote the invoicing service in Python.")
    assert got[0][0] == "Backend Engineer"
    assert "Wrote the invoicing service in Python." in got[0][1]


@pytest.mark.parametrize("start, end", [("Sep 2016 –", "Jan 2026"), ("SEPT. 2016 TO", "JAN 2026"),
                                        ("Sep 2016 –", "Dec 2025")])
def test_a_range_ending_in_the_as_of_month_across_the_break_keeps_its_text(start, end):
    # alone, the dated line reads as open to the as-of month; the grammar still joins it to the end below it
    got = texts("Experience", "Backend Engineer", start, end, "Lark Studio", "- Wrote the invoicing service in Python.")
    assert got[0][0] == "Backend Engineer"
    assert "Wrote the invoicing service in Python." in got[0][1]


@pytest.mark.parametrize("words", ["promoted to", "team lead since", "Teamleiter seit"])
def test_a_sentence_after_the_range_going_on_into_a_lone_date_keeps_its_text(words):
    # the line's words after its range end on one of the grammar's links: the date below finishes that sentence
    got = texts("Experience", f"Backend Engineer, Lark Studio, Sep 2016 – Present, {words}", "Jun 2019",
                "- Led the platform team.")
    assert "Led the platform team." in got[0][1]


def test_other_words_after_the_range_leave_a_lone_date_its_entry():
    got = texts("Experience", "Associate, Harbor Group, 2015 – Present, remote", "May 2020", "Recipe Finder",
                "- Wrote the invoicing service in Python.")
    assert "Wrote the invoicing service in Python." not in got[0][1]


@pytest.mark.parametrize("dated", ["Jan 2015 – May 2019", "Jan 2015 to May 2019", "01/2015 - 05/2019"])
def test_a_date_under_a_range_ending_on_its_own_line_ends_its_text(dated):
    # the range was read on its line: the date below it, though equal to its end, heads an entry of its own
    got = texts("Experience", "Associate, Harbor Group", dated, "May 2019", "- Wrote the invoicing service in Python.")
    assert got[0][0] == "Associate, Harbor Group"
    assert "Wrote the invoicing service in Python." not in got[0][1]


@pytest.mark.parametrize("entry", [
    ["Hackathon, Code Jam, May 2020"],  # a name beside the date
    ["Recipe Finder", "May 2020"],  # a name over it
    ["SDE II", "June 2020"],  # a title with no role noun over it
    ["Support Intern, Corvid Labs, June 2020"],  # a role held within the other
    ["Projet personnel, mai 2020"],  # another language
    ["EMPLOYEE OF THE YEAR, DECEMBER 2019"],  # capitals
])
def test_a_dated_entry_inside_an_open_role_ends_its_text(entry):
    got = texts("Experience", "Associate, Harbor Group, 2015 – Present", "- Kept the ledgers.", *entry,
                "- Wrote the invoicing service in Python.")
    assert got[0][0] == "Associate, Harbor Group"
    assert "Wrote the invoicing service in Python." not in got[0][1]


@pytest.mark.parametrize("entry", [
    ["May 2020", "Recipe Finder"],  # a side project written date first
    ["March 2021", "Team Lead"],  # a promotion written date first
    ["Oct 2019", "Testing at Scale, PyDay Berlin"],  # a talk
    ["JUNE 2018", "Contract Developer, Lark Studio"],  # capitals, a short job
    ["Sep 2020", "Course: Statistics, Open Campus"],  # a labelled entry
    ["MAI 2020", "PROJET PERSONNEL : CARNET DE VOYAGE"],  # another language, labelled
    ["- May 2020", "Recipe Finder"],  # a bulleted date over a title
    ["March 2019", "Embedded Software Engineer, Bosch Rexroth (part-time)"],  # a title whose word ends in -ed
    ["January 2019", "Backend Developer, Lark Studio Inc."],  # an organisation ending with a dot
    ["- Picked and packed orders for the buy-", "June 2019", "Recipe Finder"],  # a word broken above the date
    ["- Handed the ledgers over to", "", "June 2019", "Recipe Finder"],  # a sentence ending in 'to' above it
])
def test_a_date_over_a_name_inside_an_open_role_ends_its_text(entry):
    got = texts("Experience", "Associate, Harbor Group, 2015 – Present", "- Kept the ledgers.", *entry,
                "- Wrote the invoicing service in Python.")
    assert got[0][0] == "Associate, Harbor Group"
    assert "Wrote the invoicing service in Python." not in got[0][1]


def test_a_block_written_dates_first_ends_each_text_at_the_next_date():
    got = texts("Experience", "2015 – Present", "Associate, Harbor Group", "- Kept the ledgers.",
                "June 2019", "Data Club Meetup", "- Wrote the invoicing service in Python.")
    assert "Wrote the invoicing service in Python." not in got[0][1]


def test_a_lone_date_outside_the_role_above_ends_its_text():
    # the date lies within a later role's period, not within the period of the role whose text it would continue
    got = texts("Experience", "Staff Nurse, Maple Hospital, 2010 – 2014", "- Cared for patients.", "June 2016",
                "- Built websites for local shops.", "Web Developer, Lark Studio, 2015 – 2020", "- Wrote Go.")
    assert got[0][0] == "Staff Nurse, Maple Hospital"
    assert "Built websites for local shops." not in got[0][1]


def test_a_capitalised_place_after_a_range_is_no_link_into_the_date_below():
    # guard: 'AL' (a state) and 'A' (a funding round) are spelled like links only in capitals
    for tail in ("Tallowford, AL", "Series A"):
        got = texts("Experience", f"Software Engineer, Brindle Works, Jan 2016 – Present, {tail}", "Mar 2019",
                    "Speaker, Northgate Cloud Days", "- Gave a talk on queues.")
        assert "Gave a talk on queues." not in got[0][1]
