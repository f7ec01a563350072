"""A degree's generic name states no subject: "Bachelor of Technology" is the B.Tech as "Bachelor of Science" is the
BSc, so its subject is the one written after it or on its entry's lines; and a school's name is never a subject."""
import pytest

from helpers import degrees_read as read


@pytest.mark.parametrize("lines, field", [
    (("Bachelor of Technology", "Information Technology", "Kessel Institute, 2011 - 2015"), "information technology"),
    (("Master of Technology, 2014", "Computer Engineering"), "computer engineering"),
    (("Master of Technology", "Tarrow Institute", "Data Science"), "data science"),
    (("Bachelor of Applied Science", "Statistics"), "statistics"),
    (("Bachelor of Technology (Hons)", "Software Engineering"), "software engineering"),
])
def test_the_subject_of_a_generically_named_degree_is_on_its_entrys_lines(lines, field):
    assert read(*lines)[0][1] == field


@pytest.mark.parametrize("line, field", [
    ("Bachelor of Technology in Computer Science, 2019", "computer science"),
    ("Bachelor of Information Technology", "information technology"),
    ("Bachelor of Technology Management, Northfield University", "technology management"),
])
def test_a_subject_named_with_technology_is_still_the_subject(line, field):
    assert read(line) == [("bachelor", field)]


@pytest.mark.parametrize("line", ["Bachelor of Technology", "Bachelor of Science and Technology"])
def test_a_generic_name_alone_states_no_subject(line):
    assert read(line) == [("bachelor", None)]


@pytest.mark.parametrize("school", ["Hochschule Tarrow, 2015 - 2018", "École Supérieure de Kessel, 2015"])
def test_a_schools_name_is_no_subject(school):
    assert read("Bachelor of Science", school) == [("bachelor", None)]


@pytest.mark.parametrize("below", ["Mathematics stream, Tarrow Junior College, 2012",
                                   "Higher Secondary (Physics, Chemistry, Mathematics), 2012"])
def test_a_secondary_schools_entry_below_a_generic_name_is_not_its_subject(below):
    assert read("Bachelor of Technology, Kessel Engineering College, 2016", below) == [("bachelor", None)]


def test_a_field_studied_at_a_junior_college_is_no_undergraduate_degree():
    assert read("Computer Science", "Tarrow Junior College, 2008 - 2010") == []
