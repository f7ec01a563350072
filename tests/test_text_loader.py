"""Text resumes in the encodings people actually save them in."""
import codecs
import datetime as dt

import pytest
from helpers import grows_linearly

from screener.errors import LoadError
from screener.loaders import load
from screener.loaders.text import decode
from screener.text.dates import find_range

WORDS = "Café engineer – Python"


@pytest.mark.parametrize("data", [
    WORDS.encode("utf-8"),
    codecs.BOM_UTF8 + WORDS.encode("utf-8"),
    WORDS.encode("utf-16"),
    WORDS.encode("cp1252"),
    codecs.BOM_UTF16_BE + WORDS.encode("utf-16-be"),
], ids=["utf-8", "utf-8-bom", "utf-16", "cp1252", "utf-16-be"])
def test_encodings_decode_to_the_same_text(tmp_path, data):
    path = tmp_path / "r.txt"
    path.write_bytes(data)
    assert load(path).text == WORDS


# A lossy conversion writes '?' for a byte it cannot carry: a bullet's E2 80 A2 arrives as E2 3F A2, a dash's E2 80 93
# as E2 3F 3F. The file is still UTF-8, damaged in places.
def damaged(text: str) -> bytes:
    return text.encode("utf-8").replace(b"\xe2\x80\xa2", b"\xe2?\xa2").replace(b"\xe2\x80\x93", b"\xe2??")


def test_damaged_bullets_in_utf8_are_bullets_and_the_rest_stays_utf8(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(damaged("Skills of Zoë Muñoz\n• Led a team of four\n• Built billing services\n"))
    assert [line.text for line in load(path).lines] == [
        "Skills of Zoë Muñoz", "Led a team of four", "Built billing services"]


def test_a_damaged_dash_still_separates_a_date_range():
    text = decode(damaged("Engineer, Northwind – Café 2019 – 2021"))
    assert text == "Engineer, Northwind \ufffd Café 2019 \ufffd 2021"
    found = find_range(text, dt.date(2026, 1, 1))
    assert (found.start.year, found.end.year) == (2019, 2021)


def test_a_damaged_bullet_between_years_is_no_dash():
    # E2 ? A2 is a bullet or a trade mark whatever byte was lost; only E2 80 9x (E2 ? ?) may be a dash
    text = decode(damaged("Talks 2008 • 2012 • 2016"))
    assert text == "Talks 2008 \ufffc 2012 \ufffc 2016"
    assert find_range(text, dt.date(2026, 1, 1)) is None


# The same text read as Windows-1252 and written back as UTF-8: each byte a character ("Ã«" for ë), a lost one '?'.
def doubled(text: str) -> bytes:
    return damaged(text).decode("cp1252").encode("utf-8")


def test_double_encoded_utf8_reads_as_what_it_spells(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(doubled("Skills of Zoë Muñoz\n• Led a team of four\n• Rust, 2019 – 2021\n"))
    assert [line.text for line in load(path).lines] == [
        "Skills of Zoë Muñoz", "Led a team of four", "Rust, 2019 \ufffd 2021"]


@pytest.mark.parametrize("data, text", [
    (doubled("Rust, 2019 – 2021"), "Rust, 2019 \ufffd 2021"),  # all its bytes but the lead lost, apart from words
    ("Rust, 2019 â?\ufffd 2021".encode(), "Rust, 2019 \ufffd 2021"),  # a lost byte written as U+FFFD
], ids=["dash-alone", "lost-as-replacement"])
def test_a_double_encoded_character_of_lost_bytes_standing_apart_is_read(data, text):
    assert decode(data) == text


REAL_TEXT = [
    "Société Générale, naïve “quotes” – Â la carte",  # no run spells a UTF-8 sequence
    "Voilà?? Déjà vu",  # a lead and '?' only, and no other sign of double encoding
    # an accented capital or ß glued to a Windows-1252 sign spells a UTF-8 sequence, but its lead is no common one
    "Owner, ANDRÉ’S BAKERY, 2010 – 2015",
    "“CAFÉ” and «SOCIÉTÉ» ltd",
    "RENÉ–LOUIS … ÉTÉ°",
    "„Groß“ GmbH ®",
    "NOÉ’S LABS, then why CAFÉ?",  # a lead and '?' ending a word: such a pair is no evidence of double encoding
]


@pytest.mark.parametrize("text", REAL_TEXT, ids=["accents", "question-marks", "apostrophe", "quotes", "dash",
                                                 "sharp-s", "with-question-mark"])
def test_real_accented_text_stays(text):
    assert decode(text.encode("utf-8")) == text


def each_byte_as_cp1252(data: bytes) -> str:
    """As a double-encoding program reads bytes: Windows-1252, its five unassigned bytes as Latin-1 (C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in data)


@pytest.mark.parametrize("text", REAL_TEXT[2:], ids=["apostrophe", "quotes", "dash", "sharp-s",
                                                     "with-question-mark"])
def test_the_same_text_double_encoded_reads_as_written(text):
    assert decode(each_byte_as_cp1252(text.encode("utf-8")).encode("utf-8")) == text


def test_stray_windows_1252_bytes_in_utf8_read_as_windows_1252():
    data = "Zoë Muñoz, Ångström, Grüße".encode() + b" \x93quoted\x94 caf\xe9 " + damaged("• Go")
    assert decode(data) == "Zoë Muñoz, Ångström, Grüße “quoted” café \ufffc Go"


def test_a_tie_between_utf8_and_stray_bytes_stays_legacy():
    # "Ñ?" looks like a damaged two-byte sequence, "é" is a stray byte: as much says legacy as says UTF-8
    assert decode("Ñ? dijo José".encode("cp1252")) == "Ñ? dijo José"


@pytest.mark.parametrize("data, text", [
    (b"Python engineer since 2019 \xe2?", "Python engineer since 2019 \ufffd"),  # cut after the '?'
    (b"Python engineer since 2019 \xe2\x80", "Python engineer since 2019 \ufffd"),  # cut inside the sequence
    (damaged("Zoë – ") + b"\xf0\x9f?", "Zoë \ufffd \ufffc"),  # an emoji, not a dash
    (b"Zo\xc3\xab, since 2019 \xf0\x9f", "Zoë, since 2019 \ufffc"),  # cut inside an emoji: no dash fits
], ids=["damaged", "cut", "after-damage", "cut-not-a-dash"])
def test_a_damaged_sequence_at_the_end_reads_as_one_mark(data, text):
    assert decode(data) == text


@pytest.mark.parametrize("text, encoding", [
    ("Résumé of José: “curly” quotes, naïve café – 2019", "cp1252"),
    ("José Muñoz, Günther Ångström, Françoise", "latin-1"),
    # a legacy file may hold what looks like a damaged sequence (an accented letter, then '?'): the stray bytes of
    # its other accents and quotes still say most of it is not UTF-8
    ("¿Qué?? “Sí”, dijo Inés", "cp1252"),
], ids=["cp1252", "latin-1", "legacy-with-question-marks"])
def test_legacy_8_bit_text_stays_legacy(text, encoding):
    assert decode(text.encode(encoding)) == text


@pytest.mark.parametrize("piece", [damaged("• Led – Zoë "), b"\xe2?" * 3, b"\xf0" + b"?" * 5 + b"\xe9 ",
                                   doubled("• Led – Zoë "), "é?? Ã".encode()],
                         ids=["damaged-text", "cut-sequences", "lead-bytes-and-marks", "doubled", "doubled-marks"])
def test_damaged_utf8_is_read_in_linear_time(piece):
    assert grows_linearly(decode, lambda n: piece * n, 400_000)


def test_many_damaged_characters_are_a_warning(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(damaged("• Go\n• Rust\n• Kafka, 2019 – 2021\n"))
    assert load(path).warnings == ("4 characters could not be decoded (damaged bytes); they read as bullets or "
                                   "separators, so a date or a word near them may be misread",)


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
