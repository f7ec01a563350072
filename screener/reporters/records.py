"""Plain dict/list forms of results, shared by the JSON-like outputs so their fields never drift apart.

An enum's value is read as `_value_`, the attribute the `value` property returns after a lookup of its own (about
a microsecond, paid twice for each of a result's requirements: a tenth of writing a result read from the cache).
"""
from __future__ import annotations

from typing import Any

from ..models import Diagnostics, Evidence, Job, Position, Report, RequirementResult, ResumeResult


def evidence_record(e: Evidence) -> dict[str, Any]:
    return {"quote": e.quote, "term": e.term, "section": e.section, "page": e.page, "line": e.line,
            "score": e.score}


def requirement_record(r: RequirementResult) -> dict[str, Any]:
    return {"id": r.id, "group": r.group._value_, "status": r.status._value_, "detail": r.detail,
            "evidence": [evidence_record(e) for e in r.evidence]}


def position_record(p: Position) -> dict[str, Any]:
    return {"title": p.title, "organisation": p.organisation, "start": p.start.isoformat(),
            "end": p.end.isoformat(), "years": p.years, "kind": p.kind, "counted": p.counted, "why": p.why}


def result_record(r: ResumeResult) -> dict[str, Any]:
    return {"file": r.file, "verdict": r.verdict._value_, "score": r.score, "experience_years": r.experience_years,
            "error": r.error, "warnings": list(r.warnings), "sha256": r.sha256,
            "requirements": [requirement_record(q) for q in r.requirements],
            "positions": [position_record(p) for p in r.positions], **({"rules": r.job} if r.job else {}),
            "diagnostics": diagnostics_record(r.diagnostics) if r.diagnostics else None}


def diagnostics_record(d: Diagnostics) -> dict[str, Any]:
    return {"pages": d.pages, "characters": d.characters, "columns": d.columns, "ocr": d.ocr,
            "sections": list(d.sections), "unparsed_dates": list(d.unparsed_dates)}


def job_record(job: Job) -> dict[str, Any]:
    return {"name": job.name, "title": job.title, "source": job.source, "sha256": job.sha256,
            "requirements": [r.id for r in job.requirements]}


def header_record(report: Report) -> dict[str, Any]:
    """Where the results came from: enough to trace a row back to the exact rules, date and version.

    `rules` is the one rule set screened; with several, it is their list and each result names its job.
    """
    jobs = [job_record(j) for j in report.jobs]
    return {"rules": jobs if report.several else jobs[0], "as_of": report.as_of.isoformat(),
            "version": report.version}
