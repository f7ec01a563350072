"""A heading that names internships ("Internships", "Intern Experience") makes every role under it one; a heading
whose word only begins like one ("International Experience") says nothing of the roles' kind."""
import datetime as dt

import pytest

from screener.experience import Kind, build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def timeline(*lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF)


@pytest.mark.parametrize("heading, kind", [("Internships", Kind.INTERNSHIP), ("Intern Experience", Kind.INTERNSHIP),
                                           ("International Experience", Kind.JOB)])
def test_a_heading_makes_its_roles_internships_only_when_it_names_internships(heading, kind):
    tl = timeline(heading, "Analyst, Acme Lisbon  2019 - 2021")
    assert [p.kind for p in tl.positions] == [kind]
