"""The wild corpus (unlabelled real resumes for label-free checks) says where each file lives, and shares no
repository or file with the dev set, any fresh set or the exclusion list. Checks against ../shared skip when it
is not checked out."""
import csv
import hashlib
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
WILD = ROOT / "corpus" / "wild"
FRESH = ROOT / "corpus" / "fresh"
SHARED = ROOT.parent / "shared" / "corpus"
COLUMNS = ["id", "repo", "path", "commit", "sha256", "format", "producer", "pages"]
FORMATS = {"pdf", "docx", "tex", "md", "json", "txt"}


def _read(path: Path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


WILD_ROWS = _read(WILD / "SOURCES.tsv")
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared corpus (../shared) not available")


def _exclusions(kind: str) -> set[str]:
    lines = (SHARED / "EXCLUDE.txt").read_text().splitlines()
    return {line.split()[1] for line in lines if line.startswith(kind + " ")}


def test_wild_sources_have_the_documented_columns():
    with open(WILD / "SOURCES.tsv", encoding="utf-8") as f:
        assert f.readline().rstrip("\n").split("\t") == COLUMNS


def test_every_wild_row_names_a_repository_path_commit_and_sha256():
    for r in WILD_ROWS:
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", r["repo"]) and r["path"]
        assert re.fullmatch(r"[0-9a-f]{40}", r["commit"]) and re.fullmatch(r"[0-9a-f]{64}", r["sha256"])


def test_wild_ids_are_neutral_numbered_and_carry_the_format():
    for r in WILD_ROWS:
        assert r["format"] in FORMATS
        assert re.fullmatch(r"w\d{3}\.(\w+)", r["id"]).group(1) == r["format"]


def test_wild_ids_files_repositories_and_owners_each_appear_once():
    for key in ("id", "sha256"):
        values = [r[key] for r in WILD_ROWS]
        assert len(values) == len(set(values)), key
    owners = [r["repo"].split("/")[0].lower() for r in WILD_ROWS]
    assert len(owners) == len(set(owners))


@pytest.mark.parametrize("fresh", sorted(p.parent.name for p in (ROOT / "corpus").glob("fresh*/SOURCES.tsv")))
def test_the_wild_set_shares_no_repository_or_file_with_any_fresh_set(fresh):
    rows = _read(ROOT / "corpus" / fresh / "SOURCES.tsv")
    assert not {r["repo"].lower() for r in WILD_ROWS} & {r["repo"].lower() for r in rows}
    assert not {r["sha256"] for r in WILD_ROWS} & {r["sha256"] for r in rows}


@needs_shared
def test_the_wild_set_shares_no_repository_with_the_dev_set():
    dev = _read(SHARED / "SOURCES.tsv")
    assert not {r["repo"].lower() for r in WILD_ROWS} & {r["repo"].lower() for r in dev}


@needs_shared
def test_no_wild_file_is_a_dev_file():
    dev = {hashlib.sha256(p.read_bytes()).hexdigest()
           for sub in ("pdf", "docx", "text") for p in (SHARED / sub).glob("*") if p.is_file()}
    assert not {r["sha256"] for r in WILD_ROWS} & dev


@needs_shared
def test_no_wild_repository_or_file_is_on_the_exclusion_list():
    repos = {hashlib.sha256(r["repo"].lower().encode()).hexdigest() for r in WILD_ROWS}
    assert not repos & _exclusions("repo")
    assert not {r["sha256"] for r in WILD_ROWS} & _exclusions("file")


FILES = sorted((WILD / "files").glob("w*")) if (WILD / "files").is_dir() else []


@pytest.mark.skipif(not FILES, reason="wild corpus not materialized (corpus/wild/materialize)")
def test_materialized_wild_files_match_their_recorded_sha256():
    recorded = {r["id"]: r["sha256"] for r in WILD_ROWS}
    for path in FILES:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == recorded[path.name], path.name


def test_one_materialize_script_serves_the_fresh_and_the_wild_corpus():
    assert (WILD / "materialize").resolve() == (FRESH / "materialize").resolve()


# bench/fidelity.py reads the wild folder (--dir): any folder, never a held-out file, by producer when told

def _fidelity():
    spec = importlib.util.spec_from_file_location("fidelity", ROOT / "bench" / "fidelity.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fidelity_reads_every_resume_file_in_a_folder_but_those_held_out_beside_it(tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    for name in ("a.pdf", "b.docx", "c.pdf", "notes.xlsx"):
        (files / name).write_bytes(b"")
    (tmp_path / "HELDOUT.txt").write_text("# held out\nc.pdf\n")
    assert [p.name for p in _fidelity().folder_paths(files)] == ["a.pdf", "b.docx"]


def test_fidelity_groups_coverage_by_the_producer_the_sources_name(tmp_path):
    fidelity = _fidelity()
    (tmp_path / "files").mkdir()
    (tmp_path / "SOURCES.tsv").write_text("id\tproducer\nw1.pdf\tcanva\nw2.pdf\tlatex\nw3.pdf\tlatex\n")
    producer_of = fidelity.producers(tmp_path / "files")
    rows = [(0.5, Path("w1.pdf"), set(), 10), (1.0, Path("w2.pdf"), set(), 10), (0.9, Path("w3.pdf"), set(), 10)]
    lines = fidelity.by_producer(rows, producer_of, 0.97)
    assert lines[0].split()[:4] == ["latex", "2", "files", "mean"] and "0.950" in lines[0] and "1 below" in lines[0]
    assert lines[1].split()[0] == "canva" and "0.500" in lines[1]


def _docx(tmp_path: Path, body: str) -> Path:
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    path = tmp_path / "r.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{w}"><w:body>{body}</w:body></w:document>')
    return path


def test_fidelity_reads_a_word_text_box_apart_from_the_paragraph_anchoring_it(tmp_path):
    box = "<w:r><w:pict><w:txbxContent><w:p><w:r><w:t>Boxed</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>"
    anchor = '<w:r><w:t xml:space="preserve">Anchor </w:t></w:r>'
    path = _docx(tmp_path, f"<w:p>{anchor}{box}<w:r><w:t>text</w:t></w:r></w:p>")
    assert sorted(_fidelity()._docx_paragraphs(path).splitlines()) == ["Anchor text", "Boxed"]


def test_fidelity_reads_word_tabs_and_breaks_as_spaces_and_leaves_hidden_runs_out(tmp_path):
    hidden = "<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret</w:t></w:r>"
    runs = "<w:r><w:t>Skills</w:t><w:tab/><w:t>Python</w:t><w:br/><w:t>Go</w:t></w:r>"
    path = _docx(tmp_path, f"<w:p>{runs}{hidden}</w:p>")
    assert _fidelity()._docx_paragraphs(path) == "Skills Python Go"
