"""How an education entry states a degree when its level line alone does not: another person's title beside it, a
subject wrapped onto the next line, a subject named with the school, study without a level word."""

import pytest

from screener.degrees import related_degree
from screener.degree_entry import subject_first

from helpers import degrees_found


@pytest.mark.parametrize("line", ["Advisor: Prof. Jane Roe, Ph.D.", "Co-Advisor: dr John Doe, PhD",
                                  "Thesis supervised by Dr. Jane Roe, PhD in Statistics",
                                  "Research under the supervision of Jane Roe, Ph.D."],
                         ids=["advisor", "co-advisor", "supervised-by", "under-supervision"])
def test_a_level_after_a_label_naming_another_person_is_that_persons_title(line):
    found = degrees_found("Education", "MSc in Biology, Westfield University 2010 - 2012", line)
    assert [d.level for d in found] == ["master"]


def test_the_candidates_own_degree_before_an_advisor_is_still_read():
    (d,) = degrees_found("Education", "PhD in Physics, Westfield University 2015 - 2019, advisor: Jane Roe")
    assert (d.level, d.field) == ("doctorate", "physics")


def test_a_subject_cut_by_the_lines_end_goes_on_in_lower_case_on_the_next_line():
    (d,) = degrees_found("Education",
        "Bachelor's degree in Applied", "physics and computer science", "Westfield 2019 - 2023")
    assert d.field == "computer science"


@pytest.mark.parametrize("lines", [
    ["Education", "BSc in Biology, Westfield 2012", "computer science society member"],
    ["Education", "BSc in Biology", "Westfield University", "computer science minor"],
], ids=["the-degree-line-goes-on", "a-capitalised-line-between"])
def test_a_lower_case_line_is_no_part_of_a_subject_the_degree_line_finished(lines):
    assert not related_degree(degrees_found(*lines))


def test_a_labelled_major_after_a_sentence_on_its_line_is_undergraduate_study():
    (d,) = degrees_found("Education",
        "Westfield University of Technology", "Faculty of Engineering | October 2023 - now",
                   "Faculty of Systems Engineering. Major: Computer Science (II year). Web")
    assert (d.level, d.field, d.status) == ("bachelor", "computer science", "in progress")


def test_major_in_a_sentence_without_its_label_is_no_study():
    assert degrees_found("Education",
        "Westfield University 2019 - 2023", "Played a major role in the debating society") == ()


def test_a_level_with_no_subject_takes_the_field_named_as_a_part_of_its_schools_line_above():
    (d,) = degrees_found("Education", "2015 – Informatics, Faculty of Economics, Westfield University",
                   "Fourth year bachelor studies")
    assert (d.level, d.field) == ("bachelor", "computer science")


def test_studies_after_a_level_is_no_subject():
    (d,) = degrees_found("Education", "Bachelor studies, Westfield University 2015 - 2019")
    assert d.field is None


def test_a_related_field_among_a_dated_schools_parts_is_undergraduate_study():
    (d,) = degrees_found("Education",
        "2016 – 2019: Westfield University, Faculty of Economics, Economic Informatics, Hanover")
    assert (d.level, d.field) == ("bachelor", "computer science")


def test_the_department_studied_in_names_the_subject_when_nothing_narrower_does():
    (d,) = degrees_found("Education",
        "Westfield State University, Hanover", "Department of Applied Physics 2010 – 2014")
    assert (d.level, d.field) == ("bachelor", "physics")


@pytest.mark.parametrize("lines", [
    ["Education", "Data Science Specialization, Westfield University, 2016"],
    ["Education", "Westfield University, 2016", "Online course: Machine Learning"],
    ["Education", "Exchange semester, Westfield University, Department of Physics, 2016"],
    ["Education", "Westfield Grammar School, Department of Mathematics, 2010 – 2014"],
    ["Education", "Westfield University, Department of Physics"],
], ids=["a-specialization", "an-online-course", "an-exchange", "a-secondary-school", "undated"])
def test_a_course_an_exchange_a_secondary_or_an_undated_school_is_no_study_without_a_level(lines):
    assert degrees_found(*lines) == ()


def test_a_diploma_named_above_a_dated_school_of_a_related_subject_is_no_degree():
    assert degrees_found("Education", "Diploma in Web Development", "School of Information Technology, Hanover",
                   "Graduation: 2017") == ()


def test_a_course_mentioned_in_the_sentence_above_a_dated_school_leaves_its_study():
    (d,) = degrees_found("Education",
        "Built a compiler in a group for a course assignment", "Westfield University, Hanover",
                   "Department of Applied Physics 2010 – 2014")
    assert d.field == "physics"


def test_an_engineers_title_alone_below_its_school_is_the_degree_it_awards():
    (d,) = degrees_found("Education", "Westfield Catholic University 2018 – 2023", "Hanover, Westland",
                   "Software Engineer, Minor in Economics")
    assert (d.level, d.field) == ("bachelor", "software engineering")


@pytest.mark.parametrize("lines", [
    ["Education", "Westfield University", "Software Engineer, Acme 2019 – 2021"],
    ["Education", "BA in History, 2012", "Mentoring", "Software Engineer"],
    ["Experience", "Westfield University", "Software Engineer"],
], ids=["dated-a-job", "no-school-above", "outside-education"])
def test_an_engineers_title_dated_away_from_a_school_or_outside_education_is_no_degree(lines):
    assert "software engineering" not in [d.field for d in degrees_found(*lines)]


@pytest.mark.parametrize("lines", [
    ["Education", "BE Electrical, Westfield Institute 2015 – 2018", "Testing Engineer"],
    ["Education", "Diploma, Westfield Polytechnic 2012", "Quality Engineer"],
    ["Education", "Westfield Institute", "Blockchain Engineer"],
], ids=["below-another-degree", "below-a-diploma", "below-an-undated-school"])
def test_an_engineers_title_below_another_award_or_an_undated_school_is_a_job_not_a_degree(lines):
    assert [d.quote for d in degrees_found(*lines) if "Engineer" in d.quote] == []


def test_an_engineers_title_below_a_school_leaving_exam_is_a_job():
    assert degrees_found("Education",
        "June 2008 HSC Westfield, Westland Westfield University", "Electrical Engineer") == ()


@pytest.mark.parametrize("line, field", [
    ("BSc in Business Information Sytems", "information systems"), ("MCA Computer Sciene", "computer science"),
    ("BSc Mathemathics", "mathematics"), ("BEng Electrical Enginering", "electrical engineering"),
    ("Bachelor of Computer Applicaiton", "computer science"),
], ids=["dropped", "dropped-last", "added", "dropped-middle", "swapped"])
def test_a_related_fields_long_word_misspelt_by_one_letter_is_that_field(line, field):
    (d,) = degrees_found("Education", f"{line}, Westfield University 2010 - 2014")
    assert d.field == field


@pytest.mark.parametrize("line", ["BSc Physical Education", "BA Electoral Studies", "BA Commuter Studies",
                                  "BSc Systemic Biology"],
                         ids=["physical", "electoral", "commuter", "systemic"])
def test_a_word_two_letters_from_a_fields_name_or_naming_no_field_is_not_that_field(line):
    assert not related_degree(degrees_found("Education", f"{line}, Westfield University 2010 - 2014"))


def test_studies_in_a_subject_after_a_level_is_that_subject():
    (d,) = degrees_found("Education", "Ph.D. Studies in Environmental Sciences, Westfield University 2013 - 2017")
    assert d.field == "environmental sciences"


def test_a_related_field_among_the_parts_of_the_dated_line_below_a_school_is_undergraduate_study():
    (d,) = degrees_found("Education", "Westfield University", "2019 - Now | CS & Physics | GPA 3.9")
    assert (d.level, d.field, d.status) == ("bachelor", "computer science", "in progress")


def test_a_list_of_courses_below_a_dated_school_names_no_subject():
    assert degrees_found("Education", "Westfield University, 2014", "Courses: Algorithms, Statistics") == ()


def test_a_subject_with_its_dates_run_on_below_a_school_may_be_the_next_entrys_title():
    assert degrees_found("Education", "Westfield Community College", "Software Development 2015",
                   "Westfield Coding School, Hanover") == ()


@pytest.mark.parametrize("line", ["Postgraduate of Information Engineering 2015 – now",
                                  "Post-graduate studies in Physics, Westfield University 2015 – 2017"],
                         ids=["of", "studies-in"])
def test_postgraduate_study_of_a_subject_is_a_masters(line):
    assert [d.level for d in degrees_found("Education", line)] == ["master"]


def test_a_postgraduate_diploma_is_no_masters():
    assert "master" not in [d.level for d in degrees_found("Education", "Postgraduate Diploma in Management, 2015")]


def test_a_dated_period_of_study_led_by_its_verb_is_undergraduate_study_of_its_subject_anywhere():
    (d,) = degrees_found("Experience", "02.2019 - today Developer, Acme",
                   "09.2015 - 02.2019 Studied Computer Engineering Westfield")
    assert (d.level, d.field) == ("bachelor", "computer engineering")


@pytest.mark.parametrize("lines", [["Experience", "Developer, Acme 2016 - 2020", "Studied Market Trends for the team"],
                                   ["Education", "Studied Physics on my own"]],
                         ids=["a-bullet", "undated"])
def test_study_as_a_verb_in_a_bullet_or_undated_is_no_degree(lines):
    assert degrees_found(*lines) == ()


@pytest.mark.parametrize("line, level, field", [
    ("Computer Science, BS, GPA: 3.4 / 4.00", "bachelor", "computer science"),
    ("2015 - 2019 Physics, BSc, Westfield University", "bachelor", "physics"),
    ("Electrical & Computer Engineering, Ph.D. Advisor: John Doe", "doctorate", "computer engineering"),
], ids=["gpa-after", "dates-first", "advisor-after"])
def test_a_subject_written_before_its_level_and_a_comma_is_the_degrees_field(line, level, field):
    (d,) = degrees_found("Education", "Westfield University | 2013 – 2019", line)
    assert (d.level, d.field) == (level, field)


def test_a_subject_before_its_level_states_the_degree_outside_an_education_section():
    (d,) = degrees_found("Jane Roe", "Research", "Electrical Engineering, Ph.D. Advisor: John Doe")
    assert (d.level, d.field) == ("doctorate", "electrical engineering")


def test_a_name_before_a_level_is_no_degree():
    assert degrees_found("Jane Roe", "Projects", "Jane Roe, PhD") == ()


@pytest.mark.parametrize("lines", [
    ["Jane Roe", "Experience", "Lecturer in Mathematics, PhD required"],
    ["Jane Roe", "Experience", "Teaching Assistant for Statistics, Ph.D. program"],
], ids=["a-role", "a-role-with-for"])
def test_a_role_before_a_level_is_no_subject(lines):
    assert all(d.field not in ("mathematics", "statistics") for d in degrees_found(*lines))


def test_an_entrys_subject_may_follow_its_dates_on_their_own_line_below_the_school():
    (d,) = degrees_found("Education",
        "Westfield University, Hanover", "September 2022 — Present", "Applied Mathematics",
                   "Westfield Lyceum, Hanover", "September 2019 — June 2022")
    assert (d.level, d.field, d.status) == ("bachelor", "mathematics", "in progress")


@pytest.mark.parametrize("lines", [
    ["Education", "Westfield University, Hanover", "September 2022 — Present", "Data Science Certificate"],
    ["Education", "Westfield High School, Hanover", "2016 - 2020", "Mathematics"],
    ["Education", "Westfield University, Hanover", "2016 - 2020", "Mathematics Olympiad winner 2015"],
    ["Education", "Westfield University, Hanover", "Exchange semester 2022", "Physics"],
], ids=["a-certificate", "a-secondary-school", "a-prize", "dates-with-words"])
def test_what_follows_a_schools_dates_is_no_subject_unless_a_subject_alone_at_a_university(lines):
    assert degrees_found(*lines) == ()


def test_a_degree_in_the_references_section_is_a_referees_title():
    assert degrees_found("Jane Roe", "Projects", "Built a compiler", "References",
                   "John Doe, PhD, Professor of Computer Science, Westfield University") == ()


def test_a_degree_stated_with_its_school_outside_education_is_read_beside_a_referees_title():
    (d,) = degrees_found("Jane Roe", "Projects", "MSc Physics, Westfield University 2018", "References",
                   "John Doe, PhD, Professor of Computer Science, Westfield University")
    assert (d.level, d.field) == ("master", "physics")


def test_a_degree_the_line_starts_under_a_references_label_is_still_the_candidates():
    (d,) = degrees_found("Jane Roe", "Referees:", "Happy to share on request", "Qualification:",
                   "Master of Applied Statistics, Westfield University")
    assert (d.level, d.field) == ("master", "statistics")


@pytest.mark.parametrize("line", [
    "- Designed Mathematics, BSc curriculum for first-year students",
    "- Quantum Computing, PhD-level research with Prof. Doe",
    "- Hired for Data Science, PhD position on the ML team",
], ids=["a-verb-before-the-field", "a-level-as-a-modifier", "a-level-before-its-noun"])
def test_a_sentence_with_a_field_a_comma_and_a_level_is_no_subject_first_degree(line):
    assert degrees_found("Jane Roe", "Experience", "Lecturer, Westfield College | 2019 - Present", line) == ()


@pytest.mark.parametrize("line, field", [
    ("Electrical & Computer Engineering, Ph.D. | Westfield University", "computer engineering"),
    ("Mathematics and Statistics, MSc (Westfield University)", "mathematics"),
    ("Computer Science, B.S. 2018", "computer science"),
    ("Physics, MSc – Westfield University", "physics"),
    ("Computer Science, Bachelor of Science, Westfield College 2016", "computer science"),
    ("Statistics, Master of Arts (MA)", "statistics"),
], ids=["a-bar-after", "a-bracket-after", "a-year-after", "a-dash-after", "a-full-name-after",
        "a-full-name-and-letters-after"])
def test_a_subject_first_degree_is_a_field_alone_then_its_level_ending_a_phrase(line, field):
    (d,) = degrees_found("Jane Roe", "Research", line)
    assert d.field == field


@pytest.mark.parametrize("before, after", [("Physics, ", " of science students"),
                                           ("Taught Physics, ", " of Science, Westfield College")],
                         ids=["lower-case-after-of", "a-verb-before-the-field"])
def test_a_full_name_ends_no_heading_lower_case_after_of_or_after_a_verb(before, after):
    assert subject_first(before, after) is None


def test_a_full_name_capitalised_after_a_field_alone_ends_its_heading():
    assert subject_first("Physics, ", " of Science, Westfield College") == "physics"


@pytest.mark.parametrize("line", ["Computer Science, B.S. | Software Engineer",
                                  "Software Engineer | Computer Science, B.S."], ids=["subject-first", "role-first"])
def test_a_headline_reads_its_subject_first_degree_in_the_part_after_its_last_bar(line):
    (d,) = degrees_found("Jane Roe", line, "Experience", "Software Engineer, Acme | 2019 - 2024")
    assert (d.level, d.field) == ("bachelor", "computer science")


def test_a_degree_after_its_school_or_subject_under_a_references_heading_is_the_candidates():
    found = degrees_found("Jane Roe", "Experience", "Engineer, Acme | 2017 - 2024", "References",
                    "Westfield University, BSc Computer Science, 2016",
                    "Computer Science, B.S., Northfield University, 2018")
    assert [(d.level, d.field) for d in found] == [("bachelor", "computer science")] * 2


@pytest.mark.parametrize("lines", [
    ["Jane Roe", "Computer Science, B.S. | Software Engineer", "Experience", "Software Engineer, Acme | 2019 - Present"],
    ["Jane Roe", "Education", "BSc Computer Science, Westfield University 2015 - 2019", "Experience",
     "Developer, Acme | 2019 - Present"],
], ids=["a-headline", "education-last"])
def test_a_degrees_status_is_read_from_its_own_sections_lines_not_the_next_sections_job(lines):
    (d,) = degrees_found(*lines)
    assert d.status == "completed"
