"""Characters read one at a time (pdfium_words._Chars) are judged by the text object that paints them: pdfium answers
a character's render mode and fill colour from its text object, so each object is asked once, and a line mixing
seen and unseen objects keeps exactly the characters of the seen ones."""
import builders
import pytest

from screener.loaders import pdf, pdfium_calls, pdfium_words


def _mixed_line(c):
    """One line of three text objects: painted, unpainted (render mode 3), painted again."""
    builders.text_lines(c, ["An ordinary line above"], 50, 800)
    t = c.beginText(50, 700)
    t.setFont("Helvetica", 10)
    t.textOut("Seen ")
    t.setTextRenderMode(3)
    t.textOut("unseen ")
    t.setTextRenderMode(0)
    t.textOut("again")
    c.drawText(t)


def _translucent_then_opaque(c):
    builders.text_lines(c, ["An ordinary line above"], 50, 800)
    c.setFillAlpha(0.05)
    c.drawString(50, 700, "faint")
    c.setFillAlpha(1)
    c.drawString(80, 700, "solid")


def _words(path):
    doc = pdfium_words.open_document(path)
    try:
        words, dropped, _ = pdfium_words.page_words(doc[0], pdf._hidden_kind)
        return [w["text"] for w in words], {kind for kind, _ in dropped}
    finally:
        doc.close()


def test_a_line_of_seen_and_unpainted_objects_keeps_only_the_painted_characters(tmp_path):
    words, kinds = _words(builders.pdf(tmp_path / "cv.pdf", _mixed_line))
    assert "Seen" in words and "again" in words
    assert not any("unseen" in w for w in words)
    assert kinds == {"invisible text"}


def test_a_transparent_object_beside_an_opaque_one_on_its_line_is_dropped_alone(tmp_path):
    words, kinds = _words(builders.pdf(tmp_path / "cv.pdf", _translucent_then_opaque))
    assert "solid" in words and "faint" not in words
    assert kinds == {"transparent text"}


@pytest.mark.parametrize("draw", [_mixed_line, _translucent_then_opaque])
def test_each_text_object_is_asked_its_colour_once_however_many_characters_it_paints(tmp_path, monkeypatch, draw):
    asked = []
    ask = pdfium_calls.char_fill_color
    monkeypatch.setattr(pdfium_calls, "char_fill_color", lambda text, i, *rgba: asked.append(i) or ask(text, i, *rgba))
    _words(builders.pdf(tmp_path / "cv.pdf", draw))
    assert 0 < len(asked) <= 3  # one per text object read character by character, not one per character
