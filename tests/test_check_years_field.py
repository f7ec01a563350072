"""Years in a field: only positions whose main work is the field count ("8+ years in software development").

Written from the rule's definition: a title that names the field counts; a title that names an occupation outside
it never does, even beside a field word; a title that names neither is decided by its own text."""
import pytest
from helpers import check, requirement

FIELD = {"name": "software development", "titles": ["software", "developer"], "not_titles": ["sales", "nurse"],
         "terms": ["Python", "API", "APIs", "deployed"], "least": 2}
SOFTWARE_YEARS = requirement("years", min=8, field=FIELD)


def test_years_in_a_titled_software_role_count():
    check("Experience\nSenior Software Engineer, Acme\nJan 2014 - Dec 2023", SOFTWARE_YEARS, "pass")


def test_a_charge_nurses_ten_years_do_not_count_and_the_reason_names_the_role():
    result = check("Experience\nCharge Nurse, St. Aldric Medical Center\nJan 2014 - Dec 2023", SOFTWARE_YEARS, "fail")
    assert "Charge Nurse" in result.detail and "'Nurse'" in result.detail


def test_an_occupation_outside_the_field_wins_over_a_field_word_in_the_same_title():
    check("Experience\nSoftware Sales Manager, Acme\nJan 2010 - Dec 2023", SOFTWARE_YEARS, "fail")


def test_a_title_that_says_neither_counts_when_its_text_shows_the_work():
    check("Experience\nEngineer, Acme\nJan 2014 - Dec 2023\nBuilt REST APIs in Python and deployed them weekly.",
          SOFTWARE_YEARS, "pass")


def test_a_title_that_says_neither_does_not_count_on_one_sign_alone():
    check("Experience\nEngineer, Bridgeworks\nJan 2014 - Dec 2023\nDesigned steel bridges; some Python.",
          SOFTWARE_YEARS, "fail")


def test_only_the_fields_years_count_toward_the_minimum():
    text = ("Experience\nSales Manager, Acme\nJan 2004 - Dec 2015\n"
            "Software Developer, Beta\nJan 2016 - Dec 2019")
    result = check(text, SOFTWARE_YEARS, "fail")
    assert result.detail.startswith("4 years of software development")


def test_a_title_printed_under_its_dates_still_decides():
    check("Experience\nAcme Corp, Jan 2014 - Dec 2023\nSoftware Developer\nKept the lights on.", SOFTWARE_YEARS,
          "pass")


def test_without_a_field_every_professional_year_counts():
    check("Experience\nCharge Nurse, St. Aldric\nJan 2014 - Dec 2023", requirement("years", min=8), "pass")


@pytest.mark.parametrize("layout", [
    ["Acme Corp", "Head of Platform  Jan 2018 - Dec 2023", "Engineer  Jan 2014 - Dec 2017"],
    ["Acme Corp", "Head of Platform", "Jan 2018 - Dec 2023", "Engineer", "Jan 2014 - Dec 2017"],
], ids=["dates-beside", "dates-below"])
def test_titles_stacked_under_one_employer_share_the_bullets_under_the_last(layout):
    """A promotion printed as titles one above the other, with one list of bullets for the whole tenure: each title
    is judged by those bullets, not only the last."""
    text = "\n".join(["Experience", *layout, "Built REST APIs in Python and deployed them weekly to production.",
                      "Education", "BSc Physics, Leeds", "2010 - 2013"])
    assert check(text, SOFTWARE_YEARS, "pass").detail.startswith("10 years of software development")


def test_a_last_role_with_no_text_of_its_own_borrows_none():
    text = ("Experience\nAssociate, Acme\nJan 2014 - Dec 2023\nEducation\nBSc Physics, Leeds\n2010 - 2013\n"
            "Thesis on Python APIs deployed as services for the physics department's experiments.")
    check(text, SOFTWARE_YEARS, "fail")


def test_skill_years_count_positions_whose_text_names_the_skill():
    kafka = requirement("years", min=3, field={"name": "Kafka", "terms": ["Kafka"]})
    text = ("Experience\nEngineer, Acme\nJan 2016 - Dec 2019\nRan Kafka clusters.\n"
            "Engineer, Beta\nJan 2020 - Dec 2023\nWrote reports.")
    assert check(text, kafka, "pass").detail.startswith("4 years of Kafka")


def test_evidence_cites_only_the_positions_that_count():
    text = ("Experience\nSoftware Intern, Acme\nJun 2012 - Aug 2012\n"
            "Software Developer, Beta\nJan 2014 - Dec 2023")
    result = check(text, requirement("years", min=8, exclude_kinds=["internship"]), "pass")
    assert [e.quote for e in result.evidence] == ["Jan 2014 - Dec 2023"]


def test_positions_left_out_by_kind_are_named_as_the_reason_none_count():
    text = "Experience\nSoftware Intern, Acme\nJun 2012 - Aug 2012"
    result = check(text, requirement("years", min=1, exclude_kinds=["internship"]), "fail")
    assert "internship not counted here" in result.detail and result.evidence == ()


@pytest.mark.parametrize("field, message", [
    ({"titles": ["software"]}, "'name'"),
    ({"name": "x"}, "give titles, terms or both"),
    ({"name": "x", "terms": ["a"], "least": 0}, "least"),
    ({"name": "x", "terms": ["a"], "colour": "red"}, "unknown key 'colour'"),
    ({"name": "x", "titles": "software"}, "titles must be a list"),
])
def test_a_malformed_field_is_a_located_rule_file_error(field, message):
    from screener.errors import RuleFileError
    from screener.rules import parse_rules
    with pytest.raises(RuleFileError, match=message):
        parse_rules({"title": "t", "requirement": [requirement("years", min=8, field=field)]}, "rules.toml")


@pytest.mark.parametrize("organisation", [
    "Northwind Software Ltd", "At Northwind Software", "Company: Northwind Software"])
def test_a_field_word_in_the_employers_name_is_not_the_candidates_title(organisation):
    text = f"Experience\nOffice Manager\n{organisation}\nJan 2014 - Dec 2023\nRan the front office."
    check(text, SOFTWARE_YEARS, "fail")


def test_an_outside_word_in_the_employers_name_does_not_void_a_field_title():
    text = "Experience\nSoftware Developer\nCompany: Sales Leads Pvt. Ltd\nJan 2014 - Dec 2023"
    check(text, SOFTWARE_YEARS, "pass")


def test_a_projects_domain_beside_the_dates_is_not_the_candidates_title():
    text = "Experience\nSoftware Developer, Acme\nDomain: Sales Period: Jan 2014 - Dec 2023"
    check(text, SOFTWARE_YEARS, "pass")


def test_a_title_and_its_employer_on_one_line_are_told_apart():
    check("Experience\nSoftware Engineer at Acme Nursing Homes Inc\nJan 2014 - Dec 2023", SOFTWARE_YEARS, "pass")
    check("Experience\nNight Porter, Acme Software Corp\nJan 2014 - Dec 2023", SOFTWARE_YEARS, "fail")


def test_a_paragraph_beside_the_dates_is_text_not_a_title():
    skills = "Tools used daily: " + ", ".join(["Excel", "Word", "Software for payroll"] * 6)
    check(f"Experience\n{skills}\nJan 2014 - Dec 2023\nKept the accounts.", SOFTWARE_YEARS, "fail")


def test_a_role_line_under_the_dates_is_the_title():
    text = "Experience\nAcme Corp\nJan 2014 - Dec 2023\nProject: Billing\nRole: Software Developer\nFixed reports."
    check(text, SOFTWARE_YEARS, "pass")


def test_a_paragraph_above_the_dates_is_not_the_positions_work():
    skills = "Skills: " + ", ".join(["Python", "APIs", "deployed services"] * 6)
    check(f"Experience\n{skills}\nAssociate, Acme  Jan 2014 - Dec 2023\nFiled invoices.", SOFTWARE_YEARS, "fail")


def test_a_paragraph_on_the_dates_line_is_the_positions_work():
    work = "Associate at Acme, Jan 2014 - Dec 2023, where I " + " and ".join(["built APIs in Python"] * 4)
    check(f"Experience\n{work}\nRan the deploys.", SOFTWARE_YEARS, "pass")


def test_a_title_sits_at_the_start_of_a_long_dated_line():
    line = "Software Developer at Acme from Jan 2014 to Dec 2023, " + "keeping the sales ledgers and nurse rotas " * 3
    check(f"Experience\n{line}", SOFTWARE_YEARS, "pass")


def test_a_field_word_deep_in_a_long_dated_line_is_description_not_title():
    line = "Night Porter at Acme from Jan 2014 to Dec 2023, " + "keeping the lobby calm while the software team slept"
    check(f"Experience\n{line}", SOFTWARE_YEARS, "fail")


def test_a_claim_that_speaks_of_other_work_casts_no_doubt_on_the_fields_years():
    text = ("Summary\nNearly 20 years of sales and public service experience.\n"
            "Experience\nSales Manager, Acme\nJan 2016 - Dec 2023")
    check(text, SOFTWARE_YEARS, "fail")


def test_a_claim_of_the_fields_work_still_casts_doubt_on_too_few_dated_years():
    text = ("Summary\n20 years of software development experience.\n"
            "Experience\nSoftware Developer, Acme\nJan 2020 - Dec 2023")
    check(text, SOFTWARE_YEARS, "unknown")


def test_a_claim_of_other_work_does_not_stand_for_the_fields_years_when_nothing_is_dated():
    check("Summary\n12 years of sales experience.", SOFTWARE_YEARS, "unknown")


def test_a_heading_wrapped_between_a_roles_dates_and_its_title_is_neither():
    text = ("Jane Doe\nRELEVANT Acme 2012 - 2024\nEXPERIENCE\nSales Assistant\n"
            "Built the site in Python and deployed it.")
    check(text, SOFTWARE_YEARS, "fail")
