"""Issues 15/16, other people's words. A label opening a line that names someone by their relation to the candidate
(reporting to, supervisor, line manager, referee, reference) makes the title after it that person's, up to a
separator; a field of the candidate's own ('Manager:', 'Hiring manager:', 'Contact:') names nobody else. A heading
that only may name referees ('Recommendations', 'Reference', 'Testimonials', '... will be made available') heads a
references section when the lines under it read as referees (a name with a title, contact details, 'on request'),
and their run ends at a dated line, where the section they were set in goes on."""
import pytest
from helpers import AS_OF, document
from test_requirement_meanings import SOFTWARE_JOB, bundled, status  # noqa: F401 (a fixture)

from screener.engine import screen_document
from screener.text.sections import find_sections, section_at


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
], ids=["manager-field", "hiring-manager", "contact-pipe", "label-stops-at-pipe", "label-stops-at-dot",
        "noun-with-dash-is-a-title", "one-person-after-the-label"])
def test_a_title_no_relation_label_gives_away_stays_the_candidates(bundled, line):
    assert status(bundled, SOFTWARE_JOB + line + "\n", "team-leadership") == "pass"


REFEREE_FORMS = {
    "name-title-organisation": "Sam Fictional, Engineering Manager, Other Widgets",
    "name-over-title": "Dr Sam Fictional\nHead of Engineering, Other Widgets",
    "name-over-contact": "Sam Fictional\nsam@example.com",
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


@pytest.mark.parametrize("heading", ["Recommendations", "Reference", "Endorsements", "References: available on request"])
@pytest.mark.parametrize("lines", NOT_REFEREES.values(), ids=NOT_REFEREES.keys())
def test_lines_that_do_not_read_as_referees_stay_in_the_section_they_are_in(heading, lines):
    text = (SOFTWARE_JOB + "- Built the order service\n" + heading + "\n" + lines).splitlines()
    assert [s.name for s in find_sections(text)] == ["experience"]


def test_a_title_under_a_referees_heading_is_the_referees(bundled):
    text = SOFTWARE_JOB + "- Built the order service\nReferences will be made available\nSam Fictional, Engineering Manager"
    assert status(bundled, text, "team-leadership") == "fail"


def test_a_run_of_referees_ends_at_a_dated_line_and_the_work_history_goes_on(bundled):
    text = (SOFTWARE_JOB + "- Built the order service\nReference\nSam Fictional, CTO, Other Widgets\n"
            "Backend Developer, Other Widgets  2012 - 2018\n- Wrote the billing API\n")
    lines = text.splitlines()
    role = lines.index("Backend Developer, Other Widgets  2012 - 2018")
    assert section_at(find_sections(lines), role).name == "experience"
    assert section_at(find_sections(lines), role - 1).name == "references"
    assert screen_document(document(text), bundled, AS_OF).experience_years == pytest.approx(10, abs=0.5)


def test_references_on_request_inside_a_work_history_keep_the_roles_below_it(bundled):
    text = SOFTWARE_JOB + "References: available on request\nBackend Developer, Other Widgets  2012 - 2018\n"
    assert screen_document(document(text), bundled, AS_OF).experience_years == pytest.approx(10, abs=0.5)


def test_a_run_of_referees_ends_at_an_entry_set_apart_that_opens_as_no_referee(bundled):
    text = (SOFTWARE_JOB + "- Built the order service\nReferee\nSam Fictional, CTO\n\n"
            "Tech Lead\nOther Widgets\nJan 2012 - Dec 2017\n- Led four engineers on the billing API\n")
    lines = text.splitlines()
    sections = find_sections(lines)
    assert section_at(sections, lines.index("Tech Lead")).name == "experience"
    assert section_at(sections, lines.index("Sam Fictional, CTO")).name == "references"
    result = screen_document(document(text), bundled, AS_OF)
    assert result.experience_years == pytest.approx(10, abs=0.5)
    assert next(q for q in result.requirements if q.id == "team-leadership").status.value == "pass"
