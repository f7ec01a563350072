"""Telling posts from what is not one under a research, teaching or leadership heading takes time in step with the
resume: each entry's title lines are read once per span, and of a long dated line only the text around its dates.

Principle: an entry is a few lines and a title a few words; a line packed with dates holds many entries, so reading
the whole line for each of them grows with the square of the line.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from helpers import doc, grows_linearly, sections

from screener.experience import Kind, build_timeline
from screener.experience.posts import mark_unposted

AS_OF = dt.date(2026, 1, 1)


def _packed_line(entries: int) -> tuple[list, list[str]]:
    """The counted entries of a leadership heading over one line of `entries` date ranges, and the lines."""
    d = doc("Leadership", "Mar 2018 - Apr 2019 " * entries)
    positions = [replace(p, counted=True) for p in build_timeline(d, sections(d), AS_OF).positions]
    assert len(positions) == entries
    return positions, [line.text for line in d.lines]


def _mark(entries: tuple[list, list[str]]) -> object:
    positions, lines = entries
    return mark_unposted(positions, lines, [(0, len(lines), Kind.VOLUNTEER)], AS_OF)


def test_the_entries_of_a_line_packed_with_dates_are_told_from_posts_in_linear_time():
    assert grows_linearly(_mark, _packed_line, 1000)
