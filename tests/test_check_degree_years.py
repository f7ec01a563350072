"""Degree and years checks on tiny resumes: levels, fields, equivalent experience, overlaps, claims."""
import pytest
from helpers import check, requirement

DEGREE = requirement("degree", level="bachelor", fields=["computer science"], or_years=8)
YEARS = requirement("years", min=8)

CASES = [
    ("related-bachelor", "Education\nB.Sc. Computer Science, Eastport University, 2012", DEGREE, "pass"),
    ("cs-bachelor-under-an-mba", "Education\nMBA, 2018\nBSc Computer Science, 2012", DEGREE, "pass"),
    ("unrelated-field", "Education\nBA History, 2012", DEGREE, "fail"),
    ("equivalent-experience", "Experience\nEngineer, Acme, 2010 - 2024\nEducation\nBA History, 2009", DEGREE,
     "pass"),
    ("no-degree-few-years", "Experience\nEngineer, Acme, 2020 - 2024", DEGREE, "fail"),
    ("in-progress-counts", "Education\nBSc Computer Science, 2024 - present", DEGREE, "pass"),
    ("a-minor-is-not-the-field", "Education\nBA History (Minor: Computer Science), 2012", DEGREE, "fail"),
    ("credits-toward-are-no-degree", "Education\nCredits toward a BSc in Computer Science, 2010", DEGREE, "fail"),
    ("field-of-study-without-a-level", "Education\nNorthfield University, 2020 - 2024\n"
                                       "Field of study: Computer Science", DEGREE, "pass"),
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


def test_a_claim_far_above_the_dated_total_that_would_change_the_verdict_is_unknown_with_both_figures():
    """A claim says 'at least': dates that fall short of it by more than rounding explains were misread or left out."""
    result = check("Summary\n20 years of experience\nExperience\nEngineer, Acme, 2020 - 2024", YEARS, "unknown")
    assert "claims 20" in result.detail and "add up to 4" in result.detail


@pytest.mark.parametrize("text, expect", [
    ("Summary\n9 years of experience\nExperience\nEngineer, Acme, 2018 - 2024", "fail"),  # within rounding
    ("Summary\n5+ years of experience with Java\nExperience\nEngineer, Acme, 2010 - 2024", "pass"),  # beyond it
    ("Summary\n20 years of experience\nExperience\nEngineer, Acme, 2000 - 2012", "pass"),  # pass either way
    ("WORK EXPERIENCE (12 YEARS, 2012 - 2024)\nEngineer, Acme, 2020 - 2024", "unknown"),  # the heading's own claim
], ids=["within-tolerance", "dates-beyond-a-lower-bound", "same-verdict-either-way", "heading-claim"])
def test_a_claim_decides_only_when_it_could_change_the_verdict(text, expect):
    check(text, YEARS, expect)


def test_most_date_ranges_unread_is_unknown_not_a_confident_fail():
    text = ("Experience\nEngineer, Acme\nQ3 2022 – Q1 2023\nEngineer, Beta\nQ2 2019 – Q4 2021\n"
            "Engineer, Gamma\nJan 2024 – Dec 2024")  # a style the dates cannot read: fiscal quarters
    result = check(text, YEARS, "unknown")
    assert "2 of the 3 date ranges" in result.detail


def test_equivalent_experience_can_require_relevant_roles():
    req = requirement("degree", level="bachelor", fields=["computer science"], or_years=8,
                      or_years_terms=["software", "developer"])
    check("Experience\nCharge Nurse, St. Aldric, 2010 - 2024\nEducation\nBSN Nursing, 2009", req, "fail")
    check("Experience\nSoftware Developer, Acme, 2010 - 2024\nEducation\nBA History, 2009", req, "pass")


def test_dated_roles_that_all_go_uncounted_are_zero_years_not_unknown():
    result = check("Volunteering\nVolunteer, Food Bank, 2015 - 2024", requirement("years", min=8), "fail")
    assert result.detail.startswith("0 years")
