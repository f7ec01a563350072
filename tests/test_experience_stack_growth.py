"""Titles stacked at one employer, each with its dates, share the text under the last of them, and a resume of many
such titles is screened in time in step with its lines.

Principle: a title with no text of its own runs on to the lines of the titles below it, down to the text under the
last (a dated line standing alone below it is read too: "Team Lead" over "Java developer" is a developer's team).
Every title of a stack then ends where the last one's text ends; each reading of that text (a field's signs, a
context word in a title's entry, a skill named) reads it in parts, from one title to the next, each once for the
whole stack, and a title's reading is its own part's joined to the reading below it, so a stack read title by title
is not read once per title. A line under the last title that reads as the next entry's heading is still shared.
"""
from __future__ import annotations

import datetime as dt

from helpers import bundled_status, doc, grows_linearly, sections

from screener.experience import build_timeline

AS_OF = dt.date(2026, 1, 1)


def _stack(roles: int) -> str:
    """A name over an experience heading over `roles` dated lines and nothing else."""
    return "\n".join(["Pat Quill", "", "Experience", *["- Ran the ferry desk 2017 - 2020"] * roles])


def test_a_stack_of_dated_lines_with_no_text_is_screened_in_linear_time():
    assert grows_linearly(lambda text: bundled_status(text, "experience-years"), _stack, 400)


def test_a_title_with_no_text_reads_the_dated_line_standing_alone_below_it():
    d = doc("Experience", "Harbour Office", "Clerk  Jan 2018 – Dec 2023", "Porter  Jan 2014 – Dec 2017")
    positions = build_timeline(d, sections(d), AS_OF).positions
    assert [(p.span, p.own_end) for p in positions] == [((1, 4), 3), ((3, 4), None)]


def test_a_lead_title_over_a_developer_line_ending_the_section_is_a_developers_lead_whatever_follows():
    for after in ([], ["", "Skills", "Java, Gradle"], ["", "Education", "BA History, Fenwick College, 2010"]):
        text = "\n".join(["Pat Quill", "", "Experience", "Harbour Ferries", "Team Lead | 2021 – 2024",
                          "Java developer | 2016 – 2021", *after])
        assert bundled_status(text, "team-leadership") == "pass", after


def _led_tail(roles: int) -> str:
    """`roles` dated lines each titled by leading and teaching verbs (read as the candidate's own doing, so its entry is
    searched for context words, sentence by sentence, by each check of such doing), with one line of text under the
    last."""
    line = "- Managed and mentored staff; led audits; taught cadets 2017 - 2020"
    return "\n".join(["Pat Quill", "", "Experience", *[line] * roles, "- Wrote Java tools for the harbour's ticket office"])


def test_a_stack_of_led_lines_over_one_line_of_text_is_screened_whole_in_linear_time():
    # the whole screen (every bundled requirement is screened to give one's status), not the years check alone
    # (large enough for the square to show: each entry's reading is quick, but one per title over the whole stack)
    assert grows_linearly(lambda text: bundled_status(text, "team-leadership"), _led_tail, 1600)


def _tail(roles: int) -> str:
    """`roles` dated lines with one line of text under the last."""
    return "\n".join(["Pat Quill", "", "Experience", *["- Ran the ferry desk 2017 - 2020"] * roles,
                      "- Wrote Java tools for the harbour's ticket office"])


def _ladder(roles: int) -> str:
    """An employer over `roles` titles, each with its dates, and one bullet under the last."""
    return "\n".join(["Pat Quill", "", "Experience", "Harbour Ferries",
                      *["Deckhand 2001 – 2002"] * roles, "- Coded Python route planners"])


def test_a_stack_with_one_line_of_text_under_it_is_screened_in_linear_time():
    assert grows_linearly(lambda text: bundled_status(text, "experience-years"), _tail, 400)


def test_a_ladder_of_titles_over_one_bullet_is_screened_in_linear_time():
    assert grows_linearly(lambda text: bundled_status(text, "experience-years"), _ladder, 400)


def test_each_title_of_a_ladder_reads_its_own_lines_then_those_it_shares():
    d = doc("Experience", "Tidewater Ports", "Chief Pilot 2020 – 2024", "Pilot 2016 – 2020", "Cadet 2012 – 2016",
            "- Steered container ships into the inner basin")
    positions = build_timeline(d, sections(d), AS_OF).positions
    assert [(p.span, p.own_end) for p in positions] == [((1, 6), 3), ((3, 6), 4), ((4, 6), None)]


def test_a_stack_keeps_the_line_under_its_last_title_read_as_the_next_entrys_heading():
    # the line under the last title opens the next employer's heading; the stack reads it too, and its years count
    text = "\n".join(["Pat Quill", "", "Experience", "Tidewater Ports, Remote", "Lead Pilot | 2019 – 2025",
                      "Pilot | 2016 – 2019", "Route Planning Software (Go, Kafka)", "", "Harbour Tugs, Dover",
                      "Deckhand | 2013 – 2016"])
    d = doc(*text.split("\n")[2:])
    spans = [p.span for p in build_timeline(d, sections(d), AS_OF).positions]
    assert spans[1][1] == spans[-1][1] and spans[1][0] < spans[-1][0]
