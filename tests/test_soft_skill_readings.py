"""The bundled soft requirements read as their definitions in rules/senior-backend-team-lead.toml say, on tiny
invented resumes: each reading beside ordinary lines where it must not fire.

Testing said plainly is not a stage of delivery, nor a technician's tests of equipment; what runs tests of code (a
test suite, harness or pipeline) is test practice; a test framework whose name is an ordinary word is one only
beside a tool of code; an optimisation's aim may follow "for", and a team's performance is people's; a lead title
may name a field of software work ("QA Lead"), never the verb ("the platform leading to"); the engineers led may be
named as front-end or back-end teams, however the compound is written; a developer community is not a team led at
work; English is a subject taught, or the language a technical one was taught in; a title after "to" and an article
is whom something went to, unless a verb of reaching governs it."""
import pytest
from test_requirement_meanings import GRAFANA, SALES_JOB, SOFTWARE_JOB, bundled, status  # noqa: F401 (a fixture)

# What a case's line sits under: a position (its entry's first line), or "-" for none (the line is the resume).
UNDER = {
    "software": SOFTWARE_JOB,
    "sales": SALES_JOB,
    "project": "Experience\nProject Lead, Westfield University  2018 - 2022\n",
    "research": "Experience\nResearch Assistant, Westfield University  2018 - 2022\n",
    "tutor": "Experience\nAcademic Tutor, Westfield University  2023 - 2024\n",
    "study": "Education\nBSc Computer Science, Westfield University  2016 - 2020\n",
    "skills": SOFTWARE_JOB + "- Built billing services\nSkills\n",
    "-": "",
}

# "reading: requirement outcome", then one case a line: "under | the line" ("\n" starts a new line of the resume).
# A case ending "[gap: why]" is a reading the matcher cannot make yet: expected to fail, for the reason given.
# Performance cases get a monitoring line, so they read the performance half.
READINGS = """
testing said plainly about code counts: testing pass
    software | - Raised code quality through careful unit testing
    software | - Added tests for the payment library
testing beside implementing or debugging is a stage of delivery: testing fail
    software | - Implemented, tested, and debugged features of the billing software [gap: a list's commas stop a phrase]
    software | - Debugged and tested the backend code before each release
    software | - Implementing and testing new software features
testing beside calibration or repair is equipment work: testing fail
    software | - Provided repair, calibration, testing and setup of the bonding tools for the software lab [gap: a list's commas stop a phrase]
    software | - Performed calibration verification and functional testing of code readers
    - | Experience\\nField Technician, Acme Power  2018 - 2022\\n- Performed repair and testing of servers and software installs
what runs automated tests of code is test practice: testing pass
    project | - Automated model checks by building Python-based test pipelines
    project | - Wrote a test harness in Python for the firmware
    project | - Maintained the nightly test suite in Jenkins
    project | - Built a test pipeline in GitHub Actions that runs on every commit
    project | - Set up a test suite that runs on every pull request
a testing pipeline or harness that runs no code is not: testing fail
    project | - Ran the clinic's testing pipeline, committed to next-day results
    project | - Ran the clinic's COVID-19 testing pipeline for patient samples
    project | - Designed a test harness for the engine wiring loom
a test framework with an ordinary name counts beside a tool of code: testing pass
    skills | Frameworks: jQuery, Jasmine, Bootstrap
    skills | Angular, RxJS, Karma, Protractor
    skills | Tools: Java, Cucumber, Maven
    - | Experience\\nBackend Engineer, Acme  2018 - 2022\\nSkills\\nTesting: Jasmine, Karma
    - | Experience\\nBackend Engineer, Acme  2018 - 2022\\nSkills\\nLanguages: Python, Go\\nTesting: Cucumber, Espresso
    - | Experience\\nMobile Developer, Acme  2018 - 2022\\n- Wrote UI tests with Espresso for the app
the same words alone are a person, a drink or a plant: testing fail
    - | Experience\\nBarista, Cafe Java  2018 - 2022\\n- Prepared espresso drinks for 300 customers a day
    - | Experience\\nBiochemist, Acme Pharma  2018 - 2022\\n- Used enzyme kinetics assays and Java-based LIMS to analyze samples
    - | Experience\\nBiochemist, Acme Pharma  2018 - 2022\\n- Ran enzyme tests on patient samples
    - | Jasmine Okafor\\nSummary\\nAccountant with ten years in audit
    - | Experience\\nBarista, Corner Cafe  2018 - 2020\\n- Prepared espresso drinks and pastries
    - | Volunteering\\nCommunity garden: cucumber and tomato harvests
software optimised for speed is performance work: performance-observability pass
    project | - Designed a lean single-page frontend optimized for speed
    project | - Rewrote the pricing service, optimised for performance under peak load
people's work optimised for speed is not: performance-observability fail
    sales | - Optimized the onboarding checklist for speed and accuracy
    sales | - Reorganised the warehouse floor, optimized for speed of picking
the performance of a thing that runs, made better, is software speed: performance-observability pass
    software | - Boosted the performance of our checkout API with batched reads
    sales | - Improved the performance of the search service by 40%
the performance of people or money after "of", or a performance only watched, is not: performance-observability fail
    software | - Improved the performance of the engineers through pairing
    software | - Improved the performance of my direct reports
    software | - Enhanced the performance of the support desk
    software | - Improved the performance of our ad campaigns
    software | - Reviewed the performance of the billing API each week
    software | - Compared the performance of two sorting algorithms for an optimisation course
    software | - Measured the performance of the pricing model after each optimization round
the performance of people, money or a campaign is not software speed: performance-observability fail
    software | - Coached new hires, working to lift overall team performance
    software | - Coached the squad to increase individual performance and job performance
    software | - Improved job performance reviews with a new rubric
    software | - Improved employee performance through weekly one-to-ones
    software | - Boosted staff performance with a new rota
    software | - Improved student performance in the algebra course
    software | - Improved sales performance across three regions
    software | - Improved business performance by renegotiating supplier contracts
    software | - Improved academic performance of the cohort by a grade
    software | - Optimized financial performance of the branch
    software | - Boosted company performance against quarterly targets
    software | - Improved organizational performance through a new review cycle
    software | - Boosted campaign performance with new ad copy
    software | - Optimized portfolio performance for retail clients
software performance improved for a team is performance work: performance-observability pass
    software | - Improved API performance for the team by caching hot reads
    software | - Boosted search performance of the API for the sales team
front-end and back-end teams led are engineers: team-leadership pass
    project | - Directed the front-end and back-end teams that shipped the booking app
    project | - Managed the frontend team through two major releases
teams that are not software teams are not: team-leadership fail
    project | - Directed the front-of-house team on busy weekends
    project | - Managed the back office team of four clerks
a lead title named by a field of software work is an engineering lead: team-leadership pass
    - | Experience\\nSoftware Integration Lead, Acme  2018 - 2022\\n- Shipped releases
    - | Experience\\nSoftware Lead, Acme  2018 - 2022\\n- Shipped releases
    - | Experience\\nQA Lead, Acme  2018 - 2022\\n- Shipped releases
    - | Experience\\nFront-end Lead, Acme  2018 - 2022\\n- Shipped releases
the verb after a software word is no lead title: team-leadership fail
    research | - Software Design Group Supervisor - Led groups of third-year students through a module
    research | - Connected a shipping provider to the platform leading to quicker deliveries
    research | - Software teams led by the CTO adopted the new release process
a title that also names a shop, sales or factory job is no engineering lead: team-leadership fail
    - | Experience\\nFront End Lead, Walmart  2018 - 2022\\n- Supervised cashiers and handled customer returns
    - | Experience\\nCashier, Kroger  2018 - 2022\\n- Promoted to Front End Lead; scheduled 12 cashiers
    - | Experience\\nMobile Lead, Best Buy  2018 - 2022\\n- Sold phones and carrier plans
    sales | - Ran mobile lead generation campaigns across Facebook and Google
    sales | - Owned software lead generation and qualification for the EMEA region
    sales | - Sold the software, lead qualification, and contract renewals
    - | Experience\\nSoftware Sales Lead, Oracle  2018 - 2022\\n- Closed license deals
    - | Experience\\nSoftware Training Lead, City Council  2018 - 2022\\n- Trained 200 staff on the new payroll software
    - | Experience\\nQA Lead, Pfizer Manufacturing  2018 - 2022\\n- Led batch record review and GMP deviation investigations
    - | Experience\\nQuality Analyst, Acme Foods  2018 - 2022\\n- Acted as QA lead for the bottling line audits
the same title beside software work is an engineering lead: team-leadership pass
    - | Experience\\nFront-end Lead, Acme  2018 - 2022\\n- Led the React migration of the web app
    - | Experience\\nQA Lead, Acme  2018 - 2022\\n- Built the test automation framework for the payments API
    - | Experience\\nMobile Lead, Acme  2018 - 2022\\n- Shipped the iOS and Android apps
    - | Experience\\nBackend Lead, Acme  2018 - 2022\\n- Owned the payments API
a lead of software engineering work named as such is an engineering lead: team-leadership pass
    - | Experience\\nSoftware Integration Lead, Acme  2018 - 2022\\n- Coordinated the vendor schedule
    - | Experience\\nSoftware Test Lead, Acme  2018 - 2022\\n- Owned the quarterly plan
a shop's front-end or back-end team led is not engineers: team-leadership fail
    - | Experience\\nAssistant Manager, Safeway  2018 - 2022\\n- Managed the front end team of 15 cashiers and baggers
    - | Experience\\nStore Supervisor, Target  2018 - 2022\\n- Supervised the front-end team during holiday peaks
testing named in its own words beside implementing or debugging is test practice: testing pass
    software | - Implemented tests for every API endpoint
    software | - Implemented a testing strategy for the backend code that cut escaped defects by 40%
    software | - Debugged flaky tests in the API code and rewrote them
    software | - Wrote tests for the API code and implemented the caching layer
    software | - Implemented testing across the codebase, raising confidence in releases
    software | - Wrote code to calibrate the sensor models and tested the software thoroughly
    software | - Fixed and tested software to repair data corruption in the billing API
testing coordinated with implementing as one stage of delivery is not: testing fail
    software | - Designed, implemented and tested REST services for the billing software
a title after "and the" beside another person's is someone else's too: team-leadership fail
    software | - Worked closely with the QA lead and the backend lead on releases
    software | - Paired with the tech lead and the DevOps lead on the rollout
the candidate's own title after "and" is the candidate's: team-leadership pass
    software | - Worked with designers and became the backend lead for the payments API
    software | - Partnered with product managers and served as the DevOps lead
a title after "to" and an article or a possessive is whom something went to: team-leadership fail
    sales | - Showed the prototype to a client's CTO during a call
    sales | - Presented the quarterly roadmap to the CTO
    sales | - Sent the weekly figures to the engineering manager
a title after "to" that a verb of reaching governs is the candidate's: team-leadership pass
    sales | - Promoted to the tech lead role of the payments group
    sales | - Went on to a tech lead role after two years
    sales | - Moved from QA to the engineering manager position
a title followed by a word for a role is the role held, whatever the verb before it: team-leadership pass
    sales | - Earned a promotion to the tech lead role
    sales | - Upgraded to a tech lead role in 2020
    sales | - Assigned to the engineering manager position of the payments group
    sales | - Graduated to the lead developer role
    sales | - Transition to a tech lead role
"from" reaches a title only as "from" one title "to" another: team-leadership fail
    sales | - Collected feedback from customers and presented it to the CTO
responsible for or in charge of a team that ends its noun phrase is leading it: team-leadership pass
    software | - Responsible for a small team that ships the mobile app
    software | - In charge of a backend team
    software | - Responsible for a team of four, building the billing API
a team that qualifies another noun is a thing of the team, not the team: team-leadership fail
    software | - Responsible for a team lunch budget
    software | - Responsible for a team project's backend
    software | - In charge of a software team's CI pipeline
AI taught as the subject is computing: mentoring pass
    sales | - Taught an evening AI course for adult learners
    - | Experience\\nTeaching Assistant, Lakeside College  2019 - 2021\\n- Graded the AI course's weekly labs
AI as a tool used in teaching is not the subject taught: mentoring fail
    - | Experience\\nTutor, Bright Minds Learning Centre  2019 - 2021\\n- Helped pupils with homework using AI tools
    sales | - Taught marketers to use AI copywriting tools
leading a developer community is not leading a team: team-leadership fail
    study | Co-led the campus Developers Group and the Developer Society chapters.
    software | - Community Lead: organised monthly meetups for local developers
    study | Led the university's developer club of 30 engineering students
    study | Organised the monthly Python meetup, managing 12 developer volunteers
leading engineers who build for a community is leading a team: team-leadership pass
    software | - Led a team of 6 engineers building the developer community portal
    software | - Led a team of 4 developers building the meetup scheduling service
    - | Experience\\nEngineering Manager, Meetup  2018 - 2022\\n- Hired and grew the payments group
    - | Experience\\nTech Lead, Meetup  2018 - 2022\\n- Owned the events API
    software | - Led a team of five developers building the community forum
    project | - Lead developer of the student portal, leading four engineers
teaching a technical subject in English is mentoring: mentoring pass
    tutor | - Taught weekly tutorials for Fundamentals of Computer Engineering, in English and German
    tutor | - Ran statistics exercise classes in English for first-year students
teaching English to engineers is teaching English: mentoring fail
    tutor | - Facilitated English conversation classes for mechanical engineering majors
    tutor | - Taught English to software engineering students
    tutor | - English language tutor for the engineering faculty
"""


def _cases() -> list:
    """READINGS as test cases, each named by its reading and its number there."""
    cases, reading, rid, expect, n = [], "", "", "", 0
    for line in READINGS.strip().splitlines():
        if not line.startswith(" "):
            reading, rest = line.rsplit(": ", 1)
            rid, expect = rest.split()
            n = 0
            continue
        under, text = (part.strip() for part in line.split("|", 1))
        text, _, gap = text.partition(" [gap: ")
        n += 1
        text = UNDER[under] + text.replace("\\n", "\n") + (GRAFANA if rid == "performance-observability" else "")
        marks = [pytest.mark.xfail(reason=gap.rstrip("]"), strict=True)] if gap else []
        cases.append(pytest.param(rid, text, expect, id=f"{reading} ({n})", marks=marks))
    return cases


@pytest.mark.parametrize("rid, text, expect", _cases())
def test_each_reading_on_ordinary_resumes(bundled, rid, text, expect):  # noqa: F811 (the fixture)
    assert status(bundled, text, rid) == expect
