"""Issues 15/16, other people's words. A label opening a line that names someone by their relation to the candidate
(reporting to, supervisor, line manager, referee, reference) makes the title after it that person's, up to a
separator. Words before the title give it away only after a label that names a person (a supervisor, a referee), and
only when they are a name set off by a mark: one reports to a body as well ('Board – ...'), whose words cannot be told
from a name's by their shape, and the title after it is the candidate's own. A field of the candidate's own
('Manager:', 'Hiring manager:', 'Contact:') names nobody else."""
import pytest
from test_requirement_meanings import SOFTWARE_JOB, bundled, status  # noqa: F401 (a fixture)


@pytest.mark.parametrize("line", [
    "- Reporting to: Engineering Manager",
    "Reports to - CTO",
    "- Reported into: Head of Engineering",
    "- Line manager: Tech Lead (A. Sample)",
    "Supervisor: Director of Engineering",
    "- Referee: Casey Invented, Engineering Manager",
    "Reference: Technical Lead",
    "Line manager: Sam Fictional – Head of Engineering",
    "Referee: Ana de la Fictiva, Engineering Manager",
    "Supervisor: Zoë Ärlig-Nørby – Team Lead",
    "Supervisor: Sam Madeup, Engineering Lead, Payments",
], ids=["reporting-to", "reports-to-dash", "reported-into", "line-manager", "supervisor", "referee", "reference",
        "name-then-dash", "name-with-particles", "accented-name", "name-then-department"])
def test_a_title_after_a_relation_label_is_that_persons(bundled, line):
    assert status(bundled, SOFTWARE_JOB + line + "\n", "team-leadership") == "fail"


# guards (they passed before relation labels were read too): a label that runs over separators or takes in the
# candidate's own fields, or a body's name before the dash, would give the candidate's own title away
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
    "Reporting to: Board – Head of Engineering",
    "Reports to: Group Technology – Engineering Lead, Payments",
    "Reporting to: Group IT - Team Lead",
    "Reporting to: Executive Committee, Head of Engineering",
    "Reporting to: Retail Banking – Team Lead",
    "Reference: Project Atlas – Tech Lead",
    "Supervisor: Group IT - Team Lead",
], ids=["manager-field", "hiring-manager", "contact-pipe", "label-stops-at-pipe", "label-stops-at-dot",
        "noun-with-dash-is-a-title", "one-person-after-the-label", "a-chief-of-any-letter-is-a-title",
        "a-post-described-after-the-title", "a-name-not-set-off", "a-department-then-a-post-described",
        "a-board-then-a-dash", "a-group-then-a-dash", "an-acronym-then-a-dash", "a-committee-then-a-comma",
        "a-body-shaped-like-a-name", "a-reference-is-no-person", "a-person-label-then-an-acronym"])
def test_a_title_no_relation_label_gives_away_stays_the_candidates(bundled, line):
    assert status(bundled, SOFTWARE_JOB + line + "\n", "team-leadership") == "pass"
