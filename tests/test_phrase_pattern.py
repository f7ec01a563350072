"""Phrases for context words, exclusions and fields: whole words, and a leading dot that belongs to the term."""
from screener.text.matching import phrase_pattern


def test_a_term_with_a_leading_dot_needs_its_dot():
    assert phrase_pattern((".NET",)).search("reported the fund's net asset value") is None


def test_a_term_with_a_leading_dot_is_found_alone_and_at_the_end_of_a_name():
    rx = phrase_pattern((".NET", "SQL"))
    assert [rx.search(t).group() for t in ("built on .NET 8", "ASP.NET MVC")] == [".NET", ".NET"]


def test_plain_terms_still_stand_alone():
    rx = phrase_pattern((".NET", "SQL"))
    assert rx.search("wrote SQL") and not rx.search("NoSQLish")
