"""load() trusts the file's content over its name, and names formats it cannot read."""
import json

import pytest

from screener.errors import LoadError
from screener.loaders import SUPPORTED, load

import builders


def test_pdf_saved_as_txt_is_read_as_pdf(tmp_path):
    path = builders.single_column_pdf(tmp_path / "cv.txt", ["Python developer since 2015"] * 3)
    assert load(path).kind == "pdf"


def test_docx_without_extension_is_read_as_docx(tmp_path):
    assert load(builders.docx(tmp_path / "cv", lambda doc: doc.add_paragraph("Go"))).kind == "docx"


def test_json_resume_is_recognised_by_its_keys(tmp_path):
    (tmp_path / "cv.txt").write_text(json.dumps({"basics": {"name": "Jane"}, "work": []}))
    assert load(tmp_path / "cv.txt").kind == "jsonresume"


@pytest.mark.parametrize("head, name, reason", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "cv.doc", "legacy Word .doc"),
    (b"{\\rtf1\\ansi hello}", "cv.rtf", "RTF"),
    (b"stuff", "cv.odt", "OpenDocument"),
])
def test_legacy_formats_say_how_to_convert(tmp_path, head, name, reason):
    (tmp_path / name).write_bytes(head)
    with pytest.raises(LoadError, match=f"unsupported format: {reason}"):
        load(tmp_path / name)


def test_empty_file_is_a_load_error(tmp_path):
    (tmp_path / "cv.pdf").write_bytes(b"")
    with pytest.raises(LoadError, match="empty"):
        load(tmp_path / "cv.pdf")


def test_supported_extensions_include_every_readable_format():
    assert {".pdf", ".docx", ".txt", ".md", ".json"} <= SUPPORTED


def test_a_document_longer_than_any_resume_is_screened_on_its_start_and_says_so(tmp_path):
    from screener.loaders import MAX_CHARS
    path = tmp_path / "dump.txt"
    path.write_text("Python engineer\n" + "filler words on a line\n" * (MAX_CHARS // 20))
    doc = load(path)
    assert doc.lines[0].text == "Python engineer" and sum(len(t.text) + 1 for t in doc.lines) <= MAX_CHARS
    assert doc.warnings == (f"only the first {MAX_CHARS:,} characters were screened",)


def test_a_json_resume_cut_at_the_limit_is_still_screened(tmp_path):
    import datetime as dt
    import json
    from screener.engine import screen_document
    from screener.loaders import MAX_CHARS
    from screener.rules import load_rules
    path = tmp_path / "resume.json"
    path.write_text(json.dumps({"basics": {"name": "Jane", "summary": "x" * (MAX_CHARS + 10)},
                                "work": [{"name": "Acme", "position": "Engineer", "startDate": "2015-01-01"}],
                                "education": [{"institution": "Uni", "studyType": "Bachelor", "area": "CS"}]}))
    doc = load(path)
    assert doc.warnings == (f"only the first {MAX_CHARS:,} characters were screened",)
    assert screen_document(doc, load_rules(), dt.date(2026, 1, 1)).error is None
