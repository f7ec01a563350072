"""The DOCX loader reads every visible word once, in document order, wherever Word put it."""
import zipfile

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from screener.errors import LoadError
from screener.loaders import docx

import builders


def _text(tmp_path, build) -> str:
    return docx.load(builders.docx(tmp_path / "cv.docx", build)).text


def test_paragraphs_and_table_cells_come_in_document_order(tmp_path):
    def build(doc):
        doc.add_paragraph("Summary first")
        table = doc.add_table(rows=1, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Python", "2015 - 2020 Acme"
        doc.add_paragraph("Closing words")
    assert _text(tmp_path, build).splitlines() == ["Summary first", "Python", "2015 - 2020 Acme", "Closing words"]


def test_nested_table_content_is_read(tmp_path):
    def build(doc):
        outer = doc.add_table(rows=1, cols=1).cell(0, 0)
        outer.add_table(rows=1, cols=1).cell(0, 0).text = "Kubernetes in a nested table"
    assert "Kubernetes in a nested table" in _text(tmp_path, build)


def test_merged_cells_are_not_duplicated(tmp_path):
    def build(doc):
        table = doc.add_table(rows=2, cols=2)
        table.cell(0, 0).merge(table.cell(0, 1)).text = "Senior Engineer"
        table.cell(1, 0).merge(table.cell(1, 1))
    assert _text(tmp_path, build).count("Senior Engineer") == 1


def test_header_text_comes_first(tmp_path):
    def build(doc):
        doc.sections[0].header.paragraphs[0].text = "Jane Doe, jane@example.com"
        doc.add_paragraph("Experience")
    assert _text(tmp_path, build).splitlines()[:2] == ["Jane Doe, jane@example.com", "Experience"]


def test_text_box_with_drawingml_and_vml_fallback_is_read_once(tmp_path):
    assert _text(tmp_path, lambda doc: builders.add_textbox(doc, "Terraform in a box")).count("Terraform") == 1


def test_vml_only_text_box_is_read(tmp_path):
    assert "Legacy box" in _text(tmp_path, lambda doc: builders.add_textbox(doc, "Legacy box", vml_only=True))


def test_soft_line_break_starts_a_new_line(tmp_path):
    def build(doc):
        doc.add_paragraph().add_run("Acme Corp").add_break()
        doc.paragraphs[-1].add_run("Backend Engineer")
    assert _text(tmp_path, build).splitlines() == ["Acme Corp", "Backend Engineer"]


def test_hidden_white_and_tiny_runs_are_dropped_with_warnings(tmp_path):
    doc = docx.load(builders.docx(tmp_path / "cv.docx", builders.add_hidden_runs))
    assert doc.text == "Visible words"
    assert sorted(doc.warnings) == ["hidden text ignored: 1 run of hidden (vanish) text",
                                    "hidden text ignored: 1 run of tiny text",
                                    "hidden text ignored: 1 run of white text"]


@pytest.mark.parametrize("size", ["\u00b2", "\u0663", "12pt", ""])
def test_a_font_size_that_is_no_plain_number_keeps_its_run_and_the_file(tmp_path, size):
    # Word writes half-points as ASCII digits; a hostile or damaged file may write anything (a superscript two
    # passes str.isdigit but not int): the run is read as visible, never the whole resume lost as corrupt
    def build(doc):
        run = doc.add_paragraph().add_run("Visible words")
        run._r.get_or_add_rPr().append(parse_xml(f'<w:sz {nsdecls("w")} w:val="{size}"/>'))
    doc = docx.load(builders.docx(tmp_path / "cv.docx", build))
    assert (doc.text, doc.warnings) == ("Visible words", ())


def test_zip_without_word_document_is_a_load_error(tmp_path):
    with zipfile.ZipFile(tmp_path / "cv.docx", "w") as zf:
        zf.writestr("other.xml", "<x/>")
    with pytest.raises(LoadError, match="word/document.xml"):
        docx.load(tmp_path / "cv.docx")


def test_oversized_uncompressed_content_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(docx, "MAX_UNCOMPRESSED", 1000)
    with pytest.raises(LoadError, match="too large"):
        docx.load(builders.docx(tmp_path / "cv.docx", lambda doc: doc.add_paragraph("x" * 2000)))


def test_external_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET")
    path = builders.docx(tmp_path / "cv.docx", lambda doc: doc.add_paragraph("ok"))
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["word/document.xml"] = (
        f'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>").encode()
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    assert "TOPSECRET" not in docx.load(path).text


def test_not_a_zip_is_a_load_error(tmp_path):
    (tmp_path / "cv.docx").write_bytes(b"plain text pretending")
    with pytest.raises(LoadError, match="not a valid zip"):
        docx.load(tmp_path / "cv.docx")


def _hyperlink(doc, paragraph, url: str, runs: str) -> None:
    """A w:hyperlink to `url` holding the given runs, as Word writes it."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import parse_xml

    rid = doc.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    paragraph._p.append(parse_xml(
        f'<w:hyperlink xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="{rid}">{runs}'
        '</w:hyperlink>'))


def test_links_to_a_code_host_are_listed_after_the_text_by_host_only(tmp_path):
    from docx.opc.constants import RELATIONSHIP_TYPE

    def build(doc):
        _hyperlink(doc, doc.add_paragraph("Jane Doe "), "https://github.com/janedoe/some-repo",
                   "<w:r><w:t>GitHub profile</w:t></w:r>")
        doc.part.relate_to("https://unused.example.com/hidden", RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    assert _text(tmp_path, build).splitlines() == ["Jane Doe GitHub profile", "Links", "github.com"]


def test_a_hyperlink_with_only_hidden_words_adds_no_link(tmp_path):
    def build(doc):
        _hyperlink(doc, doc.add_paragraph("Contact: jane@example.com"), "https://github.com/kubernetes-aws",
                   "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>")
    assert _text(tmp_path, build).splitlines() == ["Contact: jane@example.com"]


def test_the_creator_and_title_properties_are_read(tmp_path):
    def build(doc):
        doc.core_properties.author = "Jane Roe"
        doc.core_properties.title = "Jane Roe - CV"
        doc.add_paragraph("Engineer at Acme, 2015 - 2024")
    assert set(docx.load(builders.docx(tmp_path / "cv.docx", build)).metadata) == {"Jane Roe", "Jane Roe - CV"}


def test_the_archive_is_opened_and_its_directory_read_once(tmp_path, monkeypatch):
    """The zip opened to refuse bombs and bad names is the one the parts are read from."""
    path = builders.docx(tmp_path / "cv.docx", lambda doc: doc.add_paragraph("Engineer at Acme, 2015 - 2024"))
    opened = []
    real = zipfile.ZipFile._RealGetContents

    def counted(self):
        opened.append(self.filename)
        return real(self)
    monkeypatch.setattr(zipfile.ZipFile, "_RealGetContents", counted)
    assert docx.load(path).text == "Engineer at Acme, 2015 - 2024"
    assert len(opened) == 1


def _w(xml: str):
    """An element in WordprocessingML's namespace, written with the w: prefix."""
    from docx.oxml import parse_xml
    return parse_xml(xml.replace(">", f' xmlns:w="{docx.W}">', 1))


def test_properties_out_of_the_schemas_order_are_still_read(tmp_path):
    """A run's or paragraph's properties are looked for first where the schema puts them, then anywhere."""
    def build(doc):
        doc.add_paragraph()._p.append(_w('<w:r><w:t>Shown</w:t><w:rPr><w:vanish/></w:rPr></w:r>'))
        doc.add_paragraph()._p.append(_w('<w:r><w:t>Seen words</w:t></w:r>'))
        doc.add_paragraph()._p.append(_w('<w:r><w:t>Listed words</w:t></w:r>'))
        doc.paragraphs[-1]._p.append(_w('<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr>'))
    loaded = docx.load(builders.docx(tmp_path / "cv.docx", build))
    assert loaded.text.splitlines() == ["Seen words", "Listed words"]
    assert [line.item for line in loaded.lines] == [False, True]
    assert loaded.warnings == ("hidden text ignored: 1 run of hidden (vanish) text",)
