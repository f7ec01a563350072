"""Of the gutters that split a page into two columns, the one that reads the most of the page as columns wins.

Principle: a column's right edge is ragged. Where the left column's lines are short low on the page (a list of
hobbies under a list of skills), the empty space beside them is wider than the gutter, and its middle falls under
the column's longer lines above, which a split there reads as a header, interleaved line by line with the right
column. The gutter that leaves the most of the page between header and footer is the reading, before the widest.
Rows whose cells stand on one line (a label beside its value) under full-width prose still read across.
"""
from __future__ import annotations

import pytest

from screener.loaders import pdf

import builders

_PHRASES = ["Led the rebuild of billing services in Go", "Mentored four engineers through code review",
            "Cut the p99 latency of the search API by half", "Ran the on-call rotation of a payments team",
            "Moved nightly batch jobs onto a streaming pipeline"]
MAIN = [f"{_PHRASES[i % len(_PHRASES)]} ({i})" for i in range(36)]
LONG = [f"Kubernetes, Helm and Terraform {i}" for i in range(12)]  # a sidebar's long lines, near the gutter
SHORT = [f"Chess and cycling club {i}" for i in range(8)]  # and its shorter ones


def _texts(tmp_path, draw, engine: str) -> list[str]:
    return [line.text for line in pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine).lines]


def _in_order(texts: list[str], lines: list[str]) -> bool:
    """Whether the lines are read one after another, nothing between them."""
    return texts.index(lines[-1]) - texts.index(lines[0]) == len(lines) - 1


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_sidebar_with_long_lines_above_short_ones_is_read_whole(tmp_path, engine):
    def draw(c):
        builders.text_lines(c, LONG, 40, 795, leading=18)
        builders.text_lines(c, SHORT, 40, 420, leading=40)
        builders.text_lines(c, MAIN, 230, 800, leading=19)
    texts = _texts(tmp_path, draw, engine)
    assert _in_order(texts, LONG) and _in_order(texts, MAIN)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_label_and_value_rows_under_full_width_prose_read_across(tmp_path, engine):
    prose = [f"{_PHRASES[i % len(_PHRASES)]} and shipped it to every region on time ({i})" for i in range(30)]
    labels = ["Languages", "Hobbies", "Driving", "Notice"]
    values = ["English and German", "Chess and tennis", "Full licence", "One month"]
    def draw(c):
        builders.text_lines(c, prose, 40, 800)
        for i, (label, value) in enumerate(zip(labels, values)):
            builders.text_lines(c, [label], 40, 330 - 22 * i)
            builders.text_lines(c, [value], 300, 330 - 22 * i)
    texts = _texts(tmp_path, draw, engine)
    assert _in_order(texts, prose)
    assert all(f"{label} {value}" in texts for label, value in zip(labels, values))
