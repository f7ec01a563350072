"""A French-system CV names each entry of its education by the year of study (L1-L3: the licence, a bachelor's;
M1-M2: the master's), in capitals, first on its line or after its dates; it names a degree where the entry is a
school's (its dates follow it, or a related field alone does with a school on its line or next to it), not a support
tier, a product or a post."""
import pytest

from helpers import degrees_read as read


@pytest.mark.parametrize("lines, expected", [
    (("Ecole de Kessel", "M1 : 2021 - 2022"), [("master", None)]),
    (("M2 Informatique, Université de Tarrow, 2019 - 2021",), [("master", "computer science")]),
    (("2019 - 2021 M2 Mathématiques appliquées, Université de Tarrow",), [("master", "mathematics")]),
    (("L3 Physique, Université de Kessel, 2018",), [("bachelor", "physics")]),
    (("Université de Kessel", "L3 Informatique"), [("bachelor", "computer science")]),
])
def test_a_year_of_study_names_its_level(lines, expected):
    assert read(*lines) == expected


@pytest.mark.parametrize("line", [
    "L3 Support Engineer, Kessel Telecom, 2019 - 2021",
    "M1 MacBook Pro, 2021",
    "Cache levels L1, L2 and L3, Kessel Labs",
    "l3 informatique, Université de Kessel",
    "ML1 Informatique, Université de Kessel",
    "M1 Armour Maintenance, Kessel Army School, 2012",
    "L2 Physics Tutor, Kessel University, 2018",
])
def test_the_letters_elsewhere_name_no_degree(line):
    """Beside a year of study read (so the test fails without the reading), the letters elsewhere add none."""
    assert read("M2 Informatique, Université de Tarrow, 2019 - 2021", line) == [("master", "computer science")]
