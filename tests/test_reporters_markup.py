"""Terminal reporters print resume and rule-file words as written: rich must never read "[in progress]" or
"[bold]" in a resume as its own markup and swallow it."""
import io

from rich.console import Console

from screener.engine import screen_facts
from screener.facts import Facts
from screener.models import Report
from screener.reporters import explain, table
from screener.rules import parse_rules

from helpers import AS_OF, document, requirement

RULES = parse_rules({"title": "Engineer [senior]", "requirement": [requirement(any=["Python"])]}, "rules.toml")


def _explained(text: str) -> str:
    facts = Facts(document(text), AS_OF)
    out = io.StringIO()
    explain.render(facts, screen_facts(facts, RULES), out)
    return " ".join(out.getvalue().split())


def test_explain_prints_a_degree_status_in_its_brackets():
    out = _explained("Education\nBSc Computer Science, in progress\nUniversity of Testing")
    assert "[in progress]" in out


def test_explain_prints_a_position_title_with_square_brackets_as_written():
    out = _explained("Experience\nEngineer [bold]Platform[/bold], Acme, 2015 - 2024")
    assert "Engineer [bold]Platform[/bold], Acme" in out


def test_table_prints_a_rule_file_title_with_square_brackets_as_written(monkeypatch):
    monkeypatch.setattr(table, "Console", lambda **kw: Console(**kw, width=200))
    facts = Facts(document("Python developer"), AS_OF)
    out = io.StringIO()
    table.write(Report((RULES.job(),), AS_OF, (screen_facts(facts, RULES),)), out)
    assert "Engineer [senior]" in out.getvalue()
