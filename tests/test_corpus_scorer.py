"""The corpus scorer reads labels as ../shared/corpus/LABELING.md defines them."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("corpus_score", ROOT / "corpus" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)

NO_SKILLS = dict.fromkeys(["python", "nodejs", "go", "git", "linux", "agile", "databases", "microservices",
                           "observability", "performance", "leadership", "mentoring", "cloud", "cicd", "api",
                           "testing", "distributed"], False)
POSITION = {"title": "Engineer", "org": "Org", "start": "2010-01", "end": "present", "kind": "job"}


def label(**fields) -> dict:
    return {"file": "f.pdf", "usable": True, "positions": [POSITION], "years_work": 16.0, "years_software": 16.0,
            "years_claimed": None, "degree_level": "none", "degree_field_related": None,
            "skills": dict(NO_SKILLS), **fields}


def test_experience_years_follow_software_years_not_all_professional_years():
    assert score.expected(label(years_work=16.0, years_software=2.0))["experience-years"] == "fail"


def test_experience_years_between_seven_and_nine_are_not_scored():
    assert "experience-years" not in score.expected(label(years_software=8.0))


def test_without_dated_positions_a_stated_claim_decides_and_without_either_it_is_unknown():
    assert score.expected(label(positions=[], years_claimed=12))["experience-years"] == "pass"
    assert score.expected(label(positions=[], years_claimed=None))["experience-years"] == "unknown"


def test_language_passes_on_any_of_python_node_or_go():
    assert score.expected(label(skills={**NO_SKILLS, "go": True}))["language"] == "pass"
    assert score.expected(label())["language"] == "fail"


def test_performance_observability_needs_both():
    half = label(skills={**NO_SKILLS, "performance": True})
    both = label(skills={**NO_SKILLS, "performance": True, "observability": True})
    assert (score.expected(half)["performance-observability"], score.expected(both)["performance-observability"]) \
        == ("fail", "pass")


def test_degree_is_scored_only_where_the_key_settles_it():
    assert score.expected(label(degree_level="master", degree_field_related=True))["degree"] == "pass"
    assert "degree" not in score.expected(label(degree_level="none"))  # sixteen years may stand in for it
    assert score.expected(label(degree_level="none", years_work=2.0))["degree"] == "fail"


def test_an_undecidable_skill_is_not_scored():
    assert "git" not in score.expected(label(skills={**NO_SKILLS, "git": None}))


def test_a_tally_counts_misses_and_years_within_one_year():
    t = score.Tally("t")
    t.add(label(years_work=5.0, years_software=5.0), 5.9, {"experience-years": "fail", "git": "pass"})
    assert (t.years_hit, t.per["git"]["ok"], t.per["git"]["fp"]) == (1, 0, 1)
