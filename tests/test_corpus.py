"""Every real resume in the shared corpus loads; skipped when the corpus (../shared) is not checked out."""
from pathlib import Path

import pytest

from screener.loaders import load, pdf

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
FILES = sorted([*CORPUS.glob("pdf/*.pdf"), *CORPUS.glob("docx/*.docx")]) if CORPUS.is_dir() else []
NO_TEXT_LAYER = {"kevin-justal-infographic-image-only.pdf", "kevin-justal-sidebar-image-only.pdf",
                 "yupeng-kong-image-only.pdf", "chandrashekar-konda-garbled.pdf"}

pytestmark = pytest.mark.skipif(not FILES, reason="shared corpus not available")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_corpus_file_loads_with_text_or_a_reason(path):
    doc = load(path)
    if path.name in NO_TEXT_LAYER:
        assert doc.unreadable
    else:
        assert doc.unreadable is None and len(doc.lines) >= 10


@pytest.mark.parametrize("name", sorted(NO_TEXT_LAYER))
def test_pdfium_engine_agrees_on_unreadable_files(name):
    assert pdf.load(CORPUS / "pdf" / name, engine="pdfium").unreadable


def test_json_resume_sample_has_structured_positions():
    assert load(CORPUS / "text" / "jsonresume-sample-richard-hendriks.json").structured.positions
