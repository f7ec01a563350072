"""The real-resume benchmark's own logic: copies are unique files with the same text, and absent folders skip."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import bench  # noqa: E402
from copies import make_copies, resumes  # noqa: E402
from make_resumes import WRITERS, resume_lines  # noqa: E402

from screener.loaders import load  # noqa: E402


@pytest.fixture
def originals(tmp_path):
    import random

    folder = tmp_path / "originals"
    folder.mkdir()
    lines = resume_lines(random.Random(1))
    for kind, write in WRITERS.items():
        write(folder / f"cv.{kind}", lines)
    (folder / "cv.md").write_text("# " + "\n".join(lines) + "\n", encoding="utf-8")
    (folder / "cv.tex").write_text("\\documentclass{article}\\begin{document}\nSenior engineer, Python\n"
                                   "\\end{document}\n", encoding="utf-8")
    return folder


def test_copies_are_unique_files_with_the_same_text(originals, tmp_path):
    files, missing = resumes([originals])
    assert missing == [] and len(files) == 5
    copies = make_copies(files, tmp_path / "copies", 3)
    assert len(copies) == 15 and all(c.parent == tmp_path / "copies" for c in copies)
    assert len({hashlib.sha256(c.read_bytes()).hexdigest() for c in copies + files}) == 20
    for i, src in enumerate(files):
        want = load(src)
        for copy in copies[i::len(files)]:
            got = load(copy)
            assert (got.lines, got.warnings, got.unreadable) == (want.lines, want.warnings, want.unreadable), copy


def test_absent_folders_skip_with_a_message(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["bench.py", "--real", str(tmp_path / "absent"), "--repeat", "1"])
    bench.main()
    out, err = capsys.readouterr()
    assert "skipped" in out and "absent" in err


def test_pages_counts_risky_pages_and_the_words_read_character_by_character(tmp_path, capsys, monkeypatch):
    import builders
    import pages

    builders.single_column_pdf(tmp_path / "plain.pdf", ["Python engineer since 2015"] * 3)
    builders.hidden_text_pdf(tmp_path / "hidden.pdf")
    monkeypatch.setattr(sys, "argv", ["pages.py", str(tmp_path)])
    pages.main()
    out = capsys.readouterr().out
    assert "2 PDFs, 2 pages read; 1 pages have a risky region" in out
    assert "every character checked" in out and "hidden-text decision" in out
