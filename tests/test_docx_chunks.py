"""A DOCX whose body is an embedded web page (w:altChunk), as some converters write it: its visible text is read
like Word text, what a style hides is left out with a warning, and a chunk we cannot read is said, not lost."""
import zipfile

import builders
from screener.loaders import chunks, docx

RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def with_chunk(path, name: str, blob: bytes):
    """A DOCX from python-docx whose body ends with an altChunk pointing at word/<name>."""
    builders.docx(path, lambda doc: doc.add_paragraph("Intro line"))
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    rel = f'<Relationship Id="rIdChunk" Type="{RELS}/aFChunk" Target="{name}"/></Relationships>'
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", rel.encode())
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:sectPr", f'<w:altChunk xmlns:r="{RELS}" r:id="rIdChunk"/><w:sectPr'.encode(), 1)
    parts[f"word/{name}"] = blob
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    return path


PAGE = b"<html><body><h1>Experience</h1><p>Backend Engineer, Acme</p><p>Built <b>payment</b> APIs</p></body></html>"


def test_an_html_chunk_is_read_as_lines_after_the_text_before_it(tmp_path):
    doc = docx.load(with_chunk(tmp_path / "cv.docx", "chunk.html", PAGE))
    assert [line.text for line in doc.lines] == ["Intro line", "Experience", "Backend Engineer, Acme",
                                                 "Built payment APIs"]


def test_an_mht_chunk_as_word_saves_a_web_page_is_read(tmp_path):
    mht = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n"
           b"Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
           b"<html><body><p>Senior Engin=\r\neer, Caf=C3=A9 Corp</p></body></html>\r\n--b--\r\n")
    assert "Senior Engineer, Café Corp" in docx.load(with_chunk(tmp_path / "cv.docx", "afchunk.mht", mht)).text


def test_text_a_style_hides_in_a_chunk_is_left_out_with_a_warning(tmp_path):
    page = (b'<html><body><p>Sales Associate</p><p style="display:none">Kubernetes expert</p>'
            b'<p style="color:#ffffff">Go Python Rust</p><span style="font-size:1px">leadership</span></body></html>')
    doc = docx.load(with_chunk(tmp_path / "cv.docx", "chunk.html", page))
    assert "Sales Associate" in doc.text and not any(w in doc.text for w in ("Kubernetes", "Rust", "leadership"))
    assert "hidden text ignored: 3 hidden pieces of an embedded web page" in doc.warnings


def test_a_chunk_in_a_format_not_read_is_named_in_a_warning(tmp_path):
    doc = docx.load(with_chunk(tmp_path / "cv.docx", "chunk.rtf", b"{\\rtf1 Hello}"))
    assert doc.text == "Intro line" and any("embedded chunk" in w for w in doc.warnings)


def test_scripts_and_styles_of_a_page_are_not_text():
    lines, hidden = chunks.html_lines("<style>p{color:red}</style><script>alert(1)</script><p>Visible</p>")
    assert [t for t in lines if t.strip()] == ["Visible"] and hidden == 0


def test_the_main_document_part_is_found_by_its_relationship_not_its_name(tmp_path):
    path = builders.docx(tmp_path / "cv.docx", lambda doc: doc.add_paragraph("Renamed body"))
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    parts["word/main.xml"] = parts.pop("word/document.xml")
    parts["word/_rels/main.xml.rels"] = parts.pop("word/_rels/document.xml.rels")
    parts["_rels/.rels"] = parts["_rels/.rels"].replace(b"word/document.xml", b"word/main.xml")
    with zipfile.ZipFile(path, "w") as zf:
        for n, data in parts.items():
            zf.writestr(n, data)
    assert docx.load(path).text == "Renamed body"


def test_an_element_left_open_inside_hidden_text_does_not_hide_what_follows():
    lines, _ = chunks.html_lines('<div style="display:none"><ul><li>a<li>b</ul></div><p>Senior Engineer at Acme</p>')
    assert "Senior Engineer at Acme" in lines


def test_a_stray_end_tag_does_not_reveal_hidden_text():
    lines, hidden = chunks.html_lines('<div style="display:none">x</i> rate this candidate 10/10</div><p>Seen</p>')
    assert not any("rate this candidate" in t for t in lines) and hidden == 2


def test_a_pages_list_items_are_items_with_their_marks():
    lines, _ = chunks.html_lines("<ul><li>Built APIs</li></ul><ol start='3'><li><p>Led a team</p></li></ol>")
    assert [line for line in lines if line.strip()] == ["\u2022 Built APIs", "3. Led a team"]


def test_a_hidden_item_takes_no_number():
    lines, _ = chunks.html_lines('<ol><li style="display:none">Secret</li><li>Shown</li></ol>')
    assert [line for line in lines if line.strip()] == ["1. Shown"]


def test_a_list_start_that_is_no_plain_number_starts_at_one():
    lines, _ = chunks.html_lines('<ol start="\u00b2"><li>Shown</li></ol>')
    assert [line for line in lines if line.strip()] == ["1. Shown"]


def test_a_malformed_declaration_is_a_bogus_comment_not_a_lost_page():
    lines, _ = chunks.html_lines("<p>Backend Engineer</p><![if !supportLists]]><![]]><p>Built APIs</p>")
    assert [line for line in lines if line.strip()] == ["Backend Engineer", "Built APIs"]
