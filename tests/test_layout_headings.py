"""Where a work history's headings are, read from how resumes print them (invented text, never a real resume's):
a heading joining work to volunteering, two columns' headings read as one line, a role's own parts printed as
headings."""
import pytest

from screener.text.sections import find_sections


def names(lines):
    return [(s.name, s.heading) for s in find_sections(lines)]


def test_a_heading_joining_work_and_volunteering_work_holds_roles():
    lines = ["Work Experience and Volunteering Work", "Developer at Acme", "(March 2019 – June 2020)"]
    assert names(lines) == [("experience", "Work Experience and Volunteering Work")]  # mixed case: not two columns


@pytest.mark.parametrize("line", ["WORK EXPERIENCE SKILLS", "EDUCATION EMPLOYMENT HISTORY"])
def test_two_columns_headings_read_as_one_line_hold_the_roles_when_one_names_work(line):
    assert names([line, "Developer", "Acme", "12/2018 - 01/2020 Python"]) == [("experience", line)]


@pytest.mark.parametrize("line", ["RESEARCH PUBLICATIONS", "WORK SKILLS", "PROJECT MANAGEMENT", "Work Experience Skills"])
def test_a_heading_qualified_by_another_or_a_phrase_is_not_two_headings_side_by_side(line):
    assert ("experience", line) not in names([line, "Developer", "Acme", "12/2018 - 01/2020"])


@pytest.mark.parametrize("part", ["TECHNOLOGIES", "Achievements/Tasks"])
def test_a_roles_own_part_printed_as_a_heading_stays_in_the_work_history_that_goes_on_below_it(part):
    lines = ["EXPERIENCE", "DEVELOPER AT ACME", "(MARCH 2021 – PRESENT)", part, "Python, Go",
             "Engineer, Beta", "Jan 2015 – Feb 2019", "EDUCATION", "BSc Physics, University of Leeds"]
    assert [s.name for s in find_sections(lines)] == ["experience", "education"]


def test_a_roles_part_word_as_a_heading_after_the_last_role_is_a_section_of_its_own():
    lines = ["EXPERIENCE", "Engineer, Beta", "Jan 2015 – Feb 2019", "TECHNOLOGIES", "Python, Go", "EDUCATION",
             "BSc Physics, University of Leeds"]
    assert [s.name for s in find_sections(lines)] == ["experience", "skills", "education"]
