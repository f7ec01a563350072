"""Hostile input for the date grammar: a 50 KB line made of letters the grammar knows ('a', 'al', 'ene' are its
links and months) screens in about a second, since a date line is short. Invented input."""
import time

import pytest
from helpers import AS_OF, document

from screener.engine import screen_document
from screener.rules import load_rules


@pytest.mark.parametrize("line", ["a " * 25000 + "1", "al" * 25000 + " a 1", "a" * 50000 + " 1 x",
                                  "ene" * 16000 + " 1"],
                         ids=["a-spaced", "al-run", "a-run", "ene-run"])
def test_a_50_kb_run_of_the_grammars_letters_screens_in_about_a_second(line):
    rules = load_rules()
    started = time.perf_counter()
    screen_document(document("Experience\nDeveloper, Acme  2018 - 2022\n" + line), rules, AS_OF)
    assert time.perf_counter() - started < 2  # splitting the run into the grammar's words at every letter took a minute
