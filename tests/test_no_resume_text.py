"""No resume text in the project: tests, source, rules and README share no long word run with a corpus resume.

Resumes are personal data, so every example in the project is invented. A copy betrays itself by a run of
RUN_WORDS consecutive words that also occurs in a resume on this machine (the shared dev corpus and its CSV, the
wild corpus, the fresh sets' tuned files); shorter runs are what any resume says ("bachelor of science in computer
science"). The fresh sets' held-out files are never opened. The public labelling guide (LABELING.md) is no resume:
its phrases are allowed. Corpus text is read raw (pypdfium2, the docx XML) and kept only as hashes of its runs,
cached per file in pytest's cache folder (read on all cores when missing), so a warm run takes a second or two.
"""
from __future__ import annotations

import csv
import hashlib
import os
import re
import zipfile
from array import array
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

RUN_WORDS = 8
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FRESH_SETS = ("fresh", "fresh2", "fresh3", "fresh4")
PROJECT_SUFFIXES = {".py", ".toml", ".md", ".tsv", ".txt", ".json"}
TEXT_SUFFIXES = {".md", ".tex", ".json", ".txt"}
_WORD = re.compile(r"[a-z0-9]+")
_XML_TAG = re.compile(r"<[^>]+>")


def words(text: str) -> list[str]:
    """Lower-case words, a letter-spaced run ("r e s u m e") read as the one word it spells."""
    out: list[str] = []
    spaced = ""
    for word in _WORD.findall(text.lower()):
        if len(word) == 1:
            spaced += word
            continue
        if spaced:
            out.append(spaced)
            spaced = ""
        out.append(word)
    if spaced:
        out.append(spaced)
    return out


def runs(text: str) -> dict[int, str]:
    """Every run of RUN_WORDS words, by a hash that is the same in every process."""
    w = words(text)
    found = {}
    for i in range(len(w) - RUN_WORDS + 1):
        run = " ".join(w[i:i + RUN_WORDS])
        found[int.from_bytes(hashlib.blake2b(run.encode(), digest_size=8).digest(), "big")] = run
    return found


def _pdf_text(path: Path) -> str:
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()


def _docx_text(path: Path) -> str:
    """Every text part of the package (body, tables, headers, footers, notes), tags dropped."""
    with zipfile.ZipFile(path) as package:
        parts = [n for n in package.namelist() if n.startswith("word/") and n.endswith(".xml")]
        return " ".join(_XML_TAG.sub(" ", package.read(n).decode("utf-8", "replace")) for n in parts)


def _csv_text(path: Path) -> str:
    with open(path, newline="", encoding="utf-8", errors="replace") as f:
        return "\n".join(" ".join(row) for row in csv.reader(f))


def raw_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _pdf_text(path)
    if suffix == ".docx":
        return _docx_text(path)
    if suffix == ".csv":
        return _csv_text(path)
    return path.read_text(encoding="utf-8", errors="replace")


def corpus_files() -> list[Path]:
    """The resumes on this machine, the fresh sets' held-out files left out by name before any is opened."""
    files = [p for d in ("pdf", "docx", "text") for p in sorted((SHARED / "corpus" / d).glob("*"))]
    files += sorted((REPO / "corpus" / "wild" / "files").glob("*"))
    for name in FRESH_SETS:
        folder = REPO / "corpus" / name
        held = {line.strip() for line in (folder / "HELDOUT.txt").read_text().splitlines()
                if line.strip() and not line.startswith("#")}
        files += [p for p in sorted((folder / "files").glob("*")) if p.name not in held]
    return [p for p in files if p.suffix.lower() in {".pdf", ".docx", ".csv"} | TEXT_SUFFIXES]


def _cache_entry(path: Path, cache_dir: Path) -> Path:
    stat = path.stat()
    return cache_dir / hashlib.sha1(f"{RUN_WORDS}|{path}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()


def _hash_into(path: Path, entry: Path) -> None:
    """Write the hashes of a resume's runs to its cache entry (none for a file that cannot be read)."""
    hashes = array("Q")
    try:
        hashes.extend(runs(raw_text(path)))
    except Exception:  # an unreadable resume has no text to copy
        pass
    entry.write_bytes(hashes.tobytes())


def _cached_hashes(files: list[Path], cache_dir: Path) -> dict[Path, array]:
    """Each file's run hashes, reading on all cores only the files whose cache entry is missing or stale."""
    entries = {path: _cache_entry(path, cache_dir) for path in files}
    missing = [path for path, entry in entries.items() if not entry.exists()]
    if missing:
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            list(pool.map(_hash_into, missing, [entries[p] for p in missing], chunksize=8))
    out = {}
    for path, entry in entries.items():
        out[path] = array("Q")
        out[path].frombytes(entry.read_bytes())
    return out


def project_files() -> list[Path]:
    files = [REPO / "README.md", *sorted((REPO / "rules").glob("*.toml"))]
    files += sorted((REPO / "screener").rglob("*.py"))
    files += sorted(p for p in (REPO / "tests").rglob("*") if p.suffix in PROJECT_SUFFIXES and p.is_file())
    return files


@pytest.fixture(scope="module")
def corpus_runs(pytestconfig, tmp_path_factory) -> dict[int, str]:
    """Hash of every corpus run -> the name of one resume that has it."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("the shared corpus is not on this machine")
    cache = getattr(pytestconfig, "cache", None)  # absent under -p no:cacheprovider: hash afresh
    cache_dir = cache.mkdir("no-resume-text") if cache else tmp_path_factory.mktemp("no-resume-text")
    owner: dict[int, str] = {}
    for path, hashes in _cached_hashes(corpus_files(), cache_dir).items():
        for h in hashes:
            owner.setdefault(h, path.name)
    guide = SHARED / "corpus" / "LABELING.md"
    for h in runs(guide.read_text(encoding="utf-8")) if guide.exists() else ():
        owner.pop(h, None)
    return owner


def test_a_run_of_words_is_found_whatever_the_case_and_punctuation():
    copied = runs("Wrote the Quarterly Tide-Gauge report, for the harbour board of Eastmoor.")
    assert set(runs("wrote the quarterly tide gauge report for the harbour board")) <= set(copied)


def test_a_letter_spaced_word_reads_as_the_word_it_spells():
    assert words("S k i l l s and more") == ["skills", "and", "more"]


def test_a_phrase_shorter_than_a_run_has_no_run():
    assert runs("bachelor of science in computer science") == {}


def test_no_project_file_shares_a_run_of_words_with_a_corpus_resume(corpus_runs):
    shared = []
    for path in project_files():
        for h, run in runs(path.read_text(encoding="utf-8", errors="replace")).items():
            if h in corpus_runs:
                shared.append(f"{path.relative_to(REPO)}: '{run}' (also in {corpus_runs[h]})")
    if shared:
        pytest.fail("rewrite with invented text:\n" + "\n".join(sorted(shared)), pytrace=False)
