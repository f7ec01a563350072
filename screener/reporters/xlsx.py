"""XLSX for spreadsheets: the CSV's rows with typed cells, so nothing has to be escaped.

A CSV cell is text that a spreadsheet may still run as a formula, so the CSV reporter prefixes such cells with an
apostrophe that then sits in the value. In XLSX a cell written as a string is a string: file names stay exact (and
usable in lookups), numbers are numbers, and accents survive in every spreadsheet without an import dialog.
"""
from __future__ import annotations

import io
from typing import TextIO

from ..models import Report
from .csv import rows

NUMERIC = frozenset({"score", "experience_years"})


def workbook_bytes(report: Report) -> bytes:
    import xlsxwriter

    data = io.BytesIO()
    book = xlsxwriter.Workbook(data, {"in_memory": True, "strings_to_formulas": False, "strings_to_urls": False})
    sheet = book.add_worksheet("screening")
    header, *body = rows(report)
    bold = book.add_format({"bold": True})
    for col, name in enumerate(header):
        sheet.write_string(0, col, name, bold)
    for r, row in enumerate(body, start=1):
        for col, (name, value) in enumerate(zip(header, row)):
            if name in NUMERIC and value != "":
                sheet.write_number(r, col, float(value))
            else:
                sheet.write_string(r, col, value)
    sheet.freeze_panes(1, 1)
    sheet.autofilter(0, 0, len(body), len(header) - 1)
    book.close()
    return data.getvalue()


def write(report: Report, out: TextIO) -> None:
    """XLSX is binary: it goes to the byte stream under `out` (a file opened by --output, or a piped stdout)."""
    out.flush()
    out.buffer.write(workbook_bytes(report))
    out.buffer.flush()
