"""A role is dropped as study only when its lines name a degree: a US state after a town or a rating whose name
holds 'Master' is no degree, so the role beside it is work."""
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
