"""Kinds found by auditing positions on unlabelled resumes against LABELING.md (teaching-assistant roles held as a
student do not count): a peer teacher or tutor teaches fellow students, and a role at the school one studies at may
name it by the short name its education line gives it in parentheses. Each with the ordinary lines where it must not
fire."""
import datetime as dt

import pytest
from helpers import doc, sections

from screener.experience import Kind, build_timeline
from screener.experience.kinds import role_kind

AS_OF = dt.date(2026, 1, 1)


def kinds(*lines):
    d = doc(*lines)
    return [p.kind for p in build_timeline(d, sections(d), AS_OF).positions]


@pytest.mark.parametrize("title", ["Peer Teacher, Westfield University", "Peer Tutor, Writing Center",
                                   "Supervisory Peer Teacher", "Engineering Peer Instructor"])
def test_a_peer_teacher_or_tutor_is_a_student_teaching_fellow_students(title):
    assert role_kind(title, Kind.JOB) == Kind.ACADEMIC


@pytest.mark.parametrize("title", ["Peer Support Specialist, County Behavioral Health",  # lived experience, paid
                                   "Peer Mentor, Recovery Community Services",
                                   "Mathematics Tutor, Acme Learning Centre",  # a tutoring company's tutor
                                   "Software Engineer, Peer Review Platform Team"])
def test_peer_work_that_is_not_teaching_fellow_students_stays_a_job(title):
    assert role_kind(title, Kind.JOB) == Kind.JOB


def test_a_school_is_also_named_by_the_short_name_its_line_gives_it_in_parentheses():
    assert kinds("Education", "University of Campinas (Unicamp) Campinas, Brazil",
                 "Bachelor's degree in Mathematics 2016 – 2019",
                 "Experience", "Teacher's assistant - Unicamp Campinas, Brazil",
                 "Taught extra classes on Linear Algebra. February 2017 - August 2018") == [Kind.ACADEMIC]


def test_a_role_at_the_school_s_short_name_held_after_graduating_is_a_job():
    assert kinds("Education", "University of Campinas (Unicamp) Campinas, Brazil",
                 "Bachelor's degree in Mathematics 2016 – 2019",
                 "Experience", "Teacher's assistant - Unicamp Campinas, Brazil",
                 "Taught extra classes on Linear Algebra. February 2021 - August 2022") == [Kind.JOB]


def test_a_word_in_parentheses_not_drawn_from_the_school_s_name_does_not_name_it():
    assert kinds("Education", "Westfield University (USA)", "Bachelor of Arts in History 2016 – 2019",
                 "Experience", "Sales Assistant - Acme (USA)",
                 "Served customers. February 2017 - August 2018") == [Kind.JOB]
