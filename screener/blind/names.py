"""Finding the candidate's name: where a resume states it (top lines, labelled fields, front matter, running
headers and footers, file properties) and which candidates read as a person's name rather than a heading or place."""
from __future__ import annotations

import re
import unicodedata

from ..models import Document
from ..text.furniture import running_lines
from ..text.person_names import NAME_WORD, is_particle
from ..text.sections import heading_name

# words that are never part of a name (headings, titles, credentials); lower case, accents folded
NOT_NAME = frozenset("""resume resumé curriculum vitae vita cv contact contacts profile summary experience education
skills about me objective personal details data information info page of the and for in at to a an my your name
software engineer developer senior junior lead manager product designer scientist consultant student intern
analyst architect specialist professor director nurse teacher researcher physicist programmer administrator
full stack backend frontend front back end web data devops platform research technical team head chief officer
email phone mobile address linkedin github website portfolio home updated last cover letter references languages
projects work employment career professional english street road drive avenue lane university college school
institute kingdom united states usa list""".split())
_NEVER_NAME = frozenset("resume resumé curriculum vitae cv microsoft office user windows linkedin un-named your name "
                        "page template word".split())
_TITLES = frozenset("mr mrs ms miss dr prof rn bsn msn ocn ccrn np md phd ph.d mba ma ba bsc msc jr sr ii iii iv "
                    "ing dipl hons dic".split())
_SEPARATORS = re.compile(r"\s+[-–—|·•/]\s+|\s*[|·•,;(:]\s*|\s{3,}")
_LABELLED = re.compile(r"^(?:full\s+)?(?:name|nom|nombre|nome|prénom|prenom|vorname|first name|last name|surname|"
                       r"name,\s*vorname|nom et prénom)\s*[:：\t]\s*(.+)$", re.I)
_FRONT_MATTER = re.compile(r"^(?:title|name|author)\s*[:=]\s*[\"']?(.+?)[\"']?\s*$", re.I)
_NOT_NAME_SUFFIX = re.compile(r"(?:['’]s?\s+(?:cv|resume|résumé|curriculum vitae).*|\s+[-–—|:]\s+.*"
                              r"|\s+(?:cv|resume|résumé|curriculum vitae)$)", re.I)  # "Jane Roe's CV"
HEADER_LINES = 8  # the top of a resume, where the name and contacts sit



def fold(text: str) -> str:
    """Accents dropped character by character, so positions in the folded text are positions in the original."""
    return "".join(_fold_char(c) for c in text)


_NO_DECOMPOSITION = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"}  # letters NFKD keeps


def _fold_char(c: str) -> str:
    if c.isascii():
        return c
    base = unicodedata.normalize("NFKD", c)[0]
    return _NO_DECOMPOSITION.get(c, base if base.isalpha() else c)


def name_words(text: str, strict: bool = True) -> tuple[str, ...]:
    """The words of `text` if it reads as a person's name (two to five capitalised words or initials), else ().

    `strict` also refuses words of headings and job titles; a name that something else confirms may hold one
    ("Alistair Senior").
    """
    text = _NOT_NAME_SUFFIX.sub("", re.sub(r"^[#*_>\s]+|[*_\s]+$", "", text)).strip(" .,")
    words = [w.strip(",") for w in text.split()]
    words = [w for w in words if fold(w).lower().strip(".") not in _TITLES]
    while not strict and len(words) > 2 and fold(words[-1]).lower() in NOT_NAME:  # "Jane Doe Software Engineer"
        words.pop()
    if not 2 <= len(words) <= 5 or not all(NAME_WORD.fullmatch(w) for w in words):
        return ()
    if any(fold(w).lower() in (NOT_NAME | _NEVER_NAME if strict else _NEVER_NAME) for w in words):
        return ()
    if strict and re.fullmatch(r"[A-Z]{2}", words[-1]):  # "Austin TX" is a place
        return ()
    if not all(w[0].isupper() or is_particle(w) for w in words):
        return ()
    if sum(len(w.strip(".")) > 1 and not is_particle(w) for w in words) < 2:
        return ()
    return tuple(words)


def letter_spaced(text: str) -> str | None:
    """'J A N E  D O E' read as one word per run of single letters, or None when the line is not spaced out."""
    if re.fullmatch(r"(?:[^\W\d_] ){3,}[^\W\d_]", text):
        return text.replace(" ", "")
    return None


def header_candidates(document: Document) -> tuple[list[str], list[str]]:
    """Every part of the top lines and of running page headers and footers that could be the name; and the leading
    ones (a top line's first part, single words on the first lines: "Jane" / "(555) 010-0100" / "Doe", and the
    parts of running headers and footers)."""
    texts = [line.text for line in document.lines]
    top = []
    for text in texts[:HEADER_LINES]:
        if heading_name(text) and top:
            break
        top.append(text)
    found, leading, singles = [], [], []
    running = [texts[i] for i in sorted(running_lines(document.lines))]
    for i, text in enumerate([*top, *running]):
        text = re.sub(r"^[#*_>\s]+|[*_\s]+$", "", text)
        if m := _LABELLED.match(text) or _FRONT_MATTER.match(text):
            text = m[1]
        parts = [p.strip() for p in re.split(rf"{_SEPARATORS.pattern}|\d+|[^\x00-\u024f]+", text) if p.strip()]
        found += [text, *parts]
        if i >= len(top):  # a running header or footer repeats the name on every page: any part may be it
            leading += parts
        elif parts and text.startswith(parts[0]):
            leading.append(parts[0])
            singles += [parts[0]] if re.fullmatch(r"[^\W\d_][\w'’-]+", parts[0]) else []
    leading = [" ".join(singles[:3])] * (len(singles) >= 2) + leading
    return found + leading, leading


def labelled_names(document: Document) -> list[str]:
    """'Name: Jane Doe', 'Prénom : Jane' + 'Nom : Doe' in a personal-details block, and front matter titles."""
    out, parts = [], []
    for line in document.lines[:40]:
        if m := _LABELLED.match(line.text):
            out.append(m[1])
            parts.append(m[1].strip())
    if len(parts) >= 2:
        out.append(" ".join(parts[:2]))
    if document.lines and document.lines[0].text in ("---", "+++"):
        for line in document.lines[1:20]:
            if line.text in ("---", "+++"):
                break
            if m := _FRONT_MATTER.match(line.text):
                out.append(m[1])
    return out


def find_names(document: Document, witness: str) -> tuple[list[tuple[str, ...]], bool]:
    """A labelled name, and any name an e-mail address or a profile link confirms; else the first name-like line.

    Also whether the names are confirmed: an unconfirmed one may be a place ("New York"), so its words are not
    masked on their own.
    """
    def confirmed(words: tuple[str, ...]) -> bool:
        return any(len(w) >= 3 and fold(w).lower().strip(".") in witness for w in words)

    names = [w for c in labelled_names(document) if (w := name_words(c, strict=False))]
    found, leading = header_candidates(document)
    names += [w for c in [*found, *document.metadata] if (w := name_words(c, strict=False)) and confirmed(w)]
    if names:  # "Jane Roe" and not also "Jane Roe Sydney Australia" from the line that goes on with a place
        names = list(dict.fromkeys(names))
        return [n for n in names if not any(n[:len(m)] == m and n != m for m in names)], True
    return [w for c in [*leading, *document.metadata] if (w := name_words(c))][:1], False
