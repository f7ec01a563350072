"""JUnit XML for CI: one testsuite per resume, one testcase per requirement.

fail -> <failure>, unknown -> <skipped>, a file that could not be read -> one <error> testcase. Resume text can
hold anything, so characters XML 1.0 forbids are stripped before they reach the document.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import TextIO

from ..models import Report, ResumeResult, Status

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def _suite(r: ResumeResult, trace: tuple[tuple[str, str], ...], label_job: bool) -> ET.Element:
    suite = ET.Element("testsuite", name=_clean(f"{r.file} [{r.job}]" if label_job else r.file))
    props = ET.SubElement(suite, "properties")
    for name, value in (("verdict", r.verdict.value), ("score", f"{r.score:g}"),
                        ("experience_years", "" if r.experience_years is None else f"{r.experience_years:g}"),
                        ("sha256", r.sha256), *trace):
        ET.SubElement(props, "property", name=name, value=value)
    counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    if r.error:
        case = ET.SubElement(suite, "testcase", classname=_clean(r.file), name="load")
        ET.SubElement(case, "error", message=_clean(r.error), type="LoadError")
        counts["tests"], counts["errors"] = 1, 1
    for q in r.requirements:
        case = ET.SubElement(suite, "testcase", classname=_clean(r.file), name=q.id)
        counts["tests"] += 1
        body = "\n".join(f"{e.where()}: {e.quote}" for e in q.evidence)
        if q.status is Status.FAIL:
            ET.SubElement(case, "failure", message=_clean(q.detail), type="fail").text = _clean(body) or None
            counts["failures"] += 1
        elif q.status is Status.UNKNOWN:
            ET.SubElement(case, "skipped", message=_clean(q.detail))
            counts["skipped"] += 1
        elif body:
            ET.SubElement(case, "system-out").text = _clean(body)
    for key, value in counts.items():
        suite.set(key, str(value))
    return suite


def write(report: Report, out: TextIO) -> None:
    root = ET.Element("testsuites", name=_clean(f"screener: {report.title}"))
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    rules_hash = {j.name: j.sha256 for j in report.jobs}
    for r in report.results:
        trace = (("as_of", report.as_of.isoformat()), ("rules_sha256", rules_hash.get(r.job, report.jobs[0].sha256)),
                 ("screener_version", report.version))
        suite = _suite(r, trace, report.several)
        root.append(suite)
        for key in totals:
            totals[key] += int(suite.get(key, "0"))
    for key, value in totals.items():
        root.set(key, str(value))
    ET.indent(root)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(root, encoding="unicode"))
    out.write("\n")
