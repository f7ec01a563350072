"""An entry's dates at the ends of a part of its line are stripped in any form, numeric or with month names, before
the part is read as the subject studied ("Aug 2016 – May 2020 Statistics, Westfield University" as "2016 – 2020
Statistics, Westfield University"); a part naming a post held there is no subject (the engineer's title, also a
degree's name, aside): a post's noun heads the part, before an aside in brackets or after a spaced dash and before
a complement its preposition starts ("Statistics (Marker)" is the study, a post beside it; "Tutor for Statistics" a
post)."""
import pytest

from helpers import degrees_read as read


@pytest.mark.parametrize("lines, field", [
    (("Aug 2016 – May 2020 Computer Science, Kessel University",), "computer science"),
    (("Sept. 2014 - June 2018 Mathematics, Tarrow College", "GPA 3.6"), "mathematics"),
    (("Oct 2021 - Present Software Engineering, Kessel Institute",), "software engineering"),
    (("Bachelor of Science", "Sep 2012 – Jun 2016 Physics, Tarrow University"), "physics"),
])
def test_a_subject_after_dates_with_month_names_is_read(lines, field):
    assert read(*lines) == [("bachelor", field)]


@pytest.mark.parametrize("line", [
    "2019 – Present Mathematics Tutor, Kessel University",
    "2019 – 2020 Computer Science Teaching Assistant, Tarrow University",
    "2018 – 2019 Statistics Intern, Kessel Institute",
    "2019 – 2020 Physics Demonstrator, Kessel University",
    "2019 – 2020 Computer Science TA, Tarrow University",
    "2019 – 2020 Mathematics Grader, Kessel University",
    "2019 – 2020 Mathematics Fellow, Tarrow University",
])
def test_a_post_held_at_a_school_is_no_study(line):
    assert read(line) == []


@pytest.mark.parametrize("lines, field", [
    (("2016 – 2020 Information Systems – Teaching Assistant, Kessel University",), "information systems"),
    (("2016 – 2020 Data Science (Peer Mentor), Tarrow University",), "data science"),
    (("2015 – 2019 Statistics (Director's Award), Kessel University",), "statistics"),
    (("2012 – 2016 Mathematics with Teacher Licensure, Tarrow University",), "mathematics"),
    (("Bachelor of Arts", "Kessel University, 2012 – 2016, Mathematics – Student Ambassador"), "mathematics"),
])
def test_a_post_beside_the_subject_leaves_it_studied(lines, field):
    assert read(*lines) == [("bachelor", field)]


@pytest.mark.parametrize("line", [
    "2019 – 2020 Tutor for Statistics, Kessel University",
    "2019 – 2020 Teaching Assistant – Mathematics, Tarrow University",
])
def test_a_post_heading_its_part_is_no_study(line):
    assert read(line) == []


def test_the_study_of_a_post_is_study():
    assert read("Sep 2012 – Jun 2016 Mathematics Teacher Education, Kessel University") == [("bachelor", "mathematics")]


def test_the_engineers_title_at_a_school_stays_a_degree():
    assert read("Aug 2010 – Jul 2015 Computer Engineer, Tarrow University") == [("bachelor", "computer engineering")]


@pytest.mark.parametrize("line", [
    "2016-Present Computer Science, Kessel University",
    "2016–Present Computer Science, Tarrow University",
    "09/2016-Present Computer Science, Kessel University",
    "2016–2020:Computer Science, Tarrow University",
    "Kessel University, 2016-Present Computer Science",
])
def test_a_date_joined_to_its_words_by_a_dash_or_colon_is_stripped(line):
    assert read(line) == [("bachelor", "computer science")]


@pytest.mark.parametrize("lines, level, field", [
    (("Specialist degree", "Tarrow State University, Statistician"), "master", "statistics"),
    (("Specialist degree", "Kessel State University, Physicist, Teacher of Physics"), "master", "physics"),
    (("Bachelor's degree", "Tarrow Pedagogical University, Teacher of Mathematics"), "bachelor", "mathematics"),
    (("Bachelor of Education", "Kessel University, 2012 – 2016, Mathematics Teacher"), "bachelor", "mathematics"),
    (("Bachelor of Science", "Tarrow University, 2016 – 2020, Computer Science Fellow"), "bachelor",
     "computer science"),
])
def test_a_qualification_under_a_stated_level_names_its_subject(lines, level, field):
    assert read(*lines) == [(level, field)]
