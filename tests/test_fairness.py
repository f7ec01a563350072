"""Fairness warnings: each kind of protected-characteristic proxy is named, with the requirement and why."""
import pytest

from screener.rules.fairness import fairness_warnings
from screener.rules import parse_rules


def warnings_for(text: str = "Python", check: str = "keywords", **params) -> list[str]:
    params = params or {"any": ["Python"]}
    req = {"id": "req", "group": "qualification", "text": text, "check": check, **params}
    return fairness_warnings(parse_rules({"title": "t", "requirement": [req]}, "test.toml"))


def test_skill_wording_gets_no_warning():
    assert warnings_for("5+ years of Python, race conditions, p99 under 50 ms and the big picture") == []


def test_a_maximum_years_of_experience_is_an_age_proxy():
    assert warnings_for("3 to 5 years", "years", min=3, max=5) == [
        "requirement req: a maximum years of experience screens out older candidates (age proxy)"]


def test_a_maximum_nested_in_a_composition_is_found_too():
    [warning] = warnings_for("junior", "all-of", checks=[{"check": "years", "max": 2}])
    assert "age proxy" in warning


@pytest.mark.parametrize("text", ["A young, energetic team player", "Recent graduate", "Digital native",
                                  "Graduated in 2020 or later", "Class of 2024", "Aged 25 to 35",
                                  "Under 30 years old"])
def test_age_coded_wording_is_an_age_proxy(text):
    [warning] = warnings_for(text)
    assert warning.startswith("requirement req: ") and warning.endswith("(age proxy)")


def test_terms_a_keyword_check_looks_for_are_scanned_as_well_as_the_text():
    [warning] = warnings_for("Fresh talent", any=["recent graduate"])
    assert warning.endswith("(age proxy)")


@pytest.mark.parametrize("text", ["He/she will own the roadmap", "Experienced salesman", "Manpower planning"])
def test_gendered_wording_is_a_gender_proxy(text):
    [warning] = warnings_for(text)
    assert warning.endswith("(gender proxy)")


def test_rockstar_slang_is_flagged_as_gender_and_age_coded():
    [warning] = warnings_for("Rockstar backend engineer")
    assert warning.endswith("(gender and age proxy)")


@pytest.mark.parametrize("text", ["Native English speaker", "German mother tongue", "EU citizenship",
                                  "Local candidates only"])
def test_native_language_and_citizenship_are_nationality_proxies(text):
    [warning] = warnings_for(text)
    assert warning.endswith("(nationality/ethnicity proxy)")


@pytest.mark.parametrize("text", ["Married, with no family commitments", "No plans for maternity leave"])
def test_marriage_and_family_are_family_status_proxies(text):
    [warning] = warnings_for(text)
    assert warning.endswith("(marital/family status proxy)")


def test_faith_is_a_religion_proxy():
    [warning] = warnings_for("Active member of a Christian church")
    assert warning.endswith("(religion proxy)")


@pytest.mark.parametrize("text", ["Physically fit", "Able-bodied", "In good health"])
def test_fitness_and_health_are_disability_proxies(text):
    [warning] = warnings_for(text)
    assert warning.endswith("(disability/health proxy)")


def test_building_for_people_with_disabilities_is_a_skill_not_a_proxy():
    assert warnings_for("Build interfaces usable by people with disabilities (WCAG)") == []


def test_asking_for_a_photo_is_flagged():
    [warning] = warnings_for("CV with a recent photo")
    assert warning.endswith("(photo)")


def test_one_warning_per_requirement_and_kind_in_rule_order():
    reqs = [{"id": i, "group": "qualification", "text": t, "check": "keywords", "any": ["x"]}
            for i, t in (("a", "Young and energetic digital native"), ("b", "Python"), ("c", "Native speaker"))]
    got = fairness_warnings(parse_rules({"title": "t", "requirement": reqs}, "test.toml"))
    assert [w.split(":")[0] for w in got] == ["requirement a", "requirement c"]


def test_the_words_of_any_check_kind_are_scanned_without_the_lint_knowing_the_kind():
    from types import SimpleNamespace

    from screener.checks import Check

    class Portfolio(Check):  # a kind the lint has never heard of
        NAME = "portfolio"

        @classmethod
        def from_params(cls, params, ctx):
            return cls()

        def evaluate(self, facts):
            raise NotImplementedError

        def words(self):
            yield "headshot"

    rules = SimpleNamespace(requirements=[SimpleNamespace(id="req", text="A portfolio", check=Portfolio())])
    [warning] = fairness_warnings(rules)
    assert warning.startswith("requirement req:") and "(photo)" in warning


def test_a_degree_checks_fields_are_scanned():
    [warning] = warnings_for("A degree", "degree", fields=["computer science", "christian theology"])
    assert "religion proxy" in warning


def test_a_years_checks_field_words_are_scanned():
    field = {"name": "software", "titles": ["software engineer"], "terms": ["young and energetic team"]}
    [warning] = warnings_for("8+ years of software work", "years", min=8, field=field)
    assert "age proxy" in warning


def test_a_check_kind_is_registered_under_its_own_name():
    from screener.checks import CHECKS

    assert all(kind.NAME == name for name, kind in CHECKS.items())
