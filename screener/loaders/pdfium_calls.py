"""The pdfium functions the PDF reader calls for every word and text object, bound lean: handles and
out-parameters pass as plain addresses. pypdfium2.raw's typed bindings wrap each returned handle in a pointer
object and check each argument's type, which costs about as much as the call itself; these are the same C
functions, found through pypdfium2.raw, so both always call one library."""
from __future__ import annotations

import ctypes
from ctypes import c_int, c_void_p

import pypdfium2.raw as raw


P, I = c_void_p, c_int  # a handle or out-parameter address; an index


def _lean(function, restype, *argtypes):
    """The C function behind a pypdfium2.raw binding, called with plain addresses and integers."""
    return ctypes.CFUNCTYPE(restype, *argtypes)(ctypes.cast(function, c_void_p).value)


def address(handle) -> int:
    """The address of a pypdfium2 handle (a page, a text page), as the lean functions take it."""
    return ctypes.cast(handle, c_void_p).value or 0


page_count_objects = _lean(raw.FPDFPage_CountObjects, I, P)
page_get_object = _lean(raw.FPDFPage_GetObject, P, P, I)
form_count_objects = _lean(raw.FPDFFormObj_CountObjects, I, P)
form_get_object = _lean(raw.FPDFFormObj_GetObject, P, P, I)
object_type = _lean(raw.FPDFPageObj_GetType, I, P)
object_bounds = _lean(raw.FPDFPageObj_GetBounds, I, P, P, P, P, P)  # left, bottom, right, top: float*
object_fill_color = _lean(raw.FPDFPageObj_GetFillColor, I, P, P, P, P, P)  # r, g, b, a: unsigned int*
object_matrix = _lean(raw.FPDFPageObj_GetMatrix, I, P, P)  # FS_MATRIX*: six floats
text_font_size = _lean(raw.FPDFTextObj_GetFontSize, I, P, P)  # float*
text_render_mode = _lean(raw.FPDFTextObj_GetTextRenderMode, I, P)
path_draw_mode = _lean(raw.FPDFPath_GetDrawMode, I, P, P, P)  # fill mode: int*, stroke: int*
char_loose_box = _lean(raw.FPDFText_GetLooseCharBox, I, P, I, P)  # FS_RECTF*: left, top, right, bottom
char_origin = _lean(raw.FPDFText_GetCharOrigin, I, P, I, P, P)  # x, y: double*
char_unmapped = _lean(raw.FPDFText_HasUnicodeMapError, I, P, I)
char_object = _lean(raw.FPDFText_GetTextObject, P, P, I)  # the text object that paints the character
object_clip = _lean(raw.FPDFPageObj_GetClipPath, P, P)
clip_count_paths = _lean(raw.FPDFClipPath_CountPaths, I, P)
clip_count_segments = _lean(raw.FPDFClipPath_CountPathSegments, I, P, I)
clip_segment = _lean(raw.FPDFClipPath_GetPathSegment, P, P, I, I)
segment_point = _lean(raw.FPDFPathSegment_GetPoint, I, P, P, P)  # x, y: float*


class Buffer:
    """A reusable array of n C values for out-parameters, with the address of each."""

    def __init__(self, n: int, kind=ctypes.c_float):
        self.values = (kind * n)()
        self.at = tuple(ctypes.addressof(self.values) + i * ctypes.sizeof(kind) for i in range(n))
