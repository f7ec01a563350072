"""rules draft: a posting's requirement bullets become a rule file that loads unchanged and reads like the posting."""
import tempfile
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.checks.compose import AllOf
from screener.checks.degree import DegreeCheck
from screener.checks.keywords import Keywords
from screener.checks.years import Years
from screener.rules.draft import draft_rules
from screener.models import Group, Status
from screener.rules import load_rules, parse_rules

POSTINGS = Path(__file__).resolve().parent.parent / "rules" / "postings"
SEED = POSTINGS / "senior-backend-team-lead.txt"


def rules_from(posting: str, title: str | None = None):
    return parse_rules(tomllib.loads(draft_rules(posting, title)), "draft.toml")


def only(posting: str):
    [req] = rules_from(posting).requirements
    return req


def terms(check) -> list[tuple[str, str]]:
    return [(t.term, t.match) for t in check.terms]


@pytest.mark.parametrize("name", sorted(p.name for p in POSTINGS.glob("*.txt")))
def test_every_sample_posting_drafts_a_rule_file_that_loads_unchanged(name):
    assert rules_from((POSTINGS / name).read_text("utf-8")).requirements


# The seed posting, against the hand-written rule set for it.

@pytest.fixture(scope="module")
def seed():
    return rules_from(SEED.read_text("utf-8"))


def by_text(rules, start: str):
    [req] = [r for r in rules.requirements if r.text.startswith(start)]
    return req


def test_seed_title_is_the_role_the_posting_is_looking_for(seed):
    assert seed.title == "Senior Backend Team Lead"


def test_seed_must_have_bullets_are_must_have(seed):
    musts = [r.text.split()[0] for r in seed.requirements if r.group is Group.MUST_HAVE]
    assert musts == ["Proven", "Hands-on", "Strong", "Demonstrated"]


def test_seed_qualifications_bullets_are_qualifications(seed):
    for start in ("8+ years", "Strong foundations", "Proficiency in", "Strong experience using Git",
                  "Ability to work", "Bachelor"):
        assert by_text(seed, start).group is Group.QUALIFICATION


def test_seed_big_plus_sentence_gives_one_nice_to_have_per_thing_it_lists(seed):
    plus = [r for r in seed.requirements if r.text.startswith("Experience with cloud environments")]
    assert [r.id for r in plus] == ["cloud", "ci-cd", "distributed-systems"]
    assert {r.group for r in plus} == {Group.NICE_TO_HAVE}


def test_seed_years_is_a_years_check_of_at_least_8(seed):
    check = by_text(seed, "8+ years").check
    assert isinstance(check, Years) and (check.min, check.max) == (8, None)


def test_seed_degree_is_a_bachelors_in_cs_or_related_or_8_years_of_experience(seed):
    check = by_text(seed, "Bachelor").check
    assert isinstance(check, DegreeCheck) and (check.level, check.or_years) == ("bachelor", 8)
    assert check.fields[:2] == ("computer science", "software engineering")
    assert "computer engineering" in check.fields


def test_seed_language_is_any_of_node_python_and_case_sensitive_go(seed):
    check = by_text(seed, "Proficiency in").check
    assert check.mode == "any"
    assert terms(check) == [("Node.js", "auto"), ("Python", "auto"), ("Go", "case")]


def test_seed_ids_are_unique_kebab_case(seed):
    assert len(set(seed.ids)) == len(seed.ids)


def test_the_readme_shows_the_current_seed_draft():
    readme = (POSTINGS.parent.parent / "README.md").read_text("utf-8")
    assert draft_rules(SEED.read_text("utf-8")).rstrip() in readme, "paste the new draft into README.md"


def test_readme_sample_draft_is_current():
    current = (POSTINGS / "senior-backend-team-lead.draft.toml").read_text("utf-8")
    assert current == draft_rules(SEED.read_text("utf-8")), (
        "regenerate: screener rules draft rules/postings/senior-backend-team-lead.txt "
        "-o rules/postings/senior-backend-team-lead.draft.toml")


# Sections and groups.

def test_requirement_headings_set_the_group():
    rules = rules_from("Must have\n- Python\nRequirements\n- Git\nNice to have\n- Docker\n")
    assert [(r.text, r.group.value) for r in rules.requirements] == [
        ("Python", "must-have"), ("Git", "qualification"), ("Docker", "nice-to-have")]


def test_markdown_headings_star_bullets_and_numbered_bullets_are_read():
    rules = rules_from("## Minimum qualifications\n* Python\n\n**Preferred qualifications:**\n1. Docker\n2) Kafka\n")
    assert [(r.text, r.group.value) for r in rules.requirements] == [
        ("Python", "must-have"), ("Docker", "nice-to-have"), ("Kafka", "nice-to-have")]


def test_bullets_under_duties_and_perks_are_not_requirements():
    rules = rules_from("What you'll do\n- Write Python\nQualifications\n- Git\nBenefits\n- Free Docker stickers\n")
    assert [r.text for r in rules.requirements] == ["Git"]


def test_a_big_plus_sentence_outside_lists_is_a_nice_to_have_and_so_is_the_next():
    rules = rules_from("Qualifications\n- Git\nKnowledge of Kafka is a plus. So is experience with Docker.\n")
    assert [(r.group.value, terms(r.check)) for r in rules.requirements[1:]] == [
        ("nice-to-have", [("Kafka", "auto")]), ("nice-to-have", [("Docker", "auto")])]


def test_title_is_the_first_short_line_unless_given():
    assert rules_from("Data Engineer\n\nRequirements\n- SQL\n").title == "Data Engineer"
    assert rules_from("Requirements\n- SQL\n", title="Analyst").title == "Analyst"


# Checks from a bullet's words.

@pytest.mark.parametrize("bullet, years", [
    ("8+ years of professional experience", 8), ("At least five years in data engineering", 5),
    ("A decade of building payment systems", 10), ("Minimum of 3 years building web apps", 3),
    ("3-5 years of experience", 3)])
def test_years_wording_becomes_a_years_minimum_and_never_a_maximum(bullet, years):
    check = only(f"Requirements\n- {bullet}\n").check
    assert isinstance(check, Years) and (check.min, check.max) == (years, None)


def test_years_with_a_technology_needs_both():
    check = only("Requirements\n- 5+ years of Python\n").check
    assert isinstance(check, AllOf)
    assert [type(c) for c in check.checks] == [Years, Keywords]


def test_degree_without_equivalent_experience_has_no_or_years():
    check = only("Requirements\n- Master's degree in Statistics\n").check
    assert (check.level, check.fields, check.or_years) == ("master", ("statistics",), None)


def test_degree_or_equivalent_uses_4_years_when_the_posting_asks_for_none():
    check = only("Requirements\n- BS or MS in Physics, or equivalent experience\n").check
    assert (check.level, check.or_years) == ("bachelor", 4)


def test_one_of_list_stops_at_the_first_part_that_is_not_a_term():
    check = only("Requirements\n- At least one of: Java, Kotlin, or Scala, shipped to production\n").check
    assert terms(check) == [("Java", "auto"), ("Kotlin", "auto"), ("Scala", "auto")]


def test_technologies_joined_by_and_are_all_needed():
    assert only("Requirements\n- Strong Python and SQL skills\n").check.mode == "all"


def test_technologies_joined_by_or_or_slash_are_alternatives():
    assert only("Requirements\n- Agile/Scrum teams\n").check.mode == "any"
    assert only("Requirements\n- React or Vue\n").check.mode == "any"


def test_alias_spellings_are_drafted_as_the_canonical_term():
    assert terms(only("Requirements\n- Experience with Golang and k8s\n").check) == [
        ("Go", "case"), ("Kubernetes", "auto")]


def test_go_as_a_verb_is_not_the_language():
    assert only("Requirements\n- Willing to go the extra mile\n").missing is Status.UNKNOWN


def test_a_kind_of_technology_stands_for_its_products():
    assert [t for t, _ in terms(only("Requirements\n- Cloud environments\n").check)] == ["AWS", "Google Cloud", "Azure"]


def test_a_bullet_without_a_check_is_soft_unknown_with_a_todo_for_a_person():
    text = draft_rules("Requirements\n- Calm under pressure, kind to colleagues\n")
    req = parse_rules(tomllib.loads(text), "draft.toml").requirements[0]
    assert req.missing is Status.UNKNOWN and terms(req.check) == [("Calm under pressure", "auto"),
                                                                  ("kind to colleagues", "auto")]
    assert text.split("[[requirement]]")[0].splitlines()[-1].startswith("# TODO:")


def test_ids_are_readable_and_made_unique():
    rules = rules_from("Requirements\n- Docker in production\n- Docker at scale\n")
    assert rules.ids == ("docker", "docker-2")


def test_quotes_and_backslashes_in_the_posting_survive_toml():
    assert only('Requirements\n- "Clean" code in C:\\src, C++ and C#\n').text == '"Clean" code in C:\\src, C++ and C#'


def test_a_bullet_wrapped_onto_indented_lines_is_one_requirement():
    rules = rules_from("Requirements\n- Solid Python for data\n  pipelines at scale\n- Git\n")
    assert [r.text for r in rules.requirements] == ["Solid Python for data pipelines at scale", "Git"]


def test_equivalent_experience_ignores_the_years_of_a_nice_to_have():
    rules = rules_from("Requirements\n- 5+ years\n- BSc in Maths or equivalent experience\n"
                       "Nice to have\n- 10 years of Rust\n")
    assert rules.requirements[1].check.or_years == 5


def test_milliseconds_are_not_a_masters_degree():
    assert not isinstance(only("Requirements\n- Kafka consumers with p99 under 100 ms\n").check, DegreeCheck)


# TOML round trip: whatever a posting holds, the draft is TOML that `rules check` accepts and reads back.

@settings(max_examples=200, deadline=None)
@given(title=st.text(min_size=1).filter(str.strip) | st.sampled_from(["Lead\x7f dev", 'a "b" \\c', "tab\there"]),
       bullet=st.text(min_size=1))
def test_a_draft_round_trips_through_toml_whatever_the_posting_holds(title, bullet):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "draft.toml"
        path.write_text(draft_rules(f"Role\nRequirements\n- Python and {bullet}\n", title), "utf-8")
        assert load_rules(path).title == title.strip()  # load_rules is what `rules check` runs
