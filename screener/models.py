"""The few value types that flow through the pipeline: Document -> RequirementResult -> ResumeResult -> Report.

Everything here is a small frozen dataclass or a str Enum with no I/O, so every layer (loaders, checks,
engine, reporters) can share them and results pickle cleanly across processes.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum, StrEnum


class Status(str, Enum):
    """Outcome of one requirement. UNKNOWN is first-class: it is shown everywhere, never dropped."""

    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"


class Verdict(str, Enum):
    """Outcome of one resume: fail if a must-have fails, else unknown if one is unknown, else pass."""

    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"
    ERROR = "error"


VERDICT_RANK = {Verdict.PASS: 0, Verdict.UNKNOWN: 1, Verdict.FAIL: 2, Verdict.ERROR: 3}  # best first


class DegreeLevel(StrEnum):
    """A degree's level, lowest first: comparisons go by `rank`, so 'bachelor or above' is one test. It prints as
    its value ("bachelor"), as the rule files write it."""

    ASSOCIATE = "associate"
    BACHELOR = "bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"

    @property
    def rank(self) -> int:
        return list(DegreeLevel).index(self)


class Group(str, Enum):
    MUST_HAVE = "must-have"
    QUALIFICATION = "qualification"
    NICE_TO_HAVE = "nice-to-have"


class Unreadable(StrEnum):
    """Why a file that opened holds no text to screen, when a later step acts on the reason (OCR on a scan)."""

    NO_TEXT_LAYER = "no text layer (scanned document?)"  # an image-only PDF


@dataclass(frozen=True, slots=True)
class Line:
    """One visual line of a resume, already normalised, with the page it sits on (1 for unpaginated files)."""

    text: str
    page: int = 1
    # written as a list item (led by a bullet, which the text no longer shows, or by an item's number, or a Word
    # list paragraph): a role's content, never its heading
    item: bool = False


@dataclass(frozen=True)
class Document:
    """What a loader read from one file: lines in reading order plus what the reader should know about them.

    `unreadable` is set when the file opened but holds no text to screen (a scanned PDF): every requirement is
    then unknown with that reason. `warnings` name things such as hidden text that was left out.
    `structured` carries exact facts from formats that have them (JSON Resume), so nothing has to be guessed.
    """

    source: str
    kind: str
    lines: tuple[Line, ...]
    pages: int = 1
    warnings: tuple[str, ...] = ()
    unreadable: str | None = None
    structured: StructuredResume | None = None
    columns: int = 1  # most text columns found on one page (2 for a sidebar layout)
    ocr: bool = False  # the text was read from page images by OCR
    metadata: tuple[str, ...] = ()  # the file's author and title properties: --blind looks for the name there too

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)  # no slots: results cross processes, and slotted dataclasses unpickle field by field in Python
class Position:
    """One dated role. `kind` is job, internship, part-time, freelance, academic or volunteer."""

    title: str
    organisation: str
    start: dt.date
    end: dt.date
    kind: str = "job"
    counted: bool = True
    why: str = ""
    line: int | None = None  # index into Document.lines where the role's dates were found
    end_line: int | None = None  # the role's text (title, dates, bullets) is Document.lines[line_start:end_line]
    line_start: int | None = None
    # A title stacked over others at one employer with no text of its own reads on to the text under the last of
    # them: its own lines end at `own_end`, and lines[own_end:end_line] are the titles' below, which it shares
    own_end: int | None = None

    @property
    def years(self) -> float:
        return round((self.end - self.start).days / 365.25, 1)

    @property
    def span(self) -> tuple[int, int] | None:
        """(first, end) line indices of the role's text, or None for a position with no lines (JSON Resume)."""
        if self.line is None:
            return None
        first = self.line_start if self.line_start is not None else self.line
        return first, self.end_line if self.end_line is not None else self.line + 1


@dataclass(frozen=True, slots=True)
class Degree:
    """A degree found on the resume, at one of the `DegreeLevel`s."""

    level: DegreeLevel
    field: str | None
    status: str = "completed"  # completed | in progress | expected YYYY
    quote: str = ""
    line: int | None = None


@dataclass(frozen=True)
class StructuredResume:
    """Exact facts from a structured format (JSON Resume): used instead of parsing free text."""

    positions: tuple[Position, ...] = ()
    degrees: tuple[Degree, ...] = ()


@dataclass(frozen=True)  # no slots: results cross processes, and slotted dataclasses unpickle field by field in Python
class Evidence:
    """Words on the resume that decided a requirement, and where they are."""

    quote: str
    term: str = ""
    section: str | None = None
    page: int | None = None
    line: int | None = None  # 1-based line number in the extracted text
    score: float = 100.0
    highlight: tuple[int, int] | None = None  # where in `quote` the matched words are, for reports to mark
    reading: str = ""  # the block it was read under and why it counted ("under Backend Engineer @ Acme, ...")

    def where(self) -> str:
        parts = [f"page {self.page}" if self.page else "", f"line {self.line}" if self.line else "",
                 self.section or ""]
        return ", ".join(p for p in parts if p)


@dataclass(frozen=True)
class Diagnostics:
    """How the file was read, to tell a wrong verdict from a wrong reading: pages, characters, columns, whether
    OCR was used, the sections found, and lines in experience sections whose dates could not be read."""

    pages: int
    characters: int
    columns: int
    ocr: bool
    sections: tuple[str, ...]
    unparsed_dates: tuple[str, ...] = ()


@dataclass(frozen=True)
class RequirementResult:
    id: str
    group: Group
    status: Status
    detail: str
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class ResumeResult:
    file: str
    verdict: Verdict
    score: float
    experience_years: float | None
    requirements: tuple[RequirementResult, ...] = ()
    error: str | None = None
    warnings: tuple[str, ...] = ()
    positions: tuple[Position, ...] = ()  # the experience timeline, for reports that draw it
    sha256: str = ""  # of the file's content: traces a row to its file and names duplicates
    job: str = ""  # the rule set's name, when several are screened at once
    diagnostics: Diagnostics | None = None


@dataclass(frozen=True, slots=True)
class RequirementInfo:
    """A requirement as reports show it: id, group and the posting's words."""

    id: str
    group: Group
    text: str


@dataclass(frozen=True)
class Job:
    """One rule set as reports show it; `name` (the rule file's stem) labels results when several are screened."""

    name: str
    title: str
    source: str
    sha256: str
    requirements: tuple[RequirementInfo, ...]


@dataclass(frozen=True)
class Report:
    """Everything a reporter needs: which rules, which date 'Present' meant, and the results in path order.

    `results` may be a generator (consumed once) so streaming formats write each resume as it finishes. With
    several jobs there is one result per resume and job, each naming its job.
    """

    jobs: tuple[Job, ...]
    as_of: dt.date
    results: Iterable[ResumeResult] = ()
    version: str = ""

    @property
    def title(self) -> str:
        return " | ".join(j.title for j in self.jobs)

    @property
    def several(self) -> bool:
        return len(self.jobs) > 1

    @property
    def requirements(self) -> tuple[RequirementInfo, ...]:
        """Every requirement once, in rule order, jobs in order (jobs that share an id share its column)."""
        seen: dict[str, RequirementInfo] = {}
        for job in self.jobs:
            for r in job.requirements:
                seen.setdefault(r.id, r)
        return tuple(seen.values())

    @property
    def requirement_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.requirements)
