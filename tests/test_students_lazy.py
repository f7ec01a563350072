"""A resume's periods of study are read from its education section only when a role asks about them: most roles
are settled first (an internship, a role not counted), and reading every education line for each resume costs."""
import datetime as dt

from screener.experience import students
from screener.experience.kinds import Kind
from screener.models import Position
from screener.text.sections import Section

LINES = ["Experience", "Summer Intern, Northwind Traders", "06/2019 - 08/2019", "Education",
         "BSc Physics, Lakeside University", "2016 - 2020"]
SECTIONS = (Section("experience", "Experience", 1, 3), Section("education", "Education", 4, 6))
AS_OF = dt.date(2026, 1, 1)


def _counting(monkeypatch) -> list[int]:
    reads: list[int] = []
    real = students._studies
    monkeypatch.setattr(students, "_studies", lambda *args: reads.append(1) or real(*args))
    return reads


def test_roles_settled_before_study_is_asked_about_leave_the_education_section_unread(monkeypatch):
    reads = _counting(monkeypatch)
    intern = Position("Summer Intern", "Northwind Traders", dt.date(2019, 6, 1), dt.date(2019, 8, 31),
                      Kind.INTERNSHIP, True, "", 2, 3, 1)
    assert students.mark_student_roles([intern], LINES, SECTIONS, AS_OF) == [intern]
    assert reads == []


def test_the_studies_are_read_once_however_many_roles_ask(monkeypatch):
    reads = _counting(monkeypatch)
    tutors = [Position("Physics Tutor", "Lakeside University", dt.date(2017 + k, 9, 1), dt.date(2018 + k, 5, 31),
                       Kind.JOB, True, "", 2, 3, 1) for k in range(3)]
    marked = students.mark_student_roles(tutors, LINES, SECTIONS, AS_OF)
    assert reads == [1]
    assert [p.counted for p in marked] == [False, False, False]  # tutoring at one's own school while studying there
