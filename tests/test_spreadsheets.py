"""CSV and XLSX open intact in a real spreadsheet: LibreOffice, headless. Skipped where it is not installed."""
import csv
import os
import shutil
import subprocess

import pytest
from typer.testing import CliRunner

from screener.cli import app

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(not SOFFICE, reason="LibreOffice is not installed (apt-get install "
                                                    "libreoffice-calc-nogui)")
NAME = "José Müller – Straße.txt"


def _screen(tmp_path, fmt, *extra):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / NAME).write_text("Experience\nEngineer, Python, 2015 - 2024\n")
    out = tmp_path / f"results.{fmt}"
    result = CliRunner().invoke(app, ["screen", str(tmp_path / "in"), "--format", fmt, "-o", str(out),
                                      "--as-of", "2026-01-01", "--no-cache", *extra])
    assert result.exit_code == 0, result.output
    return out


def _to_utf8_csv(tmp_path, source, *infilter):
    """What LibreOffice read, written back out as UTF-8 CSV (filter token 76 is UTF-8)."""
    outdir = tmp_path / "converted"
    subprocess.run([SOFFICE, "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/profile",
                    *infilter, "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76', "--outdir", str(outdir),
                    str(source)], check=True, capture_output=True, timeout=120,
                   env={**os.environ, "HOME": str(tmp_path)})
    with open(outdir / (source.stem + ".csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_xlsx_opens_in_libreoffice_with_accented_names_intact(tmp_path):
    rows = _to_utf8_csv(tmp_path, _screen(tmp_path, "xlsx"))
    assert rows[0]["file"].endswith(NAME)


def test_csv_imported_as_utf8_in_libreoffice_keeps_accented_names(tmp_path):
    """The README's LibreOffice instructions: choose UTF-8 in the import dialog (here: the same filter option)."""
    rows = _to_utf8_csv(tmp_path, _screen(tmp_path, "csv", "--bom"), "--infilter=CSV:44,34,76")
    assert rows[0]["file"].endswith(NAME)
