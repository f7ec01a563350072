"""The display-ready row every output format renders, so a cell is formatted once and formats never drift apart.

A row holds what a person reads about one result: the file name with control characters shown as pictures, the
years cell, each requirement's result by id, and the trace back to what produced it. How outcomes look (glyphs,
terminal styles) and which verdict is best are defined here too. JSON keeps the raw values (records.py): it is
for programs, not for reading.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..models import Report, RequirementResult, ResumeResult, Status, Verdict
from ..text.printable import printable

GLYPH = {Status.PASS: "✓", Status.FAIL: "✗", Status.UNKNOWN: "?"}
STYLE = {Status.PASS: "green", Status.FAIL: "red", Status.UNKNOWN: "yellow",
         Verdict.PASS: "bold green", Verdict.FAIL: "bold red", Verdict.UNKNOWN: "bold yellow",
         Verdict.ERROR: "bold magenta"}
STATUS_RANK = {Status.PASS: 0, Status.UNKNOWN: 1, Status.FAIL: 2}  # best first


@dataclass(frozen=True)
class Row:
    result: ResumeResult
    file: str  # the file name as shown to people
    years: str  # experience years, "" when unknown (each format shows the blank its own way)
    statuses: dict[str, RequirementResult]  # each requirement's result by id; a job without the id has none
    trace: tuple[tuple[str, str], ...]  # (name, value): the as-of date, rule file sha256, screener version


def years_cell(years: float | None) -> str:
    return "" if years is None else f"{years:g}"


def rows(report: Report) -> Iterator[Row]:
    """One Row per result, in the report's order, streamed."""
    rules_hash = {j.name: j.sha256 for j in report.jobs}
    for r in report.results:
        trace = (("as_of", report.as_of.isoformat()), ("rules_sha256", rules_hash.get(r.job, report.jobs[0].sha256)),
                 ("screener_version", report.version))
        yield Row(r, printable(r.file), years_cell(r.experience_years), {q.id: q for q in r.requirements}, trace)


def brief(result: ResumeResult) -> ResumeResult:
    """The result without its requirements, timeline, warnings and diagnostics: what the verdict counts and best
    fits below a report read, kept for every row by formats that lay out the whole batch before writing it."""
    return replace(result, requirements=(), positions=(), warnings=(), diagnostics=None)


def best_fits(results: list[ResumeResult]) -> list[tuple[str, str, float]]:
    """(file, job, score) of the highest-scoring job per resume, in the order resumes first appear."""
    best: dict[str, ResumeResult] = {}
    for r in results:
        if not r.error and (r.file not in best or r.score > best[r.file].score):
            best[r.file] = r
    return [(f, r.job, r.score) for f, r in best.items()]
