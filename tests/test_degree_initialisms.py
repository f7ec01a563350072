"""A degree's initialism that abbreviates its subject names that subject (BCA, MCA: Computer Applications; MCS:
Computer Science; BSCIT, B.Sc.IT: Information Technology; the UK integrated master's MPhys, MMath, MComp, MInf), and
a level written in small capitals is the same level whatever case the PDF gives its letters ("PH.D.", "BSC iN"); a
bare BE or ME may be followed by its status before its subject; and "MS" before a product or a stop is Microsoft's."""
import datetime as dt

import pytest

from screener.degrees import find_degrees, related_degree
from screener.text.subjects import named_by_initialism

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def degrees(*lines):
    d = doc(*lines)
    return find_degrees(d, sections(d), AS_OF)


@pytest.mark.parametrize("line, level, field", [
    ("BCA, Northfield University, 2015", "bachelor", "computer science"),
    ("2014 M.C.A. Eastbrook, Westland University", "master", "computer science"),
    ("Bca Westland College 2011", "bachelor", "computer science"),
    ("MCS Westland University 2016", "master", "computer science"),
    ("BSCIT Westland University", "bachelor", "information technology"),
    ("BScIT, Westland College, 2012", "bachelor", "information technology"),
    ("MPhys (Hons), University of Northfield, 2019", "master", "physics"),
    ("MMath, University of Westbury, 2020", "master", "mathematics"),
    ("MComp, University of Westbury, 2021", "master", "computer science"),
    ("MInf, University of Eastham, 2018", "master", "computer science"),
], ids=["bca", "mca-dotted", "bca-lower", "mcs", "bscit", "bscit-mixed", "mphys", "mmath", "mcomp", "minf"])
def test_an_initialism_naming_its_subject_is_a_degree_in_that_subject(line, level, field):
    (d,) = degrees("Education", line)
    assert (d.level, d.field) == (level, field)


def test_the_initialisms_subject_passes_the_related_field_requirement_with_no_subject_written():
    found = degrees("Education", "MCA Westland University", "Operations Lead")
    assert related_degree(found) is not None


@pytest.mark.parametrize("name", ["B.Com", "BBA", "MBA", "B.Sc.", "MSc", "BFA", "M.Ed"])
def test_an_initialism_naming_no_related_subject_names_none(name):
    assert named_by_initialism(name) is None


def test_a_subject_stated_after_the_initialism_is_its_major():
    (d,) = degrees("Education", "BIT in Networking, Northfield College")
    assert d.field == "networking"


@pytest.mark.parametrize("lines", [
    ["Experience", "Analyst at MCS Logistics, 2016 - 2018"],
    ["Experience", "Worked at BSC in London 2015 - 2018"],
    ["Experience", "Volunteer at the MCS group, 2019"],
    ["Skills", "MCS, MCSA, MCSE certifications"],
], ids=["mcs-company", "bsc-company-in-town", "mcs-group", "mcs-certificates"])
def test_an_initialism_that_is_a_company_or_a_certificate_is_no_degree(lines):
    assert degrees(*lines) == ()


@pytest.mark.parametrize("line, level", [
    ("PH.D. iN COMPUTER SCiENCE 2020 - 2025", "doctorate"),
    ("MSC iN COMPUTER SCiENCE 2018 - 2019", "master"),
    ("BSC iN COMPUTER SCiENCE 2014 - 2018", "bachelor"),
], ids=["phd", "msc", "bsc"])
def test_a_level_in_small_capitals_with_mixed_case_letters_is_read(line, level):
    (d,) = degrees("Education", "Westland University", line)
    assert (d.level, d.field) == (level, "computer science")


@pytest.mark.parametrize("line, level, field", [
    ("June 2016 BE pursuing Computer Science, Anytown College of Engineering", "bachelor", "computer science"),
    ("2021 ME ongoing Electronics, Westland Institute of Technology", "master", "electrical engineering"),
], ids=["be-pursuing", "me-ongoing"])
def test_a_bare_be_or_me_followed_by_its_status_is_a_degree_in_progress(line, level, field):
    (d,) = degrees("Education", line)
    assert (d.level, d.field, d.status) == (level, field, "in progress")


@pytest.mark.parametrize("lines", [
    ["Summary", "I want to BE pursuing new goals"],
    ["Experience", "Team lead, 2019 - 2021", "Helped ME ongoing projects"],
    ["Education", "Westland College", "Will BE pursuing a degree"],
], ids=["to-be", "helped-me", "will-be"])
def test_be_or_me_after_a_word_before_a_status_is_the_verb_or_the_pronoun(lines):
    assert degrees(*lines) == ()


@pytest.mark.parametrize("lines", [
    ["Skills", "Tools: MS Technology .NET stack and Azure DevOps"],
    ["Experience", "Trained staff on MS Technology, 2015 - 2017"],
], ids=["before-a-product", "at-the-end"])
def test_ms_technology_before_a_product_or_a_stop_is_microsofts(lines):
    assert degrees(*lines) == ()


def test_ms_technology_before_its_subject_is_a_masters():
    (d,) = degrees("Education", "MS Technology Management, Westland University, 2015")
    assert d.level == "master"
