"""Hidden text is judged against the background a person actually sees under it.

Principle: what lies under a character is what the renderer painted there before it: the fills painted earlier, the
last one on top, each only inside its clipping path and only as opaque as its alpha (a 5% black shadow over white
paper is white paper to a reader). A fill painted after the text is not its background. Text is hidden when its
colour matches that composite; so a page-sized white fill under a page-sized dark one leaves white text readable,
and white text on a transparent dark fill is still white on white. The security cases (white on white, tiny,
off-page, invisible render mode) must never count, whichever way the background is found.

Painting order and opacity come from pdfium (pdfminer knows neither, nor clipping), so both engines judge by it.
"""
import builders
import pytest

from screener.loaders import pdf

VISIBLE = "Visible Python developer with ten years of work"
PROBE = "Kubernetes Golang microservices"


def _text(tmp_path, draw, engine):
    """The text the loader keeps from a one-page PDF painted by `draw`, then a visible line in `draw.visible`."""
    def paint(c):
        draw(c)
        c.setFillColorRGB(*draw.visible)
        builders.text_lines(c, [VISIBLE], 50, 800)
    return pdf.load(builders.pdf(tmp_path / "cv.pdf", paint), engine).text


def _visible_in(rgb):
    """Mark a painting with the colour its visible line is written in (readable on what lies under it)."""
    def mark(draw):
        draw.visible = rgb
        return draw
    return mark


def _page_fill(c, rgb, alpha=1.0, grow=0.0):
    c.setFillColorRGB(*rgb)
    c.setFillAlpha(alpha)
    c.rect(-grow, -grow, builders.WIDTH + 2 * grow, builders.HEIGHT + 2 * grow, fill=1, stroke=0)
    c.setFillAlpha(1.0)


def _box(c, rgb, alpha=1.0):
    c.setFillColorRGB(*rgb)
    c.setFillAlpha(alpha)
    c.rect(40, 590, 400, 30, fill=1, stroke=0)
    c.setFillAlpha(1.0)


def _probe(c, rgb):
    c.setFillColorRGB(*rgb)
    builders.text_lines(c, [PROBE], 50, 600)


@_visible_in((1, 1, 1))
def white_under_dark_page(c):
    """A white page-sized fill, then a slightly larger dark one over it, then white text: readable."""
    _page_fill(c, (1, 1, 1))
    _page_fill(c, (0.1, 0.1, 0.34), grow=1)
    _probe(c, (1, 1, 1))


@_visible_in((0, 0, 0))
def faint_black_shadow(c):
    """A 5%-opaque black page-sized fill, then black text: black on near-white paper, readable."""
    _page_fill(c, (0, 0, 0), alpha=0.05)
    _probe(c, (0, 0, 0))


@_visible_in((0.6, 0.6, 0.6))
def grey_fill_clipped_to_a_rule(c):
    """A page-sized grey fill clipped to a thin rule at the top, then grey text lower down, on white: readable."""
    c.saveState()
    clip = c.beginPath()
    clip.rect(40, 820, 500, 1)
    c.clipPath(clip, stroke=0, fill=0)
    _page_fill(c, (0.6, 0.6, 0.6))
    c.restoreState()
    _probe(c, (0.6, 0.6, 0.6))


@_visible_in((0, 0, 0))
def white_on_transparent_dark_fill(c):
    """White text on a dark fill of zero opacity: white on the white page, which no reader sees."""
    _box(c, (0, 0, 0), alpha=0.0)
    _probe(c, (1, 1, 1))


@_visible_in((1, 1, 1))
def white_box_over_dark_page(c):
    """A dark page, a white box painted over it, white text on the box: white on white."""
    _page_fill(c, (0.1, 0.1, 0.34))
    _box(c, (1, 1, 1))
    _probe(c, (1, 1, 1))


@_visible_in((0, 0, 0))
def dark_text_on_its_own_dark_box(c):
    """Navy text on a navy box painted before it: no reader sees it."""
    _box(c, (0.1, 0.1, 0.34))
    _probe(c, (0.1, 0.1, 0.34))


@pytest.mark.parametrize("engine", pdf.ENGINES)
@pytest.mark.parametrize("build", [
    white_under_dark_page,
    faint_black_shadow,
    grey_fill_clipped_to_a_rule,
], ids=["painting-order", "alpha", "clip"])
def test_text_on_the_background_a_reader_sees_is_kept(tmp_path, build, engine):
    assert PROBE in _text(tmp_path, build, engine)


@pytest.mark.parametrize("engine", pdf.ENGINES)
@pytest.mark.parametrize("build", [
    white_on_transparent_dark_fill,
    white_box_over_dark_page,
    dark_text_on_its_own_dark_box,
], ids=["transparent-fill", "white-box-on-dark-page", "own-colour-box"])
def test_text_coloured_like_the_background_a_reader_sees_never_counts(tmp_path, build, engine):
    text = _text(tmp_path, build, engine)
    assert VISIBLE in text and "Kubernetes" not in text


@_visible_in((0, 0, 0))
def black_text_under_a_grey_box_painted_after_it(c):
    """Black text, then an opaque grey box over it: the reader sees the box, not the text."""
    _probe(c, (0, 0, 0))
    _box(c, (0.5, 0.5, 0.5))


@_visible_in((0, 0, 0))
def black_text_struck_through_by_a_thin_rule(c):
    """Black text, then a thin grey rule across its middle: struck through, still readable."""
    _probe(c, (0, 0, 0))
    c.setFillColorRGB(0.5, 0.5, 0.5)
    c.rect(40, 603, 400, 0.8, fill=1, stroke=0)


@pytest.mark.parametrize("engine", pdf.ENGINES)
def test_text_under_an_opaque_shape_painted_after_it_never_counts(tmp_path, engine):
    text = _text(tmp_path, black_text_under_a_grey_box_painted_after_it, engine)
    assert VISIBLE in text and "Kubernetes" not in text


@pytest.mark.parametrize("engine", pdf.ENGINES)
def test_a_rule_struck_through_text_leaves_it_readable(tmp_path, engine):
    assert PROBE in _text(tmp_path, black_text_struck_through_by_a_thin_rule, engine)
