"""One resume's two positions laid out every way resumes lay them out must give the same years.

Written from the principle that a position is a title or organisation with a date range nearby, whatever the
layout: dates on the title's line, above or below it, first on the line, split over two lines, end above start,
title and organisation in either order or the organisation below the dates, other separators and languages, under
any work heading or none. The two roles are Senior Engineer at Acme from March 2019 to the as-of date and Engineer
at Beta from January 2015 to February 2019: 11 years merged (they do not overlap; months are counted whole).
"""
import datetime as dt

import pytest

from screener.experience import build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)
YEARS = 11.0
ROLES = [{"title": "Senior Engineer", "org": "Acme", "bullet": "Built the billing service."},
         {"title": "Engineer", "org": "Beta", "bullet": "Wrote the payment API."}]
# How each style writes the two roles' (start, end)
STYLES = {
    "months": [("Mar 2019", "Present"), ("Jan 2015", "Feb 2019")],
    "numeric": [("03/2019", "present"), ("01/2015", "02/2019")],
    "iso": [("2019-03", "now"), ("2015-01", "2019-02")],
    "spaced-slash": [("2019 / 03", "now"), ("2015 / 01", "2019 / 02")],
    "days": [("01/03/2019", "Current"), ("15/01/2015", "28/02/2019")],
    "full-months": [("March 2019", "Present"), ("January 2015", "February 2019")],
    "year-first": [("2019 Mar", "Present"), ("2015 Jan", "2019 Feb")],
    "german": [("März 2019", "heute"), ("Januar 2015", "Februar 2019")],
    "french": [("mars 2019", "aujourd'hui"), ("janv. 2015", "févr. 2019")],
    "start-and-length": [("Mar 2019", "(present)"), ("Jan 2015", "(50 months)")],
    "ends-named": [("Joined Mar 2019", "Present"), ("Joined Jan 2015", "Left Feb 2019")],
}
# layout -> (heading, the lines of one role, date style)
LAYOUTS = {
    "dates-on-title-line": ("Experience", ["{title}, {org}  {start} – {end}", "{bullet}"], "months"),
    "dates-below-title": ("Experience", ["{title}, {org}", "{start} – {end}", "{bullet}"], "months"),
    "dates-above-title": ("Experience", ["{start} – {end}", "{title}, {org}", "{bullet}"], "months"),
    "title-then-organisation": ("Experience", ["{title}", "{org}", "{start} – {end}", "{bullet}"], "months"),
    "organisation-then-title": ("Experience", ["{org}", "{title}  {start} – {end}", "{bullet}"], "months"),
    "organisation-below-dates": ("Experience", ["{title}", "{start} – {end}", "{org}", "{bullet}"], "months"),
    "dates-first-on-the-line": ("Experience", ["{start} – {end}  {title}, {org}", "{bullet}"], "months"),
    "bars-between-title-organisation-and-dates": (
        "Experience", ["{title} | {org} | {start} – {end}", "{bullet}", "Vendor lists and billing reports"], "numeric"),
    "range-split-over-two-lines": ("Experience", ["{title}, {org}", "{start} –", "{end}", "{bullet}"], "months"),
    "end-above-start": ("Experience", ["{title}, {org}", "{end}", "{start}", "{bullet}"], "months"),
    "later-date-first": ("Experience", ["{title}, {org}  {end} – {start}", "{bullet}"], "months"),
    "to-as-separator": ("Experience", ["{title}, {org}  {start} to {end}", "{bullet}"], "full-months"),
    "unmapped-dash": ("Experience", ["{title}, {org}  {start}  {end}", "{bullet}"], "months"),
    "open-end-before-a-place": ("Experience", ["{title}, {org}  {start} {end} Berlin", "{bullet}"], "months"),
    "durations-after": ("Experience", ["{title}, {org}", "{start} - {end} · 3 yrs", "{bullet}"], "months"),
    "numeric-dates": ("Experience", ["{title}, {org}  {start} – {end}", "{bullet}"], "numeric"),
    "iso-dates": ("Experience", ["{title}, {org}  {start} – {end}", "{bullet}"], "iso"),
    "year-slash-month-dates": ("Experience", ["{start} - {end} - {org}", "{title}", "{bullet}"], "spaced-slash"),
    "days-written": ("Experience", ["{title}, {org}  {start} – {end}", "{bullet}"], "days"),
    "year-first": ("Experience", ["{title}, {org}  {start} – {end}", "{bullet}"], "year-first"),
    "german": ("Berufserfahrung", ["{title}, {org}  {start} – {end}", "{bullet}"], "german"),
    "french": ("Expérience professionnelle", ["{title}, {org}  {start} – {end}", "{bullet}"], "french"),
    "heading-with-more-words": ("WORK EXPERIENCE (10 YEARS)", ["{title}, {org}  {start} – {end}", "{bullet}"],
                                "months"),
    "no-heading": ("Jane Doe", ["{title}, {org}  {start} – {end}", "{bullet}"], "months"),
    "start-and-how-long": ("Experience", ["{title} at {org} – {start} {end}", "{bullet}"], "start-and-length"),
    "ends-named-by-what-happened": ("Experience", ["{title}, {org}", "| {start} – {end}", "{bullet}"], "ends-named"),
    "selected-work-heading": ("Selected Work History", ["{title}, {org}  {start} – {end}", "{bullet}"], "months"),
}


def resume(name: str) -> list[str]:
    heading, role, style = LAYOUTS[name]
    lines = [heading]
    for fields, (start, end) in zip(ROLES, STYLES[style]):
        lines += [line.format(**fields, start=start, end=end) for line in role]
    return lines


def timeline(lines):
    d = doc(*lines)
    return build_timeline(d, sections(d), AS_OF)


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_layout_of_the_same_positions_gives_the_same_years(name):
    tl = timeline([*resume(name), "Education", "BSc Physics, University of Leeds", "2011 – 2014"])
    assert tl.years == YEARS and len([p for p in tl.positions if p.counted]) == 2


@pytest.mark.parametrize("name", LAYOUTS)
def test_every_layout_names_each_role_with_its_own_title_and_organisation(name):
    named = [f"{p.title} {p.organisation}" for p in timeline(resume(name)).positions]
    assert len(named) == 2 and "Acme" in named[0] and "Beta" in named[1] and "Senior" not in named[1]


def test_an_open_start_reads_as_a_role_held_still():
    lines = ["Experience", "Senior Engineer, Acme  since March 2019", "Engineer, Beta  Jan 2015 – Feb 2019"]
    assert timeline(lines).years == YEARS


def test_a_date_column_left_open_reads_as_a_role_held_still():
    lines = ["Experience", "2019 / 03 - Acme", "Senior Engineer", "Engineer, Beta  Jan 2015 – Feb 2019"]
    assert timeline(lines).years == YEARS


def test_a_date_column_left_open_before_a_hyphenated_title_reads_as_a_role_held_still():
    lines = ["Experience", "2019– Post-doc, Acme Institute, Grenoble", "Engineer, Beta  Jan 2015 – Feb 2019"]
    assert timeline(lines).positions[0].start == dt.date(2019, 7, 1) and timeline(lines).positions[0].counted


@pytest.mark.parametrize("line, start, end", [
    ("2021 Delta Farms, Ghent, 7 months, night shifts", dt.date(2021, 7, 1), dt.date(2022, 1, 31)),
    ("2017 Gamma Press, 1 year", dt.date(2017, 7, 1), dt.date(2018, 6, 30)),
    ("May 2019 Beta GmbH, Berlin, 2 years", dt.date(2019, 5, 1), dt.date(2021, 4, 30)),
])
def test_a_role_led_by_its_start_that_says_how_long_it_lasted_runs_that_long(line, start, end):
    (p,) = timeline(["Internships", line, "Rendering software for the lab's renderer"]).positions
    assert (p.start, p.end) == (start, end)


def test_when_dates_lead_every_role_the_text_above_a_role_is_the_role_before_it():
    lines = ["Experience", "2019 / 03 - Acme", "Senior Engineer", "Design of the billing service", "for shops",
             "2015 / 01 - 2019 / 02 - Beta", "Engineer", "Payment API in Go"]
    first, second = timeline(lines).positions
    assert (first.title, first.organisation) == ("Acme", "Senior Engineer")
    assert (second.title, second.organisation) == ("Beta", "Engineer")


def test_an_open_date_column_below_a_role_that_began_after_it_and_ended_is_a_point_in_time():
    lines = ["Experience", "2019 / 03 - Acme", "Senior Engineer", "2015 / 01 - 2019 / 02 - Beta", "Engineer",
             "2014 / 11 - Gamma", "Two-day workshop"]
    *_, event = timeline(lines).positions
    assert (event.start, event.end) == (dt.date(2014, 11, 1), dt.date(2014, 11, 30))


@pytest.mark.parametrize("lines", [["Date of Birth", "March 1991"], ["Born: 03/1991 – Leeds"],
                                   ["Geburtsdatum", "März 1991"]])
def test_a_birth_date_is_no_position(lines):
    assert len(timeline([*resume("dates-on-title-line"), *lines]).positions) == 2


@pytest.mark.parametrize("line", ["Last updated in Mar 2026", "Updated: March 2026", "Printed 2026-03",
                                  "Jane Doe · Last revised Mar 2026", "Availability: From August 18, 2025",
                                  "Available from 01/2026"])
def test_the_documents_own_date_is_no_position(line):
    assert len(timeline([*resume("dates-on-title-line"), line]).positions) == 2


def test_a_date_on_the_contact_line_is_the_documents_not_a_role():
    lines = ["Jane Doe", "+44 20 7946 0000 · jane@example.org · Nov 2025", *resume("dates-on-title-line")]
    assert len(timeline(lines).positions) == 2


def test_a_work_heading_with_nothing_under_it_over_another_work_heading_reads_the_roles_once():
    lines = ["PROFESSIONAL EXPERIENCE", *resume("dates-on-title-line")[1:]]
    lines.insert(1, "Industry Experience:")
    assert [p.title for p in timeline(lines).positions] == ["Senior Engineer, Acme", "Engineer, Beta"]


@pytest.mark.parametrize("role", ["Statistical Advisor", "Assistant Professor", "Maths tutor", "Sales Representative"])
def test_a_role_noun_names_a_role_whatever_its_text_says_of_students(role):
    lines = ["Experience", f"2021 – 2023 {role}, Acme Hospital", "Support for PhD students with their analysis plans"]
    assert timeline(lines).years == 2.0


def test_a_role_that_names_itself_is_kept_when_its_text_speaks_of_schools_and_degrees():
    lines = ["Experience", "Private Tutor, self-employed", "Feb 2021 - Present", "GCSE and A-Level maths",
             "Maths tutor", "01/2018–12/2020", "Weekly sessions for high school students"]
    assert timeline(lines).years == 7.9


def test_a_degree_named_on_a_roles_title_lines_is_still_study():
    lines = ["Experience", *resume("dates-on-title-line")[1:], "Acme Lab, R&D Engineer (Master's thesis)",
             "Sep 2012 - Sep 2013", "Built sensors"]
    assert timeline(lines).years == YEARS


@pytest.mark.parametrize("start, end", [("Jan 2015 –", "Feb 2019"), ("Jan 2015 –", ",Feb 2019"),
                                        ("Jan 2015 –", "; Feb 2019"), ("from Jan-2015 to Feb", "2019.")])
def test_a_range_broken_after_its_link_ends_on_the_next_line(start, end):
    lines = ["Experience", "Engineer, Beta", start, f"{end} Berlin", "Wrote the payment API."]
    (p,) = timeline(lines).positions
    assert (p.start, p.end) == (dt.date(2015, 1, 1), dt.date(2019, 2, 28))


def test_a_range_open_at_a_lines_end_stays_open_when_the_next_line_opens_the_next_role():
    lines = ["Experience", "Senior Engineer, Acme", "Mar 2019 –", "Jan 2015 – Feb 2019", "Engineer, Beta"]
    assert timeline(lines).years == YEARS


def test_a_range_broken_after_its_dash_ends_on_a_lone_date_below_the_line_between():
    lines = ["Experience", "May 2015 –", "Beta: https://beta.example", "Feb 2019", "Engineer", "Wrote the API."]
    (p,) = timeline(lines).positions
    assert (p.start, p.end) == (dt.date(2015, 5, 1), dt.date(2019, 2, 28))


def test_a_range_broken_after_its_dash_ends_on_the_date_that_leads_the_line_below_the_title_between():
    lines = ["Experience", "2015 –", "Various schools", ",2019 Teacher", "Taught maths."]
    (p,) = timeline(lines).positions
    assert (p.start, p.end) == (dt.date(2015, 7, 1), dt.date(2019, 6, 30))


@pytest.mark.parametrize("glyph", ["❖ ", "⋄ ", "\uf0fc ", "o "])
def test_a_bullet_drawn_with_any_glyph_is_never_the_next_roles_title(glyph):
    lines = ["Experience", "Senior Engineer, Acme", "Mar 2019 – Present", f"{glyph}Billing service for shops",
             "Engineer, Beta", "Jan 2015 – Feb 2019"]
    assert [p.title for p in timeline(lines).positions] == ["Senior Engineer, Acme", "Engineer, Beta"]


def test_the_end_of_a_wrapped_sentence_is_never_the_next_roles_title():
    lines = ["Experience", "Senior Engineer, Acme", "Mar 2019 – Present",
             "Billing and payment services for three hundred shops across the", "north of England",
             "Engineer, Beta", "Jan 2015 – Feb 2019"]
    assert [p.title for p in timeline(lines).positions] == ["Senior Engineer, Acme", "Engineer, Beta"]


@pytest.mark.parametrize("word", ["using", "the", "and", "for"])
def test_a_line_under_a_wrapped_line_ending_with_a_word_no_sentence_ends_with_is_never_the_next_roles_title(word):
    lines = ["Experience", "Acme  Mar 2019 – Present", "Senior Engineer",
             f"Built the billing and payment services {word}", "ETL jobs in Go and Kafka streams",
             "Beta  Jan 2015 – Feb 2019", "Engineer"]
    assert [p.title for p in timeline(lines).positions] == ["Acme", "Beta"]


@pytest.mark.parametrize("line", ["Acme Software Corporation Inc., Portland, OR",
                                  "- Led the fundraising that closed the company's Series A",
                                  "- Circulating nurse for cardiac and thoracic surgery in the OR"])
def test_a_long_line_ending_with_a_short_word_in_capitals_ends_there_and_the_next_role_keeps_its_title(line):
    lines = ["Experience", "Senior Engineer, Acme", "Mar 2019 – Present", line, "Engineer, Beta", "Jan 2015 – Feb 2019"]
    second = timeline(lines).positions[1]
    assert "Engineer, Beta" in (second.title, second.organisation)


def test_an_organisation_line_ending_with_a_state_in_capitals_keeps_the_title_below_it():
    lines = ["Experience", "Acme Software Corporation Inc., Portland, OR", "Senior Software Engineer",
             "Mar 2019 – Present", "Built billing services in Go", "Beta Systems Incorporated Ltd., Toronto, ON",
             "Software Engineer", "Jan 2015 – Feb 2019"]
    assert [p.organisation for p in timeline(lines).positions] == ["Senior Software Engineer", "Software Engineer"]


@pytest.mark.parametrize("dot", ["·", "•", "∙", "⋅", "‧"], ids=["middle", "bullet", "operator", "dot-operator",
                                                                 "hyphenation"])
def test_the_end_of_a_list_cut_after_a_separating_dot_is_never_the_next_roles_title(dot):
    lines = ["Experience", "Senior Engineer, Acme", "Mar 2019 – Present", f"Tools: Go {dot} Kafka {dot} Postgres {dot}",
             f"Redis {dot} Docker", "Engineer, Beta", "Jan 2015 – Feb 2019"]
    assert [p.title for p in timeline(lines).positions] == ["Senior Engineer, Acme", "Engineer, Beta"]


def test_a_role_written_whole_after_its_dates_and_wrapped_keeps_its_second_line_from_the_role_below():
    lines = ["Experience", "Westfield University",
             "06/2015–02/2019, Department of Mathematics, Systems Administrator: Linux servers",
             "Database administration, network engineering, helpdesk",
             "05/2013–07/2013, Institute of Biotechnology, Student Research Assistant: gene",
             "Expression data analysis with deep learning models"]
    titles = [p.title for p in timeline(lines).positions]
    assert titles[1].startswith("Institute of Biotechnology") and "Database" not in titles[1]


def test_an_address_on_a_dated_line_under_a_role_keeps_that_line_a_role():
    lines = ["Experience", "Senior Engineer, Acme", "Mar 2019 – Present", "Billing services",
             "Engineer, Beta (ref: lead@beta.example), Jan 2015 – Feb 2019", "Payment API"]
    assert timeline(lines).years == YEARS


def test_a_contact_line_above_every_role_dates_the_document_not_a_role():
    lines = ["Jane Doe", "jane@doe.example ⋄ Nov 2025", "Experience", "Engineer, Beta", "Jan 2015 – Feb 2019"]
    assert [(p.start, p.end) for p in timeline(lines).positions] == [(dt.date(2015, 1, 1), dt.date(2019, 2, 28))]


def test_a_lower_case_label_under_a_wrapped_sentence_is_a_field_of_the_next_role():
    lines = ["Experience", "Senior Engineer, Acme", "Mar 2019 – Present",
             "Billing and payment services for three hundred shops across the north and the", "company - Beta",
             "Engineer, Jan 2015 – Feb 2019"]
    assert timeline(lines).positions[1].title == "company - Beta"


def test_an_icon_drawn_alone_between_a_title_and_its_dates_is_passed_over():
    lines = ["Experience", "Senior Engineer", "Acme", "+", "Mar 2019 – Present", "Engineer", "Beta", "+",
             "Jan 2015 – Feb 2019"]
    assert [(p.title, p.organisation) for p in timeline(lines).positions] == [("Senior Engineer", "Acme"),
                                                                             ("Engineer", "Beta")]


def test_an_icon_drawn_alone_is_neither_title_nor_organisation():
    lines = ["Experience", "Acme", "•", "Senior Engineer Mar 2019 – Present", "Beta", "•",
             "Engineer Jan 2015 – Feb 2019"]
    assert [(p.title, p.organisation) for p in timeline(lines).positions] == [("Acme", "Senior Engineer"),
                                                                             ("Beta", "Engineer")]


def test_a_work_heading_beside_another_heading_holds_the_roles_under_both():
    lines = ["Jane Doe", "Experience", "Contact", "Mar 2019 – Present | Acme | Senior Engineer", "Phone Email",
             "Jan 2015 – Feb 2019 | Beta | Engineer", "jane@example.com"]
    tl = timeline(lines)
    assert tl.years == YEARS and "Contact" not in tl.positions[0].title


def test_a_role_named_in_full_before_its_dates_takes_no_title_from_the_lines_above():
    lines = ["Experience", "Senior Engineer | Acme | 03/2019 – present", "Vendor lists and billing reports",
             "Engineer | Beta | 01/2015 – 02/2019", "Payment API in Go"]
    assert [p.title for p in timeline(lines).positions] == ["Senior Engineer | Acme", "Engineer | Beta"]


@pytest.mark.parametrize("acme, beta", [("Acme | 03/2019 – present | Berlin", "Beta | 01/2015 – 02/2019 | Leeds"),
                                        ("**Acme** | *03/2019 – present*", "**Beta** | *01/2015 – 02/2019*")])
def test_an_organisation_and_place_around_the_dates_leave_the_title_above(acme, beta):
    lines = ["Experience", "Senior Engineer", acme, "Engineer", beta]
    assert [p.title for p in timeline(lines).positions] == ["Senior Engineer", "Engineer"]


def test_a_season_at_the_end_of_a_long_title_line_dates_the_role():
    lines = ["Experience", "Acme Cloud Platform – Software Engineering Intern – Integrations Team  Summer 2018",
             "Built a connector framework for the integration platform's customers.",
             "Beta – Data Engineer – Payments and Settlement Reporting for Europe   Jan 2015 – Feb 2016"]
    summer, _ = timeline(lines).positions
    assert (summer.start, summer.end) == (dt.date(2018, 6, 1), dt.date(2018, 8, 31))


@pytest.mark.parametrize("line", [
    "Led the migration that finished in March 2016 and cut the cost of every payment run by half",
    "Joined the company as an accounts assistant and was promoted to analyst in March 2016"])
def test_a_month_inside_a_long_sentence_is_a_mention_not_a_role(line):
    lines = ["Experience", "Engineer, Beta  Jan 2015 – Feb 2016", line]
    assert len(timeline(lines).positions) == 1
