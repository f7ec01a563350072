"""Reporters on hand-made results: JUnit validates against the common schema; CSV cells can't be formulas."""
import csv
import re
import datetime as dt
import io
from pathlib import Path

import pytest
from lxml import etree

from screener.models import (Evidence, Group, Job, Report, RequirementInfo, RequirementResult, ResumeResult, Status,
                             Verdict)
from screener.reporters import csv as csv_reporter
from screener.reporters import junit

SCHEMA = etree.XMLSchema(etree.parse(str(Path(__file__).parent / "data" / "junit.xsd")))


def report(*results):
    info = tuple(RequirementInfo(i, Group.MUST_HAVE, f"{i} text") for i in ("go", "soft"))
    return Report((Job("backend", "Backend", "rules.toml", "abc", info),), dt.date(2026, 1, 1), results, "0.1.0")


def result(file="r.pdf", statuses=(Status.PASS, Status.UNKNOWN), quote="Go at Acme"):
    at = quote.rfind("Go")
    evidence = (Evidence(quote, "Go", highlight=(at, at + 2) if at >= 0 else None),)
    reqs = tuple(RequirementResult(i, Group.MUST_HAVE, s, "detail", evidence)
                 for i, s in zip(("go", "soft"), statuses))
    return ResumeResult(file, Verdict.UNKNOWN, 0.5, 3.0, reqs)


def junit_xml(rep) -> bytes:
    out = io.StringIO()
    junit.write(rep, out)
    return out.getvalue().encode("utf-8")


def test_junit_validates_against_the_common_schema():
    failed = result(statuses=(Status.FAIL, Status.UNKNOWN))
    broken = ResumeResult("bad.pdf", Verdict.ERROR, 0.0, None, (), "encrypted PDF")
    SCHEMA.assertValid(etree.fromstring(junit_xml(report(result(), failed, broken))))


def test_junit_maps_fail_unknown_and_error():
    root = etree.fromstring(junit_xml(report(result(statuses=(Status.FAIL, Status.UNKNOWN)),
                                             ResumeResult("bad.pdf", Verdict.ERROR, 0.0, None, (), "corrupt"))))
    assert root.xpath("count(//testcase[@name='go']/failure)") == 1
    assert root.xpath("count(//testcase[@name='soft']/skipped)") == 1
    assert root.xpath("string(//testcase[@name='load']/error/@message)") == "corrupt"


def graded(verdict, **groups):
    """A result with one requirement per group=status, e.g. graded(Verdict.PASS, must_have="pass")."""
    reqs = tuple(RequirementResult(g.replace("_", "-"), Group(g.replace("_", "-")), Status(s), "detail")
                 for g, s in groups.items())
    return ResumeResult("cv.v2.pdf", verdict, 0.5, 3.0, reqs)


def junit_root(*results, unknown="skip"):
    out = io.StringIO()
    junit.write(report(*results), out, unknown=unknown)
    root = etree.fromstring(out.getvalue().encode("utf-8"))
    SCHEMA.assertValid(root)
    return root


def verdict_case(root) -> str:
    (case,) = root.xpath("//testcase[@name='verdict']")
    return case[0].tag if len(case) and case[0].tag != "system-out" else "passed"


@pytest.mark.parametrize("verdict,expected", [(Verdict.PASS, "passed"), (Verdict.FAIL, "failure"),
                                              (Verdict.UNKNOWN, "skipped")])
def test_junit_verdict_case_fails_exactly_when_the_verdict_is_fail(verdict, expected):
    must = {Verdict.PASS: "pass", Verdict.FAIL: "fail", Verdict.UNKNOWN: "unknown"}[verdict]
    assert verdict_case(junit_root(graded(verdict, must_have=must))) == expected


@pytest.mark.parametrize("unknown,expected", [("skip", "skipped"), ("fail", "failure"), ("pass", "passed")])
def test_junit_unknown_option_says_what_an_unknown_verdict_reports(unknown, expected):
    root = junit_root(graded(Verdict.UNKNOWN, must_have="unknown"), unknown=unknown)
    assert verdict_case(root) == expected


def test_junit_an_unreadable_file_has_a_skipped_verdict_and_a_load_error():
    root = junit_root(ResumeResult("bad.pdf", Verdict.ERROR, 0.0, None, (), "corrupt"))
    assert verdict_case(root) == "skipped" and root.xpath("string(//testcase[@name='load']/error/@message)") == \
        "corrupt"


def test_junit_a_passing_resume_is_a_green_suite_even_when_a_nice_to_have_fails():
    root = junit_root(graded(Verdict.PASS, must_have="pass", qualification="fail", nice_to_have="fail"))
    (suite,) = root.findall("testsuite")
    assert (suite.get("failures"), suite.get("errors"), suite.get("tests")) == ("0", "0", "4")
    assert [c.get("name") for c in suite.findall("testcase")] == ["verdict", "must-have", "qualification",
                                                                  "nice-to-have"]
    assert suite.xpath("string(testcase[@name='nice-to-have']/skipped/@message)").startswith("fail (nice-to-have")


def test_junit_a_failing_must_have_fails_its_case_and_the_verdict():
    root = junit_root(graded(Verdict.FAIL, must_have="fail", nice_to_have="pass"))
    assert root.xpath("count(//testcase/failure)") == 2 and root.xpath("//testsuite/@failures") == ["2"]


def test_junit_classname_has_no_dots_for_ci_uis_to_split_on():
    root = junit_root(graded(Verdict.PASS, must_have="pass"))
    assert {c.get("classname") for c in root.iter("testcase")} == {"cv_v2_pdf"}


def test_junit_stays_well_formed_whatever_the_resume_contains():
    xml = junit_xml(report(result(file="a\x00b<&>.pdf", quote="\x1b[31m evil \x07 ]]> <script>")))
    SCHEMA.assertValid(etree.fromstring(xml))


def test_csv_cells_that_start_like_formulas_are_neutralised():
    out = io.StringIO()
    csv_reporter.write(report(result(file="=HYPERLINK(\"http://x\")"), result(file="+1.pdf"),
                              result(file="@SUM.pdf"), result(file="-2.pdf")), out)
    files = [row["file"] for row in csv.DictReader(io.StringIO(out.getvalue()))]
    assert files == ["'=HYPERLINK(\"http://x\")", "'+1.pdf", "'@SUM.pdf", "'-2.pdf"]


def test_csv_quotes_commas_and_quotes_in_file_names_and_shows_a_newline_as_a_picture():
    out = io.StringIO()
    csv_reporter.write(report(result(file='a, "b"\nc.pdf')), out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()))
    assert row["file"] == 'a, "b"\u240ac.pdf' and len(out.getvalue().splitlines()) == 2


def html_report(rep) -> str:
    from screener.reporters import html
    out = io.StringIO()
    html.write(rep, out)
    return out.getvalue()


def test_html_escapes_every_piece_of_resume_text():
    page = html_report(report(result(file="<img src=x onerror=alert(1)>.pdf", quote="<script>steal()</script> Go")))
    assert "<script>steal()" not in page and "<img src=x" not in page
    assert "&lt;script&gt;steal()&lt;/script&gt; <mark>Go</mark>" in page


def test_html_is_self_contained():
    page = html_report(report(result()))
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)


def xlsx_cells(rep) -> dict[str, tuple[str, str]]:
    """{cell reference: (type, value)} of the first sheet, strings resolved."""
    import zipfile
    from screener.reporters import xlsx
    book = zipfile.ZipFile(io.BytesIO(xlsx.workbook_bytes(rep)))
    strings = [t.text or "" for t in etree.fromstring(book.read("xl/sharedStrings.xml")).iter("{*}t")]
    sheet = etree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    assert not list(sheet.iter("{*}f"))  # no formula anywhere
    return {c.get("r"): (c.get("t", "n"), strings[int(c.findtext("{*}v"))] if c.get("t") == "s"
                         else c.findtext("{*}v")) for c in sheet.iter("{*}c")}


def test_xlsx_keeps_formula_like_file_names_as_exact_text():
    cells = xlsx_cells(report(result(file="=HYPERLINK(\"http://x\")")))
    assert cells["A2"] == ("s", "=HYPERLINK(\"http://x\")")


def test_xlsx_stores_score_and_years_as_numbers():
    cells = xlsx_cells(report(result()))
    assert (cells["C2"], cells["D2"]) == (("n", "0.5"), ("n", "3"))


def test_csv_and_xlsx_have_the_same_columns():
    rep = report(result())
    out = io.StringIO()
    csv_reporter.write(rep, out)
    header = next(csv.reader(io.StringIO(out.getvalue())))
    cells = xlsx_cells(rep)
    assert [cells[f"{chr(65 + i)}1"][1] for i in range(len(header))] == header
