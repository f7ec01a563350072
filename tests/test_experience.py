import datetime as dt

import pytest

from screener.experience import Kind, build_timeline, find_claim, merged_years, skill_years
from screener.models import Document, Position, StructuredResume

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def timeline(*lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF)


@pytest.mark.parametrize("lines, years", [
    (["Experience", "Engineer, Acme", "Jan 2015 – Dec 2017"], 3.0),
    (["Experience", "Engineer, Acme", "2015 – 2018"], 3.0),
    (["Experience", "Engineer, Acme", "Jan 2024 – Present"], 2.0),
    (["Work History", "Acme Jan 2010 – Dec 2014", "Beta Jan 2013 – Dec 2015"], 6.0),  # overlap merged
    (["Experience", "Acme Jan 2010 – Dec 2011", "Beta Jan 2015 – Dec 2015"], 3.0),  # gap not counted
    (["Experience", "Acme Jan 2010 – Dec 2011", "Education", "BSc Computer Science, 2005 – 2009"], 2.0),
    (["Experience", "Acme Jan 2010 – Dec 2011", "Volunteer Firefighter Jan 2012 – Dec 2019"], 2.0),
    (["Experience", "Teaching Assistant, Univ. of X", "Sep 2018 – Jun 2020", "Acme Jan 2021 – Dec 2021"], 1.0),
    (["Experience", "Software Engineer Intern, Acme", "Jun 2019 – Aug 2019"], 0.3),
    (["Experience", "2018 –", "Present Product Manager, Initech"], 7.5),  # date column split over lines
], ids=["months", "years-only", "present", "overlap", "gap", "education-excluded", "volunteer",
        "teaching-assistant", "internship-counted", "split-date-column"])
def test_years(lines, years):
    assert timeline(*lines).years == years


def test_kinds_and_reasons():
    tl = timeline("Experience", "Software Engineer Intern, Acme", "Jun 2019 – Aug 2019",
                  "Volunteer coach, Club", "2015 – 2016", "Freelance developer", "2020 – 2021",
                  "Barista (part-time)", "2016 – 2017")
    got = {(p.kind, p.counted) for p in tl.positions}
    assert got == {("internship", True), ("volunteer", False), ("freelance", True), ("part-time", True)}
    assert next(p for p in tl.positions if p.kind == "volunteer").why == "volunteer role"


def test_every_position_kind_is_one_of_the_kinds_defined_once():
    tl = timeline("Experience", "Engineer, Acme", "2015 – 2018", "Software Intern, Beta", "Jun 2014 – Aug 2014",
                  "Volunteering", "Mentor, Code Club", "2016 – 2017")
    assert [p.kind for p in tl.positions] == [Kind.JOB, Kind.INTERNSHIP, Kind.VOLUNTEER]
    assert all(type(p.kind) is Kind for p in tl.positions)


def test_titles_stacked_at_one_employer_run_on_to_the_bullets_under_the_last():
    """'Director' over 'Engineer', each with its dates, then one list of bullets: both titles own the bullets, and
    a title followed by text of its own keeps only that text."""
    tl = timeline("Experience", "Acme Corp", "Director  Jan 2018 – Dec 2023", "Engineer  Jan 2014 – Dec 2017",
                  "Built the billing service.", "Beta Inc", "Analyst  Jan 2010 – Dec 2013", "Wrote reports.")
    assert [p.span for p in tl.positions] == [(1, 5), (3, 5), (5, 8)]


TEACHING = ["Teaching Experience", "Co-supervised summer research projects  2019 – 2023",
            "Demonstrator, first-year geology  2016 – 2023"]


def test_beside_an_employment_section_a_teaching_section_lists_activities_not_posts():
    tl = timeline("Employment", "Lecturer, University of Leeds", "Jan 2022 – Dec 2023", *TEACHING)
    assert tl.years == 2.0


def test_without_an_employment_section_a_teaching_section_is_the_work_history():
    tl = timeline("Teaching Experience", "Maths Teacher, Leeds Grammar School", "2015 – 2023")
    assert tl.years == 8.0


def test_roles_given_only_a_duration_run_back_to_back_under_the_dated_role_above():
    """A work history runs newest first: 'Developer – Beta (2 Years)' under a role begun in July 2024 ended in June
    2024 and began two years before; the role under it, four years before that."""
    tl = timeline("Experience", "Senior Developer – Acme (2024 – Present)", "• Built the billing service",
                  "Developer – Beta (2 Years)", "• Wrote the payment API", "Developer – Gamma (4) Years)")
    assert [(f"{p.start:%Y-%m}", f"{p.end:%Y-%m}") for p in tl.positions] == [
        ("2024-07", "2026-01"), ("2022-07", "2024-06"), ("2018-07", "2022-06")]


def test_a_duration_alone_with_no_dated_role_above_it_is_no_position():
    assert timeline("Experience", "Developer – Beta (2 Years)").positions == ()


def test_a_bulleted_line_under_dates_is_the_roles_work_not_its_organisation():
    tl = timeline("Experience", "Senior Engineer", "Mar 2019 – Present", "• Built billing", "Engineer",
                  "Jan 2015 – Feb 2019", "• Wrote the payment API")
    assert [p.title for p in tl.positions] == ["Senior Engineer", "Engineer"]
    assert [p.organisation for p in tl.positions] == ["", ""]


def test_position_fields():
    tl = timeline("Experience", "Senior Engineer", "Acme Corp", "Jan 2015 – Mar 2018", "Built things in Go")
    (p,) = tl.positions
    assert (p.title, p.organisation, p.line, p.start, p.end) == (
        "Senior Engineer", "Acme Corp", 3, dt.date(2015, 1, 1), dt.date(2018, 3, 31))


def test_no_dates():
    tl = timeline("Experience", "Engineer at Acme", "Wrote code")
    assert tl.positions == () and tl.years is None and tl.notes


def test_no_experience_heading_falls_back_to_non_education_lines():
    tl = timeline("Jane Doe", "Engineer, Acme, 2016 – 2020", "Education", "BSc, 2010 – 2014")
    assert tl.years == 4.0


@pytest.mark.parametrize("text, years", [
    ("12+ years of experience in backend systems", 12),
    ("Engineer with 8 years' experience", 8),
    ("over a decade of building software", 10),
    ("two decades in industry", 20),
    ("ten years of professional software experience", 10),
    ("5 yrs experience", 5),
    ("Experience with Python", None),
    ("3 months of work in a QA team", 0.25),
    ("six months of experience in support", 0.5),
    ("Delivered in 3 months of planning", None),
    ("Spent six months of study and volunteer experience abroad", None),
    ("4 years of university coursework and lab experience", None),
    ("8 years of high school teaching experience", 8),
], ids=["plus", "apostrophe", "decade", "two-decades", "words", "yrs", "none", "months-of-work", "months-in-words",
        "a-project-length", "months-of-study", "years-of-coursework",
        "a-career-in-schools"])
def test_claims(text, years):
    assert find_claim(text) == years


def test_claim_disagreement_is_noted():
    tl = timeline("Summary", "15+ years of experience", "Experience", "Acme Jan 2020 – Dec 2021")
    assert tl.claimed == 15 and tl.years == 2.0
    assert any("claims 15" in n for n in tl.notes)


def test_structured_positions_rebased_to_as_of():
    p = Position("Engineer", "Acme", dt.date(2020, 1, 1), dt.date(2030, 5, 5))
    d = Document("r.json", "json", (), structured=StructuredResume(positions=(p,)))
    tl = build_timeline(d, (), AS_OF)
    assert tl.positions[0].end == AS_OF and tl.years == 6.0


def test_merged_years_adjacent_months_join():
    halves = [(dt.date(2020, 1, 1), dt.date(2020, 6, 30)), (dt.date(2020, 7, 1), dt.date(2020, 12, 31))]
    assert merged_years(halves) == 1.0


def test_skill_years_reads_the_roles_bullets():
    d = doc("Experience", "Engineer, Acme", "Jan 2015 – Dec 2016", "Built services in Go",
            "Engineer, Beta", "Jan 2018 – Dec 2018", "Wrote Python")
    tl = build_timeline(d, sections(d), AS_OF)
    assert skill_years(tl, d, lambda text: "Go" in text) == 2.0
    assert skill_years(tl, d, lambda text: "Python" in text) == 1.0
    assert skill_years(tl, d, lambda text: "Rust" in text) is None


def test_internships_heading_makes_internships():
    tl = timeline("Internships", "Web Developer, Acme", "Jun 2019 – Aug 2019")
    assert [p.kind for p in tl.positions] == ["internship"]


def test_dated_details_under_a_role_are_not_roles():
    tl = timeline("Teaching Experience", "Graduate Teaching Assistant: Department of Mathematics, State University,",
                  "Millbrook, KS (Aug 2015 - May 2017)", "Classes Taught:", "MATH 1210 Precalculus (Spring 2017)")
    assert [(p.kind, p.counted) for p in tl.positions] == [("academic", False)]
    assert tl.years == 0.0


def test_range_wrapped_onto_next_line():
    tl = timeline("Experience", "Acme - Engineer (Go/TS) March 2018 – August", "2019", "Built things")
    assert [(p.start, p.end) for p in tl.positions] == [(dt.date(2018, 3, 1), dt.date(2019, 8, 31))]


def test_roles_above_a_heading_printed_below_its_block_still_count():
    # row layouts print the block's heading beside its middle line, so it lands below the first roles
    t = timeline("Jan Doe", "Engineer (Acme) 2016 - 2020", "Built things", "EXPERIENCE",
                 "Developer (Beta) 2014 - 2016", "EDUCATION", "B.Sc. Computer Science 2010 - 2014")
    assert t.years == 6.0


STUDIED = ["Education", "MSc Chemistry, University of Minnesota, 2010 – 2014", "Experience"]


@pytest.mark.parametrize("role, years", [
    (["Laboratory instructor (University of Minnesota)", "2011 – 2013"], 0.0),
    (["Software Engineer, University of Minnesota", "2011 – 2013"], 2.0),
    (["Data Intern, University of Minnesota", "Jun 2012 – Aug 2012"], 0.3),
    (["Analytics instructor, Kaplan", "2011 – 2013"], 2.0),
    (["Post-doctoral researcher, University of Minnesota", "2014 – 2016"], 2.0),
], ids=["role-at-own-school-while-studying", "staff-title-counts", "internship-counts", "other-employer-counts",
        "after-graduation-counts"])
def test_a_role_begun_while_studying_at_the_same_school_is_held_as_a_student(role, years):
    assert timeline(*STUDIED, *role).years == years


def test_a_fellowship_during_a_degree_is_study_not_a_job():
    lines = ["Education", "BS-MS Physics, Lakeshore Institute of Basic Sciences, 2013 – 2018",
             "Experience", "Bright Minds Fellowship, Department of Science and Innovation", "2013 – 2018"]
    (position,) = timeline(*lines).positions
    assert not position.counted and position.kind == "academic"


def test_a_role_at_another_state_university_is_not_held_as_a_student():
    lines = ["Experience", "IT Support Technician", "Arizona State University, Jan 2017 - Dec 2019",
             "Education", "BSc Computer Science, Ohio State University, Sep 2015 - May 2019"]
    assert timeline(*lines).years == 3.0


def test_staff_work_at_a_school_long_before_a_degree_there_counts():
    lines = ["Experience", "Research Associate", "Stanford University, Jan 2008 - Dec 2016",
             "Education", "MBA, Stanford University, 2018"]
    assert timeline(*lines).years == 9.0


def test_with_only_a_graduation_year_a_role_years_before_the_degree_is_not_study():
    lines = ["Experience", "Lab helper", "Stanford University, Jan 2005 - Dec 2007",
             "Education", "MBA, Stanford University, 2018"]
    assert timeline(*lines).years == 3.0


@pytest.mark.parametrize("lines, years", [
    (["Experience", "2018 – Post-doc, Acme Lab", "2013 – 2018 Researcher, Beta Institute"], 12.5),
    (["Experience", "2019–Software Engineer, Acme", "2016–2019Software Engineer, Beta"], 9.5),
    (["Experience", "Jan 2024 – Staff Engineer, Acme", "Built things"], 2.0),
    (["Experience", "2017 – Product Manager, Acme", "2019 Shipped the product"], 2.0),  # its end on the next line
    # a misordered range is that range in order (the date grammar is order-independent), never an open start
    (["Experience", "Sales Representative, Acme", "November 2021 - May 2021"], 0.6),
], ids=["open-over-next-start", "glued", "month-open", "end-below", "misordered-range"])
def test_date_column_start_with_blank_end_is_held_still(lines, years):
    """A date column's '2018 –' followed by the title, not by an end date, is a position still held."""
    tl = timeline(*lines)
    assert (tl.years if tl.positions else None) == years


@pytest.mark.parametrize("title, kind", [
    ("Committee Member, Linguistics Society of Acme", "volunteer"),
    ("Treasurer, Board of Directors", "volunteer"),
    ("Member, Technical Advisory Board", "volunteer"),
    ("Chairman of the Board of Directors, Waypoint", "volunteer"),
    ("Ingénieur logiciel, ta équipe Acme", "job"),
    ("Ingénieur stagiaire, Acme", "internship"),
    ("Praktikant Softwareentwicklung, Acme", "internship"),
    ("Desarrollador (prácticas), Acme", "internship"),
    ("Bénévole, Restos du Cœur", "volunteer"),
    ("Voluntario, Cruz Roja", "volunteer"),
    ("Product Manager, an early-stage startup", "job"),
    ("Desarrolladora, Club de Programación", "volunteer"),  # a club is one in any language
    ("TA for Data Structures", "academic"),
    ("Research project with Prof. Smith", "academic"),
    ("Engineer, Acme (reported to the board of directors)", "job"),
], ids=["committee", "treasurer", "advisory-board", "chairman", "french-ta-word", "fr-intern", "de-intern", "es-intern",
        "fr-volunteer", "es-volunteer", "early-stage", "club", "ta-capitals",
        "research-project", "bullet-about-a-board"])
def test_role_kinds(title, kind):
    (p,) = timeline("Experience", title, "2015 – 2018").positions
    assert p.kind == kind


def test_sub_roles_under_one_employer_are_positions_each_with_that_employer():
    """LinkedIn prints an employer over its total duration, then each title with its dates and duration."""
    tl = timeline("Experience", "Acme Corp", "5 years 3 months", "Senior Engineer",
                  "March 2021 - Present (4 years 10 months)", "Built the payments platform in Go.", "Engineer",
                  "January 2019 - March 2021 · 2 yrs 3 mos", "Beta GmbH", "Developer",
                  "June 2015 - December 2018 (3y.)")
    assert [(p.title, p.organisation) for p in tl.positions] == [
        ("Senior Engineer", "Acme Corp"), ("Engineer", "Acme Corp"), ("Beta GmbH", "Developer")]
    assert tl.years == 10.6


@pytest.mark.parametrize("lines, found", [
    (["Experience", "Engineer, Acme 2019 - 2021", "Education", "Lab technician 2013 - 2018", "Genetics lab, INRAE"],
     ["Engineer, Acme", "Lab technician"]),
    (["Experience", "Engineer, Acme 2019 - 2021", "Education", "Volunteered at the Red Cross 2015-2017"],
     ["Engineer, Acme", "Volunteered at the Red Cross"]),
    (["Experience", "Engineer, Acme 2019 - 2021", "Education", "ORT College",
      "Practical Engineer, Electronics (2006 - 2008)"], ["Engineer, Acme"]),
    (["Experience", "Engineer, Acme 2019 - 2021", "Education", "BSc Computer Science 2010 - 2014",
      "Acme University 2006 - 2009"], ["Engineer, Acme"]),
], ids=["role-named-in-education", "volunteer-in-education", "qualification-under-a-school", "degrees"])
def test_a_role_printed_in_the_education_section_is_found_by_naming_itself(lines, found):
    """Education holds periods of study; a dated line there that names a role, and no school, is a position."""
    assert [p.title for p in timeline(*lines).positions] == found


def test_a_volunteered_role_is_volunteer_work():
    (p,) = timeline("Experience", "Volunteered at the Food Bank 2015 - 2017").positions
    assert (p.kind, p.counted) == ("volunteer", False)


@pytest.mark.parametrize("title, counted", [
    ("Teaching Associate, University of Birmingham", False),  # a doctoral student's teaching post
    ("Research Fellow, University of Birmingham", True),  # a post-doctoral post
    ("Research Associate, University of Birmingham", True),  # staff
])
def test_teaching_associate_during_a_degree_is_a_students_role(title, counted):
    """LABELING.md: teaching-assistant roles held as a student do not count; staff posts at the school do."""
    tl = timeline("Experience", title, "Oct 2017 – Mar 2020",
                  "Education", "PhD Linguistics, University of Birmingham", "Sep 2016 – Jul 2021")
    assert [p.counted for p in tl.positions] == [counted]


STUDYING_MATHS = ["Education", "BSc Mathematics, University of Leeds", "Sep 2012 – Jun 2018"]


@pytest.mark.parametrize("role, counted", [
    (["Maths Tutor, University of Leeds", "2013 – 2018"], False),  # teaching at the school while studying there
    (["Maths Tutor, Maths Department", "2013 – 2018"], False),  # ... in one of its departments
    (["Maths Tutor, Acme Tutoring", "2013 – 2018"], True),  # paid work for a company, whoever holds it
    (["English Teaching, Acme Language Centre", "2013 – 2018"], True),
], ids=["tutor-at-the-school", "tutor-in-a-department", "tutor-at-a-company", "teaching-at-a-company"])
def test_a_students_kind_of_role_is_held_as_a_student_only_at_a_school(role, counted):
    """LABELING.md: teaching-assistant roles held as a student do not count; a tutor or a teacher
    employed by a firm while studying is part-time work, which does."""
    assert [p.counted for p in timeline("Experience", *role, *STUDYING_MATHS).positions] == [counted]


@pytest.mark.parametrize("role, counted", [
    (["Research Assistant, Acme Polling Ltd", "2013 – 2018"], True),  # a firm's employee
    (["Research Assistant, Maths Department", "2013 – 2018"], False),  # a student's post at the school
    (["Research Assistant, Leeds Institute of Data", "2013 – 2018"], False),
    (["Casual Academic Staff, University of Leeds", "2013 – 2018"], True),  # a staff title at the school
    (["Research Trainee, University of Leeds", "2013 – 2018"], False),  # a trainee's post at the school too
    (["Research Trainee, Acme Labs Ltd", "2013 – 2018"], True),
    (["Teacher’s Assistant, Leeds Institute of Data", "2013 – 2018"], False),
], ids=["at-a-firm", "in-a-department", "at-an-institute", "academic-staff", "trainee-at-the-school",
        "trainee-at-a-firm", "teachers-assistant-at-the-school"])
def test_a_research_assistant_is_a_students_role_only_at_a_school(role, counted):
    assert [p.counted for p in timeline("Experience", *role, *STUDYING_MATHS).positions] == [counted]


def test_a_role_at_the_place_an_education_line_names_is_held_there_as_a_student():
    """'PhD, Physics, ETH Zurich 2007 – 2011' names no 'University': the role's organisation on the study's own
    line is enough to place the role at that school."""
    tl = timeline("Experience", "Research Assistant, ETH Zurich, Switzerland 10/2007 - 07/2011",
                  "Education", "PhD, Physics, ETH Zurich, Switzerland 10/2007 - 07/2011")
    assert [p.counted for p in tl.positions] == [False]


def test_a_tutor_is_a_students_role_only_while_studying():
    """A tutor is not a student by title, as a teaching assistant is: the study period decides."""
    alone = timeline("Experience", "Maths Tutor, University of Leeds", "2013 – 2018")
    studying = timeline("Experience", "Maths Tutor, University of Leeds", "2013 – 2018", *STUDYING_MATHS)
    assert [p.counted for p in alone.positions] == [True] and [p.counted for p in studying.positions] == [False]


@pytest.mark.parametrize("lines, spans", [
    (["Experience", "Senior Engineer, Acme", "Present", "August 2021", "Engineer, Beta", "July 2021", "March 2018"],
     [("Senior Engineer, Acme", "2021-08", "2026-01"), ("Engineer, Beta", "2018-03", "2021-07")]),
    (["Experience", "Engineer, Beta", "2018", "2021"], [("Engineer, Beta", "2018-07", "2021-06")]),  # top to bottom
], ids=["end-above-start", "start-above-end"])
def test_stacked_date_column(lines, spans):
    """A date column may print a role's end above its start ('Present' over 'August 2021')."""
    assert [(p.title, f"{p.start:%Y-%m}", f"{p.end:%Y-%m}") for p in timeline(*lines).positions] == spans


@pytest.mark.parametrize("certificate", ["H.S.C. Riverside Junior College", "SSC State Board", "A-levels, Hill School",
                                         "Abitur, Gymnasium Nord", "GCSEs"])
def test_a_dated_school_leaving_certificate_is_study_not_a_job(certificate):
    tl = timeline("Experience", "Clerk, Acme", "Jan 2015 – Dec 2017", f"January 2008 to January 2010 {certificate}")
    assert tl.years == 3.0 and len(tl.positions) == 1


@pytest.mark.parametrize("schooling", ["Class XII, Riverside Convent School", "Class 10 (State Board)",
                                       "Second Class Upper Division, Hillview College",
                                       "First Division with distinction, State Board",
                                       "Higher Secondary, Lakeside Academy", "Senior Secondary (78%)"])
def test_a_dated_school_year_or_the_grade_a_school_awarded_is_study_not_a_job(schooling):
    tl = timeline("Experience", "Clerk, Acme", "Jan 2015 – Dec 2017", f"2010 – 2012 {schooling}")
    assert tl.years == 3.0 and len(tl.positions) == 1


@pytest.mark.parametrize("role", ["Mathematics Teacher, Marlow Secondary School", "Class XII Physics Teacher",
                                  "Principal, Marlow Secondary School", "Librarian, Greenfield Public School",
                                  "Lehrer, Gymnasium Westland", "Sergeant First Class, US Army",
                                  "Squad Leader, 2nd Division, US Army", "Cabin Crew, First Class, Northwind Air",
                                  "First Class Analyst, Acme Rail"])
def test_a_post_at_a_school_a_rank_or_a_class_of_service_is_still_a_job(role):
    tl = timeline("Experience", "Clerk, Acme", "Jan 2015 – Dec 2017", f"2010 – 2012 {role}")
    assert tl.years == 5.0 and len(tl.positions) == 2


def test_a_job_title_with_letters_like_a_certificate_is_still_a_job():
    assert timeline("Experience", "SSCM Analyst, Acme", "Jan 2015 – Dec 2017").years == 3.0


@pytest.mark.parametrize("title, counted", [
    ("Student", False), ("Full-time student", False), ("Student Worker, Library", True),
    ("Student Coordinator, Food Bank", True), ("Student System Administrator", True), ("Student Android Developer", True)])
def test_a_role_titled_student_is_a_period_of_study(title, counted):
    tl = timeline("Experience", f"{title} 2016 – 2018", "Learned front-end development")
    assert [p.counted for p in tl.positions] == [counted]


def test_a_role_that_starts_after_the_as_of_date_is_not_counted_yet():
    tl = timeline("Experience", "Research Scientist, Acme Labs 2/2026 - 4/2026", "Engineer, Beta Jan 2020 – Dec 2024")
    assert tl.years == 5.0 and [p.why for p in tl.positions] == ["starts after the as-of date", ""]
