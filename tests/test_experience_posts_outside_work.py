"""Under a research, leadership or teaching heading a dated entry is work only when it names a post (a title a person
is employed under); a project with its supervisor, a grant, a fellowship or scholarship as funding, a course or a
workshop taught, a club's seat or an event named alone is study (research, teaching) or volunteering (leadership)."""
import datetime as dt

import pytest

from screener.experience import Kind, build_timeline
from screener.experience.posts import names_post

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def timeline(*lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF)


@pytest.mark.parametrize("entry", [
    "Research Scientist, Northwind Labs  2019 - 2022",
    "Postdoctoral Researcher, Dept. of Physics  2019 - 2022",
    "Research Assistant, Harbor Polling Co.  2019 - 2022",
    "Staff Engineer, Quantum Widgets  2019 - 2022",
])
def test_a_post_under_a_research_heading_counts(entry):
    assert timeline("Research Experience", entry).years == 3.0


def test_a_post_printed_under_its_dates_counts():
    assert timeline("Research Experience", "2019 - 2022", "Postdoctoral Fellow, Some Institute").years == 3.0


@pytest.mark.parametrize("heading, entry, kind", [
    ("Research Experience", "Jan 2019 - Dec 2021 Protein Folding Dynamics (supervisor: Dr. Ana Vey)", Kind.ACADEMIC),
    ("Research Experience", "Coastal Erosion Study Group  2019 - 2021", Kind.ACADEMIC),
    ("Research Experience", "Open Data Grant, Lakeside Foundation, $20,000  2019 - 2021", Kind.ACADEMIC),
    ("Research Experience", "Summer Research Fellowship, Some Institute  2019 - 2021", Kind.ACADEMIC),
    ("Research Experience", "Graph Theory Collaboration with Pinecrest Lab  2019 - 2021", Kind.ACADEMIC),
    ("Leadership Experience", "Historian, Delta Omega Fraternity  2019 - 2021", Kind.VOLUNTEER),
    ("Leadership Experience", "Organizer, Spring Robotics Invitational  2019 - 2021", Kind.VOLUNTEER),
    ("Leadership Experience", "Vice President, Women in Tech Circle  2019 - 2021", Kind.VOLUNTEER),
])
def test_an_entry_naming_no_post_is_study_under_research_and_volunteering_under_leadership(heading, entry, kind):
    tl = timeline(heading, entry)
    assert tl.years == 0.0
    assert [(p.kind, p.counted) for p in tl.positions] == [(kind, False)]


def test_a_resident_assistant_under_a_leadership_heading_is_a_paid_post():
    # A judgement: residence halls pay their resident assistants (a wage or the room), so the title names a post.
    assert timeline("Leadership", "Resident Assistant, Oakfield Hall  2019 - 2021").years == 2.0


def test_a_volunteer_named_under_a_leadership_heading_stays_a_volunteer():
    tl = timeline("Leadership", "Harbor Food Bank  2019 - 2021", "Volunteer")
    assert tl.years == 0.0


@pytest.mark.parametrize("entry", [
    "Introduction to Statistics (STAT 101)  Fall 2015 - Spring 2016",
    "Workshop on clean code for first-year students  2015 - 2016",
    "Teaching Fellowship in Biology  2015 - 2016",
])
def test_a_course_a_workshop_or_a_fellowship_listed_as_teaching_is_no_post(entry):
    assert timeline("Teaching Experience", entry).years == 0.0


def test_a_teaching_post_alone_under_a_teaching_heading_counts():
    assert timeline("Teaching Experience", "Lecturer, Department of Mathematics  2015 - 2018").years == 3.0


def test_an_entry_naming_no_post_under_an_experience_heading_still_counts():
    assert timeline("Work Experience", "Acme Corp  2019 - 2022", "Built the billing service.").years == 3.0


def test_an_entry_naming_no_post_above_every_heading_still_counts():
    assert timeline("Acme Corp  2019 - 2022", "Skills", "Python").years == 3.0


@pytest.mark.parametrize("text, post", [
    ("Research Engineer, Acme", True), ("Lecturer in Physics", True), ("Software Intern", True),
    ("Postdoctoral Associate", True), ("Volunteer, Harbor Food Bank", False),
    ("Deep Sea Imaging (supervisor: Dr. Ng)", False), ("Travel Grant", False),
])
def test_a_post_is_named_by_a_role_noun_or_a_staff_title_never_by_volunteer_alone(text, post):
    assert names_post(text) is post


def test_an_entry_that_names_the_terms_of_a_post_counts():
    tl = timeline("Research Experience", "Research Internship, Some Institute of Technology  2019 - 2021")
    assert tl.years == 2.0



def test_the_next_entry_below_lends_no_post_to_the_one_above():
    tl = timeline("Teaching", "March 2021: Workshop on version control for first-year students",
                  "May 2019: Guest instructor at a summer school on statistics, Some University")
    assert [p.counted for p in tl.positions if p.start.year == 2021] == [False]
