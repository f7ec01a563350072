"""Where a page could hide text is decided per text object (pdfium_hidden.risky_regions): only characters in those
regions are checked one by one. The whole-page decision it replaced is kept here as the reference: a page it
found nothing risky on has no risky region, and a page with hidden text has a region over that text."""
import ctypes
import math

import pypdfium2.raw as raw
import pytest

from screener.loaders import pdfium_hidden as pw
from screener.loaders import pdfium_words

import builders


def whole_page_answer(page) -> bool:
    """The decision as it was: any text object that could be unseen sent the whole page character by character."""
    width, height = page.get_size()
    fills = None
    size, matrix = ctypes.c_float(), raw.FS_MATRIX()
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    for text in page.get_objects(filter=[raw.FPDF_PAGEOBJ_TEXT], max_depth=pw.DEPTH):
        obj, (left, bottom, right, top) = text.raw, text.get_bounds()
        raw.FPDFPageObj_GetFillColor(obj, r, g, b, a)
        colour, alpha = (r.value / 255, g.value / 255, b.value / 255), a.value
        raw.FPDFTextObj_GetFontSize(obj, size)
        raw.FPDFPageObj_GetMatrix(obj, matrix)
        scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
        if (raw.FPDFTextObj_GetTextRenderMode(obj) in pw.UNSEEN_MODES or alpha < pw.MIN_ALPHA
                or size.value * scale < pw.MIN_SIZE or right < 0 or left > width or top < 0 or bottom > height
                or pw.same_colour(colour, pw.PAGE)):
            return True
        fills = pw.fills(page, height) if fills is None else fills
        box_top, box_bottom = height - top, height - bottom
        if any(f["rgb"] is not None and pw.same_colour(colour, f["rgb"]) and f["x0"] < right and left < f["x1"]
               and f["top"] < box_bottom and box_top < f["bottom"] for f in fills):
            return True
    return False


def _plain(c):
    builders.text_lines(c, ["Plain black text", "and a second line"], 50, 800)


def _coloured_heading_on_a_pale_box(c):
    c.setFillColorRGB(0.9, 0.9, 1)
    c.rect(40, 780, 300, 30, fill=1, stroke=0)
    c.setFillColorRGB(0.1, 0.2, 0.6)
    builders.text_lines(c, ["Experience"], 50, 790, size=14)
    c.setFillColorRGB(0, 0, 0)
    builders.text_lines(c, ["Black body text"], 50, 700)


def _white_on_dark(c):
    c.setFillColorRGB(0.15, 0.2, 0.25)
    c.rect(0, 0, 150, 842, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    builders.text_lines(c, ["jane@example.com", "Python, SQL"], 10, 800)
    c.setFillColorRGB(0, 0, 0)
    builders.text_lines(c, ["Main column"], 200, 800)


def _black_text_touching_a_black_border(c):
    c.setFillColorRGB(0, 0, 0)
    c.rect(45, 797.5, 300, 0.8, fill=1, stroke=0)  # a table cell's bottom border, a thin filled rectangle
    builders.text_lines(c, ["Cell text above the border"], 50, 797)


def _black_shape_away_from_black_text(c):
    c.setFillColorRGB(0, 0, 0)
    c.rect(45, 400, 300, 0.8, fill=1, stroke=0)
    builders.text_lines(c, ["Text far from the rule"], 50, 800)


def _grey_text_on_a_grey_box_among_other_colours(c):
    c.setFillColorRGB(0.1, 0.2, 0.6)
    builders.text_lines(c, ["Blue heading"], 50, 800)
    c.setFillColorRGB(0.5, 0.5, 0.5)
    c.rect(40, 590, 400, 60, fill=1, stroke=0)
    c.setFillColorRGB(0.52, 0.5, 0.5)
    builders.text_lines(c, ["Nearly the box's grey"], 50, 620)
    c.setFillColorRGB(0, 0, 0)
    builders.text_lines(c, ["Black text"], 50, 500)


def _off_page(c):
    builders.text_lines(c, ["On the page"], 50, 800)
    builders.text_lines(c, ["Beyond the right edge"], builders.WIDTH + 50, 400)


def _tiny(c):
    builders.text_lines(c, ["On the page"], 50, 800)
    builders.text_lines(c, ["tiny"], 50, 700, size=2)


def _transparent(c):
    builders.text_lines(c, ["On the page"], 50, 800)
    c.setFillAlpha(0.05)
    builders.text_lines(c, ["see-through"], 50, 700)


def _white_alone(c):
    builders.text_lines(c, ["On the page"], 50, 800)
    c.setFillColorRGB(1, 1, 1)
    builders.text_lines(c, ["white on the page"], 50, 700)


def _image_under_text(c):
    from reportlab.lib.utils import ImageReader
    from PIL import Image

    c.drawImage(ImageReader(Image.new("RGB", (8, 8), (0, 0, 0))), 40, 780, 200, 40)
    builders.text_lines(c, ["Black text on a picture"], 50, 790)


def _no_text(c):
    c.setFillColorRGB(0, 0, 0)
    c.rect(40, 780, 200, 40, fill=1, stroke=0)


def _white_on_dark_over_a_white_page_background(c):
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, builders.WIDTH, builders.HEIGHT, fill=1, stroke=0)  # a white rectangle the size of the page
    _white_on_dark(c)


def _white_on_dark_under_a_smaller_white_box(c):
    _white_on_dark(c)
    c.setFillColorRGB(1, 1, 1)
    c.rect(5, 795, 100, 15, fill=1, stroke=0)  # smaller than the dark sidebar, over the first white line


def _black_text_on_a_faint_black_shadow(c):
    c.setFillColorRGB(0, 0, 0)
    c.setFillAlpha(0.05)
    c.rect(0, 0, builders.WIDTH, builders.HEIGHT, fill=1, stroke=0)  # a page-sized shadow, near-white to a reader
    c.setFillAlpha(1.0)
    builders.text_lines(c, ["Black text on the shadow"], 50, 800)


def _white_text_on_a_dark_box_under_a_white_page_fill(c):
    c.setFillColorRGB(0.1, 0.1, 0.34)
    c.rect(0, 0, builders.WIDTH, builders.HEIGHT, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.rect(-1, -1, builders.WIDTH + 2, builders.HEIGHT + 2, fill=1, stroke=0)  # painted over the dark page
    builders.text_lines(c, ["White text on the white fill on top"], 50, 800)


# name: (draw, a region to check: text could be hidden there, the whole-page decision's answer)
PAGES = {"plain": (_plain, False, False),
         "coloured heading on a pale box": (_coloured_heading_on_a_pale_box, False, False),
         "white on dark": (_white_on_dark, False, True),
         "white on dark over a white page background": (_white_on_dark_over_a_white_page_background, False, True),
         "white on dark under a smaller white box": (_white_on_dark_under_a_smaller_white_box, True, True),
         "touching a border": (_black_text_touching_a_black_border, True, True),
         "shape away from text": (_black_shape_away_from_black_text, False, False),
         "grey on grey": (_grey_text_on_a_grey_box_among_other_colours, True, True),
         "tiny": (_tiny, True, True), "transparent": (_transparent, True, True),
         "white alone": (_white_alone, True, True), "picture under text": (_image_under_text, False, False),
         "no text": (_no_text, False, False),
         "faint shadow": (_black_text_on_a_faint_black_shadow, False, True),
         "white on the last, white, page fill": (_white_text_on_a_dark_box_under_a_white_page_fill, True, True)}


def regions_and_answer(tmp_path, draw):
    doc = pdfium_words.open_document(builders.pdf(tmp_path / "cv.pdf", draw))
    try:
        return pw.risky_regions(doc[0]), whole_page_answer(doc[0])
    finally:
        doc.close()


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_page_has_risky_regions_only_where_text_could_be_hidden(tmp_path, name):
    draw, risky, whole_page = PAGES[name]
    regions, answer = regions_and_answer(tmp_path, draw)
    assert bool(regions) == risky
    assert answer == whole_page


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_page_the_whole_page_decision_read_fast_has_no_risky_region(tmp_path, name):
    regions, answer = regions_and_answer(tmp_path, PAGES[name][0])
    assert answer or not regions


def test_text_touching_a_rule_of_its_colour_is_risky_only_where_the_rule_is(tmp_path):
    regions, _ = regions_and_answer(tmp_path, _black_text_touching_a_black_border)
    rule_top, rule_bottom = builders.HEIGHT - 797.5 - 0.8, builders.HEIGHT - 797.5
    assert regions and all(rule_top - pw.SLACK <= top and bottom <= rule_bottom + pw.SLACK
                           for _, top, _, bottom in regions)


def test_text_wholly_off_the_page_makes_no_region_as_its_words_are_dropped_whole(tmp_path):
    regions, answer = regions_and_answer(tmp_path, _off_page)
    assert answer and not regions


def test_fills_near_a_box_come_in_the_order_they_were_given_whichever_bands_the_box_crosses():
    tall, low, high = (0, 0, 100, 100), (0, 60, 100, 70), (0, 10, 100, 20)  # bands 0-4, band 2, band 0
    bands = pw.Bands([(tall, "first"), (low, "second"), (high, "third")])
    assert bands.near((0, 0, 100, 100)) == ["first", "second", "third"]
    assert bands.near((0, 61, 10, 62)) == ["first", "second"]  # within one band
    assert bands.near((200, 0, 300, 100)) == [] and bands.near((0, 65, 10, 66), slack=2) == ["first", "second"]
