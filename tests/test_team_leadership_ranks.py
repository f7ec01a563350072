"""Team-leadership said in the other forms its definition allows (rules/senior-backend-team-lead.toml): the rank of
a kind of engineering or of software development named between the rank and its field, the chief technical officer,
the head of the back end, and the role's nouns (manager of engineers, leadership of a team), each with the trap the
definition names beside it: another trade's engineering, a team of non-engineers, another person's title, a skill
named as a noun."""
import pytest
from test_requirement_meanings import SALES_JOB, SOFTWARE_JOB, bundled, status  # noqa: F401 (a fixture)

APP = "- Shipped the booking app's Python services\n"

CASES = [
    # a rank over a kind of engineering: software's counts, another trade's does not
    ("director-of-a-software-kind-of-engineering",
     "Experience\nDirector of Backend Engineering, Acme  2018 - 2024\n" + APP, "pass"),
    ("vp-of-software-engineering", "Experience\nAcme  2018 - 2024\nVP of Software Engineering\n" + APP, "pass"),
    ("a-kind-named-by-an-everyday-word-is-no-software-kind",
     "Experience\nDirector of Cloud Engineering, Acme  2018 - 2024\n- Moved the data platform to the cloud\n", "fail"),
    ("sales-engineering-is-another-trade",
     "Experience\nHead of Sales Engineering, Acme  2018 - 2024\n- Demonstrated the cloud data platform\n", "fail"),
    ("a-lead-comma-another-trades-engineering-in-cad-software",
     "Experience\nLead, Structural Engineering, Acme  2018 - 2024\n- Modelled frames in CAD software\n", "fail"),
    ("manager-of-software-development", "Experience\nManager of Software Development, Acme  2018 - 2024\n" + APP,
     "pass"),
    ("director-of-mechanical-engineering-is-another-trade",
     "Experience\nDirector of Mechanical Engineering, Northgate Motors  2018 - 2024\n- Designed gearbox housings\n",
     "fail"),
    ("head-of-civil-engineering-is-another-trade",
     "Experience\nHead of Civil Engineering, Harbour Council  2018 - 2024\n- Oversaw bridge inspections\n", "fail"),
    ("reporting-to-a-director-of-platform-engineering-is-another-persons-title",
     SOFTWARE_JOB + "- Reported to the Director of Platform Engineering on the API roadmap", "fail"),
    # a title's comma after its rank reads as "of"
    ("a-director-comma-engineering", "Experience\nDirector, Engineering\nAcme  2018 - 2024\n" + APP, "pass"),
    ("a-vp-comma-engineering-employer-first", "Experience\nAcme  2018 - 2024\nVP, Engineering\n" + APP, "pass"),
    ("a-manager-comma-a-software-kind-of-engineering",
     "Experience\nManager, Software Engineering, Acme  2018 - 2024\n" + APP, "pass"),
    ("a-lead-comma-a-software-kind-of-engineering", "Experience\nLead, Backend Engineering, Acme  2018 - 2024\n" + APP,
     "pass"),
    # a rank over a field ends its title there, or a word of software's own follows; another noun makes the field a
    # qualifier of another trade
    ("a-director-comma-engineering-and-another-field", "Experience\nDirector, Engineering & Design\nAcme  2018 - 2024\n"
     + APP, "pass"),
    ("a-manager-comma-engineering-then-another-trade",
     "Experience\nManager, Engineering Hiring, Acme  2018 - 2024\n- Filled forty roles a year\n", "fail"),
    ("a-director-comma-engineering-then-another-trade",
     "Experience\nDirector, Engineering Logistics, Acme Foods  2018 - 2024\n- Ran the ovens' upkeep\n", "fail"),
    ("the-head-of-backend-then-another-trade",
     "Experience\nHead of Backend Accounts, Acme  2018 - 2024\n- Kept the ledgers\n", "fail"),
    ("a-manager-comma-software-development-then-its-unit",
     "Experience\nManager, Software Development Division, Acme  2018 - 2024\n" + APP, "pass"),
    ("the-head-of-backend-then-a-software-word", "Experience\nHead of Backend Services, Acme  2018 - 2024\n" + APP,
     "pass"),
    ("a-director-comma-mechanical-engineering-is-another-trade",
     "Experience\nDirector, Mechanical Engineering, Northgate Motors  2018 - 2024\n- Designed gearbox housings\n",
     "fail"),
    ("a-director-comma-engineering-in-a-list-of-roles-met-is-someone-else",
     SOFTWARE_JOB + "- Presented the API roadmap to the director, engineering and sales", "fail"),
    ("reporting-to-a-vp-of-a-software-kind-of-engineering-is-another-persons-title",
     SOFTWARE_JOB + "- Reported to the VP of Cloud Engineering on the API roadmap", "fail"),
    # the rank of engineering or of development itself is read as written, whatever follows it
    ("the-head-of-engineering-then-a-region", "Experience\nHead of Engineering Nordics, Acme  2018 - 2024\n" + APP,
     "pass"),
    ("the-director-of-engineering-then-its-employer-and-dates",
     "Experience\nDirector of Engineering Initech 2017 - 2021\n" + APP, "pass"),
    ("the-head-of-engineering-in-prose", SALES_JOB + "- As head of engineering I set up the on-call rota", "pass"),
    # "and" after a rank's field ends the title only with another field that ends there
    ("the-head-of-backend-and-another-field-then-another-trade",
     "Experience\nHead of Backend and Frontend Payroll, Acme  2018 - 2024\n- Paid the contractors\n", "fail"),
    # a title placed, hired or recruited with its article is someone else's
    ("a-vp-comma-engineering-placed-is-someone-else",
     "Experience\nTalent Partner, Acme  2018 - 2024\n- Placed a VP, Engineering at a payments start-up\n", "fail"),
    ("a-director-comma-engineering-recruited-is-someone-else",
     "Experience\nTalent Partner, Acme  2018 - 2024\n- Recruited the Director, Engineering for a client\n", "fail"),
    # a title before a course's noun is what the course teaches, a title still to reach
    ("a-team-lead-training-course-is-no-title-held", SOFTWARE_JOB + "- Completed a team lead training course", "fail"),
    ("an-engineering-manager-programme-is-no-title-held",
     SOFTWARE_JOB + "- Completed the Engineering Manager Programme at a partner academy", "fail"),
    ("a-team-lead-over-a-training-platform-holds-the-title",
     "Experience\nTeam Lead, Training Platform, Acme  2018 - 2024\n" + APP, "pass"),
    # "lead" alone before a course's noun is the verb; a leadership programme after a title is one its holder takes
    ("lead-training-sessions-is-the-verb", SALES_JOB + "- Lead training sessions for new developers on testing",
     "pass"),
    ("a-title-then-a-leadership-programme-holds-the-title",
     "Experience\nAcme  2018 - 2024\nEngineering Manager Leadership Course graduate\n" + APP, "pass"),
    # "training" with an object is a verb, not a course
    ("a-tech-lead-training-new-hires-holds-the-title",
     SALES_JOB + "- Tech lead training new hires on our Go services", "pass"),
    # a referee's title is the referee's, under a references heading of any kind
    ("a-referees-title-under-a-qualified-references-heading",
     SOFTWARE_JOB + "- Built REST APIs in Java\n\nColleague References\nRobin Invented\n"
     "Director, Engineering\nAcme\n", "fail"),
    ("a-referees-title-under-references-on-request",
     SOFTWARE_JOB + "- Built REST APIs in Java\n\nReferences available on request\nRobin Invented\n"
     "VP, Engineering, Acme\n", "fail"),
    ("a-referees-title-under-professional-references",
     SOFTWARE_JOB + "- Built REST APIs in Java\n\nProfessional References\nRobin Invented\n"
     "Manager, DevOps Engineering\nAcme\n", "fail"),
    # references named for the candidate's own work (a project's, a client's) list that work, not referees
    ("a-title-under-client-references-is-ones-own",
     "Summary\nFreelance developer.\n\nClient References\nInitech  2019 - 2023\n"
     "Engineering Manager, 7 developers\n" + APP, "pass"),
    # the chief technical officer and the head of the back end are engineering titles
    ("chief-technical-officer", "Experience\nChief Technical Officer, Acme  2018 - 2024\n" + APP, "pass"),
    ("head-of-backend", "Experience\nHead of Backend, Acme  2018 - 2024\n" + APP, "pass"),
    # the role's nouns, as written
    ("a-manager-of-engineers", SALES_JOB + "- Manager of six software engineers", "pass"),
    ("leadership-of-a-team-of-engineers", SALES_JOB + "- Leadership of a team of eight engineers", "pass"),
    ("team-leadership-of-developers", SALES_JOB + "- Team leadership of five developers", "pass"),
    ("responsible-for-a-team-without-its-article", SALES_JOB + "- Responsible for team of 5 developers", "pass"),
    ("responsible-for-a-teams-budget-is-no-team-led", SOFTWARE_JOB + "- Responsible for team budget and hardware",
     "fail"),
    ("developers-called-devs", SALES_JOB + "- Led 3 devs through the checkout rewrite", "pass"),
    ("a-manager-of-account-executives-is-not-engineers", SALES_JOB + "- Manager of five account executives", "fail"),
    ("team-management-in-a-skills-list-is-no-role",
     SOFTWARE_JOB + "- Built REST APIs in Java\n\nSkills\nTeam management, Jira, Java", "fail"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_team_leadership_rank_or_noun(bundled, text, expected):
    assert status(bundled, text, "team-leadership") == expected


@pytest.mark.parametrize("line", ["- Held mentor sessions every fortnight with three junior developers",
                                  "- Coach programme lead for nine junior engineers"])
def test_a_mentors_or_coachs_title_before_a_course_noun_runs_it(bundled, line):
    """Only a rank's title before a course's noun is a title still to reach: a mentor or a coach runs the sessions."""
    assert status(bundled, SALES_JOB + line, "mentoring") == "pass"
