"""Shared fixtures: rule files written on the fly, and a private cache and clean settings for every test.

The builders of tiny resumes and one-requirement rule sets are in helpers.py.
"""
from __future__ import annotations

import os
import textwrap

import pytest
from hypothesis import settings

# In CI the property tests draw the same examples on every run, so a red build is reproducible and never a draw's
# luck; a developer's runs draw new ones, which is how the date grammar's edge cases are found (then pinned).
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture
def rule_file(tmp_path):
    """Write a rule file from TOML text and return its path."""
    def write(body: str, name: str = "rules.toml"):
        path = tmp_path / name
        path.write_text(textwrap.dedent(body), encoding="utf-8")
        return path
    return write


@pytest.fixture(autouse=True)
def private_cache(tmp_path_factory, monkeypatch):
    """Tests never touch the user's real cache, and the user's SCREENER_* settings never reach them."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("SCREENER_CACHE_DIR", str(folder))
    for name in ("SCREENER_RULES", "SCREENER_AS_OF", "SCREENER_FORMAT", "SCREENER_OUTPUT", "SCREENER_JOBS"):
        monkeypatch.delenv(name, raising=False)
    return folder
