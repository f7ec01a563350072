"""Beside an employment section, a teaching section lists courses taught within those posts and teaching posts held
elsewhere: a dated line there is a post when it names a role, and a school is then its employer."""
import datetime as dt

from screener.experience import build_timeline, find_claims

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def timeline(*lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF)


def test_a_teaching_post_beside_employment_counts_even_at_a_school():
    tl = timeline("Professional Experience", "2022 – 2024 Administrative Assistant Acme",
                  "Teaching Experiences", "2015 – 2018 Substitute Teacher Lakeview Public School",
                  "Taught science to middle school pupils", "2014 – 2015 English Instructor Some College")
    assert tl.years == 6.0


def test_words_run_together_still_name_the_role():
    tl = timeline("Experience", "2022 – 2024 Analyst Acme", "Teaching", "2017 – 2020 SubstituteTeacher Some School")
    assert tl.years == 5.0


def test_courses_taught_within_a_post_are_still_not_posts():
    tl = timeline("Employment", "Lecturer, Some University", "Jan 2022 – Dec 2023", "Teaching Experience",
                  "Co-supervised summer research projects  2019 – 2023", "Intro to Programming  2016 – 2023")
    assert tl.years == 2.0


def test_the_timeline_keeps_the_words_of_the_largest_claim():
    tl = timeline("Almost 18 years of teaching experience and 5 years of Python experience.", "Experience",
                  "Teacher, Some School 2010 – 2020")
    assert (tl.claimed, tl.claim) == (18.0, "18 years of teaching experience")
    assert [c for c, _ in find_claims("5 years of Python experience")] == [5.0]
