"""More spellings of the levels (screener/degrees.py's definition): a doctoral candidate or student is a doctorate
under way, the Latin-order names a few schools give (S.B., Sc.B., S.M.) and a capitalised run-together abbreviation
are levels stated with their subject; their look-alikes are not."""
import datetime as dt

import pytest

from screener.degrees import find_degrees

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def read(*lines):
    d = doc("Education", *lines)
    return [(x.level.value, x.field) for x in find_degrees(d, sections(d), AS_OF)]


@pytest.mark.parametrize("lines, level, field", [
    (("Doctoral candidate", "Department of Physics, Northfield University"), "doctorate", "physics"),
    (("DOCTORAL STUDENT, STATISTICS",), "doctorate", "statistics"),
    (("S.B. in Computer Science, 2019",), "bachelor", "computer science"),
    (("Sc.B. in Applied Mathematics",), "bachelor", "mathematics"),
    (("S.M. in Electrical Engineering",), "master", "electrical engineering"),
    (("2020 - 2024", "Bs in Physics", "Northfield University"), "bachelor", "physics"),
    (("Ms in Statistics, Northfield University",), "master", "statistics"),
])
def test_the_level_is_read(lines, level, field):
    assert read(*lines) == [(level, field)]


def test_a_fellowship_for_a_doctoral_student_is_a_doctorate_under_way():
    assert read("Doctoral Student Fellowship, Department of Physics, 2021 - 2025") == [("doctorate", "physics")]


def test_a_doctoral_candidate_is_a_doctorate_in_progress():
    d = doc("Education", "Doctoral candidate in Mathematics, Northfield University")
    (degree,) = find_degrees(d, sections(d), AS_OF)
    assert degree.status == "in progress"


@pytest.mark.parametrize("line", [
    "Doctoral Student Workshop on Databases, 2019",
    "Doctoral Candidate Award 2020",
    "Jane Roe, S.M.",
    "Ms. Roe in Accounting",
    "Bs and Ms of the team",
    "Higher Secondary, R. M. E. S. College of Arts, 2012",
])
def test_look_alikes_are_no_level(line):
    assert read(line) == []
