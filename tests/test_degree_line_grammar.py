"""A degree's line states its level, then its parts in any order the line uses: the entry's dates, the subject, the
school, honours. The subject may follow the dates or a bar; there only a related field is read, and never a part
that is a school's, a role's or the study's content (degree_entry.py's definition of a degree's line)."""
import itertools

import pytest

from helpers import degrees_read, grows_linearly
from screener.degree_entry import subject_past

LEVELS = [("B.Sc.", "bachelor"), ("BSc", "bachelor"), ("B.E.", "bachelor"), ("B.Tech", "bachelor"),
          ("BSc (Hons)", "bachelor"), ("Bachelor of Science", "bachelor"), ("Bachelor of Engineering", "bachelor"),
          ("Bachelor's Degree", "bachelor"), ("M.Sc.", "master"), ("MSc", "master"), ("Master of Science", "master"),
          ("Dipl.-Ing.", "master")]
DATES = ["2014 - 2018", "2016", "Sep 2014 – Jun 2018", "(2012-2016)", "2019 - Present"]
SEPARATORS = [" ", ", ", " | ", " - "]
FIELDS = [("Computer Science", "computer science"), ("Electrical Engineering", "electrical engineering"),
          ("Statistics", "statistics")]


def _capitals(level: str, rest: str, upper: bool) -> str:
    """The line in title case, or in capitals but for a level's letters (run together in capitals, "BSC" is as
    often a firm, so the levels module reads it only as written)."""
    if not upper:
        return f"{level}{rest}"
    return f"{level.upper() if ' ' in level else level}{rest.upper()}"


# a covering set: each value of every dimension meets each value of every other at least once (the level and the
# dates in full, the rest stepped against them), not their 1,500-line product
MATRIX = [(_capitals(level, f"{SEPARATORS[(a + b) % 4]}{dates}{SEPARATORS[(a + b) % 4]}{FIELDS[(a + 2 * b) % 3][0]},"
                            " Westfield University", bool((a // 2 + b) % 2)), (name, FIELDS[(a + 2 * b) % 3][1]))
          for (a, (level, name)), (b, dates) in itertools.product(enumerate(LEVELS), enumerate(DATES))]
BARRED = [(_capitals(level, f" | {subject} | Westfield University | 2015", upper), (name, field))
          for (level, name), (subject, field), upper in itertools.product(LEVELS, FIELDS, (False, True))]


@pytest.mark.parametrize("line, read", MATRIX)
def test_a_related_field_after_the_levels_dates_is_its_subject(line, read):
    assert degrees_read(line) == [read]


@pytest.mark.parametrize("line, read", BARRED)
def test_a_related_field_after_the_levels_bar_is_its_subject(line, read):
    assert degrees_read(line) == [read]


@pytest.mark.parametrize("level", ["Dipl.-Ing.", "Dipl.-Wirt.-Ing."])
def test_a_dipl_ing_is_read_whole_so_its_subject_follows_it(level):
    assert degrees_read(f"{level} Electrical Engineering, Technische Universität Nordstadt") == [
        ("master", "electrical engineering")]


@pytest.mark.parametrize("lines, field", [
    (["B.Sc. 2014 - 2018 Westfield Institute of Technology", "Computer Science"], "computer science"),
    (["BSc 2016 | Westfield State | 2020", "Physics"], "physics"),
    (["BSc 2014 - 2018 | Software Engineer", "Mathematics"], "mathematics"),
    (["Westfield Institute of Technology, B.Tech, 2016"], None),
    (["MSc 2020 - 2022 Project Manager, Westfield IT Solutions"], None),
    (["Bachelor of Science 2015 – 2019 Data Science Club President"], None),
    (["BS 2014 - 2018 Information Technology Club Lead"], None),
    (["Master of Business Administration 2016 - 2018 | Westfield University"], "business administration"),
], ids=["a-school-then-the-next-lines-subject", "a-town-then-the-next-lines-subject", "a-role-after-the-bar",
        "an-institute-of-technology", "an-employer-after-a-role", "a-club-after-the-dates", "a-club-in-capitals",
        "an-mba-names-its-own-field"])
def test_what_stands_after_the_dates_but_is_no_subject_stays_unread(lines, field):
    (degree,) = degrees_read(*lines)
    assert degree[1] == field


def test_a_certificate_with_a_field_after_its_bar_is_no_degree():
    assert degrees_read("Certificate 2019 | Data Science | Westfield University") == []


def test_a_long_run_of_dates_and_bars_after_a_level_is_read_in_linear_time():
    assert grows_linearly(subject_past,
                          lambda n: " " + "2014 - 2018 | " * (n // 14) + "7", 50000)


@pytest.mark.parametrize("section", ["Experience", "Summary"])
def test_out_of_education_a_field_after_a_levels_dates_states_no_degree(section):
    assert degrees_read("Teaching Assistant, Westfield University 2019 - 2020",
                        "Supervised BSc 2019 - 2020 Computer Science students", heading=section) == []


@pytest.mark.parametrize("line", [
    "BSc 2014 - 2018 Computer Science minor, Biology major, Westfield University",
    "BSc | Computer Science minor | Biology major | Westfield University",
    "BSc 2014 - 2018 | Computer Science minor | Biology major",
    "B.A. 2016 Mathematics Minor, History Major, Westfield University",
])
def test_a_minor_after_the_dates_or_a_bar_is_never_the_subject(line):
    assert degrees_read(line) == [("bachelor", None)]


@pytest.mark.parametrize("line", ["B.A. 2016 Biology Minor, Mathematics Major, Westfield University",
                                  "BSc | Biology minor | Mathematics major | Westfield University"])
def test_the_major_after_a_minor_is_the_subject(line):
    assert degrees_read(line) == [("bachelor", "mathematics")]


@pytest.mark.parametrize("part", [
    "Northgate Analytics Ltd", "Statistics Bureau Co-op Program", "Software Systems internship",
    "Machine Learning for Crop Yield Prediction", "Computer Vision in Plant Phenotyping", "Physics Department",
    "Data Science Fellowship", "Mathematics Olympiad Medal", "Marketing with Data Analytics module",
    "Statistics TA", "Physics Demonstrator", "Data Science Mentor", "Computer Science Grader",
    "Mathematics Teaching Fellow",
])
def test_only_a_bare_subject_after_the_dates_is_the_subject(part):
    """An employer, a programme, an internship, a thesis's title, a department, a fellowship, a prize, a module or
    a post held names a field but is no subject: the next line's is the degree's."""
    assert degrees_read(f"MSc 2016 - 2018 {part}", "Chemistry") == [("master", "chemistry")]


def test_a_labelled_major_outranks_a_field_after_the_dates():
    assert degrees_read("BSc 2014 - 2018 Statistics, Westfield University", "Major: Physics") == [
        ("bachelor", "physics")]


@pytest.mark.parametrize("note", [
    "(thesis)", "(research group)", "– Teaching Assistant", "(TA)", "(elective)", "(coursework)", "(certificate)",
    "(exchange semester)", "(transferred)", "(minor)", "(second subject)", "(subsidiary)", ", secondary",
    "(Nebenfach)", "(Northtown campus)", ", Biology major", ", Transferred", ", Mobility Programme", ", Year Abroad",
    ", Second Major", ", First Year Only", ", Northtown", "| Northtown, Eastland", ", Economía Secundaria",
])
def test_a_part_after_the_dates_followed_by_anything_but_the_entrys_parts_is_no_subject(note):
    """After the dates a part is the subject only when its school (by its school word), dates, honours or a grade
    alone follow it; a note, a minor, a role, the study's content or any other name after it (a capitalised note
    reads as a town's name would) says it is not the degree's subject alone."""
    assert degrees_read(f"MSc 2016 – 2018 Statistics {note}", "Chemistry") == [("master", "chemistry")]


@pytest.mark.parametrize("minor", ["Minor – Statistics", "| Minor | Statistics", "Minor (Statistics)",
                                   "(Minor – Statistics)", "Subsidiary (Statistics)", "Minor: Statistics, Physics",
                                   "(Minor) Statistics", "Second subject – Statistics"])
def test_a_minors_label_after_the_dates_gives_no_subject(minor):
    """A minor's word opening a part labels it: its value follows, and what comes after may be another minor as
    well as the major, so the line names no subject and the next line's stands."""
    assert degrees_read(f"BA 2014 – 2018 {minor}", "Chemistry") == [("bachelor", "chemistry")]


@pytest.mark.parametrize("word", ["Visiting", "Minor", "Exchange"])
def test_after_a_level_a_word_qualifies_no_field_past_its_dates_is_read(word):
    """A word just before a level qualifies the study the line states, so the next line's subject stands."""
    assert degrees_read(f"{word} BSc 2015 – 2016 Statistics", "Chemistry") == [("bachelor", "chemistry")]


@pytest.mark.parametrize("line", ["BSc 2014 – 2018 Statistics at Northgate Chess Club",
                                  "BA 2014 – 2018 Physics from summer school",
                                  "BA 2014 – 2018 Mathematics. Member, Northgate Rowing"])
def test_a_clause_after_the_dates_naming_what_is_no_subject_is_none_whole(line):
    assert degrees_read(line)[0][1] is None


@pytest.mark.parametrize("line", ["Dipl. El.-Ing. FH 2004", "Dipl. Masch.-Ing. ETH 2004", "Dipl. El. Ing. 2008",
                                  "Dipl. Bau.-Ing. HTL 2004", "Dipl. Inf.-Ing. TU 2004"])
def test_a_school_type_or_a_leftover_ing_after_a_dipl_is_no_subject(line):
    assert degrees_read(line) == [("master", None)]
