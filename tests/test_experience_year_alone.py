"""A role dated by one year alone, closing its title line ('Support Intern, Acme — 2021'): held within that year,
July to December, as a same-year range is read. The same shape naming no role is no position: a paper's, an
honour's, a qualification's, a degree's or a course's year; a line with a range below it is that role's title."""
import datetime as dt

import pytest

from screener.experience import build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)
HALF_YEAR = (dt.date(2021, 7, 1), dt.date(2021, 12, 31))


def spans(*lines):
    d = doc(*lines)
    return [(p.start, p.end, p.title) for p in build_timeline(d, sections(d), AS_OF).positions]


@pytest.mark.parametrize("line", [
    "QA Intern, Pebblebrook Software — 2021",
    "Backend Developer, Harbour Bakery, 2021",
    "Support Engineer | Bluefin Labs | 2021",
    "Junior Analyst at Copperleaf (2021)",
    "Web Designer 2021",
])
def test_a_title_line_closed_by_one_year_is_a_role_held_within_it(line):
    got = spans("Experience", line, "Built the ordering pages and their tests.")
    assert [(s, e) for s, e, _ in got] == [HALF_YEAR]
    assert "2021" not in got[0][2]


def test_each_role_of_a_history_dated_by_years_alone_is_read():
    got = spans("Experience", "Data Engineer, Larch Systems — 2023", "Moved the reports to a warehouse.",
                "QA Intern, Pebblebrook Software — 2021", "Wrote the import scripts.")
    assert [s.year for s, _, _ in got] == [2023, 2021]


@pytest.mark.parametrize("line", [
    "Outstanding Teaching Assistant Award, 2021",  # an award named after a role
    "How Developers Review Code, 2021",  # a paper's title
    "Certified Cloud Developer, Associate, 2021",  # a certificate
    "Bachelor of Science in Computer Engineering, 2021",  # a degree
    "Algorithms, Operating Systems, Databases 2021",  # a course list
    "Joined the team as a developer in 2021",  # a sentence
    "Promoted to Lead Engineer, 2021",  # a bullet of the role above
])
def test_a_year_closing_a_line_that_names_no_role_is_no_position(line):
    assert spans("Experience", line, "Some more words here.") == []


def test_two_years_are_no_year_alone():
    assert spans("Experience", "Software Engineer, Harbour Bakery, 2020, 2021") == []


def test_a_year_alone_within_a_dated_role_is_a_detail_of_it():
    got = spans("Experience", "Platform Engineer, Larch Systems", "Jan 2019 – Dec 2022",
                "Team Lead, Larch Systems, 2021", "Led the on-call rota.")
    assert [(s, e) for s, e, _ in got] == [(dt.date(2019, 1, 1), dt.date(2022, 12, 31))]


@pytest.mark.parametrize("line", [
    "Salesperson of the Year: Account Manager, 2021",
    "Distinguished Reviewer, Systems Programmer, 2021",
    "Second Prize, Junior Developer Challenge, 2021",
    "Runner-up — Rising Designer, 2021",
    "Award for Best New Analyst, 2021",
    "Best Young Developer, 2021",
    "Professional Engineer, 2021",  # a licence
    "Licensed Electrician, 2021",
    "Student Representative, 2021",  # a seat students elect
])
def test_a_year_closing_an_honour_or_a_qualification_is_no_position(line):
    assert spans("Experience", line, "Some more words here.") == []


def test_a_role_at_a_retailer_named_best_is_still_read():
    got = spans("Experience", "Store Manager, Best Buy, 2021", "Ran the returns desk.")
    assert [(s, e) for s, e, _ in got] == [HALF_YEAR]


def test_a_year_closed_title_over_its_own_range_is_its_title():
    got = spans("Experience", "Site Reliability Engineer, Tidewater Cargo | 2020", "Apr 2020 – Sep 2024",
                "Ran the paging rota.")
    assert [(s, e) for s, e, _ in got] == [(dt.date(2020, 4, 1), dt.date(2024, 9, 30))]
    assert got[0][2].startswith("Site Reliability Engineer")


def test_a_year_closed_role_over_another_titled_role_s_range_keeps_its_year():
    got = spans("Experience", "Events Lead - Harbour Debating Union 2023",
                "Treasurer - Riverside Chess Circle 2020–2022")
    assert [s.year for s, _, _ in got] == [2023, 2020]


@pytest.mark.parametrize("line", [
    "Research Internship, Pebblebrook Software — 2021",
    "Pebblebrook Software\nSummer Internship 2021",
    "Working Student, Harbour Bakery, 2021",
    "Traineeship at Copperleaf (2021)",
    "Werkstudent | Bluefin Labs | 2021",
])
def test_a_post_named_by_what_it_is_closes_a_title_as_a_role_s_noun_does(line):
    # an internship or a working student's post is held as an intern's or a clerk's is (LABELING.md)
    got = spans("Experience", *line.split("\n"), "Built the ordering pages and their tests.")
    assert [(s, e) for s, e, _ in got] == [HALF_YEAR]


@pytest.mark.parametrize("line", ["Internships 2021", "Internship Programme Award 2021", "Student 2021"])
def test_a_list_s_heading_an_honour_or_study_closed_by_a_year_is_still_no_position(line):
    assert spans("Experience", line, "Built the ordering pages and their tests.") == []


def test_a_post_s_name_beside_a_range_below_dates_its_own_role_not_the_line_above():
    # the range two lines down belongs to its own internship, so the working student's line keeps its one year
    got = kinds("Experience", "Quillon Devices", "Working Student 2019", "+ Forecast demand", "Brindle Labs",
                "Data Internship 2017 – 2018", "+ Cleaned sensor data")
    assert got == [(2019, 2019, "part-time", True), (2017, 2018, "internship", True)]


@pytest.mark.parametrize("line", ["Objective: Summer Internship 2025", "Career goal: Internship 2025",
                                  "Currently seeking Apprenticeship 2025", "Looking for an Internship, 2025",
                                  "Seeking: Internship 2025",
                                  "Objective – Data Intern 2025", "My goal: Data Internship 2025",
                                  "Open to Internship 2026", "Seeking an Internship 2019"])
def test_a_post_an_aim_s_label_leads_is_wanted_not_held(line):
    got = spans("Experience", line, "Teaching Assistant, Quillon College", "2023 – 2024", "+ Marked essays")
    assert [(s, e) for s, e, _ in got] == [(dt.date(2023, 7, 1), dt.date(2024, 6, 30))]


@pytest.mark.parametrize("line", ["Seeking Minds Ltd, Data Intern, 2021", "Aim Robotics — Support Intern 2021",
                                  "Goal Systems | Working Student | 2021", "Seeking a Better World Trust – Data Intern 2021",
    "Looking for a Cure Foundation – Research Analyst 2021"])
def test_a_body_named_with_an_aim_s_word_still_dates_its_role(line):
    assert [(s, e) for s, e, _ in spans("Experience", line, "+ Wrote the reports")] == [HALF_YEAR]


@pytest.mark.parametrize("label", ["GOAL – ", "Objective - ", "Aims: ", "Currently seeking a new post; previously ",
                                   "Looking For The Moon Ltd, "])
def test_an_aim_s_label_before_a_past_year_heads_a_role_held(label):
    # a post wanted is dated now or later: a label before a past year opens a role held, or a body's name
    assert [(s, e) for s, e, _ in spans("Experience", f"{label}Data Intern 2021", "+ Wrote the reports")] == [
        HALF_YEAR]


def test_a_post_s_name_alone_beside_a_range_is_the_type_of_the_role_above():
    # LinkedIn's employment type under a title closed by its year: the range dates that title's role
    got = kinds("Experience", "Support Engineer, Quillon Devices — 2021", "Internship · Jun 2021 – Aug 2021",
                "+ Answered tickets")
    assert got == [(2021, 2021, "internship", True)]
    got = spans("Experience", "Support Engineer, Quillon Devices — 2021", "Internship · Jun 2021 – Aug 2021")
    assert [(s.month, e.month) for s, e, _ in got] == [(6, 8)]


def kinds(*lines):
    d = doc(*lines)
    return [(p.start.year, p.end.year, p.kind, p.counted) for p in build_timeline(d, sections(d), AS_OF).positions]


@pytest.mark.parametrize("title", ["Traineeship", "Graduate Traineeship", "Apprenticeship"])
def test_a_traineeship_is_an_internship_as_a_trainee_is(title):
    assert kinds("Experience", "Copperleaf", f"{title} 2021", "+ Rotated through the teams") == [
        (2021, 2021, "internship", True)]


def test_praise_in_lower_case_is_no_working_student_s_title():
    got = spans("Experience", "Analyst, Quillon", "2020 – 2024", "+ Wrote the reports",
                "Keen working student, tidy 2019")
    assert [(s.year, e.year) for s, e, _ in got] == [(2020, 2024)]


@pytest.mark.parametrize("line", ["Brindle Data Virtual Internship 2021", "Virtual Internship, Brindle Data 2021"])
def test_a_course_done_online_is_no_post(line):
    assert spans("Experience", line, "+ Completed the tasks") == []


@pytest.mark.parametrize("org", ["Quillon · Internship", "Quillon GmbH, Working Student"])
def test_a_post_s_name_closing_the_organisation_s_line_is_the_type_of_the_role_above(org):
    got = spans("Experience", "Team Lead — 2021", org, "Jun 2021 – Aug 2021", "+ Led a team of four")
    assert [(s, e, t.startswith("Team Lead")) for s, e, t in got] == [(dt.date(2021, 6, 1), dt.date(2021, 8, 31), True)]


@pytest.mark.parametrize("post", ["Summer Internship at Quillon", "Werkstudent, Berlin"])
def test_a_post_s_name_between_a_year_closed_title_and_its_range_keeps_the_title(post):
    # the post's name is the role's type; only a holder's title between would stop the title from owning the range
    got = spans("Experience", "Data Analyst, Quillon Devices 2021", post, "Jun 2021 – Aug 2021", "+ Built reports")
    assert [(s, e, t.startswith("Data Analyst")) for s, e, t in got] == [(dt.date(2021, 6, 1), dt.date(2021, 8, 31),
                                                                         True)]


def test_a_post_s_word_inside_a_body_s_name_names_no_post():
    got = spans("Experience", "Programme Assistant — 2019", "Brindle Internship Network Ltd", "Jun 2019 – Aug 2020",
                "+ Placed students")
    assert [(s, e, t.startswith("Programme Assistant")) for s, e, t in got] == [
        (dt.date(2019, 6, 1), dt.date(2020, 8, 31), True)]


@pytest.mark.parametrize("title", ["Graduate Traineeship Manager", "Internship Coordinator", "Apprenticeship Lead"])
def test_a_staff_title_after_a_post_s_name_runs_the_programme(title):
    assert kinds("Experience", f"{title}, Copperleaf Bank", "2015 – 2022", "+ Ran the cohorts") == [
        (2015, 2022, "job", True)]


@pytest.mark.parametrize("title", ["Werkstudentin", "Werkstudent"])
def test_a_werkstudent_works_part_time(title):
    assert kinds("Experience", f"{title} | Quillon GmbH | 2020", "+ Wrote the queries") == [
        (2020, 2020, "part-time", True)]
