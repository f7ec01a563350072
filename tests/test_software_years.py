"""The bundled experience-years requirement counts software positions only, as LABELING.md's `years_software`
defines them: building software (and leading engineers) counts; analysis and reporting, support, administration,
teaching, nursing and sales do not, whatever their years."""
import pytest
from helpers import AS_OF, document

from screener.engine import screen_document
from screener.rules import load_rules


@pytest.fixture(scope="module")
def bundled():
    return load_rules()


def experience_years(rules, title):
    text = f"Experience\n{title}, Acme\nJan 2010 - Dec 2023\n"
    result = screen_document(document(text), rules, AS_OF)
    return next(q for q in result.requirements if q.id == "experience-years").status.value


@pytest.mark.parametrize("title, status", [
    ("Senior Software Engineer", "pass"),
    ("Backend Developer", "pass"),
    ("Director of Engineering", "pass"),
    ("Business Intelligence Analyst", "fail"),  # analysis and reporting, spelled out or as "BI Analyst"
    ("BI Analyst", "fail"),
    ("Data Analyst", "fail"),
    ("IT Support Technician", "fail"),
    ("Systems Administrator", "fail"),
    ("Charge Nurse", "fail"),
    ("Regional Sales Manager", "fail"),
    ("Associate Chair, Department of Computing", "fail"),  # running a school's department
    ("Dean of Engineering", "fail"),
    ("Department Chair, Computing", "fail"),
    ("Assistant Dean for Research", "fail"),
    ("Software Engineer, Dean Health Plan", "pass"),  # a school's office is named, not a bare word in a firm's name
    ("Principal Software Engineer and Chair, Architecture Review Board", "pass"),
    ("Working Student Web Development", "pass"),  # a title may name the work, not its doer
    ("Mobile App Development Lead", "pass"),
])
def test_fourteen_years_count_only_in_a_software_position(bundled, title, status):
    assert experience_years(bundled, title) == status


@pytest.mark.parametrize("title, status", [
    ("Senior IT Assistant", "fail"),  # IT support keeps an office's computers running
    ("IT Technician", "fail"),
    ("Computer Technician", "fail"),
    ("Service Representative", "fail"),  # serving customers, as a customer service representative does
    ("Client Service Representative", "fail"),
    ("Web Services Developer", "pass"),
    ("IT Technical Lead", "pass"),  # leading engineers, not support
    ("Software Developer, IT Assistance Systems", "pass"),
])
def test_support_and_service_roles_do_not_build_software_whatever_scripts_they_wrote(bundled, title, status):
    text = "Wrote Python and Bash scripts and SQL reports; kept the PHP intranet running."
    assert experience_years_with_text(bundled, title, text) == status


@pytest.mark.parametrize("title, status", [
    ("Web Developer & IT Technician", "pass"),  # two jobs held at once, the main one first: it builds software
    ("Programmer / Computer Technician", "pass"),
    ("Programmer/IT Technician", "pass"),
    ("IT Technician & Web Developer", "fail"),  # the main job, named first, is outside the field
    ("Computer Technician / Programmer", "fail"),
    ("Software Sales / Account Manager", "fail"),  # the part naming software names sales
    ("Marketing & Software Sales", "fail"),
    ("Help Desk / Desktop Support", "fail"),  # neither part builds software
    ("IT Technician & Office Manager", "fail"),
    ("IT Technician, R&D Web Tools", "fail"),  # "&" inside a word joins no titles
    ("Developer / Database Administrator", "pass"),
    ("Database Administrator / Developer", "fail"),  # an administrator first, who also develops
    ("Database Administrator and Developer", "fail"),  # however joined, the first title is the main job
])
def test_a_title_joining_two_jobs_counts_when_the_first_builds_software_as_its_text_says(bundled, title, status):
    text = "Built the booking web application in PHP and MySQL; kept the office computers running."
    assert experience_years_with_text(bundled, title, text) == status


def test_a_title_joining_two_jobs_whose_text_builds_no_software_does_not_count(bundled):
    text = "Ran the newsletter, the search adverts and the website's analytics."
    assert experience_years_with_text(bundled, "Web Developer / Marketing Assistant", text) == "fail"


@pytest.mark.parametrize("title, text", [
    ("Marketing Coordinator / Web Developer", "Ran email and social campaigns. Updated landing pages in HTML and CSS."),
    ("Sales Engineer / Software Consultant", "Demoed the SaaS product and its REST API to clients; closed deals."),
    ("IT Support Technician / Developer", "Reset passwords and ran the helpdesk. Wrote scripting and SQL reports."),
])
def test_a_title_joining_two_jobs_whose_main_one_is_outside_the_field_does_not_count(bundled, title, text):
    assert experience_years_with_text(bundled, title, text) == "fail"


def test_the_title_s_own_words_are_no_sign_in_its_text_that_the_joined_job_builds_software(bundled):
    text = "Ran campaigns in Python."
    assert experience_years_with_text(bundled, "Software Developer / Marketing Coordinator", text) == "fail"


@pytest.mark.parametrize("title, organisation, text", [
    ("Marketing Manager", "Brightweb Software & Web Development",
     "Ran campaigns for the firm's SaaS products; briefed the Python and JavaScript teams."),
    ("Sales Manager", "Acme Software / Developer Tools", "Sold SaaS licences for the cloud platform and its APIs."),
])
def test_an_employer_s_name_joining_two_trades_is_no_title_joining_two_jobs(bundled, title, organisation, text):
    resume = f"Experience\n{title}\n{organisation}\nJan 2010 - Dec 2023\n{text}\n"
    result = screen_document(document(resume), bundled, AS_OF)
    assert next(q for q in result.requirements if q.id == "experience-years").status.value == "fail"


def experience_years_with_text(rules, title, text):
    result = screen_document(document(f"Experience\n{title}, Acme\nJan 2010 - Dec 2023\n{text}\n"), rules, AS_OF)
    return next(q for q in result.requirements if q.id == "experience-years").status.value


@pytest.mark.parametrize("text", [
    "Supervised testing of concrete samples and the application of coatings by site engineers.",
    "Ran the plant's automation and the gas pipeline services platform with the developers of the estate.",
    "Handled customer services and testing of payment applications with the engineers.",
])
def test_words_other_trades_use_as_much_do_not_make_an_untitled_role_software(bundled, text):
    assert experience_years_with_text(bundled, "Engineer", text) == "fail"


@pytest.mark.parametrize("text", [
    "Real-time motor control software and sensor fusion; embedded development.",
    "Wrote firmware for the motor controllers and the software that tests it.",
    "Firmware development for the sensor boards; embedded software for the drive units.",
])
def test_building_embedded_software_or_firmware_is_a_sign_of_building_software(bundled, text):
    assert experience_years_with_text(bundled, "Robotics Engineer", text) == "pass"


@pytest.mark.parametrize("title, text", [
    # each text holds one sign of building software beside firmware or embedded systems worked on, not built
    ("Network Engineer", "Upgraded firmware on 400 switches and maintained the Linux jump hosts."),
    ("Field Service Engineer", "Installed scanners, updated firmware and ran diagnostics on embedded systems; "
                               "kept the service database."),
    ("Electrical Engineer", "Designed power boards for embedded systems; worked with the firmware team on the "
                            "Linux bring-up."),
    ("Robotics Engineer", "Embedded in the field team; ran the site's software licences."),
    ("Robotics Engineer", "Designed embedded-system enclosures and cable harnesses; kept the parts database."),
    ("Account Engineer", "Embedded C-suite liaison for the software accounts."),
])
def test_firmware_or_embedded_systems_worked_on_but_not_built_are_no_sign_of_building_software(bundled, title, text):
    assert experience_years_with_text(bundled, title, text) == "fail"


@pytest.mark.parametrize("text", [
    "Built REST APIs in Python and deployed them weekly.",
    "Wrote SQL queries and debugging tools for the billing database.",
])
def test_words_only_software_work_uses_make_an_untitled_role_software(bundled, text):
    assert experience_years_with_text(bundled, "Engineer", text) == "pass"


@pytest.mark.parametrize("title", ["Regional Revenue Analyst", "Credit Risk Analyst", "Pricing Analyst"])
def test_an_analyst_of_a_business_s_numbers_does_not_build_software_whatever_tools_the_text_names(bundled, title):
    assert experience_years_with_text(bundled, title, "Wrote SQL queries and Python code for the revenue database.") \
        == "fail"


# Found auditing positions on unlabelled resumes: a database administrator administers a system, as a system
# administrator does (LABELING.md: administration is not building software), and a sign of building software is a
# word, so two forms of one word are one sign.
@pytest.mark.parametrize("title", ["SQL Server Database Administrator", "Oracle Database Administrator",
                                   "Lead Database Administrator"])
def test_a_database_administrator_does_not_build_software_whatever_databases_the_text_names(bundled, title):
    text = "Managed backups, restores and replication of PostgreSQL and MySQL databases on Linux."
    assert experience_years_with_text(bundled, title, text) == "fail"


@pytest.mark.parametrize("title", ["Database Developer", "Backend Engineer", "Software Engineer, Database Team",
                                   "Solution Architect"])
def test_building_on_a_database_still_counts(bundled, title):
    text = "Designed schemas and wrote the service's SQL and stored procedures."
    assert experience_years_with_text(bundled, title, text) == "pass"


@pytest.mark.parametrize("title, text, status", [
    ("Logistics Officer, Harbour Guard", "Deployed abroad with the fleet. Returned from a six-month deployment.",
     "fail"),
    ("Records Coordinator", "Kept the patient database current. Merged three databases of contacts.", "fail"),
    ("Operations Associate", "Ran the back-end office. Rebuilt the backend filing process.", "fail"),
    ("Engineer", "Deployed the billing service. Wrote its database migrations.", "pass"),  # two different words
    ("Consultant", "Built REST APIs in Python.", "pass"),
    ("Associate", "Wrote the code for a web application.", "pass"),
])
def test_two_forms_of_one_word_are_one_sign_of_building_software_and_two_words_are_two(bundled, title, text, status):
    assert experience_years_with_text(bundled, title, text) == status


def test_a_software_engineer_on_a_team_named_after_database_administration_builds_software(bundled):
    text = "Wrote the team's Python services and their REST API."
    assert experience_years_with_text(bundled, "Software Engineer, Database Administration Team", text) == "pass"



@pytest.mark.parametrize("title", [
    "Associate, Machine Learning Engineering",  # the work named, not its doer
    "Consultant, Data Engineering",
    "Senior Application Architect",  # an architect of software, not of buildings
    "Enterprise Architect",
    "Integration Architect",
    "VP Engineering",  # leading engineers
])
def test_a_title_naming_software_work_its_design_or_leading_engineers_counts(bundled, title):
    assert experience_years_with_text(bundled, title, "Ran the quarterly review of the programme.") == "pass"


@pytest.mark.parametrize("title", [
    "Director of Technology", "Head of Technology Risk", "Systems Architect", "IT Architect",
    "Graduate Engineer, Infrastructure Engineering", "Platform Engineering Lead", "Platform Architect",
    "Infrastructure Architect", "Security Engineering Officer",
])
def test_a_title_other_trades_use_too_is_left_to_its_text(bundled, title):
    text = "Chose the suppliers of the district's laptops and drafted the flight deck's wiring plans."
    assert experience_years_with_text(bundled, title, text) == "fail"


@pytest.mark.parametrize("title", ["Corporate Trainer", "Support Engineer"])
def test_a_trainer_teaches_and_a_support_engineer_supports_users_whatever_tools_the_text_names(bundled, title):
    text = "Walked the users through the Python and SQL tools of the product."
    assert experience_years_with_text(bundled, title, text) == "fail"


@pytest.mark.parametrize("text", ["Wrote the object-oriented, server-side code of the ledger.",
                                  "Kept the JSP pages and servlets of the order portal current."])
def test_a_program_s_design_where_it_runs_and_java_s_web_stack_are_signs_of_building_software(bundled, text):
    assert experience_years_with_text(bundled, "Consultant", text) == "pass"


@pytest.mark.parametrize("title, status", [
    ("Developer, Systems Administrator", "pass"),  # a comma joins two jobs as '/' does: the first builds software
    ("Systems Administrator, Developer", "fail"),  # the main job, named first, is outside the field
])
def test_a_comma_joins_two_job_titles_as_a_slash_does(bundled, title, status):
    text = "Built the booking web application in PHP and MySQL; kept the office computers running."
    assert experience_years_with_text(bundled, title, text) == status


@pytest.mark.parametrize("title", ["Director, Harbour Software Research Laboratory", "Fellow, Software Institute"])
def test_an_organisation_named_by_its_kind_is_the_employer_not_the_candidate_s_title(bundled, title):
    text = "Ran the seminar series and the visitors' programme."
    assert experience_years_with_text(bundled, title, text) == "fail"


@pytest.mark.parametrize("title", ["Web Developer for the Parks Department", "Senior Developer at the Bay Institute"])
def test_a_segment_naming_a_doer_is_a_title_whatever_organisation_it_names(bundled, title):
    assert experience_years_with_text(bundled, title, "Ran the seminar series.") == "pass"


def test_a_network_engineer_s_server_side_is_no_sign_of_building_software(bundled):
    text = "Configured the server side of the VPN and the object-oriented vendor console."
    assert experience_years_with_text(bundled, "Engineer", text) == "fail"


@pytest.mark.parametrize("title", ["Software Engineer, Sales Platform", "Backend Engineer - Marketing Technology",
                                   "Frontend Developer – Real Estate Portal", "Developer, Sales"])
def test_a_trade_after_the_software_job_title_names_the_team_it_serves(bundled, title):
    assert experience_years_with_text(bundled, title, "Ran the quarterly review of the programme.") == "pass"


@pytest.mark.parametrize("title", ["Software Developer, Sales Manager", "Sales Engineer, Software Platform",
                                   "Sales Representative - Software Products", "Software Developer, Sales Rep",
                                   "Web Developer, Real Estate Broker", "Software Account Executive, Sales",
                                   "Software Engineer, Sales Support"])
def test_a_trade_piece_naming_a_job_of_its_own_or_leading_the_line_stays_out(bundled, title):
    assert experience_years_with_text(bundled, title, "Ran the quarterly review of the programme.") == "fail"
