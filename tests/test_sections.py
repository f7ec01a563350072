import pytest

from screener.text.normalize import normalize_lines
from screener.text.sections import find_sections, heading_name, section_at, split_glued_heading


@pytest.mark.parametrize("line, name", [
    ("EXPERIENCE", "experience"),
    ("E X P E R I E N C E", "experience"),
    ("Work Experience:", "experience"),
    ("Experience —", "experience"),
    ("Professional Experience", "experience"),
    ("Employment History", "experience"),
    ("## Work History", "experience"),
    ("Education", "education"),
    ("Technical Skills", "skills"),
    ("Core Competencies", "skills"),
    ("Certifications", "certifications"),
    ("Profile", "summary"),
    ("Honors & Awards", "awards"),
    ("Research Experience", "research"),
    ("Volunteer Experience", "volunteering"),
    ("Study", "education"),
    ("VOCATIONAL", "education"),
], ids=lambda v: v)
def test_headings(line, name):
    assert heading_name(line) == name


@pytest.mark.parametrize("line", [
    "Experience with Python and Go",
    "Built the education platform for 2M students",
    "Skills: Python, Go, SQL",
    "",
], ids=["sentence", "long-line", "inline-list", "empty"])
def test_not_headings(line):
    assert heading_name(line) is None


def test_sections_split_and_lookup():
    lines = ["Jane Doe", "Experience", "Engineer, Acme", "2019 - 2021", "Education", "BSc CS"]
    secs = find_sections(lines)
    assert [(s.name, s.start, s.end) for s in secs] == [("experience", 2, 4), ("education", 5, 6)]
    assert section_at(secs, 3).name == "experience"
    assert section_at(secs, 4).name == "education"  # the heading line belongs to its section
    assert section_at(secs, 0) is None


def test_heading_merged_with_other_column():
    secs = find_sections(["EDUCATION Georgia Institute of Technology", "BSc 2007 - 2012"])
    assert (secs[0].name, secs[0].start) == ("education", 0)


@pytest.mark.parametrize("line, name", [
    ("EDUCATION MSc, Analytics, University of Leeds 2015", "education"),
    ("EDUCATION PhD, Physics, ETH Zurich 2011", "education"),
    ("SOFTWARE ENGINEER Acme 2019 - 2021", None),  # capitals going on: a title, not a heading and a column
    ("SOFTWARE ENGiNEER Acme 2019 - 2021", None),  # ... whatever a font did to one letter
], ids=["master", "doctorate", "capitals-title", "odd-letter"])
def test_a_heading_merged_with_a_column_that_starts_with_a_degree(line, name):
    secs = find_sections([line, "Next line"])
    assert (secs[0].name if secs else None) == name


def test_role_subheading_does_not_end_experience():
    secs = find_sections(["Experience", "Engineer, Acme 2019 - 2021", "Accomplishments:", "Shipped X", "Skills"])
    assert [(s.name, s.start, s.end) for s in secs] == [("experience", 1, 4), ("skills", 5, 5)]


@pytest.mark.parametrize("line, name", [
    ("CLINICAL EXPERIENCE", "experience"),
    ("Nursing Student Work Experience", "experience"),
    ("Undergraduate Research Experience", "research"),
    (r"\section{Experience}", "experience"),
    ("WORK EXPERIENCE (7 YEARS, 2017 - 2024)", "experience"),
    ("Experience Summary", "experience"),
    (r"\ Employment Details", "experience"),
    ("Berufserfahrung", "experience"),
    ("Expérience professionnelle", "experience"),
    ("EXPERIENCIA LABORAL", "experience"),
    ("Experiência profissional", "experience"),
    ("Esperienza lavorativa", "experience"),
    ("Werkervaring", "experience"),
    ("Bénévolat", "volunteering"),
    ("Voluntariado", "volunteering"),
    ("Ausbildung", "education"),
    ("Formation", "education"),
    ("Employment & Projects", "experience"),
    ("Skills and Experience", "experience"),
    ("Awards & Publications", "awards"),
    ("EDUCATION BACKGROUND", "education"),
    ("Education Details", "education"),
    ("EDUCATIONAL QUALIFICATION", "education"),
    ("Experience Profile", "experience"),
    ("Experience Design Lead", None),
    ("Experience with Python", None),
], ids=["clinical", "long-qualifier", "research-qualifier", "latex", "aside", "summary", "latex-leftover",
        "de", "fr", "es", "pt", "it", "nl", "fr-volunteering", "es-volunteering", "de-education", "fr-education", "joined-work-first", "joined-work-second",
        "joined", "education-background", "education-details", "qualification-singular", "experience-profile",
        "role-title", "sentence"])
def test_qualified_and_latex_headings(line, name):
    assert heading_name(line) == name


@pytest.mark.parametrize("line, name", [
    ("Certifications / Training", "certifications"),
    ("Awards | Honors", "awards"),
    ("Certifications / Certified Public Accountant (CA License)", None),
], ids=["slash", "bar", "merged-columns"])
def test_alternative_headings(line, name):
    assert heading_name(line) == name


@pytest.mark.parametrize("line, name", [
    ("Company Details", "experience"),
    ("EMPLOYER HISTORY", "experience"),
    ("Previous Employers", "experience"),
    ("Company", None),  # one word: a label on a form, not a heading
    ("Company overview and mission", None),
], ids=["company-details", "employer-history", "previous-employers", "word-alone", "sentence"])
def test_a_heading_about_the_employers_means_work(line, name):
    """The work done is written under the employers it was done for: a heading that names them (with at most
    words saying in what form) holds positions, as 'Experience' does."""
    assert heading_name(line) == name


@pytest.mark.parametrize("part", ["Technologies:", "**Tech Stack:**", "__Responsibilities:__"])
def test_role_subheading_in_markup_does_not_end_experience(part):
    secs = find_sections(["## Experience", "### Acme - Engineer (2019 - 2021)", part, "Go", "## Skills"])
    assert [s.name for s in secs] == ["experience", "skills"]


@pytest.mark.parametrize("word", ["training", "skills.", "education."])
def test_wrapped_sentence_end_is_not_a_heading(word):
    """A bullet wrapped just before its last word leaves that word alone on a line; it is no heading."""
    secs = find_sections(["Experience", "Engineer, Acme 2019 - 2021",
                          "Set department-wide standards for the developers and their ongoing", word, "Education"])
    assert [(s.name, s.start) for s in secs] == [("experience", 1), ("education", 5)]
    assert find_sections(["Experience", "Engineer", "Lead", word.capitalize()])[-1].start == 4  # set apart: one


def test_lower_case_headings_of_a_lower_case_template_are_kept():
    secs = find_sections(["contact", "jane@example.com", "education",
                          "Route Planning For Delivery Fleets By Scala on Akka thesis", "experience",
                          "Engineer, Acme 2019 - 2021"])
    assert [s.name for s in secs] == ["other", "education", "experience"]


@pytest.mark.parametrize("bullet", ["• Technologies", "○\u2423 Technologies", "- Skills", "* Education"])
def test_a_bulleted_line_is_never_a_heading(bullet):
    secs = find_sections(["Experience", "Engineer, Acme 2019 - 2021", bullet, "Python, Go"])
    assert [s.name for s in secs] == ["experience"]


@pytest.mark.parametrize("line, parts", [
    ("Internship - 6 monthsCompany Details", ["Internship - 6 months", "Company Details"]),
    ("Python, Go, DockerEXPERIENCE", ["Python, Go, Docker", "EXPERIENCE"]),
    ("Python, GoEXPERIENCE:", ["Python, Go", "EXPERIENCE:"]),
    ("Reporting and data analysisEducation Details", ["Reporting and data analysis", "Education Details"]),
    ("Kept the books for two storesWork Experience", ["Kept the books for two stores", "Work Experience"]),
], ids=["titlecase-after-lower", "capitals", "capitals-colon", "education-details", "two-words"])
def test_a_heading_glued_to_the_end_of_a_line_is_a_line_of_its_own(line, parts):
    assert split_glued_heading(line) == parts


@pytest.mark.parametrize("line", [
    "Frontend in JavaScript", "Code on GitHub", "PostgreSQL", "Apps for iOS and macOS", "Values: TeamWork",
    "Skills", "Led the Education outreach", "Graduated 2016Education",
], ids=["javascript", "github", "postgresql", "ios-macos", "camelcase-heading-word", "a-heading-alone",
        "spaced-heading-word", "after-a-digit"])
def test_camelcase_names_and_ordinary_lines_are_not_split(line):
    assert split_glued_heading(line) == [line]


LONG = "Spreadsheets, bookkeeping, payroll and month-end reporting for small shops"


@pytest.mark.parametrize("line, parts", [
    (LONG + ".Education Details", [LONG + ".", "Education Details"]),
    (LONG + " Education Details", [LONG, "Education Details"]),
    (LONG + " (ledgers)Employment History:", [LONG + " (ledgers)", "Employment History:"]),
], ids=["after-a-full-stop", "after-a-space", "after-a-bracket"])
def test_a_heading_that_names_its_form_run_into_a_paragraph_is_a_line_of_its_own(line, parts):
    assert split_glued_heading(line) == parts


@pytest.mark.parametrize("line", [
    LONG + " for the Department of Mathematics Education",
    LONG + " in Technical Education",
    "Employment History",
], ids=["subject-of-study", "no-form-word", "a-heading-alone"])
def test_a_paragraph_ending_in_heading_words_without_a_form_word_is_not_split(line):
    assert split_glued_heading(line) == [line]


def test_the_glued_heading_starts_its_section_on_the_next_line():
    lines = normalize_lines(["Skills", "Python, GoEXPERIENCE", "Engineer, Acme, 2019 - 2021"])
    assert lines == ["Skills", "Python, Go", "EXPERIENCE", "Engineer, Acme, 2019 - 2021"]
    assert [(s.name, s.start, s.end) for s in find_sections(lines)] == [("skills", 1, 2), ("experience", 3, 4)]


@pytest.mark.parametrize("line", ["– Over 1000 hours of experience", "5 years of experience", "3 years education"])
def test_a_line_that_counts_is_a_sentence_not_a_heading(line):
    assert heading_name(line) is None


@pytest.mark.parametrize("line", ["Experience: 4 Years", "WORK EXPERIENCE - 10+ yrs",
                                  "Professional Experience: 2.5 years"])
def test_a_heading_followed_by_its_count_of_years_is_that_heading(line):
    assert heading_name(line) == "experience"


@pytest.mark.parametrize("line, name", [("WORK EXPERIENCE ______", "experience"), ("==== Education ====", "education"),
                                        ("EDUCATION & LICENSING", "education")])
def test_a_heading_ruled_with_characters_or_joined_to_licensing_is_named(line, name):
    assert heading_name(line) == name


@pytest.mark.parametrize("line, name", [
    ("Personal Experiences", "projects"),
    ("Personal Experiences and Activities", "projects"),
    ("Project", "projects"),
    ("Research Projects", "projects"),
], ids=lambda v: v)
def test_experience_of_ones_own_and_project_headings_are_projects(line, name):
    assert heading_name(line) == name


def test_a_marker_glued_to_a_forms_label_is_no_heading():
    assert find_sections(["Career History", "Acme 2019 - 2021", "■Project", "Storage evaluation"])[-1].name == \
        "experience"


@pytest.mark.parametrize("lines, name, start", [
    (["Jane Doe", "RELEVANT Acme 2012 – present", "EXPERIENCE", "Analyst"], "experience", 1),
    (["Jane Doe", "Work Acme, Berlin", "Experience Data Team", "Engineer 2019 - 2020"], "experience", 1),
    (["Engineer 2019 - 2020", "Other Chess engine", "Projects Solo work 2017"], "projects", 1),
], ids=["upper-over-heading", "both-lines-led", "projects"])
def test_a_heading_wrapped_in_a_column_beside_the_text_starts_at_its_first_line(lines, name, start):
    (sec,) = [s for s in find_sections(lines) if s.name == name]
    assert sec.start == start and sec.end == len(lines)


@pytest.mark.parametrize("lines", [
    ["Python Developer at Acme", "Experience with Go"],  # a qualified reading is not a heading as written
    ["Work on the pipeline", "experience shows"],  # not capitalised as a heading is
    ["• Work with teams", "Experience 2019"],  # a list item
    ["Software Engineering degree", "Experience"],  # title case over a heading alone: the text before it
], ids=["qualified-only", "lower-case", "bullet", "title-case-over-a-heading"])
def test_two_lines_led_by_heading_words_that_are_no_heading_as_written_start_none(lines):
    assert all(s.start > 0 for s in find_sections(lines))


@pytest.mark.parametrize("line, name", [
    ("Selected Work History", "experience"),
    ("NOTABLE PROJECTS", "projects"),
    ("More Projects", "projects"),
    ("Other Experience", "experience"),
    ("Recent Employment", "experience"),
    ("Key Achievements", None),  # a role's own part, however it is led
    ("Selected", None),
], ids=lambda v: str(v))
def test_a_heading_led_by_a_word_that_selects_its_entries_names_the_section_the_rest_names(line, name):
    assert heading_name(line) == name


def test_under_headings_in_capitals_projects_in_another_case_are_the_role_aboves_part():
    lines = ["WORK EXPERIENCE", "Engineer, Acme (2019 - 2021)", "Projects", "Billing rewrite (2020 - 2021)",
             "Analyst, Beta (2016 - 2019)", "EDUCATION", "BSc Physics", "SKILLS", "Go"]
    assert [(s.name, s.start, s.end) for s in find_sections(lines)] == [
        ("experience", 1, 5), ("education", 6, 7), ("skills", 8, 9)]


def test_under_headings_in_capitals_undated_projects_in_another_case_are_a_section_of_their_own():
    lines = ["WORK EXPERIENCE", "Engineer, Acme (2019 - 2021)", "Projects", "Weather station in Python",
             "Employee database in Java", "EDUCATION", "BSc Physics", "SKILLS", "Go"]
    assert [s.name for s in find_sections(lines)] == ["experience", "projects", "education", "skills"]


def test_under_headings_in_capitals_dated_projects_after_the_last_role_are_a_section_of_their_own():
    lines = ["WORK EXPERIENCE", "Engineer, Acme", "Jan 2015 - Feb 2019", "Projects", "Weather station, 2019 - 2023",
             "Home automation in Python (2021)", "EDUCATION", "BSc Physics, 2011 - 2014"]
    assert [s.name for s in find_sections(lines)] == ["experience", "projects", "education"]


@pytest.mark.parametrize("part", ["Major Projects:", "Main Projects", "Recent Projects", "Featured Skills", "Study",
                                  "Study:"])
def test_a_heading_like_line_under_a_role_with_the_next_role_below_it_is_that_roles_part(part):
    lines = ["Work Experience", "Senior Engineer, Acme", "Mar 2019 - Present", part, "Billing rewrite in Go",
             "Engineer, Beta", "Jan 2015 - Feb 2019", "Education", "BSc Physics, 2011 - 2014"]
    assert [(s.name, s.start, s.end) for s in find_sections(lines)] == [("experience", 1, 7), ("education", 8, 9)]


@pytest.mark.parametrize("heading, name", [("Selected Projects", "projects"), ("Study", "education")])
def test_a_heading_like_line_after_the_last_role_with_no_role_below_it_is_a_section(heading, name):
    lines = ["Work Experience", "Engineer, Beta", "Jan 2015 - Feb 2019", heading, "Weather station, 2019 - 2023",
             "Skills", "Go"]
    assert [s.name for s in find_sections(lines)] == ["experience", name, "skills"]


@pytest.mark.parametrize("projects", ["PROJECTS", "Projects"], ids=["capitals-among-capitals", "one-case-for-all"])
def test_a_projects_heading_set_like_the_others_is_a_section_of_its_own(projects):
    headings = ("WORK EXPERIENCE", "EDUCATION") if projects.isupper() else ("Work Experience", "Education")
    lines = [headings[0], "Engineer, Acme (2019 - 2021)", projects, "Billing rewrite (2020 - 2021)",
             headings[1], "BSc Physics"]
    assert [s.name for s in find_sections(lines)] == ["experience", "projects", "education"]
