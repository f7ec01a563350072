"""More trap cases of the bundled rule set's soft requirements, each written from the definition above its
requirement in rules/senior-backend-team-lead.toml, on a tiny invented resume (test_requirement_meanings.py holds
the first ones, and the resumes and helpers both use)."""
import pytest
from helpers import AS_OF, document
from test_requirement_meanings import (GRAFANA, LATENCY, SALES_JOB, SOFTWARE_JOB, bundled,  # noqa: F401 (a fixture)
                                       status)

from screener.engine import screen_document

MARKETING_JOB = "Experience\nMarketing Manager, Acme  2016 - 2024\n- Ran the brand's campaigns\n"


CASES = [
    # team-leadership: a leading verb in any inflection; a word made from it is another word
    ("managing-engineers-is-leading", SALES_JOB + "- Managing 5 engineers on the billing platform",
     "team-leadership", "pass"),
    ("team-management-skills-are-a-claim-not-a-deed",
     SALES_JOB + "- Group projects helped me develop team management and leadership skills", "team-leadership",
     "fail"),
    ("working-directly-with-engineers-is-not-directing-them",
     SALES_JOB + "- Worked directly with customers and engineers on renewals", "team-leadership", "fail"),
    ("the-management-of-engineering-teams-is-leading",
     SALES_JOB + "- Duties included the management of two offshore software engineering teams", "team-leadership",
     "pass"),
    ("captaining-a-development-team-is-leading", SALES_JOB + "- Captained the development team of the web shop",
     "team-leadership", "pass"),
    # "lead" or "head" before a single doer's noun is a title's word, the candidate's own post, not a deed of leading
    ("a-lead-programmer-title-names-no-programmers-led",
     SALES_JOB + "- Lead programmer on the payroll batch jobs", "team-leadership", "fail"),
    ("a-head-programmer-title-names-no-programmers-led",
     SALES_JOB + "- Head programmer for the ticket kiosk", "team-leadership", "fail"),
    ("leading-programmers-in-the-plural-is-leading",  # guard
     SALES_JOB + "- Lead programmers across three kiosk squads", "team-leadership", "pass"),
    # guards: the doer's noun qualifying a group still names the people led
    ("supervising-the-programmer-staff-is-leading",
     SALES_JOB + "- Supervised the programmer staff of 8 on the claims system", "team-leadership", "pass"),
    ("managing-qa-engineer-contractors-is-leading",
     SALES_JOB + "- Managed two QA engineer contractors for the ordering kiosk", "team-leadership", "pass"),
    ("supervising-programmer-analysts-is-leading",
     SALES_JOB + "- Supervised five programmer analysts on the claims system", "team-leadership", "pass"),
    # who did it: one person holds one title, and an infinitive's subject may be someone else
    ("engineering-managers-in-the-plural-are-other-people",
     SALES_JOB + "- Built a portal enabling engineering managers to approve access requests", "team-leadership",
     "fail"),
    ("a-team-enabled-to-manage-itself-is-not-led-by-the-candidate",
     SOFTWARE_JOB + "- Wrote runbooks, improving the development team's ability to manage its own releases",
     "team-leadership", "fail"),
    ("helping-engineers-to-review-code-is-not-reviewing-it",
     SALES_JOB + "- Set up a bot helping the engineers to review code faster", "mentoring", "fail"),
    ("being-asked-to-lead-engineers-is-still-leading",
     SALES_JOB + "- Was asked to lead a team of 4 engineers for the launch", "team-leadership", "pass"),
    # performance: a time is the software's own when it names what runs; how long people take is not performance
    ("reducing-development-time-is-productivity", SOFTWARE_JOB + "- Reduced development time with shared tooling"
     + GRAFANA, "performance-observability", "fail"),
    ("reducing-a-decision-time-is-not-software-speed", SOFTWARE_JOB + "- Optimised team processes, reducing decision "
     "time by half" + GRAFANA, "performance-observability", "fail"),
    ("reducing-time-to-delivery-is-delivery", SOFTWARE_JOB + "- Reduced time to delivery for the platform team"
     + GRAFANA, "performance-observability", "fail"),
    ("reducing-build-and-test-times-is-speed", SOFTWARE_JOB + "- Reduced build and test times by 70%" + GRAFANA,
     "performance-observability", "pass"),
    ("an-execution-time-cut-is-speed", SOFTWARE_JOB + "- Cut the nightly job's execution time from 4 h to 1 h"
     + GRAFANA, "performance-observability", "pass"),
    ("reducing-the-processing-time-of-a-report-is-speed",
     SOFTWARE_JOB + "- Reduced the processing time of the monthly report from hours to minutes" + GRAFANA,
     "performance-observability", "pass"),
    # mentoring: teaching a technical subject counts on any resume; a teaching role alone only on a resume whose
    # main work is software
    ("a-trainer-of-data-science-teaches-a-technical-subject",
     MARKETING_JOB + "Teaching\nAssistant Trainer of Data Science, DataCamp  2023 - 2024", "mentoring", "pass"),
    ("a-teaching-title-takes-its-subject-from-its-entry",
     MARKETING_JOB + "Teaching Assistant, State University  2014 - 2016\n- Assisted in elementary statistics courses",
     "mentoring", "pass"),
    ("a-teaching-title-over-a-chemistry-entry-is-not-technical",
     MARKETING_JOB + "Teaching Assistant, State University  2014 - 2016\n- Ran general chemistry lab sessions",
     "mentoring", "fail"),
    ("a-finance-ta-on-a-marketing-resume-naming-a-cs-course-is-not-mentoring",
     MARKETING_JOB + "- Finance Community TA (Teaching Assistant)\nCertifications\nComputer Science (CS50x)",
     "mentoring", "fail"),
    ("a-teaching-assistant-on-a-software-resume-is-mentoring",
     SOFTWARE_JOB + "- Built the billing API\nTeaching\nTeaching Assistant, State University", "mentoring",
     "pass"),
    ("mentoring-juniors-in-machine-learning-is-technical",
     SALES_JOB + "- Mentoring junior analysts in machine learning methods", "mentoring", "pass"),
    ("mentoring-under-a-data-scientist-title-is-technical",
     "Experience\nLead Data Scientist, Acme  2019 - 2024\n- Mentoring junior profiles", "mentoring", "pass"),
    ("a-department-that-did-not-teach-is-no-teaching",
     "Education\nB.A., State University\n- Chose it as the Computer Science department did not teach web "
     "development", "mentoring", "fail"),
    ("teaching-a-programming-language-is-technical",
     "Experience\nResearch Ecologist, Field Station  2015 - 2024\n- Taught others how to use R in workshops",
     "mentoring", "pass"),
    ("coaching-an-r-and-d-sales-team-names-no-language", SALES_JOB + "- Coached the R&D sales team", "mentoring",
     "fail"),
    ("teaching-beside-technical-fieldwork-names-no-subject",
     "Skills\nWith 15 years of teaching, plus practical technical fieldwork, I bring structure",
     "mentoring", "fail"),
    ("trainers-in-the-plural-are-other-people",
     SALES_JOB + "- Improved the software models with the help of trainers", "mentoring", "fail"),
    # mentoring: a deed's noun over a made thing or a place names what the thing is for; building it is software.
    # The sign of a thing named is a determiner or a possessive before the deed's noun, or a name in capitals
    ("a-tutoring-app-programmed-is-software-not-tutoring",
     SOFTWARE_JOB + "- Main developer of a homework tutoring app for parents", "mentoring", "fail"),
    ("a-teaching-game-published-is-a-thing-not-teaching",
     SALES_JOB + "Publications\n- A geometry teaching game for primary schools, 2021", "mentoring", "fail"),
    ("a-coaching-tool-named-in-capitals-is-a-thing",
     SOFTWARE_JOB + "- Side project: Swim Coaching Planner Tool for a local club", "mentoring", "fail"),
    ("building-a-mentoring-platform-is-software", SOFTWARE_JOB + "- Built the company's mentoring platform in React",
     "mentoring", "fail"),
    ("teaching-systems-programming-opening-a-bullet-is-teaching",
     SOFTWARE_JOB + "- Teaching Systems Programming to new hires every spring", "mentoring", "pass"),
    ("teaching-embedded-systems-mid-sentence-is-teaching",
     SOFTWARE_JOB + "- Spent two years teaching embedded systems to new engineers", "mentoring", "pass"),
    # ... without a determiner a gerund takes an object, even a word that can name a thing joined to another
    ("mentoring-platform-and-data-engineers-after-for-is-mentoring",
     SALES_JOB + "- Responsible for hiring and mentoring platform and data engineers", "mentoring", "pass"),
    ("mentoring-a-list-of-kinds-of-engineers-is-mentoring",
     SALES_JOB + "- Responsible for mentoring platform, data and QA engineers", "mentoring", "pass"),
    ("mentoring-after-a-subject-takes-an-object",
     SALES_JOB + "- Senior engineer mentoring Platform and SRE engineers", "mentoring", "pass"),
    ("leading-platform-and-data-engineers-is-leading",
     SALES_JOB + "- Responsible for leading platform and data engineers", "team-leadership", "pass"),
    ("managing-platform-and-mobile-developers-is-leading",
     SALES_JOB + "- Responsible for managing platform and mobile developers", "team-leadership", "pass"),
    # mentoring: a learner taking part in a programme or a session someone else gives is mentored, not mentoring
    ("enrolled-in-a-mentorship-programme-is-being-mentored",
     SOFTWARE_JOB + "- Enrolled in the graduate mentorship programme during my first year", "mentoring", "fail"),
    ("attending-mentoring-sessions-is-being-mentored", SOFTWARE_JOB + "- Attended weekly mentoring sessions",
     "mentoring", "fail"),
    ("attending-tech-talks-is-listening", SOFTWARE_JOB + "- Attended the monthly tech talks", "mentoring", "fail"),
    ("running-a-mentorship-program-is-mentoring",
     SOFTWARE_JOB + "- Ran the mentorship program for new engineers", "mentoring", "pass"),
    ("taking-part-in-a-hackathon-as-a-mentor-is-mentoring",
     SOFTWARE_JOB + "- Participated in the city hackathon as a mentor", "mentoring", "pass"),
    # ... but a deed taken part in is done, and being chosen to do it is doing it
    ("selected-to-mentor-is-mentoring", SOFTWARE_JOB + "- Selected to mentor incoming interns", "mentoring", "pass"),
    ("participating-in-mentoring-new-hires-is-mentoring",
     SOFTWARE_JOB + "- Participated in mentoring new hires", "mentoring", "pass"),
    ("participating-in-code-reviews-is-reviewing",
     SALES_JOB + "- Participated in code reviews and sprint planning", "mentoring", "pass"),
    ("participating-in-peer-code-reviews-is-reviewing",
     SALES_JOB + "- Actively participated in peer code reviews", "mentoring", "pass"),
    ("attending-code-review-sessions-is-reviewing",
     SALES_JOB + "- Attended the weekly code review sessions of the backend team", "mentoring", "pass"),
    ("selected-to-lead-a-team-is-leading", SALES_JOB + "- Selected to lead a team of 5 engineers", "team-leadership",
     "pass"),
    ("accepted-to-lead-a-team-is-leading", SALES_JOB + "- Accepted to lead the payments team of 6 developers",
     "team-leadership", "pass"),
    # mentoring: a teaching line that names a lab teaches its science, whatever its entry adds
    ("a-physics-lab-teaching-assistant-teaches-physics",
     MARKETING_JOB + "Teaching Assistant, Introductory Physics Labs, State University  2020 - 2021\n- Graded lab "
     "write-ups and answered questions on spreadsheet programming", "mentoring", "fail"),
    ("a-programming-lab-teaching-assistant-teaches-programming",
     MARKETING_JOB + "Programming Lab Teaching Assistant, State University  2020 - 2021\n- Graded lab write-ups",
     "mentoring", "pass"),
    # ... and a science as the only subject taught to students is that science; a programming subject or engineers
    # named beside it are technical
    ("teaching-physics-to-graduate-students-is-physics",
     MARKETING_JOB + "- Taught physics to first-year graduate students", "mentoring", "fail"),
    ("mentoring-developers-on-a-physics-engine-is-technical",
     MARKETING_JOB + "- Mentored two junior developers on the game's physics engine and collision code", "mentoring",
     "pass"),
    ("coaching-engineers-on-chemistry-pipelines-is-technical",
     MARKETING_JOB + "- Coached three junior engineers building the chemistry data pipelines in Spark", "mentoring",
     "pass"),
    ("teaching-python-to-biology-students-is-technical",
     MARKETING_JOB + "- Taught R and Python to computational biology graduate students", "mentoring", "pass"),
    ("tutoring-chemistry-and-python-is-technical",
     MARKETING_JOB + "- Tutored high school students in chemistry and Python programming", "mentoring", "pass"),
    ("teaching-python-in-a-physics-course-is-technical",
     MARKETING_JOB + "- Taught Python and numerical methods in the computational physics course", "mentoring",
     "pass"),
    # team-leadership: a lead or head of a field that also exists outside software is an engineering lead when
    # its entry names software work
    ("a-director-of-technology-over-software-work-leads-engineers",
     "Experience\nDirector of Technology, Acme  2018 - 2022\n- Built the booking API in Go", "team-leadership", "pass"),
    ("a-school-districts-director-of-technology-runs-its-computers",
     "Experience\nDirector of Technology, Lincoln School District  2018 - 2022\n- Managed the district computers "
     "and the phone system", "team-leadership", "fail"),
    ("a-game-studios-programming-lead-leads-programmers",
     "Experience\nProgramming Lead, Game Studio  2018 - 2022\n- Wrote the physics code of the game in C++",
     "team-leadership", "pass"),
    ("a-radio-stations-programming-lead-plans-shows",
     "Experience\nProgramming Lead, City Radio  2018 - 2022\n- Planned the weekly music shows", "team-leadership",
     "fail"),
    # ... and the entry must name building software: web, apps, a deployment or a release are IT's, marketing's or
    # a broadcaster's work as often
    ("a-marketing-automation-lead-building-web-forms-leads-no-engineers",
     "Experience\nMarketing Automation Lead, Acme  2018 - 2022\n- Built the web forms and email flows in the CRM",
     "team-leadership", "fail"),
    ("a-school-directors-deployed-tablets-and-apps-are-it-work",
     "Experience\nDirector of Technology, Hillside Schools  2018 - 2022\n- Deployed 900 tablets and the reading apps",
     "team-leadership", "fail"),
    ("a-school-head-of-technology-running-the-web-site-is-it-work",
     "Experience\nHead of Technology, Maple Primary School  2018 - 2022\n- Ran the school web site",
     "team-leadership", "fail"),
    ("a-radio-programming-lead-running-the-station-app-plans-shows",
     "Experience\nProgramming Lead, Valley FM  2018 - 2022\n- Chose the playlist for the station app",
     "team-leadership", "fail"),
    ("an-automation-lead-over-developers-leads-engineers",
     "Experience\nAutomation Lead, Acme  2018 - 2022\n- Led four developers writing the test automation suite",
     "team-leadership", "pass"),
    ("a-director-of-technology-designing-microservices-leads-engineering",
     "Experience\nDirector of Technology, Acme Games  2018 - 2022\n- Designed the microservices behind the game",
     "team-leadership", "pass"),
    ("a-head-of-technology-writing-python-leads-engineering",
     "Experience\nHead of Technology, Acme  2018 - 2022\n- Wrote the pricing engine in Python",
     "team-leadership", "pass"),
    # team-leadership: being responsible for or in charge of a team is leading it; not the team's notes or events
    ("responsible-for-a-team-of-developers-is-leading", SOFTWARE_JOB + "- Responsible for a team of 5 developers",
     "team-leadership", "pass"),
    ("in-charge-of-a-team-of-engineers-is-leading", SALES_JOB + "- In charge of a team of 4 engineers",
     "team-leadership", "pass"),
    ("responsible-for-a-team-of-cashiers-leads-no-engineers",
     "Experience\nStore Supervisor, Target  2018 - 2022\n- Responsible for a team of 12 cashiers", "team-leadership",
     "fail"),
    ("responsible-for-a-team-event-leads-no-team", SOFTWARE_JOB + "- Responsible for a team building event",
     "team-leadership", "fail"),
    ("responsible-for-the-teams-notes-leads-no-team", SOFTWARE_JOB + "- Responsible for the team's release notes",
     "team-leadership", "fail"),
    # mentoring: computing's own fields named as such are technical subjects; hosting a workshop is running it
    ("a-teaching-assistant-for-an-nlp-course-teaches-computing",
     MARKETING_JOB + "Teaching Assistant for an NLP course, Lakeside College  2021 - 2022", "mentoring", "pass"),
    ("an-ict-teacher-teaches-computing",
     SALES_JOB + "- ICT teacher at a secondary school on weekends", "mentoring", "pass"),
    ("a-chemistry-teacher-using-ai-tools-teaches-chemistry",
     MARKETING_JOB + "- Chemistry teacher, using AI tutoring tools in class", "mentoring", "fail"),
    ("hosting-workshops-is-running-them",
     SOFTWARE_JOB + "- Hosted a monthly workshop for new hires on our build tooling", "mentoring", "pass"),
    ("attending-workshops-is-learning", SOFTWARE_JOB + "- Attended workshops on React", "mentoring", "fail"),
    ("hosting-a-party-is-no-workshop", SOFTWARE_JOB + "- Hosted the team's holiday party", "mentoring", "fail"),
    # mentoring: people brought into a codebase are its programmers, whatever the position
    ("onboarding-new-hires-to-the-codebase-onboards-programmers",
     SALES_JOB + "- Onboarded new hires to the codebase", "mentoring", "pass"),
    ("onboarding-new-hires-to-a-sales-process-is-not-engineering",
     SALES_JOB + "- Onboarded new hires to the sales process", "mentoring", "fail"),
    # mentoring: the tools software is built with are a technical subject, as a language is; a product's users are not
    ("teaching-students-git-is-computing",
     SALES_JOB + "- Ran an evening session to teach students the basics of Git", "mentoring", "pass"),
    ("workshops-on-a-cloud-platform-are-computing",
     MARKETING_JOB + "- Ran workshops on new AWS services for the whole team", "mentoring", "pass"),
    ("guiding-a-team-on-test-automation-is-computing",
     SALES_JOB + "- Guided a partner QA team on automation test scripting", "mentoring", "pass"),
    ("training-customers-on-a-cloud-platform-trains-users",
     SALES_JOB + "- Trained customers on AWS billing dashboards", "mentoring", "fail"),
    ("coaching-a-football-team-teaches-no-computing",
     SALES_JOB + "- Coached the under-12 football team on weekends", "mentoring", "fail"),
    ("a-dock-worker-is-no-container-tool",
     SALES_JOB + "- Coached the dockers' union football team", "mentoring", "fail"),
    # performance: what the performance is of may follow "of"; a team's or employees' performance is people's
    ("improving-the-performance-of-a-service-is-speed",
     SOFTWARE_JOB + "- Improved the performance of the search service by 40%" + GRAFANA,
     "performance-observability", "pass"),
    ("improving-the-performance-of-the-team-is-peoples",
     SOFTWARE_JOB + "- Improved the performance of the team through weekly coaching" + GRAFANA,
     "performance-observability", "fail"),
    ("enhancing-checkout-performance-is-speed",
     SOFTWARE_JOB + "- Enhanced checkout performance by caching the price lookups" + GRAFANA,
     "performance-observability", "pass"),
    ("enhancing-employee-performance-is-peoples",
     SOFTWARE_JOB + "- Enhanced employee performance with weekly reviews" + GRAFANA, "performance-observability",
     "fail"),
    # observability: the quality metrics of a test process are a report, not watching production
    ("quality-metrics-of-testing-are-a-report", SOFTWARE_JOB + LATENCY + "- Wrote the test plans, bug reports and "
     "quality metrics of each release", "performance-observability", "fail"),
    ("service-quality-metrics-such-as-error-rate-are-watched", SOFTWARE_JOB + LATENCY + "- Tracked service quality "
     "metrics such as error rate and uptime", "performance-observability", "pass"),
    ("test-quality-metrics-are-a-report", SOFTWARE_JOB + LATENCY + "- Reported test quality metrics to the product "
     "owner", "performance-observability", "fail"),
    ("error-rate-metrics-of-a-service-are-watched", SOFTWARE_JOB + LATENCY + "- Published the service's error rate "
     "metrics", "performance-observability", "pass"),
    # testing: QA as a team served is another team's testing; acceptance testing is the client's sign-off
    ("qa-teams-served-by-a-system-are-another-teams-testing",
     SOFTWARE_JOB + "- Built a scheduler that let QA and support teams preview releases", "testing", "fail"),
    ("acceptance-testing-of-software-is-a-sign-off", SALES_JOB + "- Ran software acceptance testing with the client",
     "testing", "fail"),
    # api-design: a package written for someone else's API uses it
    ("a-client-package-for-a-vendor-api-is-not-api-design",
     SALES_JOB + "- Developed a TypeScript package for the Maps API, covering all types", "api-design", "fail"),
    ("a-package-exposing-an-api-is-still-built",
     SALES_JOB + "- Developed the public API of the payments package", "api-design", "pass"),
    # microservices, distributed-systems: the architecture and the field's tools, however written
    ("a-modular-software-architecture-is-modular", SALES_JOB + "- Designed a modular software architecture for "
     "the sensor data", "microservices", "pass"),
    ("distributed-tracing-follows-requests-across-services",
     SALES_JOB + "- Added distributed tracing to the checkout flow", "distributed-systems", "pass"),
    ("a-service-bus-written-as-one-word-is-a-broker", "Skills\nCloud: Azure, ServiceBus", "distributed-systems",
     "pass"),
]


@pytest.mark.parametrize(("text", "rid", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_soft_skill_case(bundled, text, rid, expected):
    assert status(bundled, text, rid) == expected


def evidence_readings(rules, text, rid):
    result = screen_document(document(text), rules, AS_OF)
    return [e.reading for q in result.requirements if q.id == rid for e in q.evidence]


def test_a_teaching_title_says_which_words_of_its_entry_made_it_technical(bundled):
    text = MARKETING_JOB + "Teaching Assistant, State University  2014 - 2016\n- Assisted in statistics courses"
    assert any("the position it titles names 'statistics'" in r for r in evidence_readings(bundled, text, "mentoring"))


def test_a_teaching_role_on_a_software_resume_says_the_resume_decided(bundled):
    text = SOFTWARE_JOB + "- Built the billing API\nTeaching\nTeaching Assistant, State University"
    assert any("a resume whose main work is backend or software development" in r
               for r in evidence_readings(bundled, text, "mentoring"))
