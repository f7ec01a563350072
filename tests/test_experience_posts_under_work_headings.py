"""Under a work heading (Experience, Work History, or no heading at all) a dated entry is a post, as a list of staff
titles can never be whole; it is left out only when the sign is the entry itself: funding held (a scholarship, a grant,
an award) or an event or a competition entered, named by its entrant's or holder's title ('Coding Contest Finalist',
'Participant, Campus Hackathons') or heading the entry as its title ('Regional Coding Contest'). A sign word anywhere
else on a post's lines is what the post works on or where it is ('Table Games Dealer - poker tournaments', 'Bureau of
Competition', a town named Summit), and an amount or a citation on a title line is a quota or a study's name, no sign.
A post's title or terms beside the sign (an engineer, an intern, a fellowship listed as work) outweigh it. Such an
entry is study (funding) or a pastime (an event), listed but not counted, and says which sign it showed. Only the
entry's title lines and dated line are read: the line below is the post's first line of text. (A students' body is
judged by the study periods, a membership and a volunteer by rules of their own.)"""
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
    ("Participant, Campus Hackathons  2016 - 2021", Kind.VOLUNTEER),
    ("Coding Contest Finalist  2019 - 2020", Kind.VOLUNTEER),
    ("Participated in a regional robotics competition  2017 - 2018", Kind.VOLUNTEER),
    ("Merit Scholarship Recipient  2017 - 2020", Kind.ACADEMIC),
])
def test_an_event_entered_or_funding_held_named_by_its_entrants_title_is_no_post(entry, kind):
    assert entries("Work Experience", entry) == [(kind, False)]


@pytest.mark.parametrize("entry, kind", [
    ("Hackathons  2016 - 2021", Kind.VOLUNTEER),
    ("Regional Coding Contest, Lakeside University  2019 - 2020", Kind.VOLUNTEER),
    ("Merit Scholarship  2017 - 2020", Kind.ACADEMIC),
    ("2017 - 2020 Travel Grant, Hill Institute", Kind.ACADEMIC),
])
def test_an_event_or_funding_heading_an_entry_as_its_title_is_no_post(entry, kind):
    assert entries("Work Experience", entry) == [(kind, False)]


def test_an_event_entered_above_every_heading_is_no_post():
    assert timeline("Participant, Campus Hackathons  2016 - 2021", "Skills", "Python").years == 0.0


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
    "Economist, Directorate for Competition, Northland Commission  2019 - 2020",
    "Attorney, Office of Competition, Federal Trade Board  2019 - 2020",
    "Competition Coach, Bluewater Swim School  2019 - 2020",
    "Card Dealer - poker tournaments, Lakeview Casino  2019 - 2020",
    "Line Cook, banqueting and conference kitchen, Dockside Hotel  2019 - 2020",
    "Aid Counselor - scholarships & grants, Hillcrest College  2019 - 2020",
    "Head of Growth | Codejam, a hackathon platform startup  2019 - 2020",
])
def test_a_sign_word_beside_a_posts_title_is_what_the_post_works_on(entry):
    assert timeline("Work Experience", entry).years == 1.0


@pytest.mark.parametrize("lines", [
    ("Director of Scholarships, Lakeside University  2019 - 2020",),
    ("Director of Conferences, Society for Field Botany  2019 - 2020",),
    ("Program Officer, Grants, Valley Community Trust  2019 - 2020",),
    ("Grants Lead, Open Data Foundation  2019 - 2020",),
    ("Lead, tournament operations, Pinegrove Games  2019 - 2020",),
    ("Operations Coordinator  2019 - 2020", "Bayline Events Ltd - conference and trade-show logistics"),
])
def test_a_seat_like_staff_title_beside_a_sign_is_a_post(lines):
    assert timeline("Work Experience", *lines).years == 1.0


@pytest.mark.parametrize("entry", [
    "Account Executive - $2M annual quota, Northwind Software  2019 - 2020",
    "Study Coordinator, Sleep Apnoea Trial (Mensah et al., 2018)  2019 - 2020",
])
def test_an_amount_or_a_citation_on_a_posts_title_line_is_no_sign_under_a_work_heading(entry):
    assert timeline("Work Experience", entry).years == 1.0


@pytest.mark.parametrize("entry", [
    "Pharmacy Assistant, Reef Drugstore, Marathon, FL  2019 - 2020",
    "Bank Teller, Ridge Savings, Summit, NJ  2019 - 2020",
])
def test_a_town_named_for_an_event_is_no_sign_under_a_work_heading(entry):
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
    ("Participant, Campus Hackathons", "an event"),
    ("Robotics Competition, Programming Team", "an event"),
    ("Merit Scholarship Recipient", "funding"),
    ("Treasurer, Lakeside Chess Club", None),
    ("Programming Lead, Robotics Competition", None),
    ("Volunteer Speaker, City Library", None),
    ("Research Paper (Lee et al., 2019)", None),
    ("Engineering Intern (Summer Fellowship)", None),
    ("Research Fellowship", None),
    ("Principal Engineer, Robotics Competition", None),
    ("Competition and Markets Authority", None),
    ("Research Project, Pinecrest Lab", None),
])
def test_under_a_work_heading_only_an_entry_that_is_the_event_or_the_funding_names_no_post(text, sign):
    assert work_entry_sign(text) == sign


def test_an_award_under_a_posts_dates_lends_it_no_sign():
    # under a work heading the line below the dates is the post's first line of text, not its title
    assert timeline("Experience", "Acme Couriers, Driver  2023 - 2025", "Top Driver Award Winner").years == 2.0
