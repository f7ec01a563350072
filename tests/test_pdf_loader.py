"""The PDF loader reads what a person sees, column by column, and fails with a clear reason."""

import pytest

from screener.errors import LoadError
from screener.loaders import pdf, word_breaks

import builders


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_two_columns_are_read_one_after_the_other(tmp_path, engine):
    doc = pdf.load(builders.two_column_pdf(tmp_path / "cv.pdf"), engine=engine)
    texts = [line.text for line in doc.lines]
    assert texts[0].startswith("Jane Doe")
    assert texts[1:16] == builders.LEFT
    assert texts[16:31] == builders.RIGHT


def test_lines_carry_their_page_number(tmp_path):
    doc = pdf.load(builders.single_column_pdf(tmp_path / "cv.pdf", ["Python developer since 2015"] * 3))
    assert {line.page for line in doc.lines} == {1} and doc.pages == 1


def test_word_broken_by_a_hyphen_at_line_end_is_joined(tmp_path):
    path = builders.single_column_pdf(tmp_path / "cv.pdf", ["Built event driven micro-", "services in Go", "x" * 30])
    assert "Built event driven microservices" in pdf.load(path).text


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_white_tiny_and_off_page_text_is_dropped_with_warnings(tmp_path, engine):
    doc = pdf.load(builders.hidden_text_pdf(tmp_path / "cv.pdf"), engine=engine)
    assert "WHITE" not in doc.text and "TINY" not in doc.text and "OUTSIDE" not in doc.text
    assert sorted(doc.warnings) == ["hidden text ignored: text outside the page on page 1",
                                    "hidden text ignored: tiny text on page 1",
                                    "hidden text ignored: white text on page 1"]


def test_white_text_on_a_dark_box_is_visible_and_kept(tmp_path):
    assert "Sidebar on dark box" in pdf.load(builders.hidden_text_pdf(tmp_path / "cv.pdf")).text


def test_page_without_text_layer_is_unreadable_not_an_error(tmp_path):
    doc = pdf.load(builders.image_only_pdf(tmp_path / "scan.pdf"))
    assert doc.unreadable == "no text layer (scanned document?)" and doc.lines == ()


def test_white_space_of_any_kind_is_not_counted_as_text():
    spaced = "\u00a0\u2003\u3000\t".join("abcdefghijklmnopqrs")  # 19 letters, spaces of four kinds between
    assert pdf.unreadable_reason(spaced) == pdf.NO_TEXT
    assert pdf.unreadable_reason(spaced + "\u00a0t") is None


def test_letters_of_any_script_count_as_letters_and_digits_underscores_and_icons_do_not():
    assert pdf.unreadable_reason("Иван Петров 日本語 Ελληνικά Müller " * 2) is None
    assert "mostly symbols" in pdf.unreadable_reason("ab 1234567890 ____ \ue001\ue002\ue003 " * 3)
    assert pdf.unreadable_reason("ab12 cd34 ef56 gh78 ij90 kl12") is None  # letters: half the characters
    assert "mostly symbols" in pdf.unreadable_reason("ab12 cd34 ef56 gh78 ij90 kl123")


def test_symbol_soup_is_reported_as_garbled():
    assert pdf.unreadable_reason("\ue001\ue002 \ue003 ") == pdf.NO_TEXT
    assert "garbled" in pdf.unreadable_reason("(cid:12)(cid:13)(cid:14) " * 20)
    assert "garbled" in pdf.unreadable_reason("#$%& *+/= 12 ;:<> " * 10)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_password_protected_pdf_is_a_load_error(tmp_path, engine):
    with pytest.raises(LoadError, match="encrypted PDF"):
        pdf.load(builders.encrypted_pdf(tmp_path / "locked.pdf"), engine=engine)


def test_pdf_encrypted_with_an_empty_password_is_read(tmp_path):
    assert "Confidential resume" in pdf.load(builders.encrypted_pdf(tmp_path / "open.pdf", user_password="")).text


def test_truncated_pdf_is_a_load_error(tmp_path):
    data = builders.two_column_pdf(tmp_path / "ok.pdf").read_bytes()
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(data[: len(data) // 3])
    with pytest.raises(LoadError):
        pdf.load(broken)


def test_zero_byte_pdf_is_a_load_error(tmp_path):
    (tmp_path / "empty.pdf").write_bytes(b"")
    with pytest.raises(LoadError, match="empty file"):
        pdf.load(tmp_path / "empty.pdf")


def test_html_renamed_to_pdf_is_named_as_such(tmp_path):
    (tmp_path / "cv.pdf").write_text("<!DOCTYPE html><html><body>CV</body></html>")
    with pytest.raises(LoadError, match="HTML"):
        pdf.load(tmp_path / "cv.pdf")


def test_right_aligned_dates_stay_on_their_role_line(tmp_path):
    texts = [line.text for line in pdf.load(builders.dated_roles_pdf(tmp_path / "cv.pdf")).lines]
    assert "Backend Engineer at Acme 4 Jan 2004 - Dec 2004" in texts
    assert "CTO, Hooli 3 Jan 2003 - Present" in texts


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_text_size_is_judged_as_drawn_after_scaling(tmp_path, engine):
    from reportlab.pdfgen import canvas
    path = tmp_path / "scaled.pdf"
    c = canvas.Canvas(str(path))
    c.saveState(), c.scale(10, 10), c.setFont("Helvetica", 1), c.drawString(5, 50, "Scaled up one point font")
    c.restoreState(), c.saveState(), c.scale(0.25, 0.25), c.setFont("Helvetica", 10)
    c.drawString(400, 400, "Kubernetes shrunk by scaling"), c.restoreState(), c.save()
    doc = pdf.load(path, engine=engine)
    assert doc.text == "Scaled up one point font"
    assert doc.warnings == ("hidden text ignored: tiny text on page 1",)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_word_hyphenated_by_the_typesetter_reads_whole(tmp_path, engine):
    path = builders.single_column_pdf(tmp_path / "cv.pdf", ["Designed the data applica-", "tion layer in Go",
                                                            "x" * 30])
    assert "Designed the data application\nlayer in Go" in pdf.load(path, engine=engine).text


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_links_to_a_code_host_are_listed_after_the_text_by_host_only(tmp_path, engine):
    from reportlab.pdfgen import canvas
    path = tmp_path / "links.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "Jane Doe, backend engineer")
    c.linkURL("https://github.com/janedoe/kubernetes-golang-lead", (72, 716, 130, 730))  # over the name
    c.linkURL("mailto:jane@example.com", (72, 716, 130, 730))
    c.linkURL("https://kubernetes-terraform-expert.example.com/aws", (72, 716, 130, 730))
    c.save()
    lines = [line.text for line in pdf.load(path, engine=engine).lines]
    assert lines == ["Jane Doe, backend engineer", "Links", "github.com"]


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_link_over_nothing_visible_adds_nothing(tmp_path, engine):
    from reportlab.pdfgen import canvas
    path = tmp_path / "links.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "Jane Doe, backend engineer")
    c.linkURL("https://github.com/kubernetes-terraform", (0, 0, 1, 1))  # a point in a corner
    c.save()
    assert [line.text for line in pdf.load(path, engine=engine).lines] == ["Jane Doe, backend engineer"]


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_later_page_that_continues_the_main_column_is_read_before_its_sidebar(tmp_path, engine):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    path = tmp_path / "cv.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    builders.text_lines(c, ["Skills", *builders.LEFT], 50, 760)
    builders.text_lines(c, ["Experience", "Engineer at Acme, Jan 2020 - Present", *builders.RIGHT], 250, 760)
    c.showPage()
    builders.text_lines(c, ["Education", *builders.LEFT], 50, 760)
    builders.text_lines(c, ["Engineer at Initech, Jan 2015 - Dec 2019", *builders.RIGHT], 250, 760)
    c.save()
    texts = [line.text for line in pdf.load(path, engine=engine).lines]
    assert texts.index("Engineer at Initech, Jan 2015 - Dec 2019") < texts.index("Education")
    assert texts.index("Experience") < texts.index("Engineer at Initech, Jan 2015 - Dec 2019")


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_text_coloured_like_the_box_beneath_it_is_hidden_and_text_on_a_lighter_box_is_not(tmp_path, engine):
    def draw(c):
        builders.text_lines(c, ["Visible Python developer with ten years of work"] * 3, 50, 800)
        c.setFillColorRGB(0.2, 0.2, 0.2)
        c.rect(40, 590, 400, 60, fill=1, stroke=0)      # a dark sidebar
        builders.text_lines(c, ["SAMECOLOUR kubernetes golang"], 50, 630)  # still 0.2 grey: unseen
        c.setFillColorRGB(1, 1, 1)
        c.rect(45, 595, 300, 20, fill=1, stroke=0)      # a white label on the sidebar
        c.setFillColorRGB(0, 0, 0)
        builders.text_lines(c, ["Label on a white box"], 50, 600)
    doc = pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine)
    assert "SAMECOLOUR" not in doc.text and "Label on a white box" in doc.text
    assert doc.warnings == ("hidden text ignored: text coloured like its background on page 1",)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_main_column_on_the_left_that_continues_keeps_its_section_past_the_sidebar(tmp_path, engine):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    path = tmp_path / "cv.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    side = [f"Skill {i}: SQL, Docker and Linux" for i in range(1, 15)]
    builders.text_lines(c, ["Experience", "Engineer at Acme, Jan 2020 - Present", *builders.RIGHT], 50, 760)
    builders.text_lines(c, ["Certificates", *side], 330, 760)
    c.showPage()
    builders.text_lines(c, ["Engineer at Initech, Jan 2015 - Dec 2019", *builders.RIGHT], 50, 760)
    builders.text_lines(c, ["Languages", *side], 330, 760)
    c.save()
    texts = [line.text for line in pdf.load(path, engine=engine).lines]
    assert texts.index("Engineer at Initech, Jan 2015 - Dec 2019") < texts.index("Certificates")


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_a_sidebar_that_ends_high_on_the_page_is_still_a_column(tmp_path, engine):
    def draw(c):
        builders.text_lines(c, builders.RIGHT, 50, 780)
        builders.text_lines(c, [f"Skill {i}: SQL, Docker and Linux" for i in range(1, 13)], 330, 780)
        builders.text_lines(c, [f"Volunteered at food bank {i}" for i in range(20)], 50, 560)
    texts = [line.text for line in pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine).lines]
    assert texts[:15] == builders.RIGHT


def _unseen_pdf(path, how):
    from reportlab.pdfgen import canvas
    c = canvas.Canvas(str(path))
    builders.text_lines(c, ["Visible Python developer with ten years of work"] * 3, 50, 800)
    if how == "clip-mode":
        t = c.beginText(50, 700)
        t.setTextRenderMode(7)
        t.textLine("UNSEEN kubernetes terraform")
        c.drawText(t)
    elif how == "transparent":
        c.setFillAlpha(0)
        c.drawString(50, 700, "UNSEEN kubernetes terraform")
        c.setFillAlpha(1)
    elif how == "nested-forms":
        c.beginForm("inner")
        c.setFillColorRGB(1, 1, 1)
        c.drawString(50, 700, "UNSEEN kubernetes terraform")
        c.endForm()
        for outer, inner in (("middle", "inner"), ("outer", "middle")):
            c.beginForm(outer)
            c.doForm(inner)
            c.endForm()
        c.doForm("outer")
    c.save()
    return path


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
@pytest.mark.parametrize("how", ["clip-mode", "transparent", "nested-forms"])
def test_text_nobody_can_see_never_counts(tmp_path, engine, how):
    doc = pdf.load(_unseen_pdf(tmp_path / "cv.pdf", how), engine=engine)
    assert "UNSEEN" not in doc.text and "Visible Python developer" in doc.text
    assert doc.warnings and doc.warnings[0].startswith("hidden text ignored")


def test_a_page_of_words_with_a_few_unmapped_icons_and_dashes_reads_fine():
    assert not pdf.garbled("Senior Engineer \ue0b7 Acme \ufffd Berlin\nMar 2019 \uf0b7 Present\nBuilt APIs in C++ "
                           "and Node.js; cut p99 latency by 40% (see www.example.org)")


def test_a_page_whose_letters_a_font_shifted_into_symbols_is_garbled():
    assert pdf.garbled("*?K/`n?2q` Bm4/ .2;`22 Qp2`Bm jq9 Bb2`Bn7 6`z+Ba+t x2`Fm/ 1/J+ba7 ZQ 2`mb/")


def test_unmapped_glyphs_read_as_cid_codes_are_garbled():
    assert pdf.garbled(" ".join(f"(cid:{n})(cid:{n + 3})" for n in range(40)))


def test_only_the_garbled_page_of_a_resume_is_left_out():
    from screener.models import Line
    lines = [Line("Senior Engineer at Acme, building payment APIs in Go", 1),
             Line("*?K/`n?2q` Bm4/ .2;`22 Qp2`Bm jq9 Bb2`Bn7 6`z+Ba+t", 2)]
    kept, bad = pdf._readable_pages(lines)
    assert (kept, bad) == (lines[:1], [2])


@pytest.mark.parametrize("engine", pdf.ENGINES)
def test_the_author_and_title_properties_are_read(tmp_path, engine):
    def draw(c):
        c.setAuthor("Jane Roe")
        c.setTitle("Jane Roe - CV")
        builders.text_lines(c, ["Experience", "Engineer at Acme, 2015 - 2024", *builders.LEFT], 50, 800)
    doc = pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine)
    assert doc.metadata == ("Jane Roe", "Jane Roe - CV")


def _sidebar(c, background: bool):
    """A dark sidebar with white contact lines, black text beside it; optionally over a page-sized white box."""
    if background:
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, builders.WIDTH, builders.HEIGHT, fill=1, stroke=0)
    c.setFillColorRGB(0.15, 0.2, 0.25)
    c.rect(0, 0, 170, builders.HEIGHT, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    builders.text_lines(c, ["jane@example.com", "Kubernetes, Golang"], 10, 800)
    c.setFillColorRGB(0, 0, 0)
    builders.text_lines(c, ["Visible Python developer with ten years of work"] * 3, 200, 800)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
@pytest.mark.parametrize("background", [False, True], ids=["bare page", "white page background"])
def test_white_text_on_a_dark_sidebar_is_kept_with_nothing_reported_hidden(tmp_path, engine, background):
    doc = pdf.load(builders.pdf(tmp_path / "cv.pdf", lambda c: _sidebar(c, background)), engine=engine)
    assert "Kubernetes, Golang" in doc.text and doc.warnings == ()


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_white_text_under_a_smaller_white_box_on_the_sidebar_is_hidden(tmp_path, engine):
    def draw(c):
        _sidebar(c, background=False)
        c.setFillColorRGB(1, 1, 1)
        c.rect(5, 782, 160, 12, fill=1, stroke=0)  # over the second white line only
    doc = pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine)
    assert "jane@example.com" in doc.text and "Kubernetes" not in doc.text
    assert doc.warnings == ("hidden text ignored: white text on page 1",)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
@pytest.mark.parametrize("how", ["white", "tiny"])
def test_a_hidden_word_inside_a_visible_line_is_dropped_and_its_neighbours_kept(tmp_path, engine, how):
    def draw(c):
        builders.text_lines(c, ["Visible Python developer with ten years of work"] * 3, 50, 800)
        text = c.beginText(50, 700)
        text.setFont("Helvetica", 10)
        text.textOut("Backend engineer ")
        if how == "white":
            text.setFillColorRGB(1, 1, 1)
        else:
            text.setFont("Helvetica", 2)
        text.textOut("Kubernetes ")
        text.setFillColorRGB(0, 0, 0)
        text.setFont("Helvetica", 10)
        text.textOut("at Acme")
        c.drawText(text)
    doc = pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine)
    assert "Kubernetes" not in doc.text and "Backend engineer" in doc.text and "at Acme" in doc.text
    assert len(doc.warnings) == 1 and doc.warnings[0].startswith("hidden text ignored")


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_letters_drawn_off_the_page_between_visible_letters_are_dropped(tmp_path, engine):
    def draw(c):
        builders.text_lines(c, ["Visible Python developer with ten years of work"] * 3, 50, 800)
        text = c.beginText(50, 700)
        text.setFont("Helvetica", 10)
        text.textOut("Kuber")
        text.moveCursor(-700, 0)
        text.textOut("HIDDEN")
        text.moveCursor(700, 0)
        text.textOut("netes")
        c.drawText(text)
    doc = pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine)
    assert "HIDDEN" not in doc.text and "Visible Python developer" in doc.text
    assert doc.warnings == ("hidden text ignored: text outside the page on page 1",)


@pytest.mark.parametrize("engine", sorted(pdf.ENGINES))
def test_text_touching_a_rule_of_its_own_colour_keeps_every_word(tmp_path, engine):
    def draw(c):
        for n in range(3):
            c.rect(45, 796.5 - 20 * n, 300, 0.8, fill=1, stroke=0)  # table cell borders, thin filled rectangles
            builders.text_lines(c, [f"Row {n}: Python, Kubernetes and Postgres"], 50, 797 - 20 * n)
    doc = pdf.load(builders.pdf(tmp_path / "cv.pdf", draw), engine=engine)
    assert [line.text for line in doc.lines] == [f"Row {n}: Python, Kubernetes and Postgres" for n in range(3)]
    assert doc.warnings == ()


def _char(x0: float, x1: float, bottom: float = 100.0) -> dict:
    return {"x0": x0, "x1": x1, "top": bottom - 10, "bottom": bottom}


def test_letters_of_one_ligature_glyph_sharing_its_box_stay_one_word():
    """pdfium gives each letter of an "fi" glyph the glyph's box: the second starts a whole glyph back."""
    word, fi = {**_char(0, 20), "text": "Ka"}, _char(20, 26)
    assert word_breaks.continues({**word, "x1": 26}, fi, _char(20, 26), size=10)


def test_a_character_a_gap_away_starts_a_new_word():
    assert not word_breaks.continues({**_char(0, 20), "text": "Ka"}, _char(14, 20), _char(24, 30), size=10)


def test_the_default_engine_reads_a_pdf_without_importing_pdfplumber_or_pdfminer(tmp_path):
    import subprocess
    import sys

    path = builders.single_column_pdf(tmp_path / "cv.pdf", ["Python developer since 2015"] * 3)
    probe = ("import sys; from pathlib import Path; from screener.loaders import load; "
             f"assert 'Python developer' in load(Path({str(path)!r})).text; "
             "print(sorted(m for m in ('pdfplumber', 'pdfminer') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
