"""A table's label cell is read first in its row, even when the table sets it a few points lower than the text
beside it; a line of text beside a date printed a little higher keeps its place under the date."""

import pytest

from screener.loaders import pdf

import builders


def _table(c, label_drop: float) -> None:
    c.setFont("Helvetica", 12)
    y = 700
    for label, rows in (("Education", ["2014 - 2019, Leeds University - Physics - BS"]),
                        ("Work", ["Acme GmbH    07.2012 - 08.2014", "Database Programmer",
                                  "Beta Ltd    03.2023 - 02.2024", "Unity Developer"])):
        c.drawString(60, y - label_drop, label)
        for row in rows:
            c.drawString(150, y, row)
            y -= 20
        y -= 20


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
@pytest.mark.parametrize("drop", [2.8, 4])  # past the 2.5 points that join one row
def test_a_label_cell_set_a_little_lower_than_its_row_is_read_before_it(tmp_path, engine, drop):
    path = builders.pdf(tmp_path / "cv.pdf", lambda c: _table(c, drop))
    texts = [line.text for line in pdf.load(path, engine=engine).lines]
    work = texts.index("Work")
    assert texts[work + 1].startswith("Acme GmbH") and texts[texts.index("Education") + 1].startswith("2014")


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_sentence_beside_a_date_printed_a_little_higher_stays_under_the_date(tmp_path, engine):
    def draw(c):
        c.setFont("Helvetica", 10)
        c.drawString(60, 700, "Acme GmbH, Security Intern")
        c.drawString(400, 688, "03/2025 - 07/2025")
        c.drawString(80, 685, "Internship in the security team.")
    texts = [line.text for line in pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine).lines]
    assert texts.index("03/2025 - 07/2025") < texts.index("Internship in the security team.")
