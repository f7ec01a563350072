"""screen_document(document, rules, as_of) -> ResumeResult: run every requirement's check and turn outcomes into
statuses. Pure: no file, cache or process here (run/ does that per file), so a program can screen any Document."""
from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .facts import Facts
from .models import Diagnostics, Document, Group, RequirementResult, ResumeResult, Status, Verdict
from .text.injection import steering_warnings

if TYPE_CHECKING:  # rules arrive built; the engine never reads a rule file
    from .rules import Requirement, RuleSet

# How much a requirement weighs in the 0..1 score: must-haves matter most, nice-to-haves least.
WEIGHTS = {Group.MUST_HAVE: 3.0, Group.QUALIFICATION: 2.0, Group.NICE_TO_HAVE: 1.0}


def _status(req: Requirement, facts: Facts) -> RequirementResult:
    out = req.check.evaluate(facts)
    if out.met:
        return RequirementResult(req.id, req.group, Status.PASS, out.detail, out.evidence)
    if out.met is None:
        return RequirementResult(req.id, req.group, Status.UNKNOWN, f"cannot tell: {out.detail}", out.evidence)
    if req.missing is Status.UNKNOWN:
        return RequirementResult(req.id, req.group, Status.UNKNOWN,
                                 f"not shown by the text ({out.detail}); a resume may not state this, so judge it "
                                 "in the interview", out.evidence)
    return RequirementResult(req.id, req.group, Status.FAIL, out.detail, out.evidence)


def verdict(results: tuple[RequirementResult, ...]) -> Verdict:
    """fail if any must-have fails, else unknown if any must-have is unknown, else pass."""
    musts = [r.status for r in results if r.group is Group.MUST_HAVE]
    if Status.FAIL in musts:
        return Verdict.FAIL
    if Status.UNKNOWN in musts:
        return Verdict.UNKNOWN
    return Verdict.PASS


def score(results: tuple[RequirementResult, ...]) -> float:
    """Weighted share of requirements passed; unknown earns nothing, since nothing on the resume shows it."""
    total = sum(WEIGHTS[r.group] for r in results)
    got = sum(WEIGHTS[r.group] for r in results if r.status is Status.PASS)
    return round(got / total, 3) if total else 0.0


def screen_document(document: Document, rules: RuleSet, as_of: dt.date) -> ResumeResult:
    """Screen one loaded resume."""
    return screen_facts(Facts(document, as_of), rules)


def screen_facts(facts: Facts, rules: RuleSet) -> ResumeResult:
    """Screen a resume's facts, for a caller that shows them too (explain).

    A document with no readable text is unknown on every requirement."""
    document = facts.document
    if document.unreadable:
        results = tuple(RequirementResult(r.id, r.group, Status.UNKNOWN, f"cannot tell: {document.unreadable}")
                        for r in rules.requirements)
        diagnostics = Diagnostics(document.pages, 0, document.columns, document.ocr, ())
        return ResumeResult(document.source, verdict(results), 0.0, None, results, None, document.warnings,
                            diagnostics=diagnostics)
    results = tuple(_status(r, facts) for r in rules.requirements)
    warnings = document.warnings + steering_warnings(facts.texts)
    return ResumeResult(document.source, verdict(results), score(results), facts.total_years, results, None,
                        warnings, facts.timeline.positions, diagnostics=facts.diagnostics)
