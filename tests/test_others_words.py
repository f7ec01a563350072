"""Issues 15/16, other people's words. A label opening a line that names someone by their relation to the candidate
(reporting to, supervisor, line manager, referee, reference) makes the title after it that person's, up to a
separator; a field of the candidate's own ('Manager:', 'Hiring manager:', 'Contact:') names nobody else. A heading
that only may name referees ('Recommendations', 'Reference', 'Testimonials', '... will be made available') heads a
references section when the lines under it read as referees (a name with a title, contact details, 'on request'),
and every line up to the next heading does: referees are undated and tell no deed, so a dated line, a bullet, a deed or
a title after a referee's contact details is a role's, and the lines stay in the section they are in."""
import pytest
from helpers import AS_OF, document
from test_requirement_meanings import SOFTWARE_JOB, bundled, status  # noqa: F401 (a fixture)

from screener.engine import screen_document
from screener.text.sections import find_sections


@pytest.mark.parametrize("line", [
    "- Reporting to: Engineering Manager",
    "Reports to - CTO",
    "- Reported into: Head of Engineering",
    "- Line manager: Tech Lead (A. Sample)",
    "Supervisor: Director of Engineering",
    "- Referee: Casey Invented, Engineering Manager",
    "Reference: Morgan Madeup, Technical Lead",
], ids=["reporting-to", "reports-to-dash", "reported-into", "line-manager", "supervisor", "referee", "reference"])
def test_a_title_after_a_relation_label_is_that_persons(bundled, line):
    assert status(bundled, SOFTWARE_JOB + line + "\n", "team-leadership") == "fail"


# guards against the reverted reading: its label ran over separators and took in the candidate's own fields
@pytest.mark.parametrize("line", [
    "Manager: Engineering Manager (Payments)",
    "- Hiring manager: Tech Lead hiring for two roles",
    "Contact: someone@example.com | Engineering Manager",
    "Reporting to: CTO | Tech Lead for the billing squad",
    "Reporting to: CTO · Tech Lead for the billing squad",
    "Supervisor - Team Lead, Platform",
    "Reporting to: CTO, Tech Lead of the billing squad",
    "Reporting to: CPO, Team Lead",
    "- Supervisor: Team Lead for six engineers on the ledger squad",
    "Reporting to: Sam Fictional Tech Lead of three engineers",
    "Reports to: Platform Group, Team Lead for the search squad",
], ids=["manager-field", "hiring-manager", "contact-pipe", "label-stops-at-pipe", "label-stops-at-dot",
        "noun-with-dash-is-a-title", "one-person-after-the-label", "a-chief-of-any-letter-is-a-title",
        "a-post-described-after-the-title", "a-name-not-set-off", "a-department-then-a-post-described"])
def test_a_title_no_relation_label_gives_away_stays_the_candidates(bundled, line):
    assert status(bundled, SOFTWARE_JOB + line + "\n", "team-leadership") == "pass"


REFEREE_FORMS = {
    "name-title-organisation": "Sam Fictional, Engineering Manager, Other Widgets",
    "name-over-title": "Dr Sam Fictional\nHead of Engineering, Other Widgets",
    "two-with-lower-case-titles": "Sam Fictional, head of platform at Other Widgets.\nsam@example.com\n"
                                  "Kim Madeup, Senior Engineer, Invented Corp\nkim@example.com",
    "name-over-contact": "Sam Fictional\nsam@example.com",
    "accented-name": "Zoë Ärlig-Nørby, CTO, Other Widgets",
    "name-with-particles": "Ana de la Fictiva, Engineering Manager",
    "on-request": "Available upon request",
}


@pytest.mark.parametrize("heading", ["Recommendations", "Testimonials", "Reference", "Referee", "Endorsements",
                                     "References & Testimonials", "References will be made available"])
@pytest.mark.parametrize("form", REFEREE_FORMS.values(), ids=REFEREE_FORMS.keys())
def test_a_heading_that_may_name_referees_heads_them_when_its_lines_read_as_referees(heading, form):
    lines = (SOFTWARE_JOB + "- Built the order service\n" + heading + "\n" + form).splitlines()
    assert [s.name for s in find_sections(lines)] == ["experience", "references"]


NOT_REFEREES = {
    "findings": "- Split the monolith into services",
    "project-code": "PRJ-2231 payments migration",
    "skill-counts": "Python (42), Go (30)",
    "elsewhere": "Available on a networking site.",
    "a-role": "Tech Lead, Other Widgets  2012 - 2018",
}


@pytest.mark.parametrize("heading", ["Recommendations", "Reference", "Endorsements"])
@pytest.mark.parametrize("lines", NOT_REFEREES.values(), ids=NOT_REFEREES.keys())
def test_lines_that_do_not_read_as_referees_stay_in_the_section_they_are_in(heading, lines):
    text = (SOFTWARE_JOB + "- Built the order service\n" + heading + "\n" + lines).splitlines()
    assert [s.name for s in find_sections(text)] == ["experience"]


def test_a_title_under_a_referees_heading_is_the_referees(bundled):
    text = SOFTWARE_JOB + "- Built the order service\nReferences will be made available\nSam Fictional, Engineering Manager"
    assert status(bundled, text, "team-leadership") == "fail"


# A role below a referee, in any layout the screener reads: the whole run is no referees' (tested through the loader,
# which drops blank lines, so no layout can lean on them)
ROLES_BELOW = {
    "numeric-slash-range": "Team Lead, Other Widgets  03/2012 - 12/2017",
    "numeric-dot-range": "Team Lead, Other Widgets  03.2012 - 12.2017",
    "iso-month-range": "Team Lead, Other Widgets  2012-03 – 2017-12",
    "two-digit-years": "Team Lead, Other Widgets  '12 - '17",
    "title-stacked-over-dates": "Team Lead\nOther Widgets\nJan 2012 - Dec 2017",
    "undated-bullet": "Team Lead, Other Widgets\n- Led four engineers on the billing API",
    "undated-deed": "Team Lead, Other Widgets\nLed four engineers on the billing API",
    "title-after-contact": "Team Lead\nOther Widgets",
}


@pytest.mark.parametrize("heading", ["Reference", "Recommendations"])
@pytest.mark.parametrize("role", ROLES_BELOW.values(), ids=ROLES_BELOW.keys())
def test_a_role_below_a_referee_keeps_the_heading_from_naming_referees(bundled, heading, role):
    text = SOFTWARE_JOB + f"- Built the order service\n{heading}\nSam Fictional, CTO\nsam@example.com\n{role}\n"
    doc = document(text)
    assert [s.name for s in find_sections([line.text for line in doc.lines])] == ["experience"]
    assert status(bundled, text, "team-leadership") == "pass"


def test_referees_under_a_heading_that_only_may_name_them_are_no_candidates_work(bundled):
    text = (SOFTWARE_JOB + "- Built the order service\nRecommendations\nSam Fictional, Team Lead, Other Widgets\n"
            "sam@example.com\nKim Madeup, Engineering Manager, Invented Corp\nSkills\nPython, Go\n")
    doc = document(text)
    assert [s.name for s in find_sections([line.text for line in doc.lines])] == ["experience", "references", "skills"]
    assert status(bundled, text, "team-leadership") == "fail"


def test_a_quoted_testimonial_keeps_the_heading_from_naming_referees():
    text = (SOFTWARE_JOB + "- Built the order service\nTestimonials\nSam Fictional, Engineering Manager, Other Widgets\n"
            "\u201cA patient lead who ran our squad of four with care.\u201d\nSkills\nPython, Go\n")
    doc = document(text)
    assert [s.name for s in find_sections([line.text for line in doc.lines])] == ["experience", "skills"]
