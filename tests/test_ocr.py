"""Scanned resumes: unknown with a way forward by default, read by Tesseract with --ocr when it is installed."""
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener.cli import app

SCANNED = Path(__file__).resolve().parent.parent / "samples" / "jamie-park-scanned.pdf"


def screen(*flags):
    result = CliRunner().invoke(app, ["screen", str(SCANNED), "--format", "json", "--as-of", "2026-01-01",
                                      "--no-cache", *flags])
    return json.loads(result.stdout)["results"][0]


def test_a_scanned_pdf_is_unknown_and_says_how_to_read_it():
    result = screen()
    assert result["verdict"] == "unknown"
    assert all("no text layer" in q["detail"] and "--ocr" in q["detail"] for q in result["requirements"])


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed (apt-get install tesseract-ocr)")
def test_ocr_reads_a_scanned_pdf_and_says_it_did():
    result = screen("--ocr")
    statuses = {q["id"]: q["status"] for q in result["requirements"]}
    assert statuses["microservices"] == "pass" and statuses["language"] == "pass"
    assert result["diagnostics"]["ocr"] is True and any("OCR" in w for w in result["warnings"])
