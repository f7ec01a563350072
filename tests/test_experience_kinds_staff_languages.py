"""A staff title keeps a post held at a school during a study a job (students.py): the titles are read in the
languages the date grammar reads too, and German's titles joined to what they work on in one word. Every line here
is invented."""
import datetime as dt

import pytest
from helpers import doc, sections

from screener.experience import Kind, build_timeline
from screener.experience.kinds import STAFF

AS_OF = dt.date(2026, 1, 1)
STUDIES = ("Education", "Universität Westfeld", "Diplom Mathematik 2008 - 2014")


def kinds(*lines):
    d = doc(*lines)
    return [p.kind for p in build_timeline(d, sections(d), AS_OF).positions]


@pytest.mark.parametrize("title", ["Systemadministrator", "Softwareentwicklerin", "Projektleiter", "Ingénieur logiciel",
                                   "Développeuse web", "Desarrollador backend", "Ingeniera de datos",
                                   "Sviluppatore software", "Engenheiro de sistemas", "Ontwikkelaar",
                                   "Wissenschaftlicher Mitarbeiter"])
def test_a_staff_title_in_another_language_is_a_staff_title(title):
    assert STAFF.search(title)


@pytest.mark.parametrize("title", ["Werkstudent", "Tutor", "Hilfskraft", "Étudiant", "Becario", "Halbleiter",
                                   "Leiterplatte", "Paketmanager", "Studentischer Mitarbeiter",
                                   "Responsable des travaux pratiques"])
def test_a_student_s_word_in_another_language_is_no_staff_title(title):
    assert not STAFF.search(title)


def test_a_compound_staff_title_at_the_school_during_the_study_keeps_the_post_a_job():
    assert kinds(*STUDIES, "Experience", "Systemadministrator, Universität Westfeld, Institut für Mathematik",
                 "06/2009 - 02/2013", "Betrieb der Linux-Server des Instituts") == [Kind.JOB]


def test_a_tutor_at_the_school_during_the_study_is_still_a_student_s_role():
    assert kinds(*STUDIES, "Experience", "Tutor, Universität Westfeld, Institut für Mathematik",
                 "10/2009 - 03/2010", "Übungsgruppen zur Analysis") == [Kind.ACADEMIC]


def test_a_compound_staff_title_anywhere_in_a_heading_is_a_staff_title():
    """The other languages' titles are read wherever the English ones are (not only where a heading starts)."""
    assert kinds("Experience", "Senior Softwareentwickler, Royal Society of Maps 2015 - 2020") == [Kind.JOB]
