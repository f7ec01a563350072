"""Degree and years checks on tiny resumes: levels, fields, equivalent experience, overlaps, claims."""
import pytest
from conftest import check, requirement

DEGREE = requirement("degree", level="bachelor", fields=["computer science"], or_years=8)
YEARS = requirement("years", min=8)

CASES = [
    ("related-bachelor", "Education\nB.Sc. Computer Science, Eastport University, 2012", DEGREE, "pass"),
    ("cs-bachelor-under-an-mba", "Education\nMBA, 2018\nBSc Computer Science, 2012", DEGREE, "pass"),
    ("unrelated-field", "Education\nBA History, 2012", DEGREE, "fail"),
    ("equivalent-experience", "Experience\nEngineer, Acme, 2010 - 2024\nEducation\nBA History, 2009", DEGREE,
     "pass"),
    ("no-degree-few-years", "Experience\nEngineer, Acme, 2020 - 2024", DEGREE, "fail"),
    ("any-field", "Education\nBA History, 2012", requirement("degree", level="bachelor", fields=[]), "pass"),
    ("enough-years", "Experience\nEngineer, Acme, Jan 2014 - Dec 2023", YEARS, "pass"),
    ("overlaps-merged", "Experience\nEngineer, Acme, 2016 - 2021\nConsultant, Beta, 2016 - 2021", YEARS, "fail"),
    ("claim-without-dates", "Summary\n12+ years of experience building backends", YEARS, "pass"),
    ("nothing-to-go-on", "Summary\nBackend engineer", YEARS, "unknown"),
]


@pytest.mark.parametrize("text,req,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_degree_and_years_cases(text, req, expected):
    check(text, req, expected)


def test_excluded_kinds_do_not_count():
    text = "Experience\nSoftware Engineer Intern, Acme, 2010 - 2016\nEngineer, Beta, 2016 - 2020"
    check(text, requirement("years", min=8), "pass")
    check(text, requirement("years", min=8, exclude_kinds=["internship"]), "fail")


def test_a_claim_far_from_the_dated_total_is_mentioned():
    result = check("Summary\n20 years of experience\nExperience\nEngineer, Acme, 2020 - 2024", YEARS, "fail")
    assert "claims 20" in result.detail


def test_equivalent_experience_can_require_relevant_roles():
    req = requirement("degree", level="bachelor", fields=["computer science"], or_years=8,
                      or_years_terms=["software", "developer"])
    check("Experience\nCharge Nurse, St. Aldric, 2010 - 2024\nEducation\nBSN Nursing, 2009", req, "fail")
    check("Experience\nSoftware Developer, Acme, 2010 - 2024\nEducation\nBA History, 2009", req, "pass")


def test_dated_roles_that_all_go_uncounted_are_zero_years_not_unknown():
    result = check("Volunteering\nVolunteer, Food Bank, 2015 - 2024", requirement("years", min=8), "fail")
    assert result.detail.startswith("0 years")
