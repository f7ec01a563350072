"""Under a research, leadership or teaching heading a dated entry is work unless its title lines show a sign of being
no post: funding (a grant, a fellowship or scholarship, an award, an amount), a course's code, a club, a team or a
committee of students, a fraternity or a chapter, unpaid work, an event; or, where no staff title stands beside it, a
supervisor named as such, a collaboration, a project, a thesis, a course or a workshop taught as a row. Such an entry
is study (research, teaching) or volunteering (leadership), listed but not counted, and says which sign it showed."""
import datetime as dt

import pytest

from screener.experience import Kind, build_timeline
from screener.experience.posts import unposted_sign

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def timeline(*lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF)


@pytest.mark.parametrize("heading, entry", [
    ("Research Experience", "Research Scientist, Northwind Labs  2019 - 2022"),
    ("Research Experience", "Postdoctoral Researcher, Dept. of Physics  2019 - 2022"),
    ("Research Experience", "Research Assistant, Harbor Polling Co.  2019 - 2022"),
    ("Research Experience", "Staff Engineer, Quantum Widgets  2019 - 2022"),
    ("Research Experience", "Principal Investigator, Soil Microbes Group  2019 - 2022"),
    ("Research Experience", "Wave Fellow of the Ocean Council, Tidewater Institute  2019 - 2022"),
    ("Research Experience", "Epidemiologist, Harbor Health Department  2019 - 2022"),
    ("Research Experience", "SDE, Pinecrest Software  2019 - 2022"),
    ("Research Experience", "Member of Technical Staff, Pinecrest Software  2019 - 2022"),
    ("Research Experience", "Visiting Scholar, Larkfield Institute  2019 - 2022"),
    ("Research Experience", "Investigadora, Instituto de Suelos  2019 - 2022"),
    ("Leadership Experience", "Head of Platform, Beta Widgets  2019 - 2022"),
    ("Leadership Experience", "VP of Engineering, Gamma Freight  2019 - 2022"),
    ("Leadership Experience", "Team Leader, Zeta Mills  2019 - 2022"),
    ("Leadership Experience", "Supervisor, Night Shift, Harbor Depot  2019 - 2022"),
    ("Teaching Experience", "Faculty, Department of Geology, Lakeside College  2019 - 2022"),
    ("Teaching Experience", "Teaching Fellow, Some University  2019 - 2022"),
    ("Teaching Experience", "Course Tutor, Distance Learning College  2019 - 2022"),
    ("Teaching Experience", "Professeure, Lycée du Lac  2019 - 2022"),
])
def test_a_post_under_a_research_leadership_or_teaching_heading_counts_whatever_its_title(heading, entry):
    assert timeline(heading, entry).years == 3.0


def test_an_employer_line_over_what_was_done_there_counts_under_a_teaching_heading():
    assert timeline("Teaching Experience", "Some University  2012 - 2018",
                    "Taught algebra to 200 students a term as a lecturer.").years == 6.0


def test_a_post_printed_under_its_dates_counts():
    assert timeline("Research Experience", "2019 - 2022", "Postdoctoral Fellow, Some Institute").years == 3.0


def test_a_post_printed_two_lines_under_its_dates_counts():
    assert timeline("Research", "2019 - 2022", "Some University", "Postdoctoral Scholar").years == 3.0


def test_a_post_printed_three_lines_over_its_dates_counts():
    assert timeline("Research", "Staff Scientist", "Pinecrest Labs", "Denver, CO", "2019 - 2022").years == 3.0


@pytest.mark.parametrize("heading", ["Research and Industry Experience", "Professional and Leadership Experience"])
def test_a_heading_that_also_names_paid_work_lists_posts(heading):
    # a weak sign (a project) leaves an entry there counted; a sure one (funding, an event) is no post under any heading
    assert timeline(heading, "Open Data Project, Lakeside Foundation  2019 - 2021").years == 2.0


@pytest.mark.parametrize("heading, entry, kind", [
    ("Research Experience", "Jan 2019 - Dec 2021 Protein Folding Dynamics (supervisor: Dr. Ana Vey)", Kind.ACADEMIC),
    ("Research Experience", "Coastal Erosion Study Group  2019 - 2021", Kind.ACADEMIC),
    ("Research Experience", "Open Data Grant, Lakeside Foundation, $20,000  2019 - 2021", Kind.ACADEMIC),
    ("Research Experience", "Summer Research Fellowship, Some Institute  2019 - 2021", Kind.ACADEMIC),
    ("Research Experience", "Graph Theory Collaboration with Pinecrest Lab  2019 - 2021", Kind.ACADEMIC),
    ("Leadership Experience", "Historian, Delta Omega Fraternity  2019 - 2021", Kind.VOLUNTEER),
    ("Leadership Experience", "Organizer, Spring Robotics Invitational  2019 - 2021", Kind.VOLUNTEER),
    ("Leadership Experience", "Vice President, Women in Tech Employee Resource Group  2019 - 2021", Kind.VOLUNTEER),
])
def test_an_entry_with_a_sign_of_no_post_is_study_under_research_and_volunteering_under_leadership(
        heading, entry, kind):
    tl = timeline(heading, entry)
    assert tl.years == 0.0
    assert [(p.kind, p.counted) for p in tl.positions] == [(kind, False)]


@pytest.mark.parametrize("entry", [
    "Project Manager, Student Rocketry Team  2019 - 2021",
    "Director, Winter Dance Marathon  2019 - 2021",
    "Team Lead, Hackathon Organizing Committee  2019 - 2021",
    "Captain, Varsity Lacrosse  2019 - 2021",
])
def test_a_seat_in_a_students_team_committee_or_event_under_leadership_is_not_counted(entry):
    assert timeline("Leadership", entry).years == 0.0


def test_the_reason_an_entry_is_not_counted_names_the_sign_it_showed():
    (p,) = timeline("Research Experience", "Travel Grant, Lakeside Foundation  2019 - 2021").positions
    assert "funding" in p.why


def test_a_resident_assistant_under_a_leadership_heading_is_a_paid_post():
    # A judgement: residence halls pay their resident assistants (a wage or the room), so the title names a post.
    assert timeline("Leadership", "Resident Assistant, Oakfield Hall  2019 - 2021").years == 2.0


def test_a_volunteer_named_under_a_leadership_heading_is_not_counted():
    tl = timeline("Leadership", "Harbor Food Bank  2019 - 2021", "Volunteer")
    assert tl.years == 0.0


@pytest.mark.parametrize("entry", [
    "Introduction to Statistics (STAT 101)  Fall 2015 - Spring 2016",
    "Workshop on clean code for first-year students  2015 - 2016",
    "Teaching Fellowship in Biology  2015 - 2016",
])
def test_a_course_a_workshop_or_a_fellowship_listed_as_teaching_is_no_post(entry):
    assert timeline("Teaching Experience", entry).years == 0.0


def test_a_project_line_beside_a_staff_title_leaves_the_post_counted():
    assert timeline("Research Experience", "Pinecrest Institute", "Research Scientist",
                    "Project: seabed mapping with sonar", "2019 - 2022").years == 3.0


def test_a_thesis_named_under_an_employer_line_is_study():
    assert timeline("Research", "Some University  2012 - 2016", "Doctoral research on river sediments").years == 0.0


def test_a_sentence_under_the_dates_lends_no_post_and_no_sign():
    # 'supervisor: ...' on the entry's own line is study; a sentence below naming a job's words changes nothing
    tl = timeline("Research Experience", "Soil survey (supervisor: Prof. K. Ito)  2019 - 2021",
                  "Interviewed 30 farmers about their crop rotations.")
    assert tl.years == 0.0


@pytest.mark.parametrize("entry", [
    "Harbor Ecology Lab  2019 - 2021",
    "“Tide Gauge Forecasting” Jul 2019 - Jun 2021",
    "Reef Survey Programme, Coral Bay  2019 - 2021",
    "Mentor for a first-year student (soil cores)  2019 - 2021",
    "Member, Campus Astronomy Circle  2019 - 2021",
    "Alpha Sigma Tau, Lakeside University  2019 - 2021",
    "Ng, K. and Ito, T. (2021). Tidal Sediments Revisited. 2019 - 2021",
])
def test_a_lab_a_named_work_a_programme_a_mentee_a_sorority_or_a_citation_alone_is_no_post(entry):
    assert timeline("Research Experience", entry).years == 0.0


def test_a_firms_labs_named_under_a_staff_title_are_an_employer():
    assert timeline("Research Experience", "Research Engineer", "Pinecrest Labs  2019 - 2021").years == 2.0


def test_a_principal_investigator_at_a_lab_counts():
    assert timeline("Research Experience", "Principal Investigator, Soil Microbes Lab  2019 - 2022").years == 3.0


@pytest.mark.parametrize("sentence", ["Won a travel grant for the field season.",
                                      "Organised the department's spring symposium."])
def test_a_sentence_under_a_posts_dates_lends_it_no_sign(sentence):
    assert timeline("Research Experience", "Research Scientist, Pinecrest Labs  2019 - 2022", sentence).years == 3.0


def test_an_entry_with_no_sign_under_an_experience_heading_still_counts():
    assert timeline("Work Experience", "Acme Corp  2019 - 2022", "Built the billing service.").years == 3.0


def test_an_entry_above_every_heading_still_counts():
    assert timeline("Acme Corp  2019 - 2022", "Skills", "Python").years == 3.0


@pytest.mark.parametrize("text, sign", [
    ("Research Engineer, Acme", None), ("Lecturer in Physics", None), ("Grants Manager, Hill Trust", None),
    ("DEC 2019 - JAN 2021", None), ("Deep Sea Imaging (supervisor: Dr. Ng)", "a supervisor"),
    ("Travel Grant", "funding"), ("Data Science Research Project, Pinecrest Lab", "a collaboration or a project"),
    ("ECON 2410 Microeconomics", "a course's code"), ("Calculus II (Math 2220)", "a course's code"),
    ("Pi Kappa Tau, Hill College", "a club, a team or a committee of students"),
])
def test_the_sign_of_no_post_is_a_funding_course_club_or_event_word_or_a_weak_one_beside_no_staff_title(text, sign):
    assert unposted_sign(text) == sign


def test_an_entry_that_names_the_terms_of_a_post_counts():
    tl = timeline("Research Experience", "Research Internship, Some Institute of Technology  2019 - 2021")
    assert tl.years == 2.0


def test_the_next_entry_below_lends_no_post_to_the_one_above():
    tl = timeline("Teaching", "March 2021: Workshop on version control for first-year students",
                  "May 2019: Guest instructor at a summer school on statistics, Some University")
    assert [p.counted for p in tl.positions if p.start.year == 2021] == [False]


@pytest.mark.parametrize("heading, entry", [
    ("Leadership Experience", "Store Manager, Triathlon Outfitters Ltd  2019 - 2022"),
    ("Leadership Experience", "Finance Director, Summit Freight  2019 - 2022"),
    ("Leadership Experience", "Head of Sales, Marathon Cables  2019 - 2022"),
    ("Research Experience", "Software Engineer, Prize Robotics Inc  2019 - 2022"),
    ("Research Experience", "Analyst, Award Metrics  2019 - 2022"),
    ("Leadership Experience", "Account Director, Fellowship Insurance Group  2019 - 2022"),
    ("Leadership Experience", "Regional Manager, Conference Venues Ltd  2019 - 2022"),
])
def test_a_sign_word_inside_an_employers_capitalised_name_is_no_sign(heading, entry):
    assert timeline(heading, entry).years == 3.0


@pytest.mark.parametrize("entry", [
    "Conference Sales Manager, Harbor Hotel  2019 - 2022",
    "Committee Clerk, County Council  2019 - 2022",
    "Chapter Director, Homes for All  2019 - 2022",
    "Fraternity and Sorority Life Coordinator, Lakeside College  2019 - 2022",
    "Scholarship Program Officer, Hill Trust  2019 - 2022",
])
def test_a_sign_word_qualifying_a_jobs_title_names_its_remit_not_the_entry(entry):
    assert timeline("Leadership Experience", entry).years == 3.0


@pytest.mark.parametrize("entry, kind", [
    ("Director, Spring Dance Marathon  2019 - 2021", Kind.VOLUNTEER),
    ("Treasurer, Lakeside Chess Club  2019 - 2021", Kind.VOLUNTEER),
    ("Robotics Club President  2019 - 2021", Kind.VOLUNTEER),
    ("Travel Grant Recipient, Hill Society  2019 - 2021", Kind.VOLUNTEER),
    ("Chair, Graduate Events Committee  2019 - 2021", Kind.VOLUNTEER),
    ("Hackathon Mentor  2019 - 2021", Kind.VOLUNTEER),
    ("Conference Speaker  2019 - 2021", Kind.VOLUNTEER),
    ("Model UN Conference Head Delegate  2019 - 2021", Kind.VOLUNTEER),
    ("Hackathon Program Lead  2019 - 2021", Kind.VOLUNTEER),
    ("Hackathon Lead Organizer  2019 - 2021", Kind.VOLUNTEER),
    ("Science Olympiad Coach, Lakeside High  2019 - 2021", Kind.VOLUNTEER),
])
def test_a_sign_word_that_closes_a_name_or_precedes_a_seat_names_the_entry(entry, kind):
    tl = timeline("Leadership", entry)
    assert [(p.kind, p.counted) for p in tl.positions] == [(kind, False)]


@pytest.mark.parametrize("entry", [
    "Teacher, PS 210, Some City Schools  2019 - 2022",
    "Science Teacher, MS 45, Queens  2019 - 2022",
    "Lecturer in Economics (ECON 101 and ECON 2301)  2019 - 2022",
    "Teacher, JHS 54, Some City Schools  2019 - 2022",
])
def test_a_course_code_beside_a_teaching_title_or_a_public_schools_number_counts(entry):
    assert timeline("Teaching Experience", entry).years == 3.0


@pytest.mark.parametrize("entry", [
    "Grader, STAT 133, Some University  2019 - 2022",
    "Section Leader, CS 106A, Some University  2019 - 2022",
])
def test_a_course_code_before_a_comma_is_still_a_course_taught_as_a_row(entry):
    assert timeline("Teaching Experience", entry).years == 0


@pytest.mark.parametrize("text, sign", [
    ("ECON 2410 Microeconomics", "a course's code"), ("Teacher, PS 163, Lakeside", None),
    ("Marathon Petroleum", None), ("Spring Dance Marathon", "an event"), ("Rowing Club", "a club, a team or a "
                                                                                   "committee of students"),
    ("Grant Spring 2020", "funding"),
])
def test_a_course_code_is_a_weak_sign_and_a_sure_word_fires_only_closing_a_name(text, sign):
    assert unposted_sign(text) == sign


@pytest.mark.parametrize("entry", [
    "Class Teacher, Lakeside Primary School  2019 - 2022",
    "Lab Assistant, Some University  2019 - 2022",
    "Laboratory Technician, Harbor Hospital  2019 - 2022",
])
def test_a_class_or_a_lab_that_qualifies_a_staff_title_names_the_post(entry):
    assert timeline("Teaching Experience" if "Teacher" in entry else "Research Experience", entry).years == 3.0


def test_a_team_member_under_leadership_is_a_shops_staff():
    assert timeline("Leadership", "Team Member, Pinecrest Foods  2019 - 2022").years == 3.0


def test_a_members_seat_under_leadership_is_not_counted():
    assert timeline("Leadership", "Member, Lakeside Debating Circle  2019 - 2022").years == 0.0


@pytest.mark.parametrize("entry", [
    "Mini-conference Organizer, Some University  2019 - 2021",
    "Hill Invitational Co-Founder / Events Director  2019 - 2021",
])
def test_an_events_organiser_or_founder_under_leadership_is_not_counted(entry):
    assert timeline("Leadership", entry).years == 0.0


def test_a_committees_name_closing_one_line_is_not_read_on_into_the_next():
    tl = timeline("Leadership", "Service: Faculty Diversity Committee", "Postdoctoral Delegate  2019 - 2021")
    assert tl.years == 0.0


def test_a_workshop_taught_as_a_row_under_an_instructors_title_is_no_post():
    assert timeline("Teaching", "Instructor, Spring Writing Workshop (Some College)  2019 - 2021").years == 0.0
