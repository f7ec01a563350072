"""Kinds found by auditing positions on unlabelled resumes against LABELING.md (teaching-assistant roles held as a
student do not count): a peer teacher or tutor teaches fellow students, a student's role when held while studying
(but the name of a peer programme is not the role), and a role at the school one studies at may name it by the short
name its education line gives it in parentheses, when that is an abbreviation of the name and not a word of it. Each
with the ordinary lines where it must not fire. Every line here is invented."""
import datetime as dt

import pytest
from helpers import doc, sections

from screener.experience import Kind, build_timeline

AS_OF = dt.date(2026, 1, 1)
STUDIES = ("Education", "Westfield University", "BSc Chemistry 2016 - 2020")


def kinds(*lines):
    d = doc(*lines)
    return [p.kind for p in build_timeline(d, sections(d), AS_OF).positions]


@pytest.mark.parametrize("title", ["Peer Teacher, Westfield University", "Peer Tutor, Westfield University",
                                   "Peer Teacher in Chemistry, Westfield University",
                                   "Chemistry Peer Instructor, Westfield University"])
def test_a_peer_teacher_or_tutor_held_while_studying_at_the_school_is_a_student_s_role(title):
    assert kinds(*STUDIES, "Experience", title, "March 2017 - May 2019") == [Kind.ACADEMIC]


def test_a_peer_teacher_after_graduating_is_a_job():
    assert kinds(*STUDIES, "Experience", "Peer Teacher, Westfield University", "March 2021 - May 2023") == [Kind.JOB]


def test_a_peer_teacher_without_a_study_is_a_job():
    assert kinds("Experience", "Peer Teacher, Hillcrest Academy", "March 2017 - May 2023") == [Kind.JOB]


@pytest.mark.parametrize("title", ["Coordinator, Peer Tutor Program, Westfield University",
                                   "Director of Peer Tutoring, Westfield University",
                                   "Office Manager, Peer Teaching Center, Westfield University"])
def test_staff_of_a_peer_programme_are_not_peer_teachers_even_while_studying(title):
    assert kinds(*STUDIES, "Experience", title, "March 2017 - May 2019") == [Kind.JOB]


def test_the_coordinator_of_a_peer_tutor_program_is_a_job():
    assert kinds("Experience", "Coordinator, Peer Tutor Program, Westfield Community College", "2016 - 2025",
                 "Hired, trained and scheduled 30 peer tutors.") == [Kind.JOB]


@pytest.mark.parametrize("title", ["Peer Support Specialist, County Behavioral Health",  # lived experience, paid
                                   "Peer Mentor, Recovery Community Services",
                                   "Software Engineer, Peer Review Platform Team"])
def test_peer_work_that_is_not_teaching_fellow_students_stays_a_job(title):
    assert kinds("Experience", title, "March 2017 - May 2023") == [Kind.JOB]


def test_a_school_is_also_named_by_the_short_name_its_line_gives_it_in_parentheses():
    assert kinds("Education", "University of Westfield (Uniwest) Lakeport, Freedonia",
                 "Bachelor's degree in Statistics 2014 – 2018",
                 "Experience", "Teacher's assistant - Uniwest Lakeport, Freedonia",
                 "Ran weekly problem sessions on Probability. March 2015 - June 2016") == [Kind.ACADEMIC]


def test_a_role_at_the_school_s_short_name_held_after_graduating_is_a_job():
    assert kinds("Education", "University of Westfield (Uniwest) Lakeport, Freedonia",
                 "Bachelor's degree in Statistics 2014 – 2018",
                 "Experience", "Teacher's assistant - Uniwest Lakeport, Freedonia",
                 "Ran weekly problem sessions on Probability. March 2020 - June 2021") == [Kind.JOB]


def test_initials_drawn_from_several_words_of_the_name_are_a_short_name():
    assert kinds("Education", "Lakeport State University (LSU)", "BSc Statistics 2014 – 2018",
                 "Experience", "Teacher's assistant - LSU", "Graded problem sets. March 2015 - June 2016") \
        == [Kind.ACADEMIC]


def test_a_word_in_parentheses_not_drawn_from_the_school_s_name_does_not_name_it():
    assert kinds("Education", "Westfield University (USA)", "Bachelor of Arts in History 2016 – 2019",
                 "Experience", "Sales Assistant - Acme (USA)",
                 "Served customers. February 2017 - August 2018") == [Kind.JOB]


def test_the_school_s_city_in_parentheses_is_no_short_name():
    assert kinds("Experience", "Backend Development, Pixel Studio, Lakeport", "January 2014 - December 2025",
                 "Education", "Lakeport City University (Lakeport)", "BSc Computer Science 2013 - 2017") == [Kind.JOB]


@pytest.mark.parametrize("school, short", [("Westfield University", "Field"),  # not from the name's first letter
                                           ("Westfield University", "West"),  # a piece of one word
                                           ("Lakeport City University", "Lakeport")])  # a whole word
def test_a_piece_of_one_word_of_the_name_is_no_short_name(school, short):
    assert kinds("Education", f"{school} ({short})", "BA History 2013 - 2017",
                 "Experience", f"Teacher's assistant - {short} Cafe", "Served customers. March 2014 - June 2015") \
        == [Kind.JOB]


def test_a_peer_teacher_held_while_studying_needs_no_school_named_as_peers_are_fellow_students():
    assert kinds(*STUDIES, "Experience", "Peer Teacher", "March 2017 - May 2019") == [Kind.ACADEMIC]


@pytest.mark.parametrize("title", ["Peer Support Specialist", "Coordinator, Peer Tutor Program"])
def test_peer_work_that_is_not_teaching_held_while_studying_is_a_job(title):
    assert kinds(*STUDIES, "Experience", title, "March 2017 - May 2019") == [Kind.JOB]


@pytest.mark.parametrize("dates, kind", [("March 2017 - May 2019", Kind.ACADEMIC),  # by the graduation year
                                         ("March 2021 - May 2023", Kind.JOB)])
def test_a_peer_teacher_is_a_student_s_role_within_a_study_known_only_by_its_graduation_year(dates, kind):
    assert kinds("Education", "Westfield University, BSc Chemistry, 2020", "Experience", "Peer Teacher", dates) \
        == [kind]
