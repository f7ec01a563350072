"""Shapes and text inside a form XObject are judged where the form puts them on the page.

Principle: a form XObject is drawn in its own space and placed on the page by its matrix (a logo drawn 600 points
wide and placed at a quarter of that size); pdfium gives the bounds and clip of what is inside it in the form's own
space. A reader sees each shape and character where the form's matrix puts it, so that is where it covers text, lies
under text, or is too small to read. A logo's shape, large in its own space and small on the page, never hides the
text beside it; a form's shape that really lies over text painted before it still hides it; text that a form
shrinks below a readable size never counts.
"""
import builders
import pytest

from screener.loaders import pdf

VISIBLE = "Visible Python developer with ten years of work"
PROBE = "Kubernetes Golang microservices"


def _text(tmp_path, draw, engine):
    """The text the loader keeps from a one-page PDF painted by `draw`, with a visible black line at the top."""
    def paint(c):
        c.setFillColorRGB(0, 0, 0)
        builders.text_lines(c, [VISIBLE], 50, 800)
        draw(c)
    return pdf.load(builders.pdf(tmp_path / "cv.pdf", paint), engine).text


def _blue_square_form(c, name="logo"):
    """A form holding a 600-point opaque blue square at its origin."""
    c.beginForm(name, 0, 0, 600, 600)
    c.setFillColorRGB(0.2, 0.4, 1.0)
    c.rect(0, 0, 600, 600, fill=1, stroke=0)
    c.endForm()


def _placed(c, name, x, y, scale):
    c.saveState()
    c.translate(x, y)
    c.scale(scale, scale)
    c.doForm(name)
    c.restoreState()


def text_then_a_small_logo_beside_it(c):
    """Black text low on the page, then a logo form drawn 600 points wide, placed at a tenth near the top right:
    in its own space the square spans the text's place, on the page it does not."""
    builders.text_lines(c, [PROBE], 50, 100)
    _blue_square_form(c)
    _placed(c, "logo", 480, 700, 0.1)


def text_then_a_logo_placed_over_it(c):
    """Black text, then the same form placed at a tenth right over it: the reader sees the square."""
    builders.text_lines(c, [PROBE], 50, 100)
    _blue_square_form(c)
    _placed(c, "logo", 40, 60, 0.5)


def a_logo_then_text_on_it(c):
    """The form placed over the text's place first, then black text on it: the square is its background."""
    _blue_square_form(c)
    _placed(c, "logo", 40, 60, 0.5)
    c.setFillColorRGB(0, 0, 0)
    builders.text_lines(c, [PROBE], 50, 100)


def _text_in_a_form(c, scale):
    """Black 10-point text inside a form placed at `scale`."""
    c.beginForm("words", 0, 0, 600, 100)
    c.setFillColorRGB(0, 0, 0)
    builders.text_lines(c, [PROBE], 0, 50)
    c.endForm()
    _placed(c, "words", 50, 300, scale)


def text_in_a_form_shrunk_to_a_tenth(c):
    """One point high on the page: too small to read."""
    _text_in_a_form(c, 0.1)


def text_in_a_form_placed_at_its_size(c):
    """Ten points high on the page: readable."""
    _text_in_a_form(c, 1.0)


@pytest.mark.parametrize("engine", pdf.ENGINES)
@pytest.mark.parametrize("draw", [text_then_a_small_logo_beside_it, a_logo_then_text_on_it,
                                  text_in_a_form_placed_at_its_size])
def test_text_a_form_leaves_in_sight_is_kept(tmp_path, engine, draw):
    text = _text(tmp_path, draw, engine)
    assert VISIBLE in text and PROBE in text


@pytest.mark.parametrize("engine", pdf.ENGINES)
@pytest.mark.parametrize("draw", [text_then_a_logo_placed_over_it, text_in_a_form_shrunk_to_a_tenth])
def test_text_a_form_covers_or_shrinks_out_of_sight_never_counts(tmp_path, engine, draw):
    text = _text(tmp_path, draw, engine)
    assert VISIBLE in text and "Kubernetes" not in text
