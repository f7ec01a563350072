"""A lazy pattern is re.compile deferred to its first use: same matches, no cost until a run needs it."""
import re

import pytest

from screener.text.lazy_regex import LazyPattern


def test_a_lazy_pattern_is_not_compiled_until_first_used():
    rx = LazyPattern(r"(?P<year>\d{4})", re.I)
    assert not rx.compiled
    assert (rx.pattern, rx.flags) == (r"(?P<year>\d{4})", re.I) and not rx.compiled
    rx.search("since 2015")
    assert rx.compiled


def test_a_lazy_pattern_matches_as_the_compiled_pattern_does():
    text = "Go 2015 – Rust 2019"
    source = r"(?P<lang>[a-z]+) (?P<year>\d{4})"
    rx, compiled = LazyPattern(source, re.I), re.compile(source, re.I)
    assert rx.search(text).group("year") == compiled.search(text).group("year")
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert rx.sub("x", text) == compiled.sub("x", text) and rx.findall(text) == compiled.findall(text)
    assert rx.fullmatch(text) is None and rx.match(text).group("lang") == "Go"
    assert rx.groupindex == compiled.groupindex and rx.groups == compiled.groups


def test_once_compiled_its_calls_are_the_compiled_patterns_own():
    rx = LazyPattern(r"\d+")
    rx.search("1")
    assert isinstance(rx.search.__self__, re.Pattern) and isinstance(rx.finditer.__self__, re.Pattern)


def test_a_bad_pattern_fails_where_it_is_first_used():
    rx = LazyPattern(r"(unclosed")
    with pytest.raises(re.error):
        rx.search("x")
