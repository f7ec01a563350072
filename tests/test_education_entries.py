"""In an education section, which dated lines are roles: one that names a role with no school beside it; a
degree's dated title with its school above or below it (Europass prints the school under the title) is study.
Invented text, never a real resume's."""
import datetime as dt

import pytest

from screener.experience import build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def timeline(lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF)


def test_an_education_entry_with_its_school_printed_below_its_dated_title_is_study():
    lines = ["WORK EXPERIENCE", "03/2019–Present Software Consultant", "Acme Bank, Lisbon", "EDUCATION AND TRAINING",
             "15/09/2010–30/06/2014 Software Engineer", "Instituto Politécnico do Norte, Braga", "Java, C#"]
    assert [p.title for p in timeline(lines).positions] == ["Software Consultant"]


def test_a_role_in_an_education_section_with_no_school_beside_it_is_still_a_role():
    lines = ["Education", "BSc Physics, University of Leeds", "2011 – 2014", "", "Lab Technician 2015 - Present",
             "Acme Clinic, Leeds"]
    assert [p.title for p in timeline(lines).positions] == ["Lab Technician"]


@pytest.mark.parametrize("below", ["Certificate in Phlebotomy, Community College 2016", "University Hospital Zurich",
                                   "School of Medicine, Stanford"])
def test_the_line_below_a_role_whose_dates_end_its_title_line_is_not_its_school(below):
    lines = ["EDUCATION", "Lab Technician 2015 - Present", below]
    assert [p.title for p in timeline(lines).positions][:1] == ["Lab Technician"]


def test_a_dated_line_below_a_europass_title_is_the_next_entry_not_its_school():
    lines = ["EDUCATION", "01/2015–Present Lab Technician", "Certificate in Phlebotomy, Community College 2016"]
    assert [p.title for p in timeline(lines).positions][:1] == ["Lab Technician"]
