"""A role's heading is read for study once per reading: `_studied(text, entry)` reads `text` with a role looked for
in `entry` (in `text` when none is given), so the same pair asked twice is work repeated. A one-line title is its own
entry, and with no line under its dates the context is the entry again; the outcome is the same (tests elsewhere)."""
import datetime as dt

import pytest

from screener.experience import blocks, build_timeline

from helpers import doc, sections

AS_OF = dt.date(2026, 1, 1)


@pytest.mark.parametrize("lines", [
    ["Experience", "Platform Engineer, Northwind Tools 2019 – 2023"],
    ["Experience", "Platform Engineer, Northwind Tools 2019 – 2023", "Built the billing service in Go"],
    ["Experience", "Platform Engineer", "Northwind Tools, 2019 – 2023"],
    ["Experience", "BSc Physics, Eastbrook College 2014 – 2018"],
])
def test_each_reading_of_a_heading_for_study_is_asked_once(monkeypatch, lines):
    asked = []
    read = blocks._studied

    def counting(text, entry=None):
        asked.append((text, text if entry is None else entry))
        return read(text, entry)

    monkeypatch.setattr(blocks, "_studied", counting)
    d = doc(*lines)
    build_timeline(d, sections(d), AS_OF)
    assert asked and len(asked) == len(set(asked))
