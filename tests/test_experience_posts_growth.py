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


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _ranges(entries: int) -> str:
    """`entries` date ranges, no two alike (alike ones would share one cache key and hide the work per entry)."""
    return "".join(f"{_MONTHS[j % 12]} {1960 + j // 12 % 60} - {_MONTHS[j % 12]} {1961 + j // 12 % 60 + j // 720} "
                   for j in range(entries))


def _counted(*lines: str) -> tuple[list, list[str]]:
    d = doc(*lines)
    positions = [replace(p, counted=True) for p in build_timeline(d, sections(d), AS_OF).positions]
    return positions, [line.text for line in d.lines]


def _packed_line(entries: int) -> tuple[list, list[str]]:
    """The counted entries of a leadership heading over one line of `entries` date ranges, and the lines."""
    positions, lines = _counted("Leadership", _ranges(entries))
    assert len(positions) == entries
    return positions, lines


def _long_line_below(chars: int) -> tuple[list, list[str]]:
    """A leadership seat over a line of `chars` characters of opening quotes that never close."""
    return _counted("Leadership", "President, Acme  2019 - 2020", "\u201cab" * (chars // 3))


def _mark(entries: tuple[list, list[str]]) -> object:
    positions, lines = entries
    return mark_unposted(positions, lines, [(0, len(lines), Kind.VOLUNTEER)], AS_OF)


def test_the_entries_of_a_line_packed_with_dates_are_told_from_posts_in_linear_time():
    assert grows_linearly(_mark, _packed_line, 1000)


def test_a_long_line_under_an_entrys_dates_is_read_in_linear_time():
    assert grows_linearly(_mark, _long_line_below, 50_000)


def test_entries_with_the_same_dates_on_a_long_line_are_each_read_around_their_own_dates():
    filler = " ".join(["river"] * 60)  # farther apart than the text read around an entry's dates
    positions, lines = _counted("Research Experience",
                                f"Research Scientist, Pinecrest Labs Jan 2019 - Dec 2020 {filler}"
                                f" Travel Grant, Hill Trust Jan 2019 - Dec 2020 {filler}")
    marked = mark_unposted(positions, lines, [(0, len(lines), Kind.ACADEMIC)], AS_OF)
    assert [p.counted for p in marked] == [True, False]
