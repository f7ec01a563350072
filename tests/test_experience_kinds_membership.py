"""Being a member is belonging, not work: a role whose title is membership alone holds no post and its years are not
counted (LABELING.md counts jobs, internships, part-time and freelance work; volunteer roles do not count). A member
named by where members work is staff, and a startup's founding member an early hire."""
import datetime as dt

import pytest

from screener.experience import Kind, build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def timeline(*lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF).positions


@pytest.mark.parametrize("lines", [
    ("Experience", "Riverside Makers Guild", "Sep 2014 – Jun 2016", "Active Member"),
    ("Experience", "Member, Riverside Open Data Collective 2015 - 2019"),
    ("Experience", "Active Member | Westfield Makers Guild Jan 2018 - Dec 2020"),
    ("Experience", "Core Member - Open Maps Community 2019 - Present"),
])
def test_a_role_titled_membership_alone_is_not_counted(lines):
    [role] = timeline(*lines)
    assert (role.kind, role.counted, role.why) == (Kind.VOLUNTEER, False, "a membership, not a post")


@pytest.mark.parametrize("title", ["Team Member, Corner Coffee Co", "Crew Member, Burger Palace",
                                   "Member of Technical Staff, Acme Networks", "Founding Member, Tiny Startup Inc",
                                   "Member Services Representative, Westfield Credit Union",
                                   "Staff Member, City Library", "Member, Technical Staff - Acme Networks",
                                   "Member - Data Platform Team, Acme Corp", "Member, Hale & Ostrow PLLC"])
def test_a_member_named_by_a_workplace_holds_a_job(title):
    [role] = timeline("Experience", f"{title} 2016 - 2020")
    assert (role.kind, role.counted) == (Kind.JOB, True)


def test_a_first_bullet_naming_membership_under_the_dates_is_the_job_s_work():
    [role] = timeline("Experience", "Backend Engineer, Acme Payments  Mar 2017 - Feb 2021",
                      "- Member, on-call rotation for the payments API.")
    assert (role.kind, role.counted) == (Kind.JOB, True)


def test_a_bullet_about_membership_leaves_the_job_counted():
    [role] = timeline("Experience", "Backend Engineer, Acme Payments 2017 - 2021",
                      "Member of the platform guild that set API standards.")
    assert (role.kind, role.counted) == (Kind.JOB, True)
