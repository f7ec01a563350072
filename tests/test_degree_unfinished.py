"""A degree is completed or in progress: one its entry says was left unfinished is neither, so it is no degree
(screener/degrees.py's definition), while the entry's other degrees, and the word "dropout" used of anything but
the study, are read as before."""
import datetime as dt

import pytest

from screener.degrees import find_degrees

from helpers import doc, grows_linearly, sections

AS_OF = dt.date(2026, 1, 1)


def read(*lines):
    d = doc("Education", *lines)
    return [(x.level.value, x.field) for x in find_degrees(d, sections(d), AS_OF)]


@pytest.mark.parametrize("line", [
    "MSc in Physics, Northfield University (dropout)",
    "Bachelor of Arts in Music (didn't graduate)",
    "BSc Chemistry, Northfield College 2011 - 2013 (did not graduate)",
    "Ph.D. in Mathematics (Transferred Before Completion) 2019 - 2020",
    "BA History, Northfield University (incomplete)",
    "MS in Statistics - dropped out in 2015",
])
def test_a_degree_its_own_words_say_was_left_unfinished_is_none(line):
    assert read(line) == []


def test_an_unfinished_status_on_a_line_of_its_entry_ends_the_degree():
    assert read("BSc in Computer Engineering", "Northfield University", "2012 - 2016", "(Incomplete)") == []


def test_the_other_degree_on_an_unfinished_degrees_line_still_counts():
    assert read("MSc Physics (dropout), BSc Mathematics 2010 - 2014") == [("bachelor", "mathematics")]
    assert read("BSc Mathematics 2010 - 2014, MSc Physics (dropout)") == [("bachelor", "mathematics")]


def test_an_unfinished_degree_leaves_the_completed_one_below_it():
    assert read("Master of Science in Computer Science (dropout)",
                "B.S. in Geology, Northfield University 2016 - 2020") == [("bachelor", "geology")]


@pytest.mark.parametrize("lines", [
    ("M.S. in Computer Science, thesis on dropout regularisation in deep networks",),
    ("MSc Data Science, Northfield University 2019 - 2020", "Thesis: dropout as Bayesian approximation"),
    ("BSc Physics", "Northfield University 2012 - 2016", "Online course in Design (incomplete)"),
])
def test_dropout_as_a_method_or_a_courses_status_leaves_the_degree(lines):
    assert len(read(*lines)) == 1


def test_a_long_line_of_unfinished_degrees_is_read_in_linear_time():
    assert grows_linearly(lambda text: read(text), lambda n: "BSc Physics (dropout), " * (n // 23), 40000)
