"""The lean pdfium bindings give handles as Handles and take them, a page's and out-parameters as by-reference
arguments, all of which pass to pdfium as pointers."""

import ctypes
import gc

import pypdfium2 as pdfium
from screener.loaders import pdfium_calls as calls

import builders


def _write(at, value) -> None:
    """Writes a C value through a by-reference argument, as a pdfium call does."""
    ctypes.memmove(at, ctypes.byref(value), ctypes.sizeof(value))


def test_out_parameters_are_by_reference_arguments_to_each_value_of_the_buffer():
    box = calls.Buffer(4, ctypes.c_double)
    assert all(type(at).__name__ == "CArgObject" for at in box.at)  # passed as it stands, not converted by a type
    for i, at in enumerate(box.at):
        _write(at, ctypes.c_double(i + 0.5))
    assert list(box.values) == [0.5, 1.5, 2.5, 3.5]


def test_a_page_handle_is_a_by_reference_argument_to_the_page(tmp_path):
    doc = pdfium.PdfDocument(str(builders.single_column_pdf(tmp_path / "cv.pdf", ["Python developer"])))
    pdf_page = doc[0]
    page = calls.handle(pdf_page.raw)
    assert type(page).__name__ == "CArgObject"
    assert calls.page_count_objects(page) == pdfium.raw.FPDFPage_CountObjects(pdf_page.raw) > 0
    doc.close()


def test_a_returned_handle_passes_back_as_itself_and_is_known_by_its_value(tmp_path):
    doc = pdfium.PdfDocument(str(builders.single_column_pdf(tmp_path / "cv.pdf", ["Python developer"])))
    pdf_page = doc[0]  # kept: the handle does not keep the page open
    page = calls.handle(pdf_page.raw)
    first, again = calls.page_get_object(page, 0), calls.page_get_object(page, 0)
    assert isinstance(first, calls.Handle) and first.value == again.value and first.value
    assert calls.object_type(first) in (1, 2, 3, 4, 5)  # text, path, image, shading, form
    doc.close()


def test_a_missing_object_is_a_null_handle_that_reads_false(tmp_path):
    doc = pdfium.PdfDocument(str(builders.single_column_pdf(tmp_path / "cv.pdf", ["Python developer"])))
    pdf_page = doc[0]
    assert not calls.page_get_object(calls.handle(pdf_page.raw), 10_000)
    doc.close()


def test_a_buffer_reads_what_was_written_through_its_pointers():
    box = calls.Buffer(4)
    for i, value in enumerate((1.5, -2.0, 3.25, 0.0)):
        _write(box.at[i], ctypes.c_float(value))
    left, top, right, bottom = box.values
    assert (left, top, right, bottom) == (1.5, -2.0, 3.25, 0.0)
    colour = calls.Buffer(4, ctypes.c_uint)
    colour.values[3] = 255
    read = ctypes.c_uint()
    ctypes.memmove(ctypes.byref(read), colour.at[3], ctypes.sizeof(read))
    assert read.value == 255


def test_the_lean_calls_keep_the_gil_as_each_answers_in_under_a_microsecond():
    assert type(calls.char_loose_box)._flags_ & ctypes._FUNCFLAG_PYTHONAPI
    assert type(calls.object_type)._flags_ & ctypes._FUNCFLAG_PYTHONAPI


def _array_types() -> int:
    return len(ctypes.Array.__subclasses__())


def test_a_string_of_any_length_is_read_without_a_ctypes_type_made_for_that_length(tmp_path):
    """A URI and a text object's text come in a length known only per call: pdfium writes them into a bytearray, as
    a ctypes array of each length would be a new type (about 25 us to make) for every length a worker meets."""
    from reportlab.pdfgen import canvas

    from screener.loaders import pdfium_words
    path = tmp_path / "links.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "Jane Doe, backend engineer")
    uri = "https://example.com/" + "q" * 1733  # a length no other test reads
    c.linkURL(uri, (72, 716, 130, 730))
    c.save()
    doc = pdfium.PdfDocument(str(path))
    gc.disable()  # a type made and dropped stays listed until collected
    try:
        before = _array_types()
        links = pdfium_words.page_links(doc, doc[0])
        assert _array_types() == before
    finally:
        gc.enable()
    assert [u for u, _ in links] == [uri]
    data, at = calls.out_bytes(7)
    _write(at, ctypes.c_char(b"x"))
    assert data == bytearray(b"x\0\0\0\0\0\0") and type(at).__name__ == "CArgObject"
    doc.close()
