"""Shared test helpers: tiny resumes and rule files built inside the tests."""
from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from screener.engine import screen_document
from screener.models import Document, Line, Status
from screener.rules import parse_rules

AS_OF = dt.date(2026, 1, 1)


def document(text: str, source: str = "resume.txt") -> Document:
    """A Document from a block of text, one Line per non-empty line."""
    lines = [t.strip() for t in textwrap.dedent(text).splitlines() if t.strip()]
    return Document(source, "text", tuple(Line(t) for t in lines))


def requirement(check: str = "keywords", missing: str = "fail", group: str = "qualification", **params) -> dict:
    return {"id": "req", "text": "the posting's words", "group": group, "missing": missing, "check": check, **params}


def outcome(text: str, req: dict):
    """Screen `text` against a one-requirement rule set; return that requirement's result."""
    rules = parse_rules({"title": "t", "requirement": [req]}, "test.toml")
    return screen_document(document(text), rules, AS_OF).requirements[0]


def check(text: str, req: dict, expect: Status | str):
    """One-line assertion for check tests: the requirement's status on `text` is `expect`."""
    result = outcome(text, req)
    assert result.status == Status(expect), f"{result.status.value}: {result.detail}"
    return result


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
