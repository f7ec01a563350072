"""A degree's initialism that abbreviates its subject names that subject (BCA, MCA: Computer Applications; MCS:
Computer Science; BSCIT, B.Sc.IT: Information Technology; the UK integrated master's MPhys, MMath, MComp, MInf) in
the education section, but its letters alone state no degree elsewhere (a firm, an assay, a certification); a level
written in small capitals is the same level whatever case the PDF gives its letters ("BSC iN"), while a plain "in"
after a capitalised BSC or MSC is the word; a bare BE or ME may be followed by its status, which is not its subject;
and "MS" or "MCS" before a Microsoft product, or "MS Technology" after a lower-case word, is Microsoft's."""

import pytest

from screener.degrees import related_degree
from screener.text.subjects import named_by_initialism

from helpers import degrees_found


@pytest.mark.parametrize("line, level, field", [
    ("Linmouth University — BCA (2010)", "bachelor", "computer science"),
    ("M.C.A., Harrowgate Institute, 2009", "master", "computer science"),
    ("2012: Bca, Corrin Vale College", "bachelor", "computer science"),
    ("MCS Harrowgate University, class of 2017", "master", "computer science"),
    ("BSCIT — Corrin Vale University, 2008", "bachelor", "information technology"),
    ("2013 BScIT Linmouth College", "bachelor", "information technology"),
    ("MPhys, Linmouth University (2015)", "master", "physics"),
    ("2011 MMath - Harrowgate University", "master", "mathematics"),
    ("MComp (Hons) Corrin Vale University 2022", "master", "computer science"),
    ("MInf with distinction, Linmouth University, 2016", "master", "computer science"),
], ids=["bca", "mca-dotted", "bca-lower", "mcs", "bscit", "bscit-mixed", "mphys", "mmath", "mcomp", "minf"])
def test_an_initialism_naming_its_subject_is_a_degree_in_that_subject(line, level, field):
    (d,) = degrees_found("Education", line)
    assert (d.level, d.field) == (level, field)


def test_the_initialisms_subject_passes_the_related_field_requirement_with_no_subject_written():
    found = degrees_found("Education", "Harrowgate University MCA", "Shift Supervisor")
    assert related_degree(found) is not None


@pytest.mark.parametrize("name", ["B.Com", "BBA", "MBA", "B.Sc.", "MSc", "BFA", "M.Ed"])
def test_an_initialism_naming_no_related_subject_names_none(name):
    assert named_by_initialism(name) is None


def test_a_subject_stated_after_the_initialism_is_its_major():
    (d,) = degrees_found("Education", "BIT in Digital Animation; Corrin Vale College")
    assert d.field == "digital animation"


@pytest.mark.parametrize("lines", [
    ["Experience", "Business Analyst, MCA Consulting Group", "Jan 2014 – Dec 2015",
     "Education", "Linmouth High School, 2008"],
    ["Experience", "Analyst at MCA Westland, 2012 - 2014"],
    ["Experience", "Consultant, MCA Partners"],
    ["Skills", "BCA Protein Assay, ELISA, Western Blot, PCR"],
    ["Certifications", "MCS Windows Server 2012"],
    ["Experience", "Courier for MCS Freight, 2011 - 2013"],
    ["Skills", "MCS, MCSA, MCSE certifications"],
    ["Experience", "Senior Analyst, MCA Consulting Group", "Westland University (client)"],
    ["Experience", "MCA Consulting Group, 2015 - 2020", "Institute of Directors member"],
    ["Skills", "BCA, ELISA, Western Blot", "Trained at Harrowgate College teaching lab"],
    ["Experience", "Support Engineer at Linmouth School District, 2012 - 2016",
     "MCS Logistics, Dispatcher, 2016 - 2019"],
], ids=["mca-firm-dated-below", "mca-firm-after-at", "mca-firm-after-comma", "bca-assay", "mcs-certification",
        "mcs-firm", "mcs-certificates", "mca-firm-over-a-client-school", "mca-firm-over-a-membership",
        "bca-skill-over-a-college", "mcs-firm-under-a-school-district"])
def test_an_initialisms_letters_alone_outside_education_are_no_degree(lines):
    assert degrees_found(*lines) == ()


@pytest.mark.parametrize("letters", ["MCA 7.4 CGPA", "MCA, 2019", "MCA ongoing"])
def test_an_initialism_alone_on_its_line_by_its_school_outside_education_is_a_degree(letters):
    (d,) = degrees_found("Profile", "Linmouth School of Computing, final year", letters)
    assert (d.level, d.field) == ("master", "computer science")


def test_an_initialism_stated_with_its_subject_outside_education_is_a_degree():
    (d,) = degrees_found("Projects", "MCS in Software Engineering, Linmouth University, 2019")
    assert (d.level, d.field) == ("master", "software engineering")


@pytest.mark.parametrize("lines", [
    ["Education", "MCS Azure Fundamentals, Microsoft, 2019"],
    ["Education", "MCS Office Specialist (2014)"],
], ids=["azure", "office"])
def test_mcs_before_a_microsoft_product_is_its_certification(lines):
    assert degrees_found(*lines) == ()


@pytest.mark.parametrize("line, level, field", [
    ("BSC iN PHYSiCS (2009 – 2013)", "bachelor", "physics"),
    ("MSC iN MATHEMATiCS, 2013 – 2014", "master", "mathematics"),
    ("PH.D. iN STATiSTiCS — 2015 to 2019", "doctorate", "statistics"),
], ids=["bsc", "msc", "phd"])
def test_a_level_in_small_capitals_with_mixed_case_letters_is_read(line, level, field):
    (d,) = degrees_found("Education", "Corrin Vale University", line)
    assert (d.level, d.field) == (level, field)


@pytest.mark.parametrize("line", [
    "Rolled out BSC in IT department, 2018",
    "Configured BSC in GSM network",
    "Implemented BSC in HR department",
    "Integrated MSC in NSN core network",
], ids=["bsc-department", "bsc-network", "bsc-hr", "msc-core"])
def test_a_capitalised_bsc_or_msc_before_a_plain_in_is_no_degree(line):
    assert degrees_found("Experience", "Network Engineer, Linmouth Telecom", line) == ()


@pytest.mark.parametrize("line, level, field", [
    ("BE pursuing Mechanical Engineering — Harrowgate Institute (2024)", "bachelor", "mechanical engineering"),
    ("ME ongoing, Linmouth Institute of Technology", "master", None),
    ("2023 ME ongoing Physics, Corrin Vale University", "master", "physics"),
], ids=["be-pursuing", "me-ongoing-school", "me-ongoing-subject"])
def test_a_bare_be_or_me_followed_by_its_status_is_a_degree_in_progress(line, level, field):
    (d,) = degrees_found("Education", line)
    assert (d.level, d.field, d.status) == (level, field, "in progress")


@pytest.mark.parametrize("lines", [
    ["Summary", "Hoping to BE pursuing a new role soon"],
    ["Experience", "Shift lead, 2017 - 2020", "Kept ME ongoing with audits"],
    ["Education", "Linmouth College", "Might BE pursuing a diploma"],
], ids=["to-be", "kept-me", "might-be"])
def test_be_or_me_after_a_word_before_a_status_is_the_verb_or_the_pronoun(lines):
    assert degrees_found(*lines) == ()


@pytest.mark.parametrize("lines", [
    ["Skills", "Frameworks — MS Technology Dot Net 4.5, Entity Framework"],
    ["Skills", "MS Technology stack (C#, Azure)"],
    ["Experience", "Migrated clients to MS Technology, 2016 - 2018"],
], ids=["before-dot-net", "before-stack", "after-a-lower-case-word"])
def test_ms_technology_before_a_product_or_after_a_lower_case_word_is_microsofts(lines):
    assert degrees_found(*lines) == ()


@pytest.mark.parametrize("lines", [
    ["Education", "MS Technology Management, Linmouth University, 2015"],
    ["Education", "MS Technology, Westland University, 2015"],
    ["Education", "MS Technology (Westland University) 2015"],
    ["Education", "MS Technology", "Westland State University, 2012 - 2014"],
], ids=["before-its-subject", "before-a-comma", "before-a-bracket", "school-below"])
def test_ms_technology_as_a_degrees_name_is_a_masters(lines):
    (d,) = degrees_found(*lines)
    assert d.level == "master"
