"""A lone "&" between words is the word "and": a phrase naming "and" reads it ("Research & Development"), and a
wildcard stops at it as it stops at "and". Inside a word ("R&D", "AT&T") it is part of a name, not a word."""
import pytest

from helpers import outcome, requirement

SOFTWARE_JOB = "Experience\nSoftware Engineer, Acme  2019 - 2021\n- "


@pytest.mark.parametrize("term, line", [
    ({"term": "research and development", "match": "word"}, "Led Research & Development for the lab"),
    ("lead the * and * team", "Led the iOS & Android team of six"),
    ("design and build", "Design & build of the payments API"),
], ids=["phrase", "coordinated-team", "two-verbs"])
def test_a_lone_ampersand_reads_as_and(term, line):
    result = outcome(SOFTWARE_JOB + line, requirement(any=[term]))
    assert result.status.value == "pass"
    assert "&" in result.evidence[0].quote  # the evidence quotes what was written


@pytest.mark.parametrize("term, line", [
    ("lead the * team", "Led the iOS & Android team of six"),  # a wildcard stops at "and", written either way
    ("research and development", "Ran R&D for the lab"),  # inside a word: a name
], ids=["wildcard-stops", "inside-a-word"])
def test_an_ampersand_elsewhere_is_no_word(term, line):
    assert outcome(SOFTWARE_JOB + line, requirement(any=[term])).status.value == "fail"


@pytest.mark.parametrize("term, line", [
    ("P & L", "Owned the P & L of the unit"),
    ("Sales & Marketing", "Led Sales & Marketing for the region"),
    ("R & D", "Ran R&D for the lab"),
], ids=["p-and-l", "words", "glued-in-the-resume"])
def test_a_term_written_with_an_ampersand_still_matches_it(term, line):
    assert outcome(SOFTWARE_JOB + line, requirement(any=[term])).status.value == "pass"
