"""A role noun is looked for by its first letter where a word starts, then among that letter's nouns only: the same
matches, at the same places, as one alternation of every noun in the list's order."""
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from screener.text import role_nouns
from screener.text.role_nouns import ROLE_NOUN

ONE_ALTERNATION = re.compile(rf"\b(?:{'|'.join(role_nouns._NOUNS)})s?\b", re.I)
PIECES = ["Engineer", "ENGINEERS", "executive", "Counselor", "counsellors", "Advisor", "adviser", "Volunteered",
          "Lead", "leader", "Intern", "internal", "Manager", "Kelvin \u212aeeper", "\u017fcientist", "Ÿ", "-", "/",
          "2019", ",", "of", "Team", "Acme", "co", "x"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8).map(lambda pieces: "".join(
    p + (" " if i % 3 else "") for i, p in enumerate(pieces))))
@example("Senior Software Engineer, Acme")
@example("\u017fcientist and lead")
def test_a_role_noun_is_found_where_one_alternation_of_every_noun_finds_it(line):
    assert [m.span() for m in ROLE_NOUN.finditer(line)] == [m.span() for m in ONE_ALTERNATION.finditer(line)]
    assert bool(ROLE_NOUN.fullmatch(line)) == bool(ONE_ALTERNATION.fullmatch(line))


def test_nouns_are_grouped_under_their_first_letter():
    assert ROLE_NOUN.pattern.startswith(r"\b(?=[")
    assert ROLE_NOUN.search("Data Scientist") and not ROLE_NOUN.search("Leadership")
