"""What kind of role a dated position is, by its title and where it was held: course assistants and periods of study
are a student's, research interns at one's own school too, a contributor gives unpaid, and a society's staff are
employed."""
import datetime as dt

import pytest

from screener.experience import Kind, build_timeline
from screener.experience.kinds import role_kind

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def timeline(*lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF)


@pytest.mark.parametrize("text", ["Course Assistant, CS 101 Programming", "Studied Computer Engineering, Acme Tech",
                                  "2016 - 2020 Studying Physics at Some School"])
def test_a_course_assistant_and_a_period_of_study_are_academic(text):
    assert role_kind(text, Kind.JOB) == Kind.ACADEMIC


@pytest.mark.parametrize("text, kind", [
    ("Engineering Manager, Some Geographic Society", Kind.JOB),
    ("Web Developer, Royal Society of Things", Kind.JOB),
    ("Treasurer, Chess Society", Kind.VOLUNTEER),
    ("Member, Student Society of Engineers", Kind.VOLUNTEER),
    ("Events Lead, Student Society of Engineers", Kind.VOLUNTEER),
    ("Some.org, Contributor to Core, Plugins, & Themes", Kind.VOLUNTEER),
    ("Core Contributor and Staff Engineer, Acme", Kind.JOB),
])
def test_a_society_or_a_contribution_is_volunteer_work_unless_the_role_is_a_staff_title(text, kind):
    assert role_kind(text, Kind.JOB) == kind


def test_a_research_intern_at_ones_own_school_while_studying_there_is_academic():
    tl = timeline("Education", "2013 – 2016 BSc Computer Science, University of Someplace",
                  "Experience", "10/2015 – 11/2016 R&D intern in Robotics, University of Someplace")
    (p,) = tl.positions
    assert (p.kind, p.counted) == (Kind.ACADEMIC, False)


def test_a_research_intern_at_another_school_or_a_firm_is_an_intern():
    tl = timeline("Education", "2012 – 2017 BSc Biology, University of Someplace",
                  "Experience", "Research Intern at Institute of Elsewhere (Town, India) 2015.05–2015.07",
                  "Research Intern, Acme Corp 2016.05–2016.07")
    assert [(p.kind, p.counted) for p in tl.positions] == [(Kind.INTERNSHIP, True)] * 2


def test_a_school_is_named_in_whole_words_not_inside_a_longer_one():
    tl = timeline("Education", "BS-MS Physics. Kenyan Institute of Science. 2013–2018",
                  "Experience", "Tutor at Bright Minds", "Kenya 2015.05–2015.07")
    assert tl.positions[0].counted


def test_an_angle_is_no_degree_and_a_lead_names_a_role():
    tl = timeline("Experience", "Data Team Lead, Acme – Hybrid April 2012 – May 2014",
                  "Built a reference data store for a 360-degree view of each supplier")
    assert tl.years == 2.2


@pytest.mark.parametrize("school", ["Universidad Católica de Chile", "Technische Universität München",
                                    "Politecnico di Milano", "Université de Lyon"])
def test_a_school_named_in_another_language_is_where_a_student_held_a_role(school):
    tl = timeline("Education", f"{school} 2018 – 2023", "Software Engineering degree",
                  "Experience", "Data Mining Assistant March 2021 – July 2022", f"{school} Department of Computing")
    assert [p.kind for p in tl.positions] == [Kind.ACADEMIC]


STUDYING_AT_WESTFIELD_YOUNG = ["Education", "Bachelor of Science, Computing", "Westfield Young University 2022 - 2025"]


def test_a_tutor_at_a_school_named_by_its_initials_while_studying_there_is_a_student():
    tl = timeline("Experience", "Mathematics Tutor, WYU Learning Centre", "Sep 2023 - Dec 2024",
                  *STUDYING_AT_WESTFIELD_YOUNG)
    assert [(p.kind, p.counted) for p in tl.positions] == [(Kind.ACADEMIC, False)]


@pytest.mark.parametrize("role", [
    "Mathematics Tutor, Wyu Tutoring",  # a word, not the initials in capitals
    "Mathematics Tutor, AWYU",  # other initials that contain them
    "Mathematics Tutor, Acme Tutors",  # a tutoring firm
])
def test_initials_name_the_school_only_in_capitals_and_as_a_word_of_their_own(role):
    tl = timeline("Experience", role, "Sep 2023 - Dec 2024", *STUDYING_AT_WESTFIELD_YOUNG)
    assert [p.counted for p in tl.positions] == [True]


@pytest.mark.parametrize("role, first_line", [
    ("Package Handler, WYU", "Loaded trucks on the night shift."),  # a firm sharing the initials, in no student's role
    ("Cashier, WYU Credit Union", "Handled deposits."),
    ("Web Assistant, Acme Labs", "Code released under the WYU license."),  # initials in the role's text, not its name
])
def test_initials_are_weaker_than_the_name_so_name_the_school_only_for_a_students_role_and_in_its_heading(
        role, first_line):
    tl = timeline("Experience", role, "Sep 2023 - Dec 2024", first_line, *STUDYING_AT_WESTFIELD_YOUNG)
    assert [p.counted for p in tl.positions] == [True]


def test_a_country_that_shares_a_schools_initials_does_not_name_it():
    tl = timeline("Experience", "Data Entry Assistant, Acme Logistics, Westfield, USA", "Sep 2023 - Dec 2024",
                  "Education", "Bachelor of Science, Computing", "University of South Acme 2022 - 2025")
    assert [p.counted for p in tl.positions] == [True]


def test_a_school_of_two_initials_is_not_named_by_them():
    tl = timeline("Experience", "Tutor – WU Consulting Sep 2024 — Dec 2024",
                  "Education", "Bachelor of Science, Computing", "Westfield University Graduation: 2025")
    assert [p.counted for p in tl.positions] == [True]



@pytest.mark.parametrize("role", [("Junior Developer", "Acme Labs", "Springfield, Freedonia"),
                                  ("Sales Assistant, Freedonia",)], ids=["firm-in-the-school-s-town", "country"])
def test_a_firm_in_the_school_s_town_or_country_is_not_the_school(role):
    tl = timeline("Education", "2014 – 2018 BSc Computer Science, Westfield University, Springfield, Freedonia",
                  "Experience", *role, "2016 – 2017")
    (p,) = tl.positions
    assert p.counted, p


def test_a_role_at_the_school_named_on_the_study_s_line_is_still_a_student_s():
    tl = timeline("Education", "2014 – 2018 BSc Computer Science, Westfield University, Springfield, Freedonia",
                  "Experience", "Tutor", "Westfield University", "Springfield, Freedonia", "2016 – 2017")
    (p,) = tl.positions
    assert not p.counted, p


@pytest.mark.parametrize("education", [
    ("Bachelor of Science, Computer Science", "University of Springfield, Springfield, Freedonia 2010 - 2014"),
    ("University of Springfield, Springfield, Freedonia 2010 - 2014", "Bachelor of Science, Computer Science"),
], ids=["degree-over-school", "school-over-degree"])
def test_a_firm_named_after_the_school_s_town_is_not_the_school_whichever_line_comes_first(education):
    tl = timeline("Experience", "Marketing Assistant", "Springfield, Freedonia", "Sep 2012 - May 2014",
                  "Education", *education)
    (p,) = tl.positions
    assert p.counted, p


def test_a_dated_degree_s_school_above_it_is_its_own_not_the_next_entry_s_below():
    tl = timeline("Experience", "Tutor", "Westfield University", "Sep 2012 - May 2014",
                  "Education", "Westfield University", "Master of Arts, History 2012 - 2014",
                  "Eastfield College", "Bachelor of Arts, History 2008 - 2012")
    (p,) = tl.positions
    assert not p.counted, p


@pytest.mark.parametrize("employer", ["Springfield", "University"])
def test_a_firm_named_by_a_word_inside_the_school_s_name_is_not_the_school(employer):
    tl = timeline("Experience", "Marketing Assistant", employer, "Sep 2012 - May 2014",
                  "Education", "Bachelor of Science, Computer Science",
                  "University of Springfield, Springfield 2010 - 2014")
    (p,) = tl.positions
    assert p.counted, p


def test_a_role_at_the_whole_school_is_still_a_student_s():
    tl = timeline("Experience", "Marketing Assistant", "University of Springfield", "Sep 2012 - May 2014",
                  "Education", "Bachelor of Science, Computer Science",
                  "University of Springfield, Springfield 2010 - 2014")
    (p,) = tl.positions
    assert not p.counted, p
