"""Reading a label column takes time in step with the page's rows: a heading wraps over three cells at most.

Principle: a heading is a few words, so a run of label cells is tried a cell and the two after it at a time; a
long column of one-word labels ('Skills', 'Work', 'Experience', ...) beside their rows must not be joined and
tried as one heading from each cell on, which grows with the cube of the column's length.
"""
from __future__ import annotations

from helpers import grows_linearly

from screener.loaders.columns import split_columns
from screener.loaders.label_cells import headings_apart

LABELS = ["Skills", "Work", "Experience", "Education"]


def _word(text: str, x0: float, bottom: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0 * len(text), "top": bottom - 6.0, "bottom": bottom}


def _label_column(rows: int) -> list[dict]:
    """A one-word label at x=10 on every row, 8 points apart, its row's text starting at x=60."""
    words = []
    for n in range(rows):
        bottom = 20.0 + 8.0 * n
        words.append(_word(LABELS[n % len(LABELS)], 10.0, bottom))
        words += [_word(t, 60.0 + 40.0 * i, bottom) for i, t in enumerate(["Python", "Go", "SQL", "Rust"])]
    return words


def test_headings_of_a_long_label_column_are_found_in_linear_time():
    assert grows_linearly(headings_apart, _label_column, 1200)


def test_a_long_label_column_splits_in_linear_time():
    assert grows_linearly(lambda words: split_columns(words, 595.0), _label_column, 1200)


def test_a_heading_wraps_over_three_label_cells_at_most():
    words = [_word(t, 10.0, 20.0 + 8.0 * n) for n, t in enumerate(["Work", "and", "Teaching", "Experience"])]
    # the text starts well clear of the longest label, so all four cells are label cells: a reading that joined
    # more than three would make one heading of all four, which is a heading's name too
    words += [_word("Built the order service", 80.0, 20.0 + 8.0 * n) for n in range(6)]
    joined = [w["text"] for w in headings_apart(words) if w.get("alone")]
    assert joined and all(len(text.split()) <= 3 for text in joined)
