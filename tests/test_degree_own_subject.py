"""A degree's field is its subject as the degree names it: on its line, as its entry's labelled major, or on the next
line when that line opens with the subject alone. The study's content (coursework, a thesis, a project, a minor, an
elective, a specialisation within another subject) and what its student did beside it (a club, a lab visited, a
summer programme) never are (screener/degree_entry.py, screener/degrees.py)."""
import pytest
from helpers import degrees_found

from screener.degrees import related_degree


def related(*lines):
    return related_degree(degrees_found("Sam Poe", "sam@example.org", "Education", *lines))


@pytest.mark.parametrize("degree, other", [
    ("Sociology, Bachelor of Arts, Northgate University, 2015", "Relevant coursework: Statistics, Machine Learning"),
    ("Bachelor of Arts, Northgate University, 2011 - 2015", "Machine Learning project: price forecasting"),
    ("B.Com, Northgate College, 2011 - 2014", "Member, Machine Learning club"),
    ("Sociology, Master of Science, Northgate University, 2015", "Machine Learning for Archive Search"),
])
def test_the_line_below_lends_no_field_when_it_names_the_studys_content(degree, other):
    assert related(degree, other) is None


@pytest.mark.parametrize("degree, subject", [
    ("BSc, Northgate University, 2011 - 2015", "Computer Science"),
    ("Master of Science, Northgate University, 2015", "Machine Learning"),
    ("Bachelor of Arts, Northgate University, 2011 - 2015", "Mathematics, GPA 3.6"),
])
def test_the_line_below_that_is_the_subject_alone_is_the_field(degree, subject):
    assert related(degree, subject) is not None


@pytest.mark.parametrize("line", [
    "Bachelor of Arts in Sociology, Machine Learning minor, Northgate University, 2015",
    "MSc Sociology, thesis on machine learning, Northgate University, 2015",
    "Bachelor of Commerce, Machine Learning elective, Northgate University, 2015",
    "MBA, Machine Learning track, Northgate University, 2015",
    "Master of Business Administration (concentration: Machine Learning), Northgate University, 2015",
    "MSc Robotics, Machine Learning specialization, Northgate University, 2015",
    "B.Tech Civil Engineering (Machine Learning club lead), Northgate Institute, 2015",
    "B.Tech Civil Engineering, Northgate Institute, 2012 - 2015; treasurer of the Machine Learning club",
])
def test_what_the_degrees_own_line_names_beside_its_subject_is_not_its_field(line):
    assert related(line) is None


@pytest.mark.parametrize("line", [
    "Master of Science, Major: Machine Learning, Northgate University, 2015",
    "Master of Science, specialization in Machine Learning, Northgate University, 2015",
    "MSc Machine Learning, thesis on archives, Northgate University, 2015",
    "Computer Science, Bachelor of Science, Northgate University, 2015",
    "B.Tech Computer Science, Northgate Institute, 2015; member of the chess club",
])
def test_a_degree_naming_its_subject_keeps_it(line):
    assert related(line) is not None


@pytest.mark.parametrize("lines", [
    ("Northgate University, 2016 - 2018", "Machine Learning Lab, visiting researcher"),
    ("Northgate University, 2016 - 2018", "Machine Learning Summer Program"),
])
def test_a_lab_visited_or_a_summer_programme_at_a_university_is_no_degree(lines):
    assert related(*lines) is None


def test_a_diploma_above_a_degree_lends_it_no_field():
    diploma = "PG Diploma in Machine Learning, Northgate Institute, 2018"
    assert related(diploma, "B.Com, Northgate College, 2015") is None


def test_a_subject_before_a_level_that_names_its_own_is_not_the_degrees_field():
    found = degrees_found("Education",
                          "Machine Learning, Master of Business Administration, Northgate University, 2015")
    assert [x.field for x in found] == ["business administration"]


@pytest.mark.parametrize("line", [
    "B.Sc. Software Engineering - Summer 2017 - Northgate University",
    "BSc Software Engineering Summer 2017 Northgate University",
    "MSc Information Technology — Project: Library booking app, Northgate University, 2017",
    "B.E. Computer Engineering – Dissertation: Cache design, Northgate University, 2017",
    "M.S. Physics - Thesis Option, Northgate University, 2017",
    "Master of Science in Statistics - Bayesian Methods Lab, Northgate University, 2017",
])
def test_a_spaced_dash_parts_the_subject_from_what_follows_it(line):
    """A part of a degree's line ends at a spaced dash as at a comma; a summer before a year is a date."""
    assert related(line) is not None


@pytest.mark.parametrize("line", [
    "Master of Science in Mathematics with dissertation, Northgate University, 2017",
    "Bachelor of Science in Statistics with Honours Project, Northgate University, 2017",
    "B.Sc. Information Technology Lab Assistant Course, Northgate Polytechnic, 2017",
])
def test_the_subject_before_a_content_word_in_the_degrees_own_words_survives(line):
    assert related(line) is not None


@pytest.mark.parametrize("line", [
    "Bachelor of Arts - Machine Learning Club, Northgate University, 2017",
    "B.Com, Machine Learning society, Northgate College, 2017",
])
def test_a_part_after_the_degrees_own_words_that_names_a_club_is_blanked_whole(line):
    assert related(line) is None


@pytest.mark.parametrize("subject", [
    "Software Engineering, Dissertation: Cache design",
    "Mathematics (dissertation)",
    "Statistics, member of the chess society",
    "Electrical Engineering, Honours Project in drones",
    "Information Technology (Project: Library booking)",
])
def test_the_line_below_opening_with_the_subject_alone_lends_it_whatever_its_later_parts_name(subject):
    assert related("Bachelor of Science, Northgate University, 2013 - 2017", subject) is not None
