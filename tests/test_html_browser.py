"""The HTML report in a real headless browser: loads without console errors, sorts, and is screenshotted.

Needs Debian's chromium (installed by .ci/run) and the playwright package (a test extra); skips with the reason
where either is missing.
"""
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from screener.cli import app

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
# Flags for a sandboxed machine with no network: no first-run, no background calls home.
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
SHOTS = Path(os.environ.get("SCREENER_SCREENSHOTS", Path(__file__).resolve().parent.parent / "build"))


@pytest.fixture
def report(tmp_path):
    (tmp_path / "alpha.txt").write_text("Experience\nCashier, 2020 - 2024\n")
    (tmp_path / "omega.txt").write_text("Experience\nBackend engineer, Python <script>x()</script>, 2012 - 2024\n")
    (tmp_path / "rules.toml").write_text("""
title = "Backend"
[[requirement]]
id = "language"
group = "must-have"
text = "Python"
check = "keywords"
any = ["Python"]
""")
    out = tmp_path / "report.html"
    result = CliRunner().invoke(app, ["screen", str(tmp_path), "--rules", str(tmp_path / "rules.toml"),
                                      "--format", "html", "--output", str(out), "--as-of", "2026-01-01"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture
def page():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser.new_page()
        browser.close()


def test_the_report_loads_without_console_errors_and_sorts_by_score(page, report):
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(report.as_uri())
    first = lambda: page.locator("#shortlist tbody tr td:first-child").first.inner_text()  # noqa: E731
    assert first() == "alpha.txt"
    page.locator("#shortlist th", has_text="score").click()  # the first click sorts best first
    assert first() == "omega.txt"
    page.locator("#shortlist th", has_text="score").click()  # the second reverses
    assert first() == "alpha.txt"
    assert errors == []
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "html-report-test.png"), full_page=True)


def _visible_names(page):
    return [r.inner_text() for r in page.locator("#shortlist tbody tr:not([hidden]) td:first-child").all()]


def test_the_counts_up_top_say_how_many_passed_and_failed(page, report):
    page.goto(report.as_uri())
    assert page.locator("#counts").inner_text().split(" · ") == ["1 pass", "0 unknown", "1 fail"]


def test_filtering_by_verdict_shows_only_those_candidates_and_says_how_many(page, report):
    page.goto(report.as_uri())
    page.select_option("#f-verdict", "fail")
    assert _visible_names(page) == ["alpha.txt"] and page.locator("#shown").inner_text() == "1"


def test_filtering_by_a_requirement_status_shows_only_those_candidates(page, report):
    page.goto(report.as_uri())
    page.select_option("#f-req", label="language")
    page.select_option("#f-status", "pass")
    assert _visible_names(page) == ["omega.txt"]
