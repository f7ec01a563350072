"""Hostile input for the date grammar: a 50 KB line made of letters the grammar knows ('a', 'al', 'ene' are its
links and months) screens in time that grows with its length, since a date line is short. Invented input."""
import pytest
from helpers import AS_OF, document, grows_linearly

from screener.engine import screen_document
from screener.rules import load_rules


@pytest.mark.parametrize("unit", [("a ", "1"), ("al", " a 1"), ("a", " 1 x"), ("ene", " 1")],
                         ids=["a-spaced", "al-run", "a-run", "ene-run"])
def test_a_50_kb_run_of_the_grammars_letters_screens_in_linear_time(unit):
    rules = load_rules()
    run, tail = unit
    assert grows_linearly(  # splitting the run into the grammar's words at every letter took a minute
        lambda text: screen_document(document(text), rules, AS_OF),
        lambda n: "Experience\nDeveloper, Acme  2018 - 2022\n" + run * (n // len(run)) + tail,
        50000)


def test_a_line_repeating_a_date_and_a_carry_on_word_screens_in_linear_time():
    rules = load_rules()
    assert grows_linearly(  # each "2019 onwards" would open a range that re-reads the whole line
        lambda text: screen_document(document(text), rules, AS_OF),
        lambda n: "Experience\nDeveloper, Acme  2018 - 2022\n" + "2019 onwards " * (n // 13),
        20000)
