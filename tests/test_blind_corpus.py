"""--blind on real resumes: no name, e-mail, phone, personal URL or profile handle in any output format, and the
same requirement outcomes as without it.

The identity to look for is derived here, independently of screener.blind, from other readers of each file:
`pdftotext` (PDF), python-docx (DOCX, with page headers), `pandoc` (LaTeX) and the raw file (Markdown, text,
JSON), plus the file's metadata (PDF Info, DOCX core properties), Markdown front matter and JSON Resume
`basics.name`. E-mail addresses, phone numbers and handles (linkedin.com/in/USER, twitter.com/USER, USER.github.io,
e-mail local parts, and github.com/USER or gitlab.com/USER when it sits on a line with an e-mail address or phone
number or is named like the person) are read from that text by their own patterns. A name is a metadata author or
title, a front-matter title, a JSON name, or the first of the first eight lines, that reads as two to four
capitalised words and has a word confirmed by something else that names the person: an e-mail local part, a
handle, the metadata, or the file's own name (dev) or its source repository and path (corpus/fresh/SOURCES.tsv).
A full name counts as leaked when its first and last words appear together (at most one word between them, or
reversed), case and accents aside. A personal site is a domain holding one of the name words or handles; other
code-host links (github.com/PROJECT) must show their host only. No identity is ever printed: a failure names the
file, and what kind of identity leaked.

The scan runs one `screener` process per corpus and format (the module's `outputs` fixture keeps each output and
the runs share a cache), so both corpora in seven formats take one to two minutes.
"""
from __future__ import annotations

import csv
import html
import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / ".." / "shared" / "corpus"
FRESH = ROOT / "corpus" / "fresh"
FORMATS = ("table", "csv", "xlsx", "json", "jsonl", "junit", "html")
AS_OF = "2026-01-01"


def _corpus(name: str) -> tuple[list[Path], list[Path]]:
    """(folders to screen, the files in them the screener reads)."""
    if name == "dev":
        folders = [DEV / d for d in ("pdf", "docx", "text")] if DEV.is_dir() else []
    else:
        folders = [FRESH / "files"] if (FRESH / "files").is_dir() else []
    files = sorted(p for d in folders for p in d.iterdir()
                   if p.suffix.lower() in {".pdf", ".docx", ".md", ".txt", ".tex", ".json"})
    return folders, files


CORPORA = ("dev", "fresh")
# the names are read with pdftotext, an extractor independent of ours (Debian's poppler-utils; .ci/run installs it)
needs = {c: pytest.mark.skipif(not _corpus(c)[1] or not shutil.which("pdftotext"),
                               reason=f"{c} corpus absent, or pdftotext not installed") for c in CORPORA}


# --- an independent reading of each resume -------------------------------------------------------------------

def fold(text: str) -> str:
    """Lower case with accents dropped, so 'KÜSTER' and 'Kuster' compare equal."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.replace("ı", "i"))
                   if not unicodedata.combining(c)).lower()


def _run(*cmd: str) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, errors="replace").stdout


def _text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _run("pdftotext", "-enc", "UTF-8", str(path), "-")
    if suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for s in d.sections for part in (s.header, s.footer) for p in part.paragraphs]
        parts += [p.text for p in d.paragraphs]
        parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
        return "\n".join(parts)
    if suffix == ".tex" and shutil.which("pandoc"):
        return _run("pandoc", "-f", "latex", "-t", "plain", str(path)) + path.read_text(errors="replace")
    return path.read_text(errors="replace")


def _metadata(path: Path) -> list[str]:
    if path.suffix.lower() == ".pdf":
        info = _run("pdfinfo", str(path))
        return [line.split(":", 1)[1].strip() for line in info.splitlines() if line.startswith(("Author:", "Title:"))]
    if path.suffix.lower() == ".docx":
        with zipfile.ZipFile(path) as z:
            core = z.read("docProps/core.xml").decode("utf-8", "replace") if "docProps/core.xml" in z.namelist() \
                else ""
        return [html.unescape(v) for v in re.findall(r"<dc:(?:creator|title)>([^<]*)<", core)]
    return []


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PROFILE = re.compile(r"(?:linkedin\.com/in|twitter\.com|x\.com)/@?([\w.-]+)|\b([\w-]+)\.github\.io", re.I)
_CODE_HOST = re.compile(r"((?:github|gitlab)\.com)/([\w.-]+)", re.I)
_PHONE = re.compile(r"(?<![\w.])\+?\(?\d[\d ().-]{7,}\d(?![\w])")
_DOMAIN = re.compile(r"\b((?:[a-z0-9-]+\.)+[a-z]{2,6})\b")
_NOT_HANDLES = {"in", "info", "contact", "hello", "mail", "email", "work", "username", "moderator", "resume", "name",
                "soft", "dev", "me", "company", "example", "user", "settings", "pub"}
_WORD = r"(?:[A-ZÀ-ÞĀ-Ž][\wÀ-ÿ'’-]*|[A-Z]\.)"
_NAME_LINE = re.compile(rf"{_WORD}(?:\s+{_WORD}){{1,3}}")
_NOT_NAMES = {"resume", "curriculum", "vitae", "cv", "contact", "linkedin", "microsoft", "office", "user", "your",
              "name", "experience", "education", "skills", "summary", "profile", "engineer", "developer", "software",
              "windows", "un-named", "personal", "data", "details", "research", "relevant"}
_CREDENTIALS = {"rn", "bsn", "msn", "ocn", "ccrn", "phd", "ph.d.", "dr", "dr.", "mr", "ms", "iii", "jr", "ba", "ma",
                "de", "da", "do", "van", "von", "der", "del", "la", "le", "du", "di", "most"}


def _phone_digits(text: str) -> set[str]:
    out = set()
    for m in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 9 <= len(digits) <= 15 and not re.fullmatch(r"(?:(?:19|20)\d\d(?:0[1-9]|1[0-2])?)+", digits):
            out.add(digits[-9:])
    return out


def _candidates(text: str, meta: list[str]) -> tuple[list[str], list[str]]:
    """Strings that may be the person's name: from metadata, front matter and a JSON name; from the first lines."""
    stated = [re.split(r"\s+[–|-]\s+|'s\b|’s\b|\(", m)[0] for m in meta]
    stated += re.findall(r"^(?:title|name|author):\s*[\"']?([^\"'\n]+)", text, re.M | re.I)
    stated += re.findall(r"\"name\"\s*:\s*\"([^\"]+)\"", text[:2000])
    stated += [f"{m[2]} {m[1]}" for m in re.finditer(r"^([A-Z][\w-]+),\s+([A-Z][\w-]+)", "\n".join(meta), re.M)]
    lines = [re.sub(r"^[#*\s]+|[*\s]+$", "", line) for line in text.splitlines()]
    lines = [line for line in lines if line][:8]
    top = [f"{a} {b}" for a, b in zip(lines, lines[1:]) if re.fullmatch(r"\w+", a) and re.fullmatch(r"\w+", b)]
    top += [re.split(r"\s*[,|–·]\s*|\s+-\s+", line)[0] for line in lines]
    return stated, top


def _name(candidate: str, witness: str) -> tuple[str, str] | None:
    """(first, last) folded, if `candidate` reads as a name and one of its words is in `witness`."""
    candidate = candidate.strip()
    if not _NAME_LINE.fullmatch(candidate):
        return None
    words = [fold(w).strip(".") for w in candidate.split() if fold(w).strip(".") not in _CREDENTIALS]
    words = [w for w in words if len(w) > 1]
    if len(words) < 2 or any(w in _NOT_NAMES for w in words):
        return None
    if not any(len(w) >= 3 and w.replace("'", "") in witness for w in words):
        return None
    return words[0], words[-1]


def identity(path: Path, extra: str = "") -> dict[str, set[str]]:
    """Names (as (first, last) folded word pairs), e-mails, phone digits, handles, personal sites and other
    code-host paths (github.com/PROJECT, to be shown as the host alone) of one file.

    `extra` is other text that names the person (the file name, its source repository and path).
    """
    text = _text(path)
    meta = _metadata(path)
    emails = set(_EMAIL.findall(text))
    locals_ = {fold(e.split("@")[0]) for e in emails}
    handles = {fold(h) for pair in _PROFILE.findall(text) for h in pair if h} | locals_
    code = {(fold(host), fold(user)) for host, user in _CODE_HOST.findall(text)}
    witness = fold(" ".join([*handles, *(u for _, u in code), *meta, extra]))
    stated, top = _candidates(text, meta)
    first_line = next((n for c in top if (n := _name(c, witness))), None)  # only the first: later ones are titles
    names = {n for c in stated if (n := _name(c, witness))} | ({first_line} if first_line else set())
    name_words = {w for pair in names for w in pair}
    # a code-host user named after the person, or on a line with their e-mail or phone, is theirs; others
    # (github.com/rails) are projects
    contact = fold("\n".join(line for line in text.splitlines() if _EMAIL.search(line) or _phone_digits(line)))
    handles |= {u for _, u in code if f"/{u}" in contact or any(len(w) >= 4 and w in u for w in name_words)}
    handles = {h.strip("._-") for h in handles if len(h) >= 4 and h not in _NOT_HANDLES and h not in name_words}
    paths = {f"{host}/{user}" for host, user in code if user not in handles}
    named = {w for w in name_words if len(w) >= 4} | handles
    sites = set()
    for domain in _DOMAIN.findall(fold(text)):
        if domain.endswith(".github.io") or any(k in domain.split(".")[-2] for k in named):
            if not re.search(r"(gmail|yahoo|outlook|hotmail|github|gitlab|linkedin)\.", domain):
                sites.add(domain)
    return {"names": names, "emails": emails, "phones": _phone_digits(text), "handles": handles, "sites": sites,
            "paths": paths}


# --- one screener run per corpus and format -------------------------------------------------------------------

def _screen(folders: list[Path], fmt: str, out: Path, cache: Path, blind: bool = True) -> str:
    """The whole output of one run as plain text: stdout or the written file, decoded, plus stderr."""
    args = [sys.executable, "-m", "screener", "screen", *map(str, folders), "--format", fmt, "--as-of", AS_OF,
            "--output", str(out), *(["--blind"] if blind else [])]
    run = subprocess.run(args, capture_output=True, text=True, env={**os.environ, "SCREENER_CACHE_DIR": str(cache)})
    assert run.returncode == 0  # stderr is not shown: without --blind it names the files
    if fmt == "xlsx":
        with zipfile.ZipFile(out) as z:
            body = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
    else:
        body = out.read_text(encoding="utf-8")
    if fmt in ("json", "jsonl"):
        body = "\n".join(json.dumps(json.loads(line), ensure_ascii=False) for line in
                         ([body] if fmt == "json" else body.splitlines()))
    return html.unescape(body) + "\n" + run.stderr


@pytest.fixture(scope="module")
def outputs(tmp_path_factory):
    """Lazily screened outputs, each corpus and format once: {(corpus, format, blind): text}."""
    cache = tmp_path_factory.mktemp("blind-cache")
    done: dict[tuple[str, str, bool], str] = {}

    def get(corpus: str, fmt: str, blind: bool = True) -> str:
        if (corpus, fmt, blind) not in done:
            out = tmp_path_factory.mktemp("out") / f"results.{fmt}"
            done[corpus, fmt, blind] = _screen(_corpus(corpus)[0], fmt, out, cache, blind)
        return done[corpus, fmt, blind]
    return get


class Identities(dict):
    """{corpus: [(file, identity)]}, read once; its repr names no one, so a failing test prints no personal data."""

    def __repr__(self) -> str:
        return f"<identities of {sum(map(len, self.values()))} resumes>"


@pytest.fixture(scope="module")
def identities():
    sources = {}
    if (FRESH / "SOURCES.tsv").is_file():
        with open(FRESH / "SOURCES.tsv", newline="", encoding="utf-8") as f:
            sources = {r["id"]: f"{r['repo']} {r['path']}" for r in csv.DictReader(f, delimiter="\t")}
    return Identities({c: [(p, identity(p, p.stem.replace("-", " ") if c == "dev" else sources.get(p.name, "")))
                           for p in _corpus(c)[1]] for c in CORPORA})


def scannable(output: str) -> tuple[str, str, set[str]]:
    """The output folded with the redaction marks ([name], [email], ...) blanked, as they are not names; its words
    alone (punctuation as spaces) for the name search; and the phone numbers in it."""
    text = fold(re.sub(r"\[[a-z ]+\]", " ", output))
    return text, re.sub(r"[^a-z0-9@.]+", " ", text), _phone_digits(text)


def _has(needle: str, pattern: str, text: str) -> bool:
    return needle in text and bool(re.search(pattern, text))  # the substring test first: most are absent


def leaks(output: tuple[str, str, set[str]], who: dict[str, set[str]]) -> list[str]:
    """Which kinds of this person's identity appear in a scannable output (never the values themselves)."""
    text, words, phones = output
    found = []
    for first, last in who["names"]:
        a, b = re.escape(first), re.escape(last)
        if _has(last, rf"\b{a}\b(?:\s+\S+)?\s+{b}\b|\b{b}\s+{a}\b", words):
            found.append("full name")
    if any(fold(e) in text for e in who["emails"]):
        found.append("e-mail")
    if who["phones"] & phones:
        found.append("phone")
    if any(_has(h, rf"(?<![a-z0-9]){re.escape(h)}(?![a-z0-9])", text) for h in who["handles"]):
        found.append("handle")
    if any(_has(s, rf"(?<![a-z0-9.-]){re.escape(s)}\b", text) for s in who["sites"]):
        found.append("personal site")
    if any(p in text for p in who["paths"]):
        found.append("code-host path")
    return found


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("corpus", [pytest.param(c, marks=needs[c]) for c in CORPORA])
def test_blind_output_names_no_one(corpus, fmt, outputs, identities):
    output = scannable(outputs(corpus, fmt))
    emails = len(_EMAIL.findall(output[0]))  # a count: a failure must not print them
    assert emails == 0
    problems = [f"{path.name}: {kind}" for path, who in identities[corpus] for kind in leaks(output, who)]
    assert not problems, f"{len(problems)} leaks: {problems}"


def _outcomes(output: str) -> list[tuple]:
    results = json.loads(output.split("\n", 1)[0])["results"]  # _screen puts the JSON on its first line
    return sorted((r["sha256"], r["verdict"], r["score"], r["experience_years"],
                   tuple((q["id"], q["status"]) for q in r["requirements"])) for r in results)


@pytest.mark.parametrize("corpus", [pytest.param(c, marks=needs[c]) for c in CORPORA])
def test_blind_changes_no_outcome(corpus, outputs):
    assert _outcomes(outputs(corpus, "json")) == _outcomes(outputs(corpus, "json", blind=False))


def test_the_scan_finds_each_kind_of_identity_it_looks_for():
    """The scan itself works: a tiny output that leaks each kind is caught, kind by kind."""
    who = {"names": {("jane", "doe")}, "emails": {"jd@example.org"}, "phones": _phone_digits("(415) 555-0134"),
           "handles": {"janedoe"}, "sites": {"janedoe.dev"}, "paths": {"github.com/acme"}}
    def scan(output: str) -> list[str]:
        return leaks(scannable(output), who)

    assert scan("Led by DOE, Jane") == ["full name"]
    assert scan("Jane Q. Doe") == ["full name"]
    assert scan("+1 (415) 555-0134") == ["phone"]
    assert scan("github.com/JaneDoe") == ["handle"]
    assert scan("see janedoe.dev/blog") == ["handle", "personal site"]
    assert scan("github.com/acme/billing") == ["code-host path"]
    assert scan("[name] led Python services") == []
