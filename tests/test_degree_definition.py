"""What counts as a degree, its field and where it is read: the definition in screener/degrees.py, both ways."""
import json

import pytest

from screener.run import codec
from screener.degrees import field_matches, level_of, mentions_degree, related_degree
from screener.models import Degree, DegreeLevel, Document, Line, StructuredResume

from helpers import degrees_found


def only(*lines):
    (d,) = degrees_found(*lines)
    return d


@pytest.mark.parametrize("line, level", [
    ("B.A. Honors of History", "bachelor"),
    ("B.E Computer Engineering", "bachelor"),
    ("B.B.A. Marketing", "bachelor"),
    ("M.C.A. Northfield University", "master"),
    ("Honours Degree of Technology in Information Systems", "bachelor"),
    ("Degree in Computer Science", "bachelor"),
    ("Engineering degree (final year)", "bachelor"),
    ("Laurea in Informatica", "bachelor"),
    ("Laurea Magistrale in Fisica", "master"),
    ("Máster en Ingeniería de Software", "master"),
    ("Mestrado em Computação", "master"),
    ("Two-year degree in Electronics", "associate"),
    ("Associate Degree in Computer Science", "associate"),
    ("A.A. Liberal Arts", "associate"),
    ("A. B. (History), Northfield College", "bachelor"),
    ("MENG IN COMPUTER SCIENCE", "master"),
    ("BTECH, INFORMATION TECHNOLOGY", "bachelor"),
], ids=lambda v: v if " " in v else None)
def test_a_level_is_read_in_any_of_its_spellings(line, level):
    assert only("Education", line).level == level


def test_a_level_is_a_degree_level_enum_ranked_lowest_first():
    assert only("Education", "BSc Physics").level is DegreeLevel.BACHELOR
    assert [lv.rank for lv in DegreeLevel] == [0, 1, 2, 3]
    assert DegreeLevel.MASTER.rank > DegreeLevel.BACHELOR.rank and str(DegreeLevel.MASTER) == "master"


def test_letters_inside_a_schools_initialism_are_not_a_level():
    assert only("Education", "Bachelor of Arts, Westfield A.B.C.M.S College").level == "bachelor"


@pytest.mark.parametrize("study_type, level", [
    ("Associate", DegreeLevel.ASSOCIATE), ("Bachelor", DegreeLevel.BACHELOR), ("B.S.", DegreeLevel.BACHELOR),
    ("Master of Science", DegreeLevel.MASTER), ("PhD", DegreeLevel.DOCTORATE), ("Certificate", None),
], ids=lambda v: v if isinstance(v, str) else None)
def test_a_degree_type_given_on_its_own_names_its_level(study_type, level):
    assert level_of(study_type) == level


def test_the_field_is_the_subject_before_the_dates():
    d = only("Education", "Northfield University, Master's, Actuarial Practice Jan 2023 – present")
    assert d.field == "actuarial practice" and d.status == "in progress"


def test_the_next_line_is_not_the_field_when_it_names_another_degree():
    master, bachelor = degrees_found("Education", "Master of Arts", "BSc Computer Science")
    assert master.field is None and not field_matches(master, ["computer science"])
    assert bachelor.field == "computer science"


@pytest.mark.parametrize("line", [
    "Bachelor of Arts in History (Minor: Computer Science)",
    "BA History, minor in Mathematics",
], ids=["bracketed-minor", "minor-in"])
def test_a_minor_is_not_the_degrees_field(line):
    assert related_degree(degrees_found("Education", line)) is None


def test_a_generic_degree_takes_the_specialisation_stated_in_its_entry_even_across_a_wrapped_line():
    d = only("Education", "Engineering degree (final year)", "Eastfield School of Engineering 2017 – 2020",
             "General engineering track with a specialization in", "cybersecurity.")
    assert d.field == "computer science"


def test_a_general_studies_degree_takes_its_labelled_branch():
    assert only("Education", "Bachelor of General Studies (BGS)", "Series: Chemistry").field == "chemistry"


def test_a_specialisation_of_another_entry_is_not_taken():
    found = degrees_found("Education", "Bachelor of Arts", "MSc Finance", "Specialization: Statistics")
    assert found[0].field is None


def test_a_field_named_by_its_practitioner_is_that_field():
    assert only("Education", "Bachelor in Computer Systems Engineer").field == "computer engineering"


def test_a_field_of_study_under_a_school_without_a_level_is_undergraduate_study():
    d = only("Education", "2023 – present", "Student, Technical University of Westland",
             "Field of study: Applied Electronics")
    assert (d.level, d.field, d.status) == ("bachelor", "electrical engineering", "in progress")


@pytest.mark.parametrize("lines", [
    ["Summary", "Co-authored a paper with a Ph.D. colleague"],
    ["Skills", "MS Server, Git, Docker"],
    ["Summary", "Dr. Jane Roe, principal engineer"],
], ids=["colleagues-degree", "ms-product", "dr-title"])
def test_outside_the_education_section_a_bare_level_word_is_not_a_degree(lines):
    assert degrees_found(*lines) == ()


@pytest.mark.parametrize("lines, level, field", [
    (["Jane Roe", "BSCS, Westland"], "bachelor", "computer science"),
    (["Summary", "Holds a Bachelor in Software Engineer from Westland"], "bachelor", "software engineering"),
    (["Summary", "MBA, Westland University"], "master", None),
], ids=["subject-in-the-abbreviation", "subject-after-in", "school-named"])
def test_outside_the_education_section_a_degree_stated_with_its_subject_or_school_counts(lines, level, field):
    d = only(*lines)
    assert (d.level, d.field) == (level, field)


def test_a_subject_that_begins_like_a_month_name_is_still_the_subject():
    assert only("Education", "MBA Marketing, Northfield University").field == "marketing"


def test_in_the_education_section_the_graduates_title_names_a_first_degree():
    d = only("Education", "Westland Institute of Technology", "2016 – 2020", "Engineer in Computer Systems")
    assert (d.level, d.field) == ("bachelor", "computer engineering")


def test_outside_the_education_section_an_engineer_in_a_team_is_a_job():
    assert degrees_found("Experience", "Engineer in Payments Platform, Acme 2019 – 2021") == ()


def test_credits_toward_a_degree_are_not_the_degree():
    assert degrees_found("Education", "Northfield College: partial credit toward a BSc in Physics") == ()


def test_working_toward_a_degree_is_that_degree_in_progress():
    assert only("Education", "Working toward a BSc in Physics, Northfield College").status == "in progress"


@pytest.mark.parametrize("line, level, field", [
    ("магистр, прикладная математика", "master", "mathematics"),
    ("спеціаліст, комп'ютерні науки", "master", "computer science"),
    ("бакалавр, физика", "bachelor", "physics"),
], ids=["magistr", "specialist", "bakalavr"])
def test_in_the_education_section_a_cyrillic_graduate_title_names_the_degree(line, level, field):
    d = only("Education", "Northfield National University", line)
    assert (d.level, d.field) == (level, field)


def test_outside_the_education_section_a_cyrillic_specialist_is_a_job():
    assert degrees_found("Experience", "специалист по продажам, 2019 – 2021") == ()


def test_a_subject_in_brackets_is_the_subject():
    assert only("Education", "A. B. (History), Northfield College").field == "history"


def test_in_the_education_section_higher_education_at_a_university_is_a_first_degree_in_its_specialisation():
    d = only("Education", "Higher education: Northfield State University 2018-2022",
             "Specialization: Applied Mathematics")
    assert (d.level, d.field) == ("bachelor", "mathematics")


def test_outside_the_education_section_higher_education_is_a_sector():
    assert degrees_found("Experience", "Higher education sales lead, Acme 2019 – 2021") == ()


@pytest.mark.parametrize("line, level", [("MSC IN COMPUTER SCIENCE", "master"), ("BSC PHYSICS, NORTHFIELD", "bachelor")],
                         ids=["msc-in", "bsc-subject"])
def test_a_capitalised_msc_or_bsc_with_its_subject_is_a_degree(line, level):
    assert only("Education", line).level == level


def test_a_capitalised_msc_before_an_ordinary_word_is_a_company_not_a_degree():
    assert not mentions_degree("Buyer, MSC Industrial Supply, 2019 – 2021")


def test_a_degree_level_survives_the_caches_round_trip_as_the_enum():
    original = Document("r.json", "jsonresume", (Line("MSc Physics"),),
                        structured=StructuredResume(degrees=(Degree(DegreeLevel.MASTER, "physics", line=0),)))
    plain = json.loads(json.dumps(codec.to_plain(original)))
    assert plain["structured"]["degrees"][0]["level"] == "master"
    assert codec.from_plain(Document, plain).structured.degrees[0].level is DegreeLevel.MASTER


@pytest.mark.parametrize("line, level", [
    ("B.E. in Mechanical Engineering", "bachelor"), ("BE Computer Science, Westfield College", "bachelor"),
    ("BE, Northfield University", "bachelor"), ("M.E. in Electronics", "master"), ("ME in Computer Science", "master"),
    ("M.E (Software Systems)", "master"), ("B.Com, Northfield College", "bachelor"), ("BCOM ACCOUNTING", "bachelor"),
    ("M.Com in Finance", "master"), ("BCA, Westfield College", "bachelor"), ("MCA 2019", "master"),
    ("MCM, Northfield University", "master"), ("B.Sc.IT, Westfield College", "bachelor"),
    ("PGDM in Marketing, Westland School of Business", "master"), ("PGDBA, Northfield Institute", "master"),
], ids=lambda v: v if " " in v else None)
def test_south_asian_degree_names_are_read_at_their_level(line, level):
    assert only("Education", line).level == level


def test_a_bsc_in_it_glued_to_its_level_names_information_technology():
    assert only("Education", "B.Sc.IT, Westfield College").field == "information technology"


@pytest.mark.parametrize("line", [
    "ABOUT ME Passionate engineer", "CONTACT ME, anytime", "Tell ME about it", "HAPPY TO BE, HERE",
    "TO BE Decided", "Let me know",
], ids=["about-me", "contact-me", "tell-me", "to-be-comma", "to-be-word", "lower-case"])
def test_me_and_be_after_a_word_are_a_pronoun_or_a_verb_not_a_degree(line):
    assert not mentions_degree(line)


@pytest.mark.parametrize("line", [
    "HSC, Maharashtra State Board, 2012", "SSC 2010 (82%)", "H.S.C. Science", "12th (Science), CBSE Board",
    "10th, ICSE, 2009", "Intermediate (MPC), State Board of Intermediate Education",
], ids=["hsc", "ssc", "hsc-dots", "12th-cbse", "10th-icse", "intermediate"])
def test_school_leaving_certificates_are_not_degrees(line):
    assert degrees_found("Education", line) == ()


def test_a_school_leaving_certificate_beside_a_degree_leaves_only_the_degree():
    assert [d.level for d in degrees_found("Education", "B.E. in Civil Engineering, 2018", "HSC, State Board, 2014")] \
        == ["bachelor"]


@pytest.mark.parametrize("line", ["MS OFFICE, 6 months", "MS EXCEL", "Ms Office", "Operating Systems MS Window 2007",
                                  "Skills: MS SharePoint, MS Exchange", "MS Visual Studio", "MS Technologies .Net",
                                  "MS Dot Net"],
                         ids=["office", "excel", "mixed", "window", "sharepoint", "visual-studio", "technologies",
                              "dot-net"])
def test_a_microsoft_product_after_ms_is_a_product_in_any_case(line):
    assert not mentions_degree(line)


@pytest.mark.parametrize("line, level", [
    ("B.SC. Computer Science", "bachelor"), ("Bsc Physics", "bachelor"), ("B.sc Mathematics", "bachelor"),
    ("B Sc Statistics", "bachelor"), ("B. Tech Computer Science", "bachelor"),
    ("B-Tech, Information Technology", "bachelor"), ("Btech in Electronics", "bachelor"),
    ("Bcom, Westfield College", "bachelor"), ("B. E. Computer Engineering", "bachelor"),
    ("B.A.Sc. Computer Engineering", "bachelor"), ("BASc Electrical Engineering", "bachelor"),
    ("M. Tech Software Systems", "master"), ("Msc Data Science", "master"), ("M.sc Physics", "master"),
    ("M-Tech (Computer Science)", "master"), ("M Sc in Mathematics", "master"),
    ("Mcom, Northfield University", "master"), ("Mba Finance, Westland University", "master"),
    ("Bca, Westfield College", "bachelor"),
], ids=lambda v: v if " " in v or "-" in v else None)
def test_an_abbreviated_level_is_its_initial_a_separator_and_the_subjects_abbreviation_in_any_case(line, level):
    assert only("Education", line).level == level


@pytest.mark.parametrize("line", ["Plan B Tech review", "Beng Tan, Singapore", "Meng Li, Westfield",
                                  "Team B Sc fixtures"], ids=["plan-b-tech", "beng-name", "meng-name", "team-b-sc"])
def test_an_initial_after_a_word_or_a_name_like_beng_is_not_an_abbreviated_level(line):
    assert not mentions_degree(line)


@pytest.mark.parametrize("line", ["BE COMPUTER SCIENCE, 2012", "BE IT, Westfield College", "BE(CSE) 2015",
                                  "BE-IT, Northfield University", "ME CSE, Westland University"],
                         ids=["be-capitals", "be-it", "be-bracket", "be-hyphen", "me-capitals"])
def test_a_bare_be_or_me_before_a_subject_or_school_in_capitals_is_a_degree(line):
    assert only("Education", line).level in ("bachelor", "master")


@pytest.mark.parametrize("line", ["Portland, ME, USA", "Bangor, ME USA", "Augusta, ME (remote)"],
                         ids=["comma", "capitals", "bracket"])
def test_me_after_a_town_and_comma_is_a_state_not_a_degree(line):
    assert not mentions_degree(line)


@pytest.mark.parametrize("line, level", [("Engineer’s degree in Computer Systems", "master"),
                                         ("Diplôme d’ingénieur, Informatique", "master"),
                                         ("Bacharelado em Ciência da Computação", "bachelor")],
                         ids=["engineers-curly", "diplome-curly", "bacharelado"])
def test_a_degree_name_is_read_with_a_curly_apostrophe_and_in_portuguese(line, level):
    assert only("Education", line).level == level


@pytest.mark.parametrize("line, field", [("BCS in Data Science, Westfield University", "data science"),
                                         ("BIT in Networking, Northfield College", "networking"),
                                         ("BCS (Hons), Northfield College", None),
                                         ("BCompSc, Westland University", None)],
                         ids=["bcs-in", "bit-in", "bcs-honours", "bcompsc"])
def test_a_bachelors_initialism_that_names_its_subject_is_a_bachelors(line, field):
    d = only("Education", line)
    assert d.level == "bachelor" and (field is None or d.field == field)


@pytest.mark.parametrize("line", ["BCS certified tester, 2019", "Member, BCS, The Chartered Institute for IT",
                                  "BCS (British Computer Society), 2019",
                                  "Quality Engineer, BIS (Bureau of Indian Standards) 2015 - 2018",
                                  "Analyst, BSE (Bombay Stock Exchange) 2016 - 2019"],
                         ids=["before-a-word", "society-comma", "society-bracket", "bis", "bse"])
def test_a_bachelors_initialism_not_before_its_subject_or_honours_is_not_a_degree(line):
    assert not mentions_degree(line)


@pytest.mark.parametrize("line, field", [
    ("Sep 2023 – Present Undergraduate of Software Engineering, Westfield University", "software engineering"),
    ("Undergraduate Student in Computer Science, Northfield College, 2024 – Present", "computer science"),
], ids=["undergraduate-of", "undergraduate-student-in"])
def test_undergraduate_study_of_a_subject_is_a_bachelors_in_progress(line, field):
    d = only("Education", line)
    assert (d.level, d.field, d.status) == ("bachelor", field, "in progress")


def test_an_undergraduate_research_assistant_is_a_role_not_a_degree():
    assert not mentions_degree("Undergraduate Research Assistant, Westfield University, 2022 – 2023")


def test_a_subject_written_before_major_under_a_school_is_a_bachelors_in_that_subject():
    d = only("Education", "Westfield University. Expected graduation 05/2027. Computer Science Major. GPA 3.2")
    assert (d.level, d.field, d.status) == ("bachelor", "computer science", "expected 2027")


@pytest.mark.parametrize("line, levels", [("bs in Computer Engineering and ba in Linguistics", ["bachelor"]),
                                          ("ms in Physics, Westfield University", ["master"])],
                         ids=["bs-and-ba", "ms-in"])
def test_a_degree_set_in_small_capitals_reads_in_lower_case_with_its_subject(line, levels):
    assert [d.level for d in degrees_found("Education", line)] == levels


def test_a_lower_case_ms_after_a_number_is_milliseconds():
    assert not mentions_degree("Cut p99 latency to 20 ms in Production")


@pytest.mark.parametrize("line", ["MA (distinction) Literature, Westfield University", "MA History, 2015"],
                         ids=["bracket", "subject"])
def test_a_bare_ma_before_its_subject_is_a_masters(line):
    assert only("Education", line).level == "master"


def test_ma_after_a_town_and_comma_is_a_state():
    assert not mentions_degree("Westfield University, Boston, MA Expected: May 2027")


@pytest.mark.parametrize("line, level", [("License of Cellular Biology, Westfield University", "bachelor"),
                                         ("Baccalaureate degree in Nursing", "bachelor")],
                         ids=["license-of", "baccalaureate-degree"])
def test_a_licence_spelled_license_and_a_baccalaureate_degree_are_bachelors(line, level):
    assert only("Education", line).level == level


@pytest.mark.parametrize("line", ["Apache License of the project", "French Baccalauréat, Mathematics"],
                         ids=["software-license", "school-baccalaureat"])
def test_a_software_license_and_the_school_leaving_baccalaureat_are_not_degrees(line):
    assert not mentions_degree(line)


@pytest.mark.parametrize("line, field", [
    ("Bachelor of Computer Applications", "computer science"), ("MCA (Computer Applications)", "computer science"),
    ("B.Sc. Computational Science", "computer science"), ("BS EECS", "computer science"),
    ("BS CompSci", "computer science"), ("BSc Comp Sci", "computer science"),
    ("Bachelor in Computer Sc.", "computer science"), ("MSc Software Systems", "software engineering"),
    ("BSc Information and Communication Technology", "information technology"),
    ("BSc Computer Networks", "information technology"), ("B.E. E&TC", "electrical engineering"),
    ("BEng Communication Engineering", "electrical engineering"),
    ("Bachelor of Communication and Information Engineering", "electrical engineering"),
    ("BSc Information Processing Science", "computer science"),
], ids=lambda v: v if " " in v else None)
def test_a_related_field_is_read_in_its_other_names_and_abbreviations(line, field):
    assert only("Education", f"{line}, Westfield University 2010 - 2014").field == field


@pytest.mark.parametrize("line", ["BSc Biology, chemistry, etc.", "BA Composition", "BA Comparative Literature"],
                         ids=["etc", "composition", "comparative"])
def test_words_that_begin_like_a_related_fields_abbreviation_are_not_it(line):
    assert not related_degree(degrees_found("Education", f"{line}, Westfield University 2010 - 2014"))


@pytest.mark.parametrize("line, field", [
    ("B.E. Computer, Westfield University", "computer engineering"),
    ("Bachelor of Engineering (Computer)", "computer engineering"), ("ME(computers)", "computer engineering"),
    ("B.E. Computer Technology", "computer engineering"),
], ids=lambda v: v if " " in v or "(" in v else None)
def test_an_engineering_degree_in_computers_alone_is_computer_engineering(line, field):
    assert only("Education", line).field == field


def test_computer_after_another_degree_is_not_computer_engineering():
    assert not related_degree(degrees_found("Education", "BSc Biology, to be computer literate"))


@pytest.mark.parametrize("line, field", [
    ("Licence de mathématiques", "mathematics"), ("Licenciatura en Física", "physics"),
    ("Grado en Estadística", "statistics"), ("Licence en électronique", "electrical engineering"),
    ("Diplom-Ingenieur Elektrotechnik", "electrical engineering"), ("Laurea in Matematica", "mathematics"),
], ids=lambda v: v if " " in v else None)
def test_a_related_field_is_read_in_the_languages_its_level_is_read_in(line, field):
    d = only("Education", line)
    assert d.field == field or field_matches(d, [field])


def test_in_the_education_section_a_student_at_a_universitys_faculty_is_studying_for_a_first_degree():
    d = only("Education", "Student at Faculty of Applied Artificial Intelligence, Westfield University [2023-2028]")
    assert (d.level, d.field, d.status) == ("bachelor", "data science", "expected 2028")


@pytest.mark.parametrize("lines", [["Education", "Student at Westfield College, 2015 - 2017"],
                                   ["Education", "Exchange student at Westfield University, 2019"],
                                   ["Experience", "Student at Faculty of Law, Westfield University 2019 - 2023"]],
                         ids=["a-college", "an-exchange-student", "outside-education"])
def test_a_student_elsewhere_than_a_university_or_outside_education_is_no_degree(lines):
    assert degrees_found(*lines) == ()


@pytest.mark.parametrize("lines", [
    ["Education", "Westfield University", "Computer Science", "Bachelor of Science, 2014"],
    ["Education", "Bachelor of Science", "Westfield University", "Computer Science", "2010 - 2014"],
], ids=["subject-above-the-degree", "subject-below-the-school"])
def test_a_degree_stating_no_subject_takes_the_related_field_on_a_line_of_its_own_in_its_entry(lines):
    assert only(*lines).field == "computer science"


@pytest.mark.parametrize("lines", [
    ["Education", "Bachelor of Arts", "Westfield University", "Relevant courses: Statistics, Algorithms"],
    ["Education", "BA, Westfield University", "Minor in Mathematics"],
    ["Education", "BSc Physics, Westfield 2012", "Thesis: Statistics of lattices", "MSc, Northfield 2015"],
], ids=["coursework", "minor", "a-thesis-above"])
def test_coursework_a_minor_or_a_thesis_in_the_entry_is_not_the_degrees_subject(lines):
    assert "statistics" not in [d.field for d in degrees_found(*lines)] and "mathematics" not in [
        d.field for d in degrees_found(*lines)]


def test_a_degree_in_small_capitals_with_dots_reads_in_lower_case():
    d = only("Education", "Westfield University, School of Engineering, b.s. computer science – MAY 2020")
    assert (d.level, d.field) == ("bachelor", "computer science")


def test_a_related_field_alone_below_a_dated_college_is_undergraduate_study():
    d = only("Education", "Westfield College – Hanover, June 2018", "Computer Science, Math", "Algorithms, Graphics")
    assert (d.level, d.field) == ("bachelor", "computer science")


@pytest.mark.parametrize("lines", [["Education", "Westfield High School, 2012", "Mathematics, Physics"],
                                   ["Education", "Westfield University", "Computer Science"],
                                   ["Education", "Westfield University, 2014", "Relevant coursework: Statistics"]],
                         ids=["a-high-school", "an-undated-school", "coursework"])
def test_subjects_at_a_secondary_or_undated_school_or_coursework_are_no_degree(lines):
    assert degrees_found(*lines) == ()


@pytest.mark.parametrize("line", ["Laurea in Informatica", "Licenciatura en Informática", "Mestrado em Computação",
                                  "Grado en Ingeniería en Computación"], ids=["it", "es", "pt", "es-computacion"])
def test_computer_science_is_read_in_italian_spanish_and_portuguese(line):
    assert only("Education", line).field == "computer science"


@pytest.mark.parametrize("line", ["Store Manager, Westfield, MS", "Northfield, MS 39000", "Westfield, MS (remote)",
                                  "Clerk, Northfield, MS Jan 2015 – Dec 2017", "Boston, MA 2015 – 2017",
                                  "Portland, ME 2015 – 2017"],
                         ids=["ms-line-end", "ms-zip", "ms-bracket", "ms-dates", "ma-dates", "me-dates"])
def test_ma_me_or_ms_after_a_town_and_comma_is_a_state_not_a_degree(line):
    assert not mentions_degree(line)


@pytest.mark.parametrize("line", ["M.S. in Physics", "MS in Physics", "MS Physics, Westfield University",
                                  "Westfield University, MS in Physics", "MS, Computer Science",
                                  "Westfield University, MA in English"],
                         ids=["dotted", "stated", "before-subject", "after-school-stated", "line-start",
                              "ma-after-school-stated"])
def test_ms_or_ma_stated_as_a_degree_is_a_masters(line):
    assert mentions_degree(line)
    assert only("Education", line).level == "master"


@pytest.mark.parametrize("line", ["Master-at-Arms, Navy, 2010 – 2014", "MASTER-AT-ARMS, 2010 – 2014",
                                  "Master-planned community project"],
                         ids=["rating", "capitals", "compound"])
def test_master_joined_into_a_compound_word_is_no_degree(line):
    assert not mentions_degree(line)


def test_masters_stated_with_its_subject_is_still_a_degree():
    assert only("Education", "Master's degree in Physics").level == "master"
