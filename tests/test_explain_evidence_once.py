"""`explain` shows each piece of evidence once: a requirement's term groups may each cite the same words at the same
place, each with its own reading; the explanation prints that quote where it first came, with every group's matched
words in bold and one reading that joins their reasons. Other outputs keep every piece as it was cited."""
import io

import pytest
from rich.console import Console
from rich.text import Text

from screener.facts import Facts
from screener.models import Evidence, Group, RequirementResult, ResumeResult, Status, Verdict
from screener.reporters import explain

from helpers import AS_OF, document

UNDER = "under Developer, Acme (job, 2018-2022)"
QUOTE = "Mentored engineers through code reviews"


@pytest.fixture(autouse=True)
def wide_terminal(monkeypatch):
    """A terminal wide enough that no line wraps, with its styles written out so bold can be read back."""
    monkeypatch.setattr(explain, "Console", lambda **kw: Console(**kw, width=400, force_terminal=True,
                                                                  color_system="standard"))


def _lines(*evidence: Evidence) -> list[Text]:
    """The explanation's lines, styled, of one requirement citing `evidence`."""
    requirement = RequirementResult("mentoring", Group.MUST_HAVE, Status.PASS, "found 'mentor'", evidence)
    result = ResumeResult("resume.txt", Verdict.PASS, 1.0, None, (requirement,))
    out = io.StringIO()
    explain.render(Facts(document("Experience\nDeveloper, Acme  2018 - 2022"), AS_OF), result, out)
    return Text.from_ansi(out.getvalue()).split("\n")


def _plain(*evidence: Evidence) -> list[str]:
    return [line.plain for line in _lines(*evidence)]


def _cited(line: int, reading: str = UNDER, quote: str = QUOTE, highlight=None) -> Evidence:
    return Evidence(quote, "mentor", "experience", 1, line, highlight=highlight, reading=reading)


def test_the_same_quote_at_the_same_place_is_printed_once():
    said = _plain(_cited(3), _cited(3, f"{UNDER}; the candidate's own doing"))
    assert sum(QUOTE in line for line in said) == 1


def test_the_readings_join_their_reasons_in_first_seen_order_without_repeats():
    said = _plain(_cited(3, f"{UNDER}; the candidate's own doing"),
                  _cited(3, f"{UNDER}; the candidate's own doing; 'engineers' in the same sentence"),
                  _cited(3, f"{UNDER}; the position's title names 'Developer'; the candidate's own doing"))
    assert [line.strip() for line in said if line.strip().startswith("read ")] == [
        f"read {UNDER}; the candidate's own doing; 'engineers' in the same sentence; "
        "the position's title names 'Developer'"]


def test_the_words_every_occurrence_matched_are_bold():
    at = QUOTE.index("code reviews")
    lines = _lines(_cited(3, highlight=(0, 8)), _cited(3, highlight=(at, at + len("code reviews"))))
    (quoted,) = [line for line in lines if QUOTE in line.plain]
    bold = [quoted.plain[s.start:s.end] for s in quoted.spans if "bold" in str(s.style)]
    assert bold == ["Mentored", "code reviews"]


def test_the_same_quote_on_another_line_is_another_piece_of_evidence():
    said = _plain(_cited(3, f"{UNDER}; the candidate's own doing"), _cited(7, "under Lead, Acme (job, 2022-2024)"),
                  _cited(3, f"{UNDER}; 'engineers' in the same sentence"))
    assert [line.strip() for line in said if "line " in line or line.strip().startswith("read ")] == [
        f"page 1, line 3, experience: “{QUOTE}”",
        f"read {UNDER}; the candidate's own doing; 'engineers' in the same sentence",
        f"page 1, line 7, experience: “{QUOTE}”",
        "read under Lead, Acme (job, 2022-2024)"]


def test_evidence_keeps_the_order_of_its_first_occurrences():
    said = _plain(_cited(5, quote="Coached two interns"), _cited(2, quote="Mentor of the year"),
                  _cited(5, quote="Coached two interns"), _cited(9, quote="Ran a code review rota"))
    assert [line.strip().split(":")[0] for line in said if "line " in line] == [
        "page 1, line 5, experience", "page 1, line 2, experience", "page 1, line 9, experience"]


def test_quotes_with_no_line_have_no_place_in_common_and_are_all_shown():
    unplaced = Evidence("BSc Physics", "bachelor", "education", reading="from the resume's structured education")
    assert sum("BSc Physics" in line for line in _plain(unplaced, unplaced)) == 2
