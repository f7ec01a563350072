"""Undergraduate study named without a level word, read by its unit or its student: the faculty or department after
its label ("Faculty: Chemistry") names the subject as "Faculty of Chemistry" does, and a student of a related field
at a university-type school on the same or the next line studies for a bachelor's; a pupil, a trainee or a student
of an unrelated field does not. So does a specialty labelled below a university or an institute (the major a
Russian- or Ukrainian-style CV names), dated or not; at a college or a polytechnic (vocational in that style), an
academy, a course or a secondary school it is none."""

import pytest

from screener.degrees import related_degree

from helpers import degrees_found, degrees_read


@pytest.mark.parametrize("lines, field", [
    (["Harrowgate Technical University, 2009 - 2013", "Faculty: Software Engineering (day study)"], "software engineering"),
    (["Bachelor of Arts (2011)", "Linmouth University", "Department: Mathematics"], "mathematics"),
], ids=["faculty-label", "department-label"])
def test_a_labelled_unit_names_the_subject_studied_in_it(lines, field):
    assert degrees_read(*lines) == [("bachelor", field)]


@pytest.mark.parametrize("lines", [
    ["Corrin Vale State University (2003-2008)", "Faculty: Philology"],
    ["Corrin Vale State University (2003-2008)", "School: Harrowgate Gymnasium No. 9"],
], ids=["unrelated-faculty", "school-label"])
def test_a_labelled_unit_of_no_related_field_or_a_school_label_is_no_related_degree(lines):
    assert related_degree(degrees_found("Education", *lines)) is None


@pytest.mark.parametrize("lines, field", [
    (["Student of Software Engineering —", "Corrin Vale University"], "software engineering"),
    (["Linmouth Technical University;", "student: Faculty of Mathematics"], "mathematics"),
    (["2021 - now: student in Statistics at Harrowgate University"], "statistics"),
], ids=["above-university", "below-university", "same-line"])
def test_a_student_of_a_related_field_at_a_university_is_an_undergraduate(lines, field):
    assert degrees_read(*lines) == [("bachelor", field)]


@pytest.mark.parametrize("lines", [
    ["Linmouth Secondary School", "Student of Physics"],
    ["Corrin Vale University", "Student of Philosophy"],
    ["Student of the year award, Harrowgate College"],
    ["Harrowgate Academy", "Student in Web Development bootcamp"],
    ["Linmouth University", "Student in a Data Analytics short course"],
    ["Student of Applied Informatics"],
], ids=["secondary-school", "unrelated-field", "award", "bootcamp", "course", "no-school"])
def test_a_pupil_a_trainee_or_a_student_of_another_field_is_not(lines):
    assert degrees_read(*lines) == []


@pytest.mark.parametrize("lines, field", [
    (["Anticipated graduation: 12/2026", "Software Engineering; Linmouth University"], "software engineering"),
    (["Sep 2005 – Jul 2009", "Harrowgate University, Statistics"], "statistics"),
], ids=["graduation-above", "dates-above"])
def test_a_related_field_at_a_school_dated_on_the_line_above_is_an_undergraduate(lines, field):
    assert degrees_read(*lines) == [("bachelor", field)]


@pytest.mark.parametrize("lines", [
    ["Moved to Linmouth after graduating in 2012", "Statistics, Linmouth University"],
    ["Anticipated graduation: 12/2026", "Philosophy; Linmouth University"],
    ["Anticipated graduation: 12/2026", "Statistics course; Harrowgate Academy"],
    ["Statistics, Corrin Vale University"],
], ids=["sentence-above", "unrelated", "course", "undated"])
def test_a_school_line_with_no_date_beside_it_or_no_related_field_is_not(lines):
    assert degrees_read(*lines) == []


def test_a_graduates_statement_of_the_subject_is_the_degrees_field():
    found = degrees_read("Bachelor of Technology", "Corrin Vale University (2008 - 2012)",
                    "Graduated in Computer Engineering, first class")
    assert found == [("bachelor", "computer engineering")]


@pytest.mark.parametrize("lines, field", [
    (["Bachelor of Arts", "Harrowgate University", "Graduated in August 2011"], None),
    (["Bachelor of Arts in Economics", "Graduated in 2007 in Linmouth"], "economics"),
], ids=["a-month", "a-year-and-town"])
def test_graduated_in_a_date_or_a_place_states_no_subject(lines, field):
    assert degrees_read(*lines) == [("bachelor", field)]


@pytest.mark.parametrize("lines, field", [
    (["Corrin Vale National University", "Institute of Cybernetics", "Speciality: Computer Engineering"],
     "computer engineering"),
    (["Harrowgate Aviation Institute", "Specialty: Information Systems"], "information systems"),
], ids=["two-below", "one-below-an-institute"])
def test_a_labelled_specialty_below_a_university_is_the_major_studied_there(lines, field):
    assert degrees_read(*lines) == [("bachelor", field)]


@pytest.mark.parametrize("lines", [
    ["Westland Polytechnic College", "Specialty: Software Development"],
    ["Linmouth Technical College", "Speciality: Computer Networks"],
    ["Harrowgate School of Programming Academy", "Specialty: Web Design"],
    ["Linmouth University", "Evening course in Statistics", "Specialty: Statistics"],
    ["Corrin Vale Lyceum No. 5", "Speciality: Chemistry and Biology"],
    ["Specialty: Mobile development"],
], ids=["polytechnic-college", "college", "academy", "course", "lyceum", "no-school"])
def test_a_specialty_at_a_college_an_academy_a_course_or_a_school_or_under_none_is_not(lines):
    assert degrees_read(*lines) == []
