"""A rule file known valid has its checks built on first use; one that is not is validated whole while loaded."""
import subprocess
import sys

import pytest

from screener.errors import RuleFileError
from screener.rules import load_rules, parse_rules
from screener.run.cache import Cache

RULES = ('title = "T"\n[[requirement]]\nid = "python"\ngroup = "must-have"\ntext = "Python"\ncheck = "keywords"\n'
         'any = ["Python"]\n')
BROKEN = RULES.replace('any = ["Python"]', 'any = []')


def _kinds_imported_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sys.modules))"],
                         capture_output=True, text=True, check=True)
    return {m for m in out.stdout.split() if m.startswith("screener.checks.") and m != "screener.checks.base"}


def test_a_rule_file_validated_before_imports_no_check_kind_until_a_check_is_used(tmp_path):
    (tmp_path / "r.toml").write_text(RULES)
    code = ("from pathlib import Path\nfrom screener.rules import load_rules\n"
            f"rules = load_rules(Path({str(tmp_path / 'r.toml')!r}), lambda sha, spec: True)\nrules.fingerprint")
    assert _kinds_imported_after(code) == set()
    assert "screener.checks.keywords" in _kinds_imported_after(code + "\nrules.requirements[0].check")


def test_a_rule_file_not_known_valid_is_rejected_while_it_is_loaded(tmp_path):
    (tmp_path / "r.toml").write_text(BROKEN)
    with pytest.raises(RuleFileError, match="requirement python"):
        load_rules(tmp_path / "r.toml", lambda sha, spec: False)


def test_validity_is_remembered_for_the_file_content_that_passed(tmp_path):
    (tmp_path / "r.toml").write_text(RULES)
    cache = Cache(tmp_path / "cache", key="k")
    rules = load_rules(tmp_path / "r.toml")
    assert not cache.knows_valid_rules(rules.sha256, rules.spec)
    cache.remember_valid_rules(rules.sha256, rules.spec)
    assert cache.knows_valid_rules(rules.sha256, rules.spec)
    assert not cache.knows_valid_rules("0" * 64, rules.spec)
    assert not cache.knows_valid_rules(rules.sha256, rules.spec.replace("Python", "Go"))


def test_the_fingerprint_is_the_same_whether_checks_are_built_at_load_or_later(tmp_path):
    (tmp_path / "r.toml").write_text(RULES)
    assert load_rules(tmp_path / "r.toml").fingerprint == load_rules(tmp_path / "r.toml", lambda sha, spec: True).fingerprint


def test_the_fingerprint_ignores_the_order_of_a_tables_keys():
    table = {"id": "python", "group": "must-have", "text": "Python", "check": "keywords", "any": ["Python"]}
    reordered = dict(reversed(table.items()))
    assert (parse_rules({"title": "t", "requirement": [table]}, "a.toml").fingerprint
            == parse_rules({"title": "t", "requirement": [reordered]}, "b.toml").fingerprint)


def test_the_fingerprint_changes_with_a_checks_parameters():
    def rules(term):
        return parse_rules({"title": "t", "requirement": [{"id": "x", "group": "must-have", "text": "X",
                                                          "check": "keywords", "any": [term]}]}, "r.toml")
    assert rules("Python").fingerprint != rules("Go").fingerprint
