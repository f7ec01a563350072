"""Property-based tests: arbitrary input never raises anything but the errors we mean to raise."""
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.errors import RuleFileError
from screener.rules import parse_rules
from screener.text.normalize import normalize_line, normalize_lines

# TOML-shaped values: what tomllib can hand the rule loader
scalars = st.one_of(st.text(max_size=20), st.integers(-10**6, 10**6), st.floats(allow_nan=False), st.booleans())
toml_values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)), max_leaves=20)
keys = st.sampled_from(["id", "text", "group", "missing", "check", "any", "all", "threshold", "min", "max",
                        "level", "fields", "or_years", "checks", "sections", "context", "exclude", "term", "x"])
requirement = st.dictionaries(keys, toml_values | st.sampled_from(
    ["keywords", "years", "degree", "all-of", "any-of", "must-have", "fail", "unknown", "a-b"]), max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({"title": st.text(max_size=5)}, optional={
    "requirement": st.lists(requirement, max_size=3), "aliases": toml_values}))
def test_the_rule_loader_raises_only_rule_file_errors(data):
    try:
        parse_rules(data, "fuzz.toml")
    except RuleFileError as exc:
        assert str(exc).startswith("fuzz.toml: ")


@settings(deadline=None)
@given(st.text())
def test_normalising_a_line_never_raises_and_leaves_no_line_breaks_or_edge_spaces(text):
    out = normalize_line(text.replace("\n", " "))
    assert out == out.strip()


@settings(deadline=None)
@given(st.lists(st.text()))
def test_normalised_lines_are_never_empty(lines):
    assert all(line for line in normalize_lines(lines))
