"""Rule files: the bundled set loads anywhere; every kind of mistake is one located line."""
import re

import pytest

from screener.errors import RuleFileError
from screener.models import Group, Status
from screener.rules import bundled_rules, load_rules, parse_rules

GOOD = """
title = "Backend"

[[requirement]]
id = "language"
group = "qualification"
text = "Python or Go"
check = "keywords"
any = ["Python", { term = "Go", match = "case" }]
"""


def test_bundled_rules_load_without_a_path():
    rules = load_rules()
    assert rules.requirements and rules.source == str(bundled_rules())


def test_a_good_file_gives_requirements_with_group_and_missing(rule_file):
    rules = load_rules(rule_file(GOOD))
    req = rules.requirements[0]
    assert (req.id, req.group, req.missing) == ("language", Group.QUALIFICATION, Status.FAIL)


def test_missing_can_be_unknown_for_soft_skills(rule_file):
    rules = load_rules(rule_file(GOOD.replace('check = "keywords"', 'missing = "unknown"\ncheck = "keywords"')))
    assert rules.requirements[0].missing is Status.UNKNOWN


def error_for(rule_file, body: str) -> str:
    with pytest.raises(RuleFileError) as exc:
        load_rules(rule_file(body))
    return str(exc.value)


def test_toml_syntax_error_names_file_and_line(rule_file):
    msg = error_for(rule_file, 'title = "x"\n\n[[requirement]\nid = "a"\n')
    assert msg.startswith(str(rule_file("", "unused.toml").parent / "rules.toml") + ":3: TOML syntax")


def test_unknown_key_names_the_requirement(rule_file):
    msg = error_for(rule_file, GOOD + 'anyy = ["x"]\n')
    assert msg.endswith("rules.toml: requirement language: unknown key 'anyy' for a keywords check "
                        "(allowed: all, also, any, but_after, context, exclude, ignore_sections, match, not_after, "
                        "own, role, role_scope, sections, threshold, unless)")


def test_wrong_type_names_the_requirement_and_value(rule_file):
    msg = error_for(rule_file, GOOD.replace('any = ["Python", { term = "Go", match = "case" }]', 'any = "Python"'))
    assert msg.endswith("requirement language: 'any' must be a list, got 'Python'")


def test_duplicate_id_is_an_error(rule_file):
    msg = error_for(rule_file, GOOD + GOOD.split("\n", 2)[2])
    assert msg.endswith("requirement language: duplicate id (ids must be unique)")


def test_unknown_check_lists_the_known_ones(rule_file):
    msg = error_for(rule_file, GOOD.replace('check = "keywords"', 'check = "vibes"'))
    assert "requirement language: unknown check 'vibes' (allowed: keywords, years, degree, all-of, any-of)" in msg


def test_bad_group_is_an_error(rule_file):
    msg = error_for(rule_file, GOOD.replace('"qualification"', '"bonus"'))
    assert "requirement language: 'group' must be one of must-have, qualification, nice-to-have" in msg


def test_errors_inside_a_composed_check_name_their_path(rule_file):
    msg = error_for(rule_file, """
        title = "x"
        [[requirement]]
        id = "perf"
        group = "must-have"
        text = "performance and monitoring"
        check = "all-of"
        [[requirement.checks]]
        check = "keywords"
        any = ["profiling"]
        [[requirement.checks]]
        check = "keywords"
        any = []
    """)
    assert msg.endswith("requirement perf: checks[1]: the term list is empty")


def test_numbers_are_range_checked(rule_file):
    msg = error_for(rule_file, GOOD + "threshold = 5\n")
    assert msg.endswith("requirement language: threshold must be between 50 and 100, got 5")


def test_booleans_are_not_numbers(rule_file):
    msg = error_for(rule_file, GOOD.replace('check = "keywords"\nany = ["Python", { term = "Go", match = "case" }]',
                                           'check = "years"\nmin = true'))
    assert "'min' must be a number, got True" in msg


def test_a_file_with_no_requirements_is_an_error(rule_file):
    assert error_for(rule_file, 'title = "x"\n').endswith("no requirements: add at least one [[requirement]] table")


def test_a_rule_file_nested_thousands_deep_is_one_located_line_and_exit_2(rule_file):
    from typer.testing import CliRunner
    from screener.cli import app

    path = rule_file(GOOD + "\n[extra]\nx = " + "[" * 5000 + "]" * 5000 + "\n")
    result = CliRunner().invoke(app, ["rules", "check", str(path)])
    assert result.exit_code == 2
    assert result.stderr == (f"screener: {path}:12: arrays or tables nested more than 100 deep "
                             "(a rule file needs a few levels)\n")


def test_checks_composed_too_deep_are_one_located_line(rule_file):
    inner = '{ check = "keywords", any = ["Python"] }'
    for _ in range(25):
        inner = f'{{ check = "any-of", checks = [{inner}] }}'
    body = GOOD.replace('check = "keywords"\nany = ["Python", { term = "Go", match = "case" }]',
                        f'check = "any-of"\nchecks = [{inner}]')
    assert error_for(rule_file, body).endswith("requirement language: checks composed more than 20 deep")


def test_a_utf8_byte_order_mark_at_the_start_is_accepted(tmp_path):
    path = tmp_path / "notepad.toml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert load_rules(path).requirements[0].id == "language"


@pytest.mark.parametrize("params,message", [
    ({"own": "yes"}, "'own' must be a boolean (true or false), got 'yes'"),
    ({"role": "nope"}, "role 'nope' must name a years requirement with a [field]"),
    ({"match": "stem"}, "match must be one of auto, word, inflected, exact, case, fuzzy, got 'stem'"),
])
def test_keyword_reading_parameters_are_validated(params, message):
    req = {"id": "a", "text": "t", "group": "must-have", "check": "keywords", "any": ["x"], **params}
    with pytest.raises(RuleFileError, match=re.escape(message)):
        parse_rules({"title": "t", "requirement": [req]}, "r.toml")
