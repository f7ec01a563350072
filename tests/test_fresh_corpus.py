"""The fresh corpus keeps provenance for every label and no personal contact data; its resumes, laid by
corpus/fresh/materialize, all load. Tests that need the resumes themselves skip when they are absent."""
import csv
import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FRESH = ROOT / "corpus" / "fresh"
_spec = importlib.util.spec_from_file_location("corpus_score", ROOT / "corpus" / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)


def _sources():
    with open(FRESH / "SOURCES.tsv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _labels():
    return [json.loads(line) for line in (FRESH / "labels.jsonl").read_text().splitlines() if line.strip()]


def test_every_fresh_label_has_a_source_with_repository_commit_and_sha256():
    sources = {r["id"]: r for r in _sources()}
    for g in _labels():
        r = sources[g["file"]]
        assert re.fullmatch(r"[0-9a-f]{40}", r["commit"]) and re.fullmatch(r"[0-9a-f]{64}", r["sha256"])
        assert "/" in r["repo"] and r["path"]


def test_the_fresh_set_has_at_least_a_hundred_usable_resumes_from_sixty_repositories():
    usable = {g["file"] for g in _labels() if g.get("usable")}
    repos = {r["repo"].lower() for r in _sources() if r["id"] in usable}
    assert len(usable) >= 100 and len(repos) >= 60


def test_the_held_out_part_is_a_third_of_the_usable_fresh_set():
    usable = {g["file"] for g in _labels() if g.get("usable")}
    held = score.heldout_ids(FRESH)
    assert held <= usable and abs(len(held) - len(usable) / 3) <= 1


def _phone_like(text: str) -> list[str]:
    """Runs of nine or more digits that are not dates (years, year-months) strung together."""
    found = []
    for m in re.finditer(r"\+?\(?\d[\d ()-]{7,}\d", text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) >= 9 and not re.fullmatch(r"(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])?)+", digits):
            found.append(m.group())
    return found


def test_fresh_labels_carry_no_email_address_phone_number_or_profile_url():
    text = (FRESH / "labels.jsonl").read_text()
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text)
    assert not _phone_like(text)
    assert not re.search(r"linkedin\.com/in/|\w\.github\.io", text)


FILES = sorted((FRESH / "files").glob("f*")) if (FRESH / "files").is_dir() else []


@pytest.mark.skipif(not FILES, reason="fresh corpus not materialized (corpus/fresh/materialize)")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_fresh_corpus_file_loads_or_says_why_not(path):
    from screener.errors import LoadError
    from screener.loaders import load

    try:
        load(path)
    except LoadError as exc:
        assert str(exc)
