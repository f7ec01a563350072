"""Which lines hold roles: the sections a work history is printed under (experience, research, teaching, ...), and
the lines outside every section that never holds one when the resume has no such heading. A reading of the section
headings, kept apart from blocks.py, which reads the dated lines under them for the roles themselves."""
from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.sections import Section
from .kinds import Kind

ROLE_SECTIONS = {"experience": Kind.JOB, "research": Kind.JOB, "leadership": Kind.JOB, "teaching": Kind.JOB,
                 "volunteering": Kind.VOLUNTEER}
# Sections that list posts beside what is not one (projects, grants, courses taught, clubs' seats, events): an entry
# there that shows a sign of being no post is of this kind, and not counted (posts.py)
POSTS_ONLY = {"research": Kind.ACADEMIC, "leadership": Kind.VOLUNTEER, "teaching": Kind.ACADEMIC}
# a heading that also names paid work ("Research and Industry Experience", "Professional and Leadership Experience")
# lists posts: every entry under it is work
_WORK_HEADING = re.compile(r"\b(?:industry|industrial|professional|work|employment)\b", re.I)
# every role under "Internships" or "Intern Experience" is one ("International Experience" names no internship)
_INTERN_HEADING = re.compile(r"\bintern(?:s|ships?)?\b", re.I)
# Sections whose dates are never roles, used when the resume has no experience-like heading at all.
_NEVER = frozenset({"education", "certifications", "publications", "awards", "projects", "skills", "languages",
                    "interests", "references", "summary"})


def study_lines(sections: Sequence[Section]) -> list[tuple[int, int]]:
    """(start, end) of each education section: a role printed there is found by naming itself."""
    return [(s.start, s.end) for s in sections if s.name == "education"]


def teaching_lines(sections: Sequence[Section]) -> list[tuple[int, int]]:
    """(start, end) of each teaching section beside an employment section: it lists what was taught and supervised
    within those posts, and teaching posts held elsewhere, each found by naming itself ('Substitute Teacher, ...')."""
    if not any(s.name == "experience" for s in sections):
        return []  # alone, a teaching section is the work history (role_lines)
    return [(s.start, s.end) for s in sections if s.name == "teaching"]


def _held_lines(sections: Sequence[Section], k: int) -> tuple[int, int]:
    """The lines that hold section k's roles: its own, or, for a work heading with nothing under it printed beside
    the next heading (two columns' headings, 'Experience' beside 'Contact', read one after the other), that next
    section's lines unless they are of a kind that never holds roles or hold roles of their own."""
    s = sections[k]
    if s.start < s.end or k + 1 >= len(sections) or sections[k + 1].name in _NEVER | ROLE_SECTIONS.keys():
        return s.start, s.end  # a next section that holds roles is read as itself, once
    return sections[k + 1].start, sections[k + 1].end


def role_lines(sections: Sequence[Section], count: int) -> list[tuple[int, int, Kind]]:
    """(start, end, default kind) blocks of lines that hold roles. Beside an employment section, a teaching section
    lists what was taught and supervised within those posts (courses, projects, tutorials), not more posts; alone,
    it is a teacher's work history."""
    employed = any(s.name == "experience" for s in sections)
    blocks = [(*_held_lines(sections, k), Kind.INTERNSHIP if _INTERN_HEADING.search(s.heading)
               else ROLE_SECTIONS[s.name])
              for k, s in enumerate(sections) if s.name in ROLE_SECTIONS and not (employed and s.name == "teaching")]
    if blocks:
        # Lines above the first heading hold roles too when a layout prints a block's heading beside or below
        # its content (row and sidebar templates); degree and certificate dates there are still never jobs.
        first = min(s.start for s in sections) - 1
        return ([(0, first, Kind.JOB)] if first > 0 else []) + blocks
    # No experience heading: every line outside sections that never hold roles.
    never = [(s.start - 1, s.end) for s in sections if s.name in _NEVER]
    free, i = [], 0
    for a, b in sorted(never):
        if a > i:
            free.append((i, a, Kind.JOB))
        i = max(i, b)
    if i < count:
        free.append((i, count, Kind.JOB))
    return free


def post_only_lines(sections: Sequence[Section]) -> list[tuple[int, int, Kind]]:
    """(start, end, kind of an entry that is no post) of each research, leadership and teaching section whose heading
    names no paid work."""
    return [(*_held_lines(sections, k), POSTS_ONLY[s.name]) for k, s in enumerate(sections)
            if s.name in POSTS_ONLY and not _WORK_HEADING.search(s.heading)]
