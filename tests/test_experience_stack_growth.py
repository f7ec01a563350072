"""Dated lines stacked one under another with no text under any of them are each a role of their own, and a resume
of many such lines is screened in time in step with its lines.

Principle: titles stacked at one employer share the text under the last of them; a stack with no text under its
last title has none to share, so each role's text is its own lines, not the rest of the stack (which, read once per
role, grows with the square of the stack). Where there is text to share, each title reads its own lines, then the
lines below it, read in parts (from one title to the next) each once for the whole stack; and a line under the last
title that reads as the next entry's heading is still shared by the stack, as it was.
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


def test_each_dated_line_of_a_stack_with_no_text_is_its_own_roles_text():
    d = doc("Experience", "Harbour Office", "Clerk  Jan 2018 – Dec 2023", "Porter  Jan 2014 – Dec 2017")
    assert [p.span for p in build_timeline(d, sections(d), AS_OF).positions] == [(1, 3), (3, 4)]


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
