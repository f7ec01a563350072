"""The pdfium functions the PDF reader calls for every word, character and page object, bound lean.

pypdfium2.raw's typed bindings convert and check every argument through its declared type, which costs more than
the C function itself. These are the same C functions, found through pypdfium2.raw so both always call one
library, bound without argument types: ctypes then passes each argument as what it is. So a pointer (a handle,
an out-parameter) must be a `Handle`, as these bindings give it, or a by-reference argument, as `handle` and
`Buffer` give it, and only an index may be a Python int: ctypes would pass an address given as an int as a C int,
cut short.

The pointers a page's calls pass over and over (its text page, its page, each out-parameter) are by-reference
arguments (`ctypes.byref`), made once: ctypes copies one as it stands, where a `Handle` goes through its type's
conversion, which looks up the type's format every time (FPDFText_GetLooseCharBox 0.29 -> 0.23 us a call; a PDF
makes about 12,000 such calls, most with one to five pointers).

They are also called without releasing the GIL: each answers in well under a microsecond from what pdfium has
already read, and releasing and taking the GIL back around such a call cost as much as the rest of it (0.6 ->
0.3 us a call, measured on FPDFText_GetLooseCharBox; a page makes thousands). The calls that do a page's real
work (loading the page and its text) go through pypdfium2 and still let other threads run.
"""
from __future__ import annotations

import ctypes
from ctypes import c_int, c_uint, c_void_p

import pypdfium2.raw as raw


class Handle(c_void_p):
    """A pointer as the lean functions take and give it. ctypes turns a returned c_void_p into an int, which
    would then pass as a C int; a subclass is returned as itself. Compare or file handles by `.value`."""


def _lean(function, restype):
    """The C function behind a pypdfium2.raw binding, called without declared argument types, holding the GIL."""
    bound = ctypes.PYFUNCTYPE(restype)(ctypes.cast(function, c_void_p).value)
    bound.argtypes = None  # no per-argument conversion: the arguments are already C values (see above)
    return bound


def handle(obj):
    """A pypdfium2 handle (a page, a text page) as the lean functions take it: a by-reference argument to the
    address it holds (a byte there is never read from Python)."""
    return ctypes.byref(ctypes.c_char.from_address(ctypes.cast(obj, c_void_p).value or 0))


P, I = Handle, c_int  # a handle; an int
page_count_objects = _lean(raw.FPDFPage_CountObjects, I)  # (page)
page_get_object = _lean(raw.FPDFPage_GetObject, P)  # (page, index)
form_count_objects = _lean(raw.FPDFFormObj_CountObjects, I)  # (form)
form_get_object = _lean(raw.FPDFFormObj_GetObject, P)  # (form, index)
object_type = _lean(raw.FPDFPageObj_GetType, I)  # (object)
object_bounds = _lean(raw.FPDFPageObj_GetBounds, I)  # (object, left, bottom, right, top: float*)
object_fill_color = _lean(raw.FPDFPageObj_GetFillColor, I)  # (object, r, g, b, a: unsigned int*)
object_matrix = _lean(raw.FPDFPageObj_GetMatrix, I)  # (object, FS_MATRIX*: six floats)
text_font_size = _lean(raw.FPDFTextObj_GetFontSize, I)  # (object, float*)
text_render_mode = _lean(raw.FPDFTextObj_GetTextRenderMode, I)  # (object)
path_draw_mode = _lean(raw.FPDFPath_GetDrawMode, I)  # (object, fill mode: int*, stroke: int*)
path_count_segments = _lean(raw.FPDFPath_CountSegments, I)  # (object)
path_segment = _lean(raw.FPDFPath_GetPathSegment, P)  # (object, index)
segment_type = _lean(raw.FPDFPathSegment_GetType, I)  # (segment): FPDF_SEGMENT_MOVETO opens a contour
text_object_text = _lean(raw.FPDFTextObj_GetText, c_uint)  # (object, text page, UTF-16 buffer, its bytes)
char_unicode = _lean(raw.FPDFText_GetUnicode, c_uint)  # (text page, index)
char_generated = _lean(raw.FPDFText_IsGenerated, I)  # (text page, index): a space or break pdfium added
char_loose_box = _lean(raw.FPDFText_GetLooseCharBox, I)  # (text page, index, FS_RECTF*: left, top, right, bottom)
char_origin = _lean(raw.FPDFText_GetCharOrigin, I)  # (text page, index, x, y: double*)
char_fill_color = _lean(raw.FPDFText_GetFillColor, I)  # (text page, index, r, g, b, a: unsigned int*)
char_unmapped = _lean(raw.FPDFText_HasUnicodeMapError, I)  # (text page, index)
char_object = _lean(raw.FPDFText_GetTextObject, P)  # (text page, index): the text object that paints it
object_clip = _lean(raw.FPDFPageObj_GetClipPath, P)  # (object)
clip_count_paths = _lean(raw.FPDFClipPath_CountPaths, I)  # (clip)
clip_count_segments = _lean(raw.FPDFClipPath_CountPathSegments, I)  # (clip, path)
clip_segment = _lean(raw.FPDFClipPath_GetPathSegment, P)  # (clip, path, segment)
segment_point = _lean(raw.FPDFPathSegment_GetPoint, I)  # (segment, x, y: float*)


def out_bytes(size: int):
    """(a zeroed bytearray of `size` bytes, at least one; a by-reference argument to its start) for pdfium to write a
    string of a length known only per call into (a URI, a text object's text). A ctypes array of that length
    (create_string_buffer) is a new ctypes type for every length met: about 25 us to make, more than the calls
    that fill it, and a type for each distinct length a worker meets until the collector frees it."""
    data = bytearray(size)
    return data, ctypes.byref(ctypes.c_char.from_buffer(data))


class Buffer:
    """A reusable array of n C values for out-parameters, with a by-reference argument to each (`at`). The values
    are read through a memoryview: unpacking a ctypes array goes item by item through Python's sequence protocol,
    several times slower, and the reader unpacks a box or a colour for every page object and word."""

    _FORMATS = {ctypes.c_float: "f", ctypes.c_double: "d", ctypes.c_uint: "I", ctypes.c_int: "i"}

    def __init__(self, n: int, kind=ctypes.c_float):
        self._array = (kind * n)()
        self.values = memoryview(self._array).cast("B").cast(self._FORMATS[kind])
        self.at = tuple(ctypes.byref(self._array, i * ctypes.sizeof(kind)) for i in range(n))
