"""Degrees an education entry states without a level and subject side by side: the unit a level was studied in, a
student of a field, a field titling a dated entry, a qualification's level on the European framework, and the
German Diplom written in English. Written from the definition in screener/degrees.py, on invented entries."""

import pytest

from screener.degrees import related_degree

from helpers import degrees_found


def read(*lines):
    return [(d.level, d.field) for d in degrees_found(*lines)]


def test_a_level_stating_no_subject_takes_the_field_of_the_department_it_was_studied_in():
    assert read("Education", "Westfield State University, 2018 - 2022", "Department of Computer Systems",
                "Bachelor's degree") \
        == [("bachelor", "computer engineering")]


def test_a_level_with_its_own_subject_keeps_it_over_the_department_above():
    assert read("Education", "Department of Physics, Westfield University", "Bachelor of Arts in History, 2015") \
        == [("bachelor", "history")]


def test_a_department_a_thesis_was_supervised_in_names_no_field_of_the_degree():
    (d,) = degrees_found("Education", "Bachelor of Arts, 2015", "Westfield University",
                   "Thesis supervised in the Department of Computer Science")
    assert d.field != "computer science"


def test_a_department_of_an_unrelated_subject_names_no_related_field():
    assert not related_degree(degrees_found("Education", "Westfield University", "Department of Modern History",
                                      "Bachelor's degree, 2019"))


@pytest.mark.parametrize("line, field", [
    ("Third-year Computer Science student Sept. 2021 - Present", "computer science"),
    ("Applied Mathematics Student, 2022 - now", "mathematics"),
], ids=["ordinal-year", "capitalised"])
def test_a_student_of_a_related_field_at_a_university_is_undergraduate_study(line, field):
    (d,) = degrees_found("Education", "Westfield University", line)
    assert (d.level, d.field, d.status) == ("bachelor", field, "in progress")


@pytest.mark.parametrize("line", ["Exchange student, spring 2020", "Graduate Student Association, 2019 - 2020",
                                  "Student Council member 2018"], ids=["exchange", "association", "council"])
def test_a_student_of_no_related_field_is_not_study_of_one(line):
    assert not related_degree(degrees_found("Education", "Westfield University", line))


def test_a_student_of_a_related_field_at_a_high_school_is_a_pupil():
    assert not related_degree(degrees_found("Education", "Westfield High School, 2012 - 2015",
                                      "Mathematics student, 2012 - 2015"))


def test_a_student_of_a_related_field_on_a_course_is_a_trainee():
    assert not related_degree(degrees_found("Education", "Westfield Academy, data science bootcamp 2021",
                                      "Data Science student, 2021"))


@pytest.mark.parametrize("lines, field", [
    (["Computer Science", "Westfield Institute, 2019 - 2023"], "computer science"),
    (["Software Engineering", "Westfield College of Technology, 2022 - ongoing"], "software engineering"),
], ids=["dated", "ongoing"])
def test_a_related_field_titling_a_dated_or_ongoing_entry_is_study_of_that_field(lines, field):
    (d,) = degrees_found("Education", *lines)
    assert (d.level, d.field) == ("bachelor", field)


def test_a_field_ending_the_line_above_it_does_not_title_an_entry():
    found = degrees_found("Education", "Westfield Graduate School of Business and", "Computer Science",
                    "Westfield | 2016 - 2018")
    assert [d.quote for d in found if d.quote == "Computer Science"] == []


@pytest.mark.parametrize("lines", [
    ["Data Science", "Online course, Westfield Academy 2021"],
    ["Mathematics", "Westfield High School, 2012 - 2015"],
    ["Computer Science", "Westfield University"],
    ["Relevant coursework: Computer Science", "Westfield University 2019 - 2023"],
], ids=["a-course", "a-secondary-school", "undated", "coursework"])
def test_a_field_titling_a_course_a_school_or_an_undated_line_is_no_degree(lines):
    assert not related_degree(degrees_found("Education", *lines))


@pytest.mark.parametrize("lines", [
    ["Software Engineering", "General Assembly, 2020 - 2021"],
    ["Computer Science", "Flatiron School, Jan 2020 - Jun 2020"],
    ["Data Science", "IBM Professional Program, 2021"],
    ["Mathematics", "Westfield Academy, 2010 - 2016"],
], ids=["a-bootcamp", "a-coding-school", "a-vendors-programme", "an-academy"])
def test_a_field_titling_an_entry_at_a_school_awarding_no_degree_is_no_degree(lines):
    assert not related_degree(degrees_found("Education", *lines))


@pytest.mark.parametrize("line, level", [
    ("Doctor of Engineering, Westfield University (EQF 8)", "doctorate"),
    ("Software Engineering EQF level 7", "master"),
    ("Computer Engineer EQF level 6", "bachelor"),
    ("Higher Technician in Networks EQF level 5", "associate"),
], ids=["8", "7", "6", "5"])
def test_a_qualifications_level_on_the_european_framework_is_its_degree_level(line, level):
    (d,) = degrees_found("Education and training", line)
    assert d.level == level


@pytest.mark.parametrize("line", ["09/2014 - 06/2017 Computer Engineer EQF level 6",
                                  "Sep 2014 - Jun 2017 Computer Engineer EQF level 6"], ids=["numeric", "month-names"])
def test_a_qualification_before_its_european_level_states_its_subject(line):
    (d,) = degrees_found("Education and training", line)
    assert (d.level, d.field) == ("bachelor", "computer engineering")


@pytest.mark.parametrize("lines", [
    ["Certified IT Business Manager EQF level 7", "IHK Berlin, 2019"],
    ["Business Administrator EQF level 6", "Westfield Chamber of Commerce, 2018"],
], ids=["a-certificate", "a-chambers-title"])
def test_a_european_level_of_a_vocational_qualification_is_no_degree(lines):
    assert degrees_found("Education and training", *lines) == ()


def test_a_european_level_of_a_school_certificate_is_no_degree():
    assert degrees_found("Education and training", "Secondary school certificate EQF level 4") == ()


@pytest.mark.parametrize("lines", [
    ["Westfield-Universität", "Westfield, 2008 - 2014", "Mathematics Diploma: grade 1.3"],
    ["Technische Hochschule Westfield, 2010 - 2015", "Diploma in Physics"],
    ["Westfield-Universität, 2008 - 2014", "Physics Diploma: grade 1.7, with specialization in optics"],
], ids=["subject-before", "subject-after", "its-specialisation-after"])
def test_a_diploma_at_a_university_named_in_german_is_the_masters_level_diplom(lines):
    (d,) = degrees_found("Education", *lines)
    assert (d.level, related_degree([d]) is not None) == ("master", True)


@pytest.mark.parametrize("lines", [
    ["Westfield Polytechnic, 2010 - 2013", "Diploma in Computer Engineering"],
    ["Westfield-Universität", "Postgraduate Diploma in Statistics, 2016"],
    ["Universitat de Westfield, 2012 - 2014", "Diploma in Computer Science"],
    ["Westfield-Universität", "Continuing Education Diploma in Data Science, 2020"],
    ["Technische Universität Westfield, 2008 - 2014", "Westfield Language Institute Diploma in Mathematics, 2012"],
    ["Technische Universität Westfield, 2008 - 2014", "Online Course Diploma in Statistics, 2013"],
], ids=["polytechnic", "postgraduate", "a-catalan-universitat", "continuing-education", "another-schools",
        "a-courses"])
def test_a_diploma_at_any_other_school_or_a_postgraduate_diploma_is_no_degree(lines):
    assert not related_degree(degrees_found("Education", *lines))
