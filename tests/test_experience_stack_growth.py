"""Dated lines stacked one under another with no text under any of them are each a role of their own, and a resume
of many such lines is screened in time in step with its lines.

Principle: titles stacked at one employer share the text under the last of them; a stack with no text under its
last title has none to share, so each role's text is its own lines, not the rest of the stack (which, read once per
role, grows with the square of the stack).
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
