"""The display-ready row every output format renders, so a cell is formatted once and formats never drift apart.

A row holds what a person reads about one result: the file name with control characters shown as pictures, the
years cell, each requirement's result by id, and the trace back to what produced it. How outcomes look (glyphs,
terminal styles) and which verdict is best are defined here too. JSON keeps the raw values (records.py): it is
for programs, not for reading.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

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


class Tally:
    """What the summary below a report reads of its rows, kept as they go by rather than the rows themselves: how
    many there were, how many got each verdict, and each resume's highest-scoring job."""

    def __init__(self) -> None:
        self.count = 0
        self.verdicts: Counter[Verdict] = Counter()
        self._best: dict[str, tuple[str, float]] = {}  # file -> (job, score), in the order files first appear

    def add(self, result: ResumeResult) -> None:
        self.count += 1
        self.verdicts[result.verdict] += 1
        best = self._best.get(result.file)
        if not result.error and (best is None or result.score > best[1]):
            self._best[result.file] = (result.job, result.score)

    def best_fits(self) -> list[tuple[str, str, float]]:
        """(file, job, score) of the highest-scoring job per resume, in the order resumes first appear."""
        return [(file, job, score) for file, (job, score) in self._best.items()]
