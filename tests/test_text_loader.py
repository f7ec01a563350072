"""Text resumes in the encodings people actually save them in."""
import codecs

import pytest

from screener.errors import LoadError
from screener.loaders import load

WORDS = "Café engineer – Python"


@pytest.mark.parametrize("data", [
    WORDS.encode("utf-8"),
    codecs.BOM_UTF8 + WORDS.encode("utf-8"),
    WORDS.encode("utf-16"),
    WORDS.encode("cp1252"),
], ids=["utf-8", "utf-8-bom", "utf-16", "cp1252"])
def test_encodings_decode_to_the_same_text(tmp_path, data):
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    assert load(path).text == WORDS


def test_an_empty_file_is_a_load_error(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(b"  \n")
    with pytest.raises(LoadError, match="empty file"):
        load(path)


def test_an_unsupported_type_is_a_load_error(tmp_path):
    path = tmp_path / "r.xyz"
    path.write_text("hello")
    with pytest.raises(LoadError, match="unsupported"):
        load(path)


def test_a_huge_text_file_is_capped_and_says_so(tmp_path):
    path = tmp_path / "r.txt"
    with path.open("wb") as f:
        f.write(b"Python engineer\n")
        f.write(b"filler line\n" * (50 * 1024 * 1024 // 12))
    doc = load(path)
    assert doc.lines[0].text == "Python engineer"
    assert doc.warnings == ("only the first 2 MB of 50 MB were read", "only the first 500,000 characters were screened")
