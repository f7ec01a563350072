"""An organisation of students is an extracurricular, so a seat in it is volunteer work whatever the seat is called:
a students' association, union, society, government, council or group, in the singular or the plural ("Graduate
Students Association"), and a school's student design or competition team. LABELING.md: volunteer roles do not
count. Jobs that merely serve students, and a firm's design team, stay jobs."""
import pytest

from screener.experience.kinds import Kind, role_kind


@pytest.mark.parametrize("heading", [
    "President, Graduate Students Association, Westfield University",
    "Director, Students' Union, Westfield University",
    "VP Finance, Graduate Students’ Association",
    "Senator, Student Government, Westfield College",
    "Student Director of Projects, Acme Student Group at Westfield University",
    "Events Officer, Undergraduate Student Council",
    "Treasurer, Westfield Students' Assoc.",
])
def test_a_seat_in_an_organisation_of_students_is_volunteer(heading):
    assert role_kind(heading, Kind.JOB) == Kind.VOLUNTEER


def test_a_heading_cut_inside_the_bodys_name_still_names_it():
    assert role_kind("2021 - 2022 President, Economics Graduate Students Associati", Kind.JOB) == Kind.VOLUNTEER


@pytest.mark.parametrize("heading", [
    "Mechanical Designer, Acme Solar Car Design Team, Westfield University",
    "Propulsion Team Member, Rocketry Design Team, Westfield University",
    "Software Lead, Formula Racing Team, Westfield Institute of Technology",
    "Controls Member, Robot Competition Team, Westfield College",
])
def test_a_schools_student_design_or_competition_team_is_volunteer(heading):
    assert role_kind(heading, Kind.JOB) == Kind.VOLUNTEER


@pytest.mark.parametrize("heading", [
    "Student Services Coordinator, Westfield University",
    "Software Engineer, Student Loans Company",
    "Senior Designer, Product Design Team, Acme Corp",
    "UX Designer on the design team, Acme Bank",
    "Student Success Advisor, Westfield College",
    "Developer, Student Information Systems, Westfield University",
])
def test_a_job_that_serves_students_or_a_firms_design_team_stays_a_job(heading):
    assert role_kind(heading, Kind.JOB) == Kind.JOB
