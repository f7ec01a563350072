"""JUnit XML for CI: one testsuite per resume, a `verdict` testcase, then one testcase per requirement.

A suite is red exactly when its resume's verdict is fail, so CI colours agree with the screening: the `verdict`
case fails then, and a must-have that fails is a <failure> too. A qualification or nice-to-have that fails cannot
decide the verdict, so it is <skipped> with the outcome in its message rather than a red mark on a passing
resume. What an unknown verdict does is the caller's choice (JunitUnknown: skipped by default, or failed,
or passed). A file that could not be read is one <error> testcase, `load`.

Resume text can hold anything, so characters XML 1.0 forbids are stripped before they reach the document, and
the classname has no dots: CI UIs (Jenkins, GitLab) split it on them into package and class.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import TextIO

from ..models import Group, Report, RequirementResult, ResumeResult, Status, Verdict
from ..text.printable import printable
from .rows import Row, rows
from .spool import copy, spool

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


_TYPES = {"failure": "fail", "error": "LoadError"}


def _case(suite: ET.Element, classname: str, name: str, outcome: str | None, message: str, body: str = "") -> None:
    """One testcase: `outcome` is failure, skipped, error or None (passed, with `body` as its output)."""
    case = ET.SubElement(suite, "testcase", classname=classname, name=name)
    if outcome is None:
        if body:
            ET.SubElement(case, "system-out").text = _clean(body)
        return
    element = ET.SubElement(case, outcome, message=_clean(message))
    if outcome in _TYPES:
        element.set("type", _TYPES[outcome])
    element.text = _clean(body) or None


def _verdict_message(r: ResumeResult) -> str:
    """The verdict and, when it is not pass, the must-haves that decided it."""
    if r.error:
        return "no verdict: the file could not be read"
    decided = [q.id for q in r.requirements if q.group is Group.MUST_HAVE and q.status.value == r.verdict.value
               and r.verdict is not Verdict.PASS]
    return f"verdict {r.verdict.value} (score {r.score:g})" + (f": must-have {', '.join(decided)}" if decided else "")


def _verdict_outcome(r: ResumeResult, unknown_as: str) -> str | None:
    """failure exactly for a fail verdict (and an unknown one when asked); an unreadable file has no verdict."""
    if r.verdict is Verdict.FAIL or (r.verdict is Verdict.UNKNOWN and unknown_as == "fail"):
        return "failure"
    if r.verdict is Verdict.ERROR or (r.verdict is Verdict.UNKNOWN and unknown_as == "skip"):
        return "skipped"
    return None


def _requirement_outcome(q: RequirementResult) -> tuple[str | None, str]:
    """Only a must-have can fail the suite; other groups' failures are reported as skipped with their outcome."""
    if q.status is Status.FAIL and q.group is Group.MUST_HAVE:
        return "failure", q.detail
    if q.status is Status.FAIL:
        return "skipped", f"fail ({q.group.value}, does not decide the verdict): {q.detail}"
    if q.status is Status.UNKNOWN:
        return "skipped", q.detail
    return None, q.detail


def _suite(row: Row, label_job: bool, unknown_as: str) -> ET.Element:
    r = row.result
    name = f"{row.file} [{printable(r.job)}]" if label_job else row.file
    classname = name.replace(".", "_")
    suite = ET.Element("testsuite", name=name)
    props = ET.SubElement(suite, "properties")
    for key, value in (("verdict", r.verdict.value), ("score", f"{r.score:g}"),
                       ("experience_years", row.years), ("sha256", r.sha256), *row.trace):
        ET.SubElement(props, "property", name=key, value=value)
    outcome = _verdict_outcome(r, unknown_as)
    _case(suite, classname, "verdict", outcome, _verdict_message(r), "" if outcome else _verdict_message(r))
    if r.error:
        _case(suite, classname, "load", "error", r.error)
    for q in r.requirements:
        outcome, message = _requirement_outcome(q)
        body = "\n".join(f"{e.where()}: {e.quote}" for e in q.evidence)
        _case(suite, classname, q.id, outcome, message, body)
    cases = suite.findall("testcase")
    suite.set("tests", str(len(cases)))
    for kind, attr in (("failure", "failures"), ("error", "errors"), ("skipped", "skipped")):
        suite.set(attr, str(sum(c.find(kind) is not None for c in cases)))
    return suite


def write(report: Report, out: TextIO, unknown: str = "skip", spool_folder: Path | None = None) -> None:
    """`unknown`, a JunitUnknown value, is what the `verdict` case of a resume whose verdict is unknown reports.

    Each suite is written to a spool (in `spool_folder`) as its resume comes, and copied after the root element,
    which carries the totals; the document is the one ElementTree would indent and write whole.
    """
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    count = 0
    with spool(spool_folder) as suites:
        for row in rows(report):
            suite = _suite(row, report.several, unknown)
            for key in totals:
                totals[key] += int(suite.get(key, "0"))
            ET.indent(suite, level=1)
            suites.write(("\n  " if count else "") + ET.tostring(suite, encoding="unicode"))
            count += 1
        root = ET.Element("testsuites", name=_clean(f"screener: {report.title}"))
        for key, value in totals.items():
            root.set(key, str(value))
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        if not count:
            out.write(ET.tostring(root, encoding="unicode"))
        else:
            root.text = "\n  "  # the indent before the first suite: what the opening tag is cut after
            out.write(ET.tostring(root, encoding="unicode").partition("\n")[0] + "\n  ")
            copy(suites, out)
            out.write("\n</testsuites>")
    out.write("\n")
