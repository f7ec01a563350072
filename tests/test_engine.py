"""Verdict and score from requirement results; unreadable documents are unknown, not failed."""
from helpers import AS_OF, document, requirement

from screener.engine import screen_document
from screener.models import Document, Status, Verdict
from screener.rules import parse_rules


def rules(*reqs):
    return parse_rules({"title": "t", "requirement": list(reqs)}, "t.toml")


MUST = requirement(any=["Python"], group="must-have") | {"id": "python"}
NICE = requirement(any=["Docker"], group="nice-to-have") | {"id": "docker"}


def test_a_failed_must_have_fails_the_resume():
    assert screen_document(document("Docker"), rules(MUST, NICE), AS_OF).verdict is Verdict.FAIL


def test_all_must_haves_passing_passes_even_with_nice_to_haves_missing():
    result = screen_document(document("Python"), rules(MUST, NICE), AS_OF)
    assert result.verdict is Verdict.PASS


def test_score_weighs_must_haves_three_times_nice_to_haves():
    assert screen_document(document("Python"), rules(MUST, NICE), AS_OF).score == 0.75


def test_an_unknown_must_have_makes_the_verdict_unknown():
    soft = requirement(any=["problem solving"], group="must-have", missing="unknown") | {"id": "soft"}
    assert screen_document(document("Python"), rules(MUST, soft), AS_OF).verdict is Verdict.UNKNOWN


def test_an_unreadable_document_is_unknown_on_every_requirement_with_the_reason():
    doc = Document("scan.pdf", "pdf", (), unreadable="no text layer (scanned document?)")
    result = screen_document(doc, rules(MUST, NICE), AS_OF)
    assert {q.status for q in result.requirements} == {Status.UNKNOWN}
    assert all("no text layer" in q.detail for q in result.requirements)
    assert result.verdict is Verdict.UNKNOWN

