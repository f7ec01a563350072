"""Render the HTML report of the bundled samples and screenshot it for the README (docs/report.png).

    python docs/make_screenshot.py

Needs the test extras (playwright) and Debian's chromium, as the browser test does.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]


def main() -> None:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        sys.exit("chromium is not installed (apt-get install chromium)")
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp, "report.html")
        subprocess.run([sys.executable, "-m", "screener", "screen", str(ROOT / "samples"), "--format", "html",
                        "--sort", "score", "--output", str(report), "--as-of", "2026-01-01", "--no-cache"],
                       check=True, cwd=ROOT)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=FLAGS)
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.goto(report.as_uri())
            page.screenshot(path=str(ROOT / "docs" / "report.png"))
            browser.close()
    print("wrote docs/report.png")


if __name__ == "__main__":
    main()
