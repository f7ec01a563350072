"""Whether a dated entry under a research, leadership or teaching heading is a post. Such a section lists posts
(a research scientist, a lecturer, a resident assistant) beside what is not one: a project with its supervisor, a
grant, a fellowship or scholarship as funding, a course or workshop taught, a club's or an event's seat. Only an entry
that names a post, a title a person is employed under, counts as work there; the rest is study or volunteering."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace

from ..models import Position
from ..text.role_nouns import ROLE_NOUN
from .blocks import CAMEL
from .dated_lines import find_ranges
from .kinds import STAFF, Kind, role_kind

UNPOSTED = "names no post (a project, grant, course, event or club under a research, teaching or leadership heading)"
_LEAD = 60  # a title sits at a line's start; the rest of a long line is description
_TERMS = frozenset({Kind.INTERNSHIP, Kind.PART_TIME, Kind.FREELANCE})  # the terms a post is held on


def names_post(text: str) -> bool:
    """Does `text` name a post: a role noun or a staff title ('Research Scientist', 'Lecturer', 'Intern'), or the
    terms one is held on ('Research Internship', 'Self-employed'), not only a volunteer's ('Volunteer, Science Fair')?
    Words a document ran together are read apart ('SubstituteTeacher')."""
    text = CAMEL.sub(" ", text)
    nouns = (m[0] for m in ROLE_NOUN.finditer(text))
    return (bool(STAFF.search(text)) or any(not noun.lower().startswith("volunteer") for noun in nouns)
            or role_kind(text, Kind.JOB) in _TERMS)


def _heading(p: Position, lines: Sequence[str], as_of: dt.date) -> str:
    """The role's title lines, its dates' line whole (a title may follow its dates) and the line below it unless
    dated itself, as the next entry's line is (a title printed under its dates); of a line not dated, its start, as
    the rest of a long one is description."""
    top = p.line_start if p.line_start is not None else p.line
    stop = min(p.line + 2, p.end_line if p.end_line is not None else p.line + 2, len(lines))
    if stop == p.line + 2 and find_ranges(lines[p.line + 1], as_of):
        stop -= 1
    return " ".join(lines[j] if j == p.line else lines[j][:_LEAD] for j in range(top, stop))


def mark_unposted(positions: Sequence[Position], lines: Sequence[str], blocks: Sequence[tuple[int, int, Kind]],
                  as_of: dt.date) -> list[Position]:
    """A counted entry read in one of `blocks` (lines [start, end) whose entries count only when they name a post,
    with the kind of one that names none) is of that kind, and not counted, when its heading names no post."""
    out = list(positions)
    for k, p in enumerate(out):
        if not p.counted or p.line is None:
            continue
        kind = next((kind for start, end, kind in blocks if start <= p.line < end), None)
        if kind is not None and not names_post(_heading(p, lines, as_of)):
            out[k] = replace(p, kind=kind, counted=False, why=UNPOSTED)
    return out
