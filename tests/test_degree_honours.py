"""A degree's award word and its class or honour are said of the award, never its subject: "Master's Diploma",
"with honours", "First Class Honours", "First Division", "with distinction", "cum laude", "(excellent)", the
"red diploma" (an honours diploma); the subject is then the one written after them or on the entry's lines."""
import pytest

from helpers import degrees_read as read


@pytest.mark.parametrize("lines, field", [
    (("Master's Diploma, Kessel University, 2016", "Computer Science"), "computer science"),
    (("Bachelor's Diploma", "Tarrow University, 2012 - 2016", "Mathematics"), "mathematics"),
    (("Master's diploma with honours, Kessel University, 2016", "Physics"), "physics"),
    (("Bachelor, First Class Honours, Tarrow University, 2016", "Information Systems"), "information systems"),
    (("BSc, Upper Second Class Honours, Tarrow University", "Statistics"), "statistics"),
    (("B.E., First Division, Kessel Institute, 2010", "Electrical Engineering"), "electrical engineering"),
    (("Master degree (cum laude), Kessel University, 2016", "Computer Science"), "computer science"),
    (("Master degree summa cum laude, Kessel University, 2016", "Data Science"), "data science"),
    (("Bachelor's degree (red diploma), Tarrow University, 2014", "Physics"), "physics"),
    (("Specialist degree (excellent), Tarrow University, 2014", "Mathematics"), "mathematics"),
    (("MSc, Distinction, Kessel University", "Software Engineering"), "software engineering"),
])
def test_an_honour_on_the_degrees_line_leaves_the_subject_to_its_entry(lines, field):
    assert read(*lines)[0][1] == field


@pytest.mark.parametrize("line, field", [
    ("BSc First Class Honours in Geography, Kessel University", "geography"),
    ("Master's Diploma in Hospitality, Tarrow University", "hospitality"),
    ("Bachelor of Science with Honours in Economics, 2012", "economics"),
    ("Bachelor, Upper Second Class, History, Tarrow University", "history"),
])
def test_the_subject_after_an_honour_is_the_degrees(line, field):
    assert read(line) == [("bachelor" if line.startswith("B") else "master", field)]


@pytest.mark.parametrize("line, level, field", [
    ("BSc Hons. Physics, Kessel University", "bachelor", "physics"),
    ("BSc (Hons) 2:2 Statistics, Tarrow University", "bachelor", "statistics"),
    ("Bachelor, 1st Class Honours, Mathematics, Kessel University", "bachelor", "mathematics"),
    ("MEng Hons. 2:1 Software Engineering, Tarrow University", "master", "software engineering"),
])
def test_an_honours_dot_or_class_digit_does_not_end_the_subject(line, level, field):
    assert read(line) == [(level, field)]


@pytest.mark.parametrize("line", ["Master's Diploma with Distinction", "Bachelor's degree, First Class Honours",
                                  "Master degree cum laude"])
def test_an_honour_alone_states_no_subject(line):
    assert read(line)[0][1] is None


@pytest.mark.parametrize("lines, field", [
    (("MSc with Distinction and Honours, Kessel University", "Data Science"), "data science"),
    (("BA, Magna Cum Laude and Departmental Honors, Kessel University", "History"), "history"),
    (("BSc, First Class Honours and Dean's List", "Tarrow University", "Physics"), "physics"),
    (("MSc with Distinction (top 5%), Kessel University", "Statistics"), "statistics"),
])
def test_joined_honours_and_an_aside_ranking_them_are_no_subject(lines, field):
    assert read(*lines)[0][1] == field


@pytest.mark.parametrize("line, field", [
    ("BSc Hons (2.1) Geography, Kessel University", "geography"),
    ("BSc (Hons) 2.2 Chemistry, Tarrow University", "chemistry"),
    ("BSc Honours (H1) Mathematics, Kessel University", "mathematics"),
])
def test_the_subject_after_an_honours_aside_is_the_degrees(line, field):
    assert read(line) == [("bachelor", field)]
