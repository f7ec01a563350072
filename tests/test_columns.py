"""A column is weighed by the lines of its own it holds, not only by its words: a sidebar listing one item a line
beside a main column of sentences is a column; labels level with their values across the gutter are rows."""
from __future__ import annotations

import pytest

from screener.loaders import pdf

import builders

_PHRASES = ["Led the rebuild of billing services in Go", "Mentored four engineers through code review",
            "Cut the p99 latency of the search API by half", "Ran the on-call rotation of a payments team",
            "Moved nightly batch jobs onto a streaming pipeline"]
SENTENCES = [f"{_PHRASES[i % len(_PHRASES)]} ({i})" for i in range(30)]
SIDEBAR = ["Contact", "jane.doe@example.com", "Skills", "Python and Django", "Kubernetes and Helm",
           "Terraform modules", "Postgres tuning", "Languages", "English (native)", "German (fluent)", "Tools",
           "Figma prototypes", "Jira and Confluence", "Interests", "Chess and cycling"]


def _texts(tmp_path, draw, engine: str) -> list[str]:
    return [line.text for line in pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine).lines]


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
@pytest.mark.parametrize("sidebar_x, main_x", [(40, 200), (440, 40)])
def test_a_sidebar_of_one_item_a_line_is_read_apart_from_the_main_column(tmp_path, engine, sidebar_x, main_x):
    def draw(c):  # the sidebar holds a twentieth of the words, on lines of its own (its own leading)
        builders.text_lines(c, SIDEBAR, sidebar_x, 793, leading=23)
        builders.text_lines(c, SENTENCES, main_x, 800, size=9, leading=13)
    texts = _texts(tmp_path, draw, engine)
    assert texts.index(SENTENCES[-1]) - texts.index(SENTENCES[0]) == len(SENTENCES) - 1
    assert texts.index(SIDEBAR[-1]) - texts.index(SIDEBAR[0]) == len(SIDEBAR) - 1


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_labels_level_with_their_values_across_the_gutter_read_as_rows(tmp_path, engine):
    def draw(c):  # a form: each label on the row of its value, which is a sentence
        for i in range(10):
            builders.text_lines(c, [f"Employment from 0{i % 9 + 1}/20{10 + i}"], 40, 800 - 20 * i)
            builders.text_lines(c, [SENTENCES[i]], 220, 800 - 20 * i)
        builders.text_lines(c, SENTENCES[10:25], 220, 590)
    texts = _texts(tmp_path, draw, engine)
    assert f"Employment from 05/2014 {SENTENCES[4]}" in texts



def test_a_sides_lines_are_each_looked_up_once_across_the_gutter_whatever_their_words(monkeypatch):
    """A side's weight asks, of each of its baselines, whether a line across the gutter is level with it: once a
    baseline, so a column of long lines costs what one of short lines does."""
    from screener.loaders import columns
    asked = []
    level = columns._level
    monkeypatch.setattr(columns, "_level", lambda y, baselines: asked.append(y) or level(y, baselines))

    def side(words_a_line: int, x: float) -> list[dict]:
        return [{"x0": x + 30 * k, "x1": x + 30 * k + 25, "top": 100 + 14 * n, "bottom": 110 + 14 * n + (n % 2) / 2}
                for n in range(6) for k in range(words_a_line)]

    other = side(1, 400)[::2]  # level with every other line: three lines of its own on each side
    for words_a_line in (1, 5, 10):
        left = side(words_a_line, 40)
        asked.clear()
        assert columns._weight(left, other, left + other) == max(len(left) / len(left + other), 3 / 6)
        assert sorted(asked) == sorted({w["bottom"] for w in left})
