"""A role's kind is read from its words, each of which stands where a word starts: the word start is tested once at
each place for all of a kind's words, and a kind is found exactly where a test per word would find it."""
import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from screener.experience import kinds
from screener.experience.kinds import Kind, role_kind

PIECES = ["Volunteer", "volunteering", "Board Member", "Member, Technical Advisory Board", "Treasurer, Board",
          "bénévole", "Ehrenamt", "adjunct", "Teaching Assistant", "TA", "ta", "GTA", "PhD student",
          "post-doctoral researcher", "doctoral candidate", "Research Assistant", "University", "Lab", "intern",
          "Internship", "international", "co-op", "(Summer)", "Praktikant", "freelancer", "Contractor", "self-employed",
          "Part-time", "per diem", "Student", "Student,", "at", "Acme", "Engineer", "–", "-", ",", "2019"]
headings = st.lists(st.sampled_from(PIECES), max_size=6).map(" ".join)


def a_word_start_per_word(words, others):
    """The same words with a word start tested for each of them on its own, in one alternation with the rest."""
    return re.compile("|".join([*(rf"\b{w}" for w in words), *others]), re.I)


@pytest.mark.parametrize("heading, kind", [
    ("Volunteer Tutor, Food Bank", Kind.VOLUNTEER),
    ("Member, Technical Advisory Board", Kind.VOLUNTEER),
    ("Graduate TA, Physics", Kind.ACADEMIC),
    ("Student, University of Somewhere", Kind.ACADEMIC),
    ("Research Assistant, University Lab", Kind.ACADEMIC),
    ("Research Assistant, Polling Firm", Kind.JOB),
    ("Software Engineering Intern (Summer)", Kind.INTERNSHIP),
    ("Engineer – international projects", Kind.JOB),
])
def test_a_role_s_kind_is_read_from_words_standing_at_a_word_start(heading, kind):
    assert role_kind(heading, Kind.JOB) == kind


@settings(max_examples=400, deadline=None)
@given(headings)
@example("post-doctoral researcher, University Lab")
@example("Internship (Summer)")
def test_a_kind_s_words_match_where_a_word_start_per_word_would(heading):
    for (kind, found, _), (_, words, others, _) in zip(kinds._KINDS, kinds._KIND_WORDS):
        alone = any(rx.search(heading) for rx in found)
        assert alone == bool(a_word_start_per_word(words, others).search(heading)), kind


# The same kinds as one alternation each, the staff test inside the contributor's pattern: each pattern is now scanned
# alone and the staff titles only where a society or a contributor is named, which must find the same kind.
JOINED_PIECES = [*PIECES, "Contributor", "contributors", "Society", "Engineering Society", "Senior Design", "Capstone",
                 "Enrolled in", "Software Development Student", "Manager", "Entwickler", "\n"]


def one_alternation_per_kind(text, default):
    if default in (Kind.VOLUNTEER, Kind.INTERNSHIP):
        return default
    for kind, words, others, where in kinds._KIND_WORDS:
        if where == (kinds._NO_STAFF,):
            joined = rf"(?s:^(?!.*{kinds.STAFF.pattern}).*\b(?:{'|'.join(words)}))"
            where = ()
        else:
            joined = "|".join([*(rf"\b{w}" for w in words), *others])
        if re.search(joined, text, re.I) and all(w.search(text) for w in where):
            return kind
    return default


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(JOINED_PIECES), max_size=7).map(" ".join), st.sampled_from(list(Kind)))
@example("Contributor, Staff Engineer", Kind.JOB)
@example("Engineer\nContributor", Kind.JOB)
@example("Capstone Project, Senior Design", Kind.JOB)
def test_each_pattern_scanned_alone_finds_the_kind_one_alternation_finds(heading, default):
    assert role_kind(heading, default) == one_alternation_per_kind(heading, default)
