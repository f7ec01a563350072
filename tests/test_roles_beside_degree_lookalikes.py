"""A role is dropped as study only when its lines name a degree: a US state after a town or a rating whose name
holds 'Master' is no degree, so the role beside it is work; a degree's dated line is study whatever line a layout
prints above it, each line being read for a degree alone as well as with the others."""
import datetime as dt

import pytest

from screener.experience import build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


@pytest.mark.parametrize("title", ["Master-at-Arms, Navy, Norfolk", "Store Manager, Acme, Westfield, MS",
                                   "Store Manager, Acme, Boston, MA", "Store Manager, Acme, Portland, ME"],
                         ids=["master-at-arms", "town-ms", "town-ma", "town-me"])
def test_a_role_beside_a_degree_lookalike_is_counted_as_work(title):
    d = doc("Experience", title, "Jan 2010 – Dec 2014")
    assert build_timeline(d, sections(d), AS_OF).years == 5.0


def test_a_degree_line_under_a_line_naming_a_mentor_is_study():
    # read together, the mentor's line lends the two a role's noun; read alone, the lower one names a degree
    d = doc("Mentor: Prof. K. Ito", "BA History, Hillcrest College  1994 - 1998")
    assert [p for p in build_timeline(d, sections(d), AS_OF).positions if p.counted] == []


def test_a_role_whose_title_line_names_no_degree_still_counts():
    d = doc("Adviser to the Board, Acme Analytics", "2010 - 2012")
    assert build_timeline(d, sections(d), AS_OF).years == 2.0
