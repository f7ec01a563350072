"""A degree counts completed or in progress: one its entry says was left unfinished is neither, so it is no degree
(screener/degrees.py's definition; screener/degree_unfinished.py reads the status). A status is the study's only
when said of it: in brackets after the entry's own words or alone on a line, as the candidate's own act, or as
leaving the study itself. Said of another thing the entry names (a club, a term abroad, a project, a list of
modules), or in the next school's entry, it leaves the degree as it was."""
import pytest

from screener.degree_unfinished import says_unfinished

from helpers import degrees_read as read, grows_linearly


@pytest.mark.parametrize("line", [
    "MEng Civil Engineering, Tarrow Institute, 2010 - 2012 (dropped out)",
    "BA in Linguistics (did not graduate)",
    "BSc Chemistry, Ashdown College 2011 - 2013 (withdrawn, 2013)",
    "PhD in Ecology 2016 - 2018 (left before completion)",
    "BA Philosophy, Kessel University, incomplete",
    "MA in Economics – withdrew in 2009",
])
def test_a_degree_its_own_words_say_was_left_unfinished_is_none(line):
    assert read(line) == []


@pytest.mark.parametrize("status", [
    "Did not graduate",
    "Dropped out, 2014",
    "(not completed)",
    "Left the programme to work full time",
    "Withdrew from Ashdown College in 2006",
])
def test_a_status_alone_or_leaving_the_study_on_a_line_of_its_entry_ends_the_degree(status):
    assert read("Bachelor of Arts, History", "Ashdown College, 2003 - 2005", status) == []


@pytest.mark.parametrize("below", [
    "Graduated cum laude; dropped out of the chess club in first year",
    "Dropped out of the marching band after one season",
    "Withdrew from a term abroad to take an internship",
    "Accepted an offer shortly before completion of the programme; graduated in June 2012",
    "Thesis: why first-year students dropped out of evening classes",
])
def test_a_status_said_of_another_thing_leaves_the_degree(below):
    assert read("BSc Biology, Ashdown College, 2008 - 2012", below) == [("bachelor", "biology")]


@pytest.mark.parametrize("below", [
    "Selected modules (incomplete list): Ecology, Genetics",
    "Final project (abandoned-basket analytics for a grocer)",
    "Thesis (Dropout regularisation for small data sets)",
    "Group project (abandoned)",
])
def test_a_bracket_holding_more_than_a_status_or_qualifying_another_thing_leaves_the_degree(below):
    assert read("MSc Ecology, Kessel University, 2019 - 2021", below) == [("master", "ecology")]


def test_the_next_schools_unfinished_entry_leaves_the_degree_above_it():
    assert read("B.A. Economics, Ashdown University, 2015 - 2017",
                "Tarrow Community College, 2013 - 2015 (left before completion)") == [("bachelor", "economics")]


def test_a_school_below_a_degree_that_names_none_is_its_own():
    assert read("B.A. Economics", "Ashdown University, 2015 - 2017 (left before completion)") == []


@pytest.mark.parametrize("lines", [
    ("BSc Mathematics", "Ashdown University, 2004 - 2006", "Did not graduate"),
    ("Mathematics", "Ashdown University, 2004 - 2006", "Dropped out"),
    ("Ashdown University, Statistics, 2004 - 2006 (dropout)",),
])
def test_a_study_read_without_a_level_word_is_none_when_left_unfinished(lines):
    assert read(*lines) == []


def test_leaving_a_level_named_after_a_degree_leaves_that_level_only():
    assert read("BSc Geology, Ashdown University (2012); dropped out of a PhD in Geophysics (2015)") == [
        ("bachelor", "geology")]
    assert read("Dropped out of an MBA (2019); BSc Geology, Ashdown University, 2012") == [("bachelor", "geology")]


def test_the_other_degree_on_an_unfinished_degrees_line_still_counts():
    assert read("MA Sociology (did not graduate), BA Economics 2001 - 2004") == [("bachelor", "economics")]
    assert read("BA Economics 2001 - 2004, MA Sociology (did not graduate)") == [("bachelor", "economics")]


def test_an_unfinished_degree_leaves_the_completed_one_below_it():
    assert read("Master of Arts in Music (withdrawn)", "B.A. in French, Kessel University 1999 - 2003") == [
        ("bachelor", "french")]


@pytest.mark.parametrize("lines", [
    ("M.S. in Data Science, thesis on dropout rates in recurrent networks",),
    ("MSc Statistics, Kessel University 2017 - 2018", "Thesis: dropout as a variational method"),
    ("BSc Biology", "Kessel University 2008 - 2012", "Online course in Drawing (incomplete)"),
])
def test_dropout_as_a_method_or_a_courses_status_leaves_the_degree(lines):
    assert len(read(*lines)) == 1


@pytest.mark.parametrize("hostile", [
    lambda n: "BSc Biology (dropout), " * (n // 23),
    lambda n: "Group project" + " (abandoned)" * (n // 12),
    lambda n: "x" * n + " (abandoned)" * (n // 12),
    lambda n: "dropped out of a " * (n // 17) + "BSc Biology",
    lambda n: "2019 " * (n // 5) + "dropped out x",
])
def test_a_long_line_of_statuses_is_read_in_linear_time(hostile):
    assert grows_linearly(lambda text: (read(text), says_unfinished(text)), hostile, 40000)
