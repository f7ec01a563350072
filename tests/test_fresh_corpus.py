"""The labelled fresh corpora (corpus/fresh, fresh2, fresh3, fresh4) keep provenance for every label and no personal contact
data, hold a third of their resumes out, and share no repository or file with each other, the wild set, the dev set
or the exclusion list; their resumes, laid by materialize, all load. Tests that need ../shared or the resumes
themselves skip when they are absent."""
import csv
import hashlib
import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT / "corpus"
FRESH_SETS = ["fresh", "fresh2", "fresh3", "fresh4"]
SHARED = ROOT.parent / "shared" / "corpus"
_spec = importlib.util.spec_from_file_location("corpus_score", CORPORA / "score.py")
score = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score)
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared corpus (../shared) not available")
each_set = pytest.mark.parametrize("name", FRESH_SETS)


def _sources(name: str) -> list[dict]:
    with open(CORPORA / name / "SOURCES.tsv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _labels(name: str) -> list[dict]:
    lines = (CORPORA / name / "labels.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _usable(name: str) -> set[str]:
    return {g["file"] for g in _labels(name) if g.get("usable")}


@each_set
def test_every_label_has_a_source_with_repository_commit_and_sha256(name):
    sources = {r["id"]: r for r in _sources(name)}
    for g in _labels(name):
        r = sources[g["file"]]
        assert re.fullmatch(r"[0-9a-f]{40}", r["commit"]) and re.fullmatch(r"[0-9a-f]{64}", r["sha256"])
        assert "/" in r["repo"] and r["path"]


def test_the_first_fresh_set_has_at_least_a_hundred_usable_resumes_from_sixty_repositories():
    repos = {r["repo"].lower() for r in _sources("fresh") if r["id"] in _usable("fresh")}
    assert len(_usable("fresh")) >= 100 and len(repos) >= 60


@pytest.mark.parametrize("name", ["fresh2", "fresh3", "fresh4"])
def test_a_later_fresh_set_takes_one_resume_from_each_repository(name):
    repos = [r["repo"].lower() for r in _sources(name) if r["id"] in _usable(name)]
    assert len(repos) >= 60 and len(repos) == len(set(repos))


@each_set
def test_the_held_out_part_is_a_third_of_the_usable_set(name):
    held = score.heldout_ids(CORPORA / name)
    assert held <= _usable(name) and abs(len(held) - len(_usable(name)) / 3) <= 1


def _phone_like(text: str) -> list[str]:
    """Runs of nine or more digits that are not dates (years, year-months) strung together."""
    found = []
    for m in re.finditer(r"\+?\(?\d[\d ()-]{7,}\d", text):
        digits = re.sub(r"\D", "", m.group())
        if len(digits) >= 9 and not re.fullmatch(r"(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])?)+", digits):
            found.append(m.group())
    return found


@each_set
def test_labels_carry_no_email_address_phone_number_or_profile_url(name):
    text = (CORPORA / name / "labels.jsonl").read_text()
    assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text)
    assert not _phone_like(text)
    assert not re.search(r"linkedin\.com/in/|\w\.github\.io", text)


@pytest.mark.parametrize("name, earlier", [("fresh2", ("fresh", "wild")), ("fresh3", ("fresh", "fresh2", "wild")),
                                          ("fresh4", ("fresh", "fresh2", "fresh3", "wild"))])
def test_a_later_fresh_set_shares_no_repository_or_file_with_the_earlier_sets(name, earlier):
    later = _sources(name)
    for other in earlier:
        rows = _sources(other)
        assert not {r["repo"].lower() for r in later} & {r["repo"].lower() for r in rows}, other
        assert not {r["sha256"] for r in later} & {r["sha256"] for r in rows}, other


@needs_shared
@each_set
def test_no_fresh_repository_or_file_is_in_the_dev_set_or_on_the_exclusion_list(name):
    rows = _sources(name)
    with open(SHARED / "SOURCES.tsv", newline="", encoding="utf-8") as f:
        dev_repos = {r["repo"].lower() for r in csv.DictReader(f, delimiter="\t")}
    dev_files = {hashlib.sha256(p.read_bytes()).hexdigest()
                 for sub in ("pdf", "docx", "text") for p in (SHARED / sub).glob("*") if p.is_file()}
    lines = (SHARED / "EXCLUDE.txt").read_text().splitlines()
    excluded = {tuple(line.split()[:2]) for line in lines if line.startswith(("repo ", "file "))}
    assert not {r["repo"].lower() for r in rows} & dev_repos
    assert not {r["sha256"] for r in rows} & dev_files
    assert not {("repo", hashlib.sha256(r["repo"].lower().encode()).hexdigest()) for r in rows} & excluded
    assert not {("file", r["sha256"]) for r in rows} & excluded


@pytest.mark.parametrize("name", ["fresh2", "fresh3", "fresh4", "wild"])
def test_one_materialize_script_serves_every_laid_corpus(name):
    assert (CORPORA / name / "materialize").resolve() == (CORPORA / "fresh" / "materialize").resolve()


FILES = sorted(p for name in FRESH_SETS if (CORPORA / name / "files").is_dir()
               for p in (CORPORA / name / "files").iterdir() if p.is_file())


@pytest.mark.skipif(not FILES, reason="fresh corpora not materialized (corpus/fresh/materialize)")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_fresh_corpus_file_loads_or_says_why_not(path):
    from screener.errors import LoadError
    from screener.loaders import load

    try:
        load(path)
    except LoadError as exc:
        assert str(exc)
