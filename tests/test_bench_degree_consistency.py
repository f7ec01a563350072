"""The label-free degree check's own logic (bench/degree_consistency.py) and its reader of unlabelled resumes."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
from degree_consistency import findings  # noqa: E402
from unlabelled import documents  # noqa: E402

from helpers import AS_OF, document  # noqa: E402
from screener.facts import Facts  # noqa: E402
from screener.models import Degree, DegreeLevel  # noqa: E402


def kinds(text, read=None):
    """The kinds of contradiction found; `read` stands in for the degrees the grammar read, when given."""
    facts = Facts(document(text), AS_OF)
    if read is not None:
        facts.__dict__["degrees"] = read
    return sorted({kind for kind, _ in findings(facts)})


def test_a_resume_whose_education_agrees_with_its_degrees_has_no_finding():
    assert kinds("Education\nBSc Physics, Westfield University, 2010 - 2014") == []


def test_a_school_with_a_year_and_a_degree_like_line_but_no_degree_read_are_findings():
    assert kinds("Education\nBSc Physics, Westfield University, 2010 - 2014", read=()) == ["abbreviation", "school"]


def test_a_masters_without_the_bachelors_its_section_names_is_a_level_finding():
    masters = (Degree(DegreeLevel.MASTER, "physics", quote="MSc Physics", line=1),)
    assert kinds("Education\nMSc Physics, Westfield University, 2016\nBSc Physics, Westfield University, 2014",
                 read=masters) == ["level"]


def test_a_degree_read_outside_education_on_a_job_title_line_is_a_finding():
    text = "Experience\nSoftware Engineer, Acme 2019 - 2022\nBSc Physics, Westfield University"
    assert kinds(text, read=(Degree(DegreeLevel.BACHELOR, "physics", quote="", line=1),)) == ["outside"]


def test_a_folder_is_read_file_by_file_and_unsupported_files_are_left_out(tmp_path):
    (tmp_path / "a.txt").write_text("Education\nBSc Physics\n", encoding="utf-8")
    (tmp_path / "notes.xyz").write_text("not a resume", encoding="utf-8")
    assert [label for label, _ in documents(tmp_path)] == ["a.txt"]
