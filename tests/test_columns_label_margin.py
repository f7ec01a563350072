"""A column of labels set flush against the gutter, each on the line of the row it names, is that row's label.

Principle: a curriculum vitae in the moderncv or Europass style writes a label ('Apr 2017 - Dec 2024', 'Soft
Skills', 'Employer') right-aligned against the gutter, on the baseline of the row it names; the page reads across,
row by row. A sidebar starts its lines flush at its own left edge, or keeps a leading of its own, and is read apart.
"""
from __future__ import annotations

import pytest

from screener.loaders import pdf

import builders

ROWS = [("Apr 2017 - Dec 2024", "Senior Software Engineer, Northwind Logistics, Leeds"),
        ("", "Built the order service and its event pipeline"),
        ("", "Ran the on-call rotation for the platform team"),
        ("Jan 2016 - Mar 2017", "Full Stack Developer, Contoso Retail, York"),
        ("", "Shipped a React dashboard for the sales floor"),
        ("Development", "Git, TypeScript, React, Postgres, AWS"),
        ("Practices", "Pair programming, code review, trunk-based delivery"),
        ("Soft Skills", "Mentoring, planning, writing"),
        ("Employer", "Fabrikam Labs, Manchester"),
        ("Position", "Software Engineer"),
        ("Main activities", "Wrote the billing reconciliation jobs in Go"),
        ("", "Kept the warehouse scanners online"),
        ("Databases", "MySQL, Postgres, MongoDB"),
        ("Deployment", "AWS, Heroku, Netlify"),
        ("Languages", "Python, Go, Rust"),
        ("", "Answered tickets from two hundred stores"),
        ("Miscellaneous", "Data visualisation, accessibility"),
        ("", "Automated the weekly stock report"),
        ("Front-end", "Vite, esbuild"),
        ("", "Moved nightly batch jobs onto a streaming platform")]


def _texts(tmp_path, draw, engine: str) -> list[str]:
    return [line.text for line in pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine).lines]


def _labelled(c, label_leading: float = 14) -> None:
    """Labels right-aligned at x=150, the rows' text at x=160, 14 points apart (labels at label_leading)."""
    c.setFont("Helvetica", 10)
    y = 790
    for n, (label, text) in enumerate(ROWS):
        if label:
            c.drawRightString(150, 790 - n * label_leading, label)
        c.drawString(160, y, text)
        y -= 14


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_labels_flush_against_the_gutter_on_their_rows_read_across(tmp_path, engine):
    texts = _texts(tmp_path, _labelled, engine)
    assert all(f"{label} {text}" in texts for label, text in ROWS if label)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_right_aligned_sidebar_with_a_leading_of_its_own_is_read_apart(tmp_path, engine):
    texts = _texts(tmp_path, lambda c: _labelled(c, label_leading=17), engine)
    labels = [label for label, _ in ROWS if label]
    assert texts.index(labels[-1]) - texts.index(labels[0]) == len(labels) - 1
