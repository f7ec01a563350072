"""The keyword sweep's reading of a failing requirement's detail: each match it did not count, with the reason."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from keyword_sweep import notes  # noqa: E402


def test_a_reason_that_says_where_the_match_was_read_keeps_only_its_last_clause():
    detail = ("none of 'mentor' found; not counted: 'Coached' (in the awards section, no position, no context words), "
              "'mentor' (another person's title); none of 'tutor' found")
    assert notes(detail) == [("Coached", "no context words"), ("mentor", "another person's title")]


def test_a_reason_without_a_place_is_kept_whole():
    assert notes("not counted: 'teaching' (wanted, not done)") == [("teaching", "wanted, not done")]


def test_a_detail_without_notes_has_none():
    assert notes("none of 'mentor', 'coach' found") == []
