"""The fast PDF engine: visible words with their boxes from pdfium, in the same shape pdfplumber gives them."""
from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as raw

INVISIBLE_MODE = 3  # PDF text render mode "neither fill nor stroke"


def _fill(textpage, i: int) -> tuple[float, float, float]:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    raw.FPDFText_GetFillColor(textpage, i, r, g, b, a)
    return r.value / 255, g.value / 255, b.value / 255


def _dark_fills(page, height: float) -> list[dict]:
    """Filled, non-white shapes and pictures: white text drawn over them is visible."""
    boxes = []
    for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_PATH, raw.FPDF_PAGEOBJ_IMAGE), max_depth=2):
        if obj.type == raw.FPDF_PAGEOBJ_PATH:
            r, g, b, a = (ctypes.c_uint() for _ in range(4))
            mode, stroke = ctypes.c_int(), ctypes.c_int()
            raw.FPDFPath_GetDrawMode(obj, mode, stroke)
            raw.FPDFPageObj_GetFillColor(obj, r, g, b, a)
            if mode.value == 0 or min(r.value, g.value, b.value) > 242:
                continue
        left, bottom, right, top = obj.get_bounds()
        boxes.append({"x0": left, "x1": right, "top": height - top, "bottom": height - bottom})
    return boxes


def page_words(page, is_white, hidden_kind) -> tuple[list[dict], list[str], int]:
    """Visible words of one page, the kinds of hidden text that were dropped, and how many characters
    pdfium could not map to Unicode (a font without a ToUnicode map reads as shifted letters)."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    fills = None
    words: list[dict] = []
    dropped: list[str] = []
    current: dict | None = None
    unmapped = 0
    for i in range(textpage.count_chars()):
        char = chr(raw.FPDFText_GetUnicode(textpage, i))
        if char.isspace() or raw.FPDFText_IsGenerated(textpage, i) == 1 or char == "\x00":
            current = None
            continue
        # Loose boxes span the font's full height and advance, like pdfplumber's; FPDFText_GetFontSize would
        # ignore the text matrix (1 pt fonts scaled up are common), so the box height stands for the size
        unmapped += raw.FPDFText_HasUnicodeMapError(textpage, i) == 1
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        size = top - bottom
        box = {"text": char, "x0": left, "x1": right, "top": height - top, "bottom": height - bottom,
               "size": size, "non_stroking_color": _fill(textpage, i)}
        kind = None
        if raw.FPDFTextObj_GetTextRenderMode(raw.FPDFText_GetTextObject(textpage, i)) == INVISIBLE_MODE:
            kind = "invisible text"
        else:
            if is_white(box["non_stroking_color"]) and fills is None:
                fills = _dark_fills(page, height)
            kind = hidden_kind(box, width, height, fills or [])
        if kind:
            dropped.append(kind)
            current = None
            continue
        gap = box["x0"] - current["x1"] if current else 0
        if current and abs(box["bottom"] - current["bottom"]) < 0.5 * size and -0.5 * size < gap < 0.12 * size:
            current["text"] += char
            current["x1"] = max(current["x1"], box["x1"])
            current["top"] = min(current["top"], box["top"])
            current["bottom"] = max(current["bottom"], box["bottom"])
        else:
            current = {k: box[k] for k in ("text", "x0", "x1", "top", "bottom")}
            words.append(current)
    textpage.close()
    return words, dropped, unmapped


def invisible_boxes(path, max_pages: int) -> dict[int, list[tuple[float, float, float, float]]]:
    """(x0, top, x1, bottom) of text drawn with the invisible render mode, by page number: pdfminer does not
    report the render mode, so the pdfplumber engine asks pdfium where such text is and drops what lies there."""
    boxes: dict[int, list[tuple[float, float, float, float]]] = {}
    pdf = pdfium.PdfDocument(str(path))
    try:
        for number in range(min(len(pdf), max_pages)):
            page = pdf[number]
            height = page.get_size()[1]
            for obj in page.get_objects(filter=(raw.FPDF_PAGEOBJ_TEXT,), max_depth=3):
                if raw.FPDFTextObj_GetTextRenderMode(obj) == INVISIBLE_MODE:
                    left, bottom, right, top = obj.get_bounds()
                    boxes.setdefault(number + 1, []).append((left, height - top, right, height - bottom))
    finally:
        pdf.close()
    return boxes


def open_document(path) -> pdfium.PdfDocument:
    return pdfium.PdfDocument(str(path), password=None)
