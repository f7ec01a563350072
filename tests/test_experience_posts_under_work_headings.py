"""Under a work heading (Experience, Work History, or no heading at all) a dated entry is a post; it is left out only
for a sure sign of being none: funding held (a scholarship, a grant, an award), a publication, or an event or a
competition entered. A staff title beside the sign (other than a seat's: a lead, a director, an officer or a
coordinator is also an event team's seat) or the terms of a post (an intern, a contractor) outweigh it, as a post may
be funded or serve an event, and a fellowship listed as work is a fellow's post. Such an entry is study (funding, a
publication) or a pastime (an event), listed but not counted, and says which sign it showed. Only the entry's title
lines and dated line are read: the line below is the post's first line of text. (A students' body is judged by the
study periods, a volunteer by the kind's words.)"""
import datetime as dt

import pytest

from screener.experience import Kind, build_timeline
from screener.experience.posts import work_entry_sign

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


def timeline(*lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF)


def entries(*lines):
    return [(p.kind, p.counted) for p in timeline(*lines).positions]


@pytest.mark.parametrize("entry, kind", [
    ("Member, Campus Hackathons  2016 - 2021", Kind.VOLUNTEER),
    ("Programming Lead, Regional Robotics Competition  2016 - 2020", Kind.VOLUNTEER),
    ("Coding Contest Finalist  2019 - 2020", Kind.VOLUNTEER),
    ("Merit Scholarship Recipient  2017 - 2020", Kind.ACADEMIC),
])
def test_an_event_entered_or_funding_held_under_an_experience_heading_is_no_post(entry, kind):
    assert entries("Work Experience", entry) == [(kind, False)]


def test_an_event_entered_above_every_heading_is_no_post():
    assert timeline("Member, Campus Hackathons  2016 - 2021", "Skills", "Python").years == 0.0


def test_the_reason_an_entry_under_a_work_heading_is_not_counted_names_its_sign():
    (p,) = timeline("Experience", "Merit Scholarship Recipient  2017 - 2020").positions
    assert p.why == "not a post: names funding"


@pytest.mark.parametrize("entry", [
    "Engineering Intern (Summer Fellowship), Acme Robotics  2019 - 2020",
    "Contractor, Spring Conference Services  2019 - 2020",
    "Research Fellow, Hill Institute  2019 - 2020",
    "Postdoctoral Research Fellowship, Hill Institute  2019 - 2020",
    "Software Engineer, Tournament Platform Team  2019 - 2020",
    "Event Manager, Harbor Conference Centre  2019 - 2020",
])
def test_a_staff_title_or_the_terms_of_a_post_outweigh_a_sure_sign_under_a_work_heading(entry):
    assert timeline("Work Experience", entry).years == 1.0


@pytest.mark.parametrize("entry", [
    "Economist, Competition and Markets Authority  2019 - 2020",
    "Pricing Analyst, Contest & Prize Logistics  2019 - 2020",
    "Cashier, Summit Foods  2019 - 2020",
])
def test_a_sign_word_inside_an_employers_name_is_no_sign_under_a_work_heading(entry):
    assert timeline("Work Experience", entry).years == 1.0


@pytest.mark.parametrize("entry", [
    "Data Science Research Project, Pinecrest Lab  2019 - 2020",
    "Field assistant (supervisor: Dr. Ng)  2019 - 2020",  # a thesis itself is study (kinds.py)
    "Intro to Statistics (STAT 101)  2019 - 2020",
])
def test_a_weak_sign_alone_leaves_an_entry_under_a_work_heading_counted(entry):
    # a project, a supervisor or a course's code is left out only under research, teaching or leadership headings
    assert timeline("Work Experience", entry).years == 1.0


@pytest.mark.parametrize("text, sign", [
    ("Member, Campus Hackathons", "an event"),
    ("Captain, Robotics Competition", "an event"),
    ("Merit Scholarship Recipient", "funding"),
    ("Treasurer, Lakeside Chess Club", None),
    ("Programming Lead, Robotics Competition", "an event"),
    ("Engineering Intern (Summer Fellowship)", None),
    ("Research Fellowship", None),
    ("Principal Engineer, Robotics Competition", None),
    ("Competition and Markets Authority", None),
    ("Research Project, Pinecrest Lab", None),
])
def test_under_a_work_heading_only_a_sure_sign_beside_no_staff_title_names_no_post(text, sign):
    assert work_entry_sign(text) == sign


def test_an_award_under_a_posts_dates_lends_it_no_sign():
    # under a work heading the line below the dates is the post's first line of text, not its title
    assert timeline("Experience", "Acme Couriers, Driver  2023 - 2025", "Top Driver Award Winner").years == 2.0
