"""More spellings of the levels (screener/degrees.py's definition): a doctoral candidate or student is a doctorate
under way when it is the candidate's own title, the Latin-order names a few schools give (S.B., Sc.B., S.M.) and a
capitalised run-together abbreviation are levels stated with their subject, and levels written together before one
subject are both earned in it; their look-alikes are not."""

import pytest


from helpers import degrees_found, degrees_read as read


@pytest.mark.parametrize("lines, level, field", [
    (("Doctoral candidate", "Department of Physics, Tarrow University"), "doctorate", "physics"),
    (("DOCTORAL STUDENT, STATISTICS",), "doctorate", "statistics"),
    (("2021 - Present, Doctoral candidate in Physics, Tarrow University",), "doctorate", "physics"),
    (("S.B. in Computer Science, 2019",), "bachelor", "computer science"),
    (("Sc.B. in Applied Mathematics",), "bachelor", "mathematics"),
    (("S.M. in Electrical Engineering",), "master", "electrical engineering"),
    (("Bs in Chemistry, Kessel University, 2017",), "bachelor", "chemistry"),
    (("Ms in Statistics, Kessel University",), "master", "statistics"),
])
def test_the_level_is_read(lines, level, field):
    assert read(*lines) == [(level, field)]


def test_a_fellowship_for_a_doctoral_student_is_a_doctorate_under_way():
    assert read("Doctoral Student Fellowship, Department of Physics, 2021 - 2025") == [("doctorate", "physics")]


def test_a_doctoral_candidate_is_a_doctorate_in_progress():
    (degree,) = degrees_found("Education", "Doctoral candidate in Mathematics, Kessel University")
    assert degree.status == "in progress"


@pytest.mark.parametrize("line", [
    "Teaching assistant to a doctoral candidate in Chemistry, 2015",
    "Wrote a paper with a doctoral student in Biology at Kessel University",
    "Hosted the doctoral students of Tarrow University for a week, 2018",
])
def test_someone_elses_doctoral_title_is_no_level(line):
    assert read(line) == []


def test_someone_elses_doctoral_title_outside_education_is_no_level():
    assert read("Acme Labs, Research Engineer, 2019 - 2022",
                "Supervised a doctoral student at Kessel University on compilers", heading="Experience") == []


@pytest.mark.parametrize("line, level, field", [
    ("B.A. M.A. in History", "master", "history"),
    ("B.S./M.S. in Physics, Kessel University, 2012", "master", "physics"),
    ("BSc, MSc in Chemistry", "master", "chemistry"),
])
def test_levels_written_together_before_one_subject_are_the_higher_in_it(line, level, field):
    assert read(line) == [(level, field)]


@pytest.mark.parametrize("line", [
    "Doctoral Student Workshop on Databases, 2019",
    "Doctoral Candidate Award 2020",
    "Jane Roe, S.M.",
    "Certified S.M. (Scrum Master), 2021",
    "S.M. (Scrum Master) certificate",
    "Ms. Roe in Accounting",
    "Bs and Ms of the team",
    "Higher Secondary, K. M. E. T. College of Arts, 2012",
])
def test_look_alikes_are_no_level(line):
    assert read(line) == []
