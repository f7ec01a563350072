"""Word DOCX resumes: every visible word in document order, including tables, headers and text boxes."""
from __future__ import annotations

import re
import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

from ..errors import LoadError
from ..models import Document, Line
from ..text.normalize import normalize_lines
from .links import link_lines

MAX_UNCOMPRESSED = 50 * 1024 * 1024
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RELS = "word/_rels/document.xml.rels"
_SKIP = {"rPr", "pPr", "del", "delText", "instrText", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "fldData"}
# Our own parser, as strict as python-docx's (resolve_entities=False) and also offline, DTD-free, size-capped
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


def _local(el) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def _attr(el, name: str) -> str | None:
    return el.get(f"{{{W}}}{name}") if el is not None else None


def _hidden_kind(run) -> str | None:
    """Why a run is invisible when printed: vanish, white colour or a size under 4 pt."""
    props = run.find(f"{{{W}}}rPr")
    if props is None:
        return None
    vanish = props.find(f"{{{W}}}vanish")
    if vanish is not None and _attr(vanish, "val") not in ("0", "false", "off"):
        return "hidden (vanish) text"
    colour = _attr(props.find(f"{{{W}}}color"), "val")
    if colour and colour.upper() == "FFFFFF" and props.find(f"{{{W}}}shd") is None:
        return "white text"
    size = _attr(props.find(f"{{{W}}}sz"), "val")
    if size and size.isdigit() and int(size) < 8:  # half-points
        return "tiny text"
    return None


class _Reader:
    """Walks WordprocessingML and collects lines; remembers hidden runs for the warnings."""

    def __init__(self) -> None:
        self.hidden: Counter[str] = Counter()
        self.links: list[str] = []  # relationship ids of hyperlinks in the text, in order

    def blocks(self, parent, out: list[str]) -> None:
        for child in parent:
            name = _local(child)
            if name == "p":
                self.paragraph(child, out)
            elif name == "tbl":
                for row in child.iterchildren(f"{{{W}}}tr"):
                    for cell in row.iterchildren(f"{{{W}}}tc"):
                        self.blocks(cell, out)  # nested tables recurse from here
            elif name == "AlternateContent":
                self.alternate(child, out, self.blocks)
            elif name not in _SKIP:
                self.blocks(child, out)  # sdt, sdtContent, customXml, ins ...

    def paragraph(self, p, out: list[str]) -> None:
        text: list[str] = []
        boxes: list[str] = []
        self.inline(p, text, boxes)
        out.extend("".join(text).split("\n"))
        out.extend(boxes)  # a text box anchored in this paragraph reads after it

    def inline(self, parent, text: list[str], boxes: list[str]) -> None:
        for child in parent:
            name = _local(child)
            if name == "r" and (kind := _hidden_kind(child)):
                self.hidden[kind] += 1
            elif name == "t":
                text.append(child.text or "")
            elif name in ("tab", "ptab"):
                text.append(" ")
            elif name in ("br", "cr"):
                text.append("\n")
            elif name == "txbxContent":
                self.blocks(child, boxes)
            elif name == "hyperlink":
                shown = len("".join(text))
                self.inline(child, text, boxes)
                if child.get(f"{{{R}}}id") and "".join(text)[shown:].strip():  # a link with visible words only
                    self.links.append(child.get(f"{{{R}}}id"))
            elif name == "AlternateContent":
                self.alternate(child, boxes, lambda el, out: self.inline(el, text, out))
            elif name not in _SKIP:
                self.inline(child, text, boxes)

    def alternate(self, ac, out: list[str], walk) -> None:
        """mc:AlternateContent holds one object twice (DrawingML Choice, VML Fallback): read only one of them."""
        for option in ac:
            before = len(out)
            walk(option, out)
            if len(out) > before or _local(option) == "Fallback":
                return


def _parse(zf: zipfile.ZipFile, name: str):
    try:
        return etree.fromstring(zf.read(name), _PARSER)
    except etree.XMLSyntaxError as exc:
        raise LoadError(f"corrupt DOCX: {name} is not valid XML") from exc


def _open(path: Path) -> zipfile.ZipFile:
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise LoadError("corrupt DOCX: not a valid zip file") from exc
    infos = zf.infolist()
    if sum(info.file_size for info in infos) > MAX_UNCOMPRESSED:
        zf.close()
        raise LoadError("DOCX too large when uncompressed (possible zip bomb)")
    if "word/document.xml" not in {info.filename for info in infos}:
        zf.close()
        raise LoadError("not a Word document: word/document.xml is missing")
    return zf


def _part_order(name: str) -> tuple[int, str]:
    number = re.search(r"(\d+)", name)
    return (int(number.group(1)) if number else 0, name)


def _external_targets(zf: zipfile.ZipFile) -> dict[str, str]:
    """Relationship id -> URL, for the document's links to outside it."""
    rels = _parse(zf, _RELS)
    return {rel.get("Id"): rel.get("Target", "") for rel in rels if rel.get("TargetMode") == "External"}


_CORE = "docProps/core.xml"


def _properties(zf: zipfile.ZipFile) -> tuple[str, ...]:
    """The creator and title core properties, where a name often sits (for --blind)."""
    try:
        core = _parse(zf, _CORE)
    except LoadError:
        return ()  # the text is still there to screen; only the properties are lost
    return tuple(t.strip() for el in core if _local(el) in ("creator", "title") and (t := el.text) and t.strip())


def load(path: Path) -> Document:
    reader = _Reader()
    head: list[str] = []
    body: list[str] = []
    foot: list[str] = []
    try:
        with _open(path) as zf:
            names = zf.namelist()
            for name in sorted((n for n in names if re.fullmatch(r"word/header\d*\.xml", n)), key=_part_order):
                reader.blocks(_parse(zf, name), head)
            reader.blocks(_parse(zf, "word/document.xml").find(f"{{{W}}}body"), body)
            targets = _external_targets(zf) if _RELS in names else {}
            for name in sorted((n for n in names if re.fullmatch(r"word/footer\d*\.xml", n)), key=_part_order):
                reader.blocks(_parse(zf, name), foot)
            metadata = _properties(zf) if _CORE in names else ()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, EOFError, ValueError) as exc:
        raise LoadError(f"corrupt DOCX: {type(exc).__name__}") from exc
    if body is None:
        raise LoadError("corrupt DOCX: document has no body")
    # First-page, even and default headers often repeat the same name line: keep one copy
    seen: set[str] = set()
    head = [t for t in normalize_lines(head) if not (t in seen or seen.add(t))]
    foot = [t for t in normalize_lines(foot) if not (t in seen or seen.add(t))]
    lines = head + normalize_lines(body) + foot
    links = link_lines([targets[i] for i in reader.links if i in targets]) if lines else []
    warnings = tuple(f"hidden text ignored: {n} run{'s' if n > 1 else ''} of {kind}"
                     for kind, n in sorted(reader.hidden.items()))
    return Document(source=str(path), kind="docx", lines=(*(Line(t) for t in lines), *links), warnings=warnings,
                    metadata=metadata,
                    unreadable=None if lines else "no text in the document")
