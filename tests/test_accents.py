"""An accent drawn as a glyph of its own over a letter (as TeX draws \\'e: the accent, then the letter) composes with
that letter; the same character beside a letter (an apostrophe typed as "´") stays as it is."""
from __future__ import annotations

import pytest

from screener.loaders import pdf
from screener.loaders.word_breaks import accents_composed
from screener.text.normalize import compose_accent

import builders


@pytest.mark.parametrize("accent, letter, composed", [
    ("\u00b4", "e", "é"), ("`", "a", "à"), ("\u00a8", "u", "ü"), ("\u02c6", "o", "ô"), ("\u02dc", "a", "ã"),
    ("\u00b8", "c", "ç"), ("\u02c7", "s", "š"), ("\u00b4", "E", "É"), ("\u0301", "e", "é"),
])
def test_an_accent_over_a_letter_composes_with_it(accent, letter, composed):
    assert compose_accent(accent, letter) == composed


@pytest.mark.parametrize("dotless, composed", [("\u0131", "í"), ("\u0237", "ǰ")])
def test_an_accent_over_a_dotless_letter_takes_the_place_of_its_dot(dotless, composed):
    assert compose_accent("\u00b4" if dotless == "\u0131" else "\u02c7", dotless) == composed


@pytest.mark.parametrize("accent, other", [("\u00b4", "1"), ("\u00b4", "-"), ("x", "e"), ("'", "s")])
def test_no_accent_or_no_letter_composes_nothing(accent, other):
    assert compose_accent(accent, other) is None


def _char(text: str, x0: float, x1: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": 90.0, "bottom": 100.0, "apart": False}


def _text(chars: list[dict]) -> str:
    return "".join(c["text"] for c in accents_composed(chars))


def test_an_accent_centred_over_the_letter_after_it_composes_with_that_letter():
    chars = [_char("h", 0, 5), _char("\u00b4", 5.5, 9.5), _char("e", 5, 10), _char("r", 10, 14)]
    assert _text(chars) == "hér"


def test_an_accent_centred_over_the_letter_before_it_composes_with_that_letter():
    chars = [_char("e", 0, 5), _char("\u00b4", 0.5, 4.5), _char("r", 5, 9)]
    assert _text(chars) == "ér"


def test_an_accent_beside_the_letters_is_left_as_it_is():
    chars = [_char("I", 0, 3), _char("\u00b4", 3, 6), _char("m", 6, 14)]
    assert _text(chars) == "I\u00b4m"


def test_an_accent_over_a_letter_of_another_line_is_left_as_it_is():
    chars = [_char("\u00b4", 5.5, 9.5), {**_char("e", 5, 10), "top": 70.0, "bottom": 80.0}]
    assert _text(chars) == "\u00b4e"


def _accented_pdf(path, over: bool):
    """"Mathematiques" drawn as TeX draws it, in one TJ: an acute glyph (333 units wide) before the 'e' (556),
    kerned to sit centred over it (or, with over=False, typed beside it as an apostrophe would be)."""
    kerns = ("-111.5", "444.5") if over else ("0", "0")
    def draw(c):
        c.setFont("Helvetica", 10)  # the page's first font: /F1
        c.addLiteral("BT /F1 10 Tf 1 0 0 1 50 800 Tm [(Institut de Math) %s (\\264) %s (ematiques at Campinas)] TJ ET"
                     % kerns)
        builders.text_lines(c, ["Python developer with ten years of work"] * 3, 50, 700)
    return builders.pdf(path, draw)


def test_a_pdf_accent_drawn_over_its_letter_reads_as_one_accented_letter(tmp_path):
    doc = pdf.load(_accented_pdf(tmp_path / "cv.pdf", over=True), engine="pdfium")
    assert doc.lines[0].text == "Institut de Mathématiques at Campinas"


def test_a_pdf_accent_drawn_beside_a_letter_is_not_composed(tmp_path):
    doc = pdf.load(_accented_pdf(tmp_path / "cv.pdf", over=False), engine="pdfium")
    assert "é" not in doc.lines[0].text
