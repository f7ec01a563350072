"""Terminal reporters print resume and rule-file words as written: rich must never read "[in progress]" or
"[bold]" in a resume as its own markup and swallow it."""
import datetime as dt
import io

from rich.console import Console

from screener.api import load_rules
from screener.engine import screen_facts
from screener.facts import Facts
from screener.models import Document, Line, Report
from screener.reporters import explain, table

AS_OF = dt.date(2026, 1, 1)
RULES_TOML = """
title = "Engineer [senior]"

[[requirement]]
id = "language"
group = "must-have"
text = "Python"
check = "keywords"
any = ["Python"]
"""


def _document(*lines: str) -> Document:
    return Document("r.txt", "text", tuple(Line(t) for t in lines))


def _rules(tmp_path):
    path = tmp_path / "rules.toml"
    path.write_text(RULES_TOML)
    return load_rules(path)


def _explained(tmp_path, *lines: str) -> str:
    facts = Facts(_document(*lines), AS_OF)
    out = io.StringIO()
    explain.render(facts, screen_facts(facts, _rules(tmp_path)), out)
    return " ".join(out.getvalue().split())


def test_explain_prints_a_degree_status_in_its_brackets(tmp_path):
    out = _explained(tmp_path, "Education", "BSc Computer Science, in progress", "University of Testing")
    assert "[in progress]" in out


def test_explain_prints_a_position_title_with_square_brackets_as_written(tmp_path):
    out = _explained(tmp_path, "Experience", "Engineer [bold]Platform[/bold], Acme, 2015 - 2024")
    assert "Engineer [bold]Platform[/bold], Acme" in out


def test_table_prints_a_rule_file_title_with_square_brackets_as_written(tmp_path, monkeypatch):
    monkeypatch.setattr(table, "Console", lambda **kw: Console(**kw, width=200))
    rules = _rules(tmp_path)
    facts = Facts(_document("Python developer"), AS_OF)
    out = io.StringIO()
    table.write(Report((rules.job(),), AS_OF, (screen_facts(facts, rules),)), out)
    assert "Engineer [senior]" in out.getvalue()
