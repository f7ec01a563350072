import pytest

from screener.degrees import RELATED_FIELDS, field_matches, highest, related_degree

from helpers import degrees_found


@pytest.mark.parametrize("line, level, field", [
    ("B.Sc. Computer Science", "bachelor", "computer science"),
    ("BSc in Mathematics", "bachelor", "mathematics"),
    ("B.S. Electrical Engineering", "bachelor", "electrical engineering"),
    ("BS, Physics", "bachelor", "physics"),
    ("BA Economics", "bachelor", "economics"),
    ("BEng Software Engineering", "bachelor", "software engineering"),
    ("B.Tech in Information Technology", "bachelor", "information technology"),
    ("B.E. (Computer Engineering)", "bachelor", "computer engineering"),
    ("Bachelor of Science in Information Systems", "bachelor", "information systems"),
    ("Licence Informatique", "bachelor", "computer science"),
    ("MSc Statistics", "master", "statistics"),
    ("M.S. in Computer Science", "master", "computer science"),
    ("MEng Electronic Engineering", "master", "electrical engineering"),
    ("M.Tech Data Science", "master", "data science"),
    ("MBA, Finance", "master", "finance"),
    ("MCA", "master", None),
    ("Master of Science in Nursing", "master", "nursing"),
    ("Diplom-Informatiker", "master", "computer science"),
    ("Dipl.-Ing. Elektrotechnik", "master", None),
    ("PhD in Physics", "doctorate", "physics"),
    ("Ph.D., Computer Science", "doctorate", "computer science"),
    ("Doctor of Philosophy in Mathematics", "doctorate", "mathematics"),
    ("Associate of Applied Science, Information Technology", "associate", "information technology"),
    ("AAS Computer Networking", "associate", None),
], ids=lambda v: v if isinstance(v, str) else None)
def test_degree_spellings(line, level, field):
    (d,) = degrees_found("Education", line, "State University, 2010 – 2014")
    assert d.level == level
    if field:
        assert d.field == field or field_matches(d, [field])


@pytest.mark.parametrize("lines", [
    ["Experience", "Scrum Master at Acme, 2019 – 2021"],
    ["Skills", "MS Office, MS SQL Server"],
    ["Experience", "Sales Associate, Target 2015 – 2016"],
    ["Experience", "Built master data pipelines"],
    ["Summary", "Dr. Jane Doe leads the team"],
    ["Skills", "BASH, Ansible, Terraform"],
], ids=["scrum-master", "ms-office", "sales-associate", "master-data", "dr-title", "ba-inside-word"])
def test_false_friends(lines):
    assert degrees_found(*lines) == ()


@pytest.mark.parametrize("lines, status", [
    (["Education", "BSc Computer Science, 2012 – 2016"], "completed"),
    (["Education", "MSc Computer Science (in progress)"], "in progress"),
    (["Education", "PhD candidate, Physics"], "in progress"),
    (["Education", "BSc Computer Science, expected May 2027"], "expected 2027"),
    (["Education", "BSc Computer Science, 2023 – 2027"], "expected 2027"),
], ids=["completed", "in-progress", "candidate", "expected-word", "expected-date"])
def test_status(lines, status):
    assert degrees_found(*lines)[0].status.startswith(status.split()[0]) and degrees_found(*lines)[0].status == status


def test_education_section_preferred():
    found = degrees_found("Summary", "Worked with a PhD team", "Education", "BSc Mathematics")
    assert [d.level for d in found] == ["bachelor"]


def test_elsewhere_when_no_education_section():
    assert [d.level for d in degrees_found("Jane Doe", "BSc Computer Science, MIT")] == ["bachelor"]


def test_highest_and_related():
    found = degrees_found("Education", "MBA, Finance", "BSc Computer Science")
    assert highest(found).level == "master"
    assert related_degree(found).field == "computer science"
    assert related_degree(degrees_found("Education", "BA History")) is None
    assert "computer science" in RELATED_FIELDS


def test_a_degree_the_candidate_did_not_pursue_is_not_a_degree():
    found = degrees_found("Education", "Specialist degree in Informational Systems 2011 - 2016",
                          "Happy I didn't continue the topic in a PhD")
    assert [x.level for x in found] == ["master"]


def test_informational_systems_is_information_systems():
    (degree,) = degrees_found("Education", "Specialist degree in Informational Systems and Networks 2011 - 2016")
    assert field_matches(degree, ["information systems"])


def test_a_major_under_a_school_is_an_undergraduate_degree_in_that_field():
    (degree,) = degrees_found("Education", "Riverbend University, Dayton, Ohio.", "Class of May 2013.",
                              "Major: Computer Science", "Minor: Philosophy")
    assert (degree.level, degree.field, degree.status) == ("bachelor", "computer science", "completed")
