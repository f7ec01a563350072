"""Undergraduate study named without a level word, read by its unit or its student: the faculty or department after
its label ("Faculty: Applied Physics") names the subject as "Faculty of Applied Physics" does, and a student of a
related field at a university-type school on the same or the next line studies for a bachelor's; a pupil, a trainee
or a student of an unrelated field does not. So does a specialty labelled below a university (the major a Russian-
or Ukrainian-style CV names), dated or not; at an academy, a course or a secondary school it is none."""
import datetime as dt

import pytest

from screener.degrees import find_degrees, related_degree

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def degrees(*lines):
    d = doc(*lines)
    return [(x.level.value, x.field) for x in find_degrees(d, sections(d), AS_OF)]


@pytest.mark.parametrize("lines, field", [
    (["2015 – 2019 Westland State University", "(faculty: Applied Physics and Informatics)"], "computer science"),
    (["Bachelor of Science, 2014", "Westland University", "Department: Statistics"], "statistics"),
], ids=["faculty-label", "department-label"])
def test_a_labelled_unit_names_the_subject_studied_in_it(lines, field):
    assert degrees("Education", *lines) == [("bachelor", field)]


@pytest.mark.parametrize("lines", [
    ["2015 – 2019 Westland State University", "Faculty: History"],
    ["2015 – 2019 Westland State University", "School: Westland Lyceum No. 4"],
], ids=["unrelated-faculty", "school-label"])
def test_a_labelled_unit_of_no_related_field_or_a_school_label_is_no_related_degree(lines):
    d = doc("Education", *lines)
    assert related_degree(find_degrees(d, sections(d), AS_OF)) is None


@pytest.mark.parametrize("lines, field", [
    (["Westland University", "Student of Information Technology"], "information technology"),
    (["Current Student: Department of Physics.", "Westland Science and Technology University."], "physics"),
    (["Student in Mathematics, Eastbrook Institute of Technology, 2022 - Present"], "mathematics"),
], ids=["below-university", "above-university", "same-line"])
def test_a_student_of_a_related_field_at_a_university_is_an_undergraduate(lines, field):
    assert degrees("Education", *lines) == [("bachelor", field)]


@pytest.mark.parametrize("lines", [
    ["Westland High School", "Student of Mathematics"],
    ["Westland University", "Student of History"],
    ["Student of the month, Westland College"],
    ["Westland Academy", "Student in Data Science bootcamp"],
    ["Westland University", "Student in a Computer Science training course"],
    ["Student of Computer Science"],
], ids=["high-school", "unrelated-field", "award", "bootcamp", "course", "no-school"])
def test_a_pupil_a_trainee_or_a_student_of_another_field_is_not(lines):
    assert degrees("Education", *lines) == []


@pytest.mark.parametrize("lines, field", [
    (["Expected Graduation: June 2027", "Computer Science, Westland University"], "computer science"),
    (["2016 – 2020", "Applied Mathematics, Westland University"], "mathematics"),
], ids=["graduation-above", "dates-above"])
def test_a_related_field_at_a_school_dated_on_the_line_above_is_an_undergraduate(lines, field):
    assert degrees("Education", *lines) == [("bachelor", field)]


@pytest.mark.parametrize("lines", [
    ["Graduated with honours in Westland in 2019", "Physics, Westland University"],
    ["Expected Graduation: June 2027", "History, Westland University"],
    ["Expected Graduation: June 2027", "Computer Science course, Westland Academy"],
    ["Computer Science, Westland University"],
], ids=["sentence-above", "unrelated", "course", "undated"])
def test_a_school_line_with_no_date_beside_it_or_no_related_field_is_not(lines):
    assert degrees("Education", *lines) == []


def test_a_graduates_statement_of_the_subject_is_the_degrees_field():
    found = degrees("Education", "Westland Institute of Technology/Bachelor", "of Engineering",
                    "2015 – 2019, Westville", "Graduate in Electrical Engineering with 64%.")
    assert found == [("bachelor", "electrical engineering")]


@pytest.mark.parametrize("lines, field", [
    (["Bachelor of Engineering", "Westland University", "Graduated in May 2019"], None),
    (["Bachelor of Science in Chemistry", "Graduated in 2019 in Westville"], "chemistry"),
], ids=["a-month", "a-year-and-town"])
def test_graduated_in_a_date_or_a_place_states_no_subject(lines, field):
    assert degrees("Education", *lines) == [("bachelor", field)]


@pytest.mark.parametrize("lines, field", [
    (["Westland State University", "The Faculty of Applied Mathematics and Informatics",
      "Specialty: applied mathematics"], "mathematics"),
    (["Westland State University", "Speciality: Software Engineering"], "software engineering"),
], ids=["two-below", "one-below"])
def test_a_labelled_specialty_below_a_university_is_the_major_studied_there(lines, field):
    assert degrees("Education", *lines) == [("bachelor", field)]


@pytest.mark.parametrize("lines", [
    ["Westland Coding Academy", "Specialty: Data Science"],
    ["Westland State University", "Online course in Data Science", "Specialty: Data Science"],
    ["Westland Lyceum No. 2", "Specialty: Physics and Mathematics"],
    ["Specialty: Backend development"],
], ids=["academy", "course", "lyceum", "no-school"])
def test_a_specialty_at_an_academy_a_course_or_a_school_or_under_none_is_not(lines):
    assert degrees("Education", *lines) == []
