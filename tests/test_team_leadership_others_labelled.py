"""Issue 16, other people's titles in the two forms a resume writes them apart from a sentence: a label that opens a
line and names a relation to the candidate (reporting to, manager, supervisor, referee, reference, contact) makes the
title after it that person's; and a section of people who vouch for the candidate lists their titles, however it is
headed. A title that is itself the label, or follows a label of what the candidate holds, stays the candidate's."""
import pytest
from test_requirement_meanings import SOFTWARE_JOB, bundled, status  # noqa: F401 (a fixture)

from screener.text.sections import heading_name


@pytest.mark.parametrize("line", [
    "- Reporting to: Engineering Manager",
    "Reports to - CTO",
    "- Reported into: Head of Engineering",
    "- Line manager: Tech Lead (A. Sample)",
    "Supervisor: Director of Engineering",
    "- Referee: Casey Invented, Engineering Manager",
    "Reference: Morgan Madeup, Technical Lead",
    "- Contact – Jamie Placeholder, VP of Engineering",
], ids=["reporting-to", "reports-to-dash", "reported-into", "line-manager", "supervisor", "referee-with-name",
        "reference-with-name", "contact-en-dash"])
def test_a_title_after_a_relation_label_is_that_persons(bundled, line):
    assert status(bundled, SOFTWARE_JOB + line + "\n", "team-leadership") == "fail"


@pytest.mark.parametrize("line", [
    "- Team Lead: payments squad of five engineers",
    "- Promoted to Team Lead",
    "Role: Engineering Manager",
    "Title: Tech Lead",
    "- Managed releases: tech lead for the billing services",
], ids=["title-as-label", "promoted", "role-label", "title-label", "label-of-a-deed"])
def test_a_title_the_label_does_not_give_away_stays_the_candidates(bundled, line):
    assert status(bundled, SOFTWARE_JOB + line + "\n", "team-leadership") == "pass"


REFEREE = "\nSam Fictional\nEngineering Manager, Other Widgets\nsam@example.com\n"


@pytest.mark.parametrize("heading", [
    "Recommendations", "Testimonials", "Endorsements", "References & Testimonials",
    "References will be provided on request", "References can be given upon request", "Reference",
    "Recommendation", "Reference available on request", "References will be made available upon request",
])
def test_a_section_of_referees_however_headed_lists_other_people(bundled, heading):
    assert heading_name(heading) == "references"
    text = SOFTWARE_JOB + "- Built the order service\n" + heading + REFEREE
    assert status(bundled, text, "team-leadership") == "fail"


@pytest.mark.parametrize("heading", ["Project References", "References to publications in the appendix",
                                     "Referee Service"])
def test_headings_that_only_mention_references_are_not_referees(heading):
    assert heading_name(heading) != "references"
