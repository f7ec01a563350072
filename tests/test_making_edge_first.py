"""A making's pattern tests the word edge before the lookbehinds for an article or a possessive: zero-width tests at
one place are all met or not whatever their order, so the matches are those of the lookbehinds tested first, and
the edge, one test, turns most places away before the six lookbehinds are tried."""
import re
from re import _constants, _parser

from hypothesis import given, settings
from hypothesis import strategies as st

from screener.checks import fields

LOOKBEHINDS_FIRST = fields._MAKING.replace(r"(?:\b(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\bour )(?<!\btheir )",
                                           r"(?:(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\bour )(?<!\btheir )\b")
WORDS = ["built", "BUILDS", "building", "develop", "developed", "and", "maintained", "coding", "code", "wrote",
         "written", "shipping", "the", "a", "an", "its", "our", "their", "THE", "development", "creation", "of",
         "booking", "app", "apps", "website", "for", "ſhipped", "İmplemented", "program", "x", "-", ",", ".", "(",
         "rebuilt", "decoded", "2021", "_code"]


def making(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"{pattern}(?:[\s,]+{fields._OBJECT_WORD}){{0,3}}?[\s,]+(?P<thing>app|website)"
                      rf"{fields._THING_ENDS}", re.I | re.M)


def test_the_oracle_is_the_lookbehinds_first_order():
    # the property below compares with an order written by replacing the pattern's opening: had that text moved,
    # the replace would change nothing and the property would compare the pattern with itself
    assert LOOKBEHINDS_FIRST != fields._MAKING and LOOKBEHINDS_FIRST.count(r"\b") == fields._MAKING.count(r"\b")


def test_the_word_edge_is_tested_first():
    # both alternatives open with it, so the parser tests it once, before either
    assert _parser.parse(fields._MAKING, re.I).data[0] == (_constants.AT, _constants.AT_BOUNDARY)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=10), st.sampled_from([" ", "", "\n", "  "]))
def test_the_same_makings_as_the_lookbehinds_first(words, gap):
    text = gap.join(words) if gap else "".join(words)
    found = [(m.span(), m["thing"]) for m in making(fields._MAKING).finditer(text)]
    assert found == [(m.span(), m["thing"]) for m in making(LOOKBEHINDS_FIRST).finditer(text)]
