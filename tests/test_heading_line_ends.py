"""A heading's drawn rule, its count of years and its aside stand at the line's ends ('EXPERIENCE ______',
'Experience: 4 Years', 'WORK EXPERIENCE (7 YEARS, 2017 - 2024)'): a look at a line's first and last characters
says whether it can have one, and only then is it scanned for one. The look changes no heading found."""
from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from screener.text import sections
from screener.text.sections import heading_name

PIECES = ["Work", "Experience", "EXPERIENCE", "E X P E R I E N C E", "Education", "Skills", "Projects", "and", "&",
          "(7 YEARS, 2017 - 2024)", "(selected)", ":", ": 4 Years", "- 12 yrs.", "– 3 YEARſ", "2019", "___", "===",
          "~~", "~", "\\section{Education}", "/", "|", "Java", "developer", "built", "the", "(", ")", ".", "  "]
lines = st.lists(st.sampled_from(PIECES), max_size=8).map(" ".join)


def looking_at_every_line(line):
    """heading_name with the look at the line's ends turned off: every line scanned for a rule, count and aside."""
    with mock.patch.object(sections, "_drawn_rule", lambda text: True), \
            mock.patch.object(sections, "_ends_in", lambda text, ends: True):
        return heading_name(line)


@pytest.mark.parametrize("line, name", [
    ("EXPERIENCE ______", "experience"),
    ("=== Education ===", "education"),
    ("___ Skills", "skills"),
    ("Professional Experience (selected roles at companies in Berlin, Munich and Hamburg)", "experience"),
    ("Work Experience: 12 Years", "experience"),
    ("Work Experience – 12 YEARſ", "experience"),
])
def test_a_heading_with_a_rule_a_count_or_an_aside_at_its_end_is_found(line, name):
    assert heading_name(line) == name


def test_a_long_line_that_ends_in_none_of_them_is_no_heading():
    assert heading_name("Work experience with Java, Python and Go across four teams in two years") is None


@settings(max_examples=500, deadline=None)
@given(lines)
@example("Work Experience – 12 YEARſ")
@example("___ Skills")
@example("Experience (selected roles at companies in Berlin and Munich):")
def test_the_look_at_a_line_s_ends_changes_no_heading(line):
    assert heading_name(line) == looking_at_every_line(line)
