"""The lean pdfium bindings take and give handles as Handles, which pass to pdfium as pointers."""

import ctypes

import pypdfium2 as pdfium
from screener.loaders import pdfium_calls as calls

import builders


def test_out_parameters_are_handles_to_each_value_of_the_buffer():
    box = calls.Buffer(4, ctypes.c_double)
    assert all(isinstance(at, calls.Handle) for at in box.at)
    assert [at.value - box.at[0].value for at in box.at] == [0, 8, 16, 24]


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
        ctypes.c_float.from_address(box.at[i].value).value = value
    left, top, right, bottom = box.values
    assert (left, top, right, bottom) == (1.5, -2.0, 3.25, 0.0)
    colour = calls.Buffer(4, ctypes.c_uint)
    colour.values[3] = 255
    assert ctypes.c_uint.from_address(colour.at[3].value).value == 255


def test_the_lean_calls_keep_the_gil_as_each_answers_in_under_a_microsecond():
    assert type(calls.char_loose_box)._flags_ & ctypes._FUNCFLAG_PYTHONAPI
    assert type(calls.object_type)._flags_ & ctypes._FUNCFLAG_PYTHONAPI
