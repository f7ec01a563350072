"""A section heading in the date margin is a line of its own, read before the row it stands level with.

Principle: when a page's narrow column is the margin of dates beside the rows they date (so the page reads across,
row by row), a margin row that is wholly a section heading ('Education', 'Work Experience') names the rows below it:
it starts its own line instead of being joined to the first of them ('Education University of ...'), or its section
would not be read as one. A row of the main column whose first words look like a heading ('Education Technology
Consultant') is text, and a margin row that is not a heading (a place) stays on its row.
"""
from __future__ import annotations

import pytest

from screener.loaders import pdf
from screener.text.sections import find_sections

import builders

ROLES = [("Platform Engineer", "Northwind Logistics", "September 2021 - Present"),
         ("Backend Developer", "Contoso Retail", "February 2018 - August 2021"),
         ("Software Engineer", "Fabrikam Labs", "November 2016 - January 2018"),
         ("Junior Developer", "Tailspin Toys", "September 2014 - October 2016")]
DEGREE = ("University of Leeds, BSc Computer Science", "First class honours", "September 2010 - June 2014")


def _texts(tmp_path, draw, engine: str) -> list[str]:
    return [line.text for line in pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine).lines]


def _page(c, roles=ROLES, headings=("Work Experience", "Education")) -> None:
    """A margin at x=40 with each role's dates level with its title; each section's heading level with the
    section's first line, as a two-cell row (moderncv, Europass)."""
    y = 790
    work, study = headings
    builders.text_lines(c, [work], 40, y)
    builders.text_lines(c, ["Four roles in logistics and retail software"], 200, y)
    y -= 28
    for title, org, dates in roles:
        builders.text_lines(c, [title, org, "Built and ran the order service"], 200, y)
        builders.text_lines(c, [dates], 40, y)
        y -= 3 * 14 + 14
    builders.text_lines(c, [study], 40, y)
    builders.text_lines(c, [DEGREE[0], DEGREE[1]], 200, y)
    builders.text_lines(c, [DEGREE[2]], 40, y - 14)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_heading_in_the_date_margin_is_a_line_before_its_row(tmp_path, engine):
    texts = _texts(tmp_path, _page, engine)
    work, study = texts.index("Work Experience"), texts.index("Education")
    assert texts[work + 1] == "Four roles in logistics and retail software"
    assert texts[study + 1] == DEGREE[0]


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_the_dates_stay_on_their_roles_rows_beside_a_margin_heading(tmp_path, engine):
    texts = _texts(tmp_path, _page, engine)
    assert all(f"{dates} {title}" in texts for title, _, dates in ROLES)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_margin_headings_start_their_sections(tmp_path, engine):
    texts = _texts(tmp_path, _page, engine)
    names = [s.name for s in find_sections(texts)]
    assert names == ["experience", "education"]


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_main_column_row_that_begins_like_a_heading_stays_whole(tmp_path, engine):
    roles = [("Education Technology Consultant", "Contoso Schools", ROLES[0][2]), *ROLES[1:]]
    texts = _texts(tmp_path, lambda c: _page(c, roles), engine)
    assert f"{ROLES[0][2]} Education Technology Consultant" in texts


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_margin_cell_that_is_not_a_heading_stays_on_its_row(tmp_path, engine):
    texts = _texts(tmp_path, lambda c: _page(c, headings=("Leeds, England", "Remote")), engine)
    assert "Leeds, England Four roles in logistics and retail software" in texts
    assert f"Remote {DEGREE[0]}" in texts


def _label_page(c, rows) -> None:
    """A page of two-cell rows: a label at x=40 (or none), its row's text at x=160, 14 points apart."""
    y = 790
    for label, text in rows:
        if label:
            builders.text_lines(c, [label], 40, y)
        if text:
            builders.text_lines(c, [text], 160, y)
        y -= 14


LABELLED = [("Summary", "Backend engineer who builds payment systems"), ("", "Eight years of Go and Postgres"),
            ("Skills", "Python, Go, Kafka, Terraform"), ("", "Linux, Docker, Kubernetes"),
            ("Work", "Northwind Logistics, Leeds"), ("Experience", "Platform Engineer, 2021 - 2024"),
            ("", "Built the order service"), ("Education", "University of Leeds, BSc Computing, 2010 - 2014"),
            ("", "First class honours")]


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_heading_in_a_label_column_is_a_line_before_its_row(tmp_path, engine):
    texts = _texts(tmp_path, lambda c: _label_page(c, LABELLED), engine)
    assert texts[texts.index("Skills") + 1] == "Python, Go, Kafka, Terraform"
    assert texts[texts.index("Education") + 1] == "University of Leeds, BSc Computing, 2010 - 2014"


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_form_with_a_label_on_every_row_reads_across(tmp_path, engine):
    rows = [("Languages", "English and German"), ("Hobbies", "Chess and tennis"), ("Driving", "Full licence"),
            ("Notice", "One month")]
    texts = _texts(tmp_path, lambda c: _label_page(c, rows), engine)
    assert all(f"{label} {text}" in texts for label, text in rows)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_heading_wrapped_over_two_label_cells_is_one_heading(tmp_path, engine):
    texts = _texts(tmp_path, lambda c: _label_page(c, LABELLED), engine)
    at = texts.index("Work Experience")
    assert texts[at + 1:at + 3] == ["Northwind Logistics, Leeds", "Platform Engineer, 2021 - 2024"]
    assert [s.name for s in find_sections(texts)] == ["summary", "skills", "experience", "education"]


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_two_headings_side_by_side_are_not_a_label_and_its_text(tmp_path, engine):
    rows = [("Work Experience", "Skills"), *[(label, text) for label, text in LABELLED if label != "Work"]]
    texts = _texts(tmp_path, lambda c: _label_page(c, rows), engine)
    assert "Work Experience Skills" in texts


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_label_that_is_not_a_heading_stays_on_its_row(tmp_path, engine):
    rows = [(label.replace("Skills", "Daily"), text) for label, text in LABELLED]
    texts = _texts(tmp_path, lambda c: _label_page(c, rows), engine)
    assert "Daily Python, Go, Kafka, Terraform" in texts


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_heading_word_beside_a_wide_space_without_a_label_column_stays_on_its_row(tmp_path, engine):
    rows = [("Education", "Technology Consultant, Contoso Schools"), ("", "Ran the district's laptop rollout"),
            ("", "Trained two hundred teachers")]
    texts = _texts(tmp_path, lambda c: _label_page(c, rows), engine)
    assert "Education Technology Consultant, Contoso Schools" in texts
