"""A level word naming the work written for a degree or the exam to enter one ("Master's thesis", "PhD dissertation",
"MSc entrance exam") is no degree on its line (screener/text/levels.py): the degree is its own entry, and what follows
is the thesis's topic, not the degree's subject."""
import pytest

from helpers import degrees_read as read


@pytest.mark.parametrize("line", [
    "Master thesis on tiling problems, supervised by a professor",
    "Master's thesis: sorting networks in hardware",
    "Bachelor’s Thesis, physics of granular flows",
    "PhD dissertation: statistics of rare events",
    "Ph.D. Dissertation - data science for archives",
    "M.Sc. thesis: lattice models",
    "Placed 3rd in the national M.Sc entrance exam for Computer Engineering",
])
def test_a_levels_thesis_or_entrance_exam_alone_is_no_degree(line):
    assert read("Orwell Hall, 2014 - 2016", line) == []


def test_a_thesis_line_below_a_degree_adds_no_degree_of_its_topic():
    assert read("MSc Geography, Orwell University, 2014 - 2016",
                "Master thesis on statistics of river flows") == [("master", "geography")]

