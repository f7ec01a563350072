"""A polytechnic that names no university or institute awards diplomas (screener/degrees.py's definition): a field
studied there with no level word is no bachelor's, while a polytechnic university or institute awards degrees and a
degree named at any polytechnic is read by its level word."""
import pytest

from helpers import degrees_read as read


@pytest.mark.parametrize("lines", [
    ("Kessel Polytechnic, Computer Engineering, 2009 - 2012",),
    ("Software Engineering", "Tarrow Polytechnic, 2015 - 2018"),
])
def test_a_field_studied_at_a_polytechnic_is_no_bachelors(lines):
    assert read(*lines) == []


@pytest.mark.parametrize("lines", [
    ("Tarrow Polytechnic University, Computer Science, 2015 - 2019",),
    ("Computer Science", "Kessel Polytechnic Institute, 2019 - 2022"),
    ("B.E. Computer Science, Kessel Polytechnic 2019",),
])
def test_a_polytechnic_university_or_a_named_degree_is_a_bachelors(lines):
    assert read(*lines) == [("bachelor", "computer science")]
