"""The coursework a degree's entry lists is the degree's content, not a course taken instead of it: a related field
studied at a dated school with no level word is undergraduate study (screener/degrees.py's definition) whether or
not its entry goes on to list the courses, while a course named as the entry's award still makes it no degree."""
import pytest

from helpers import degrees_read as read


@pytest.mark.parametrize("listed", [
    "Relevant coursework: Compilers, Networks",
    "Course work: Graph Theory, Databases",
    "Key courses: Numerical Analysis, Logic",
])
def test_a_school_study_that_lists_its_coursework_is_still_undergraduate_study(listed):
    assert read("Kessel University, Computer Science, 2012 - 2016", listed) == [("bachelor", "computer science")]


def test_a_faculty_studied_in_whose_department_names_its_coursework_is_undergraduate_study():
    assert read("2017 - 2021", "Kessel University, Faculty of Physics",
                "Department of Optics; course work on lasers") == [("bachelor", "physics")]


@pytest.mark.parametrize("below", ["Online course in spreadsheet modelling", "Evening course, 10 weeks"])
def test_a_course_named_as_the_entrys_award_is_still_no_degree(below):
    assert read("Kessel University, Computer Science, 2012 - 2016", below) == []
