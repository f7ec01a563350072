"""Word DOCX resumes: every visible word in document order, including tables, headers and text boxes.

The package is read with python-docx's OPC relationships and part names from the one zip archive opened to check
it: the relationships say which part is the document and which are its headers, footers, links and embedded
chunks, one part at a time (python-docx's full Document would read and parse every part, images included, and
cost twice this whole loader). The XML of each part is walked by our own hardened parser, which also reads what
python-docx's object model does not: text boxes, content controls, hidden runs."""
from __future__ import annotations

import functools
import re
import zipfile
import zlib
from collections import Counter
from pathlib import Path

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PACKAGE_URI, PackURI
from docx.opc.pkgreader import _SerializedRelationships
from lxml import etree

from ..errors import LoadError
from ..models import Document, Line
from ..text.normalize import ITEM_MARK, normalize_items
from .chunks import chunk_lines
from .links import link_lines

MAX_UNCOMPRESSED = 50 * 1024 * 1024
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SKIP = {"rPr", "pPr", "del", "delText", "instrText", "tblPr", "tblGrid", "trPr", "tcPr", "sectPr", "fldData"}
# Our own parser, as strict as python-docx's (resolve_entities=False) and also offline, DTD-free, size-capped
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)


class _LocalNames(dict):
    """Tag -> its name without the namespace ("" for comments and processing instructions), looked up in C: a
    document has a few dozen distinct tags and tens of thousands of elements, and a function call each would be
    the walk's largest cost. Bounded, as a hostile part may make a tag of every element."""

    def __missing__(self, tag) -> str:
        name = tag.rpartition("}")[2] if isinstance(tag, str) else ""
        if len(self) < 4096:
            self[tag] = name
        return name


_LOCAL = _LocalNames()


def _local(el) -> str:
    """An element's name without its namespace ("" for comments and processing instructions)."""
    return _LOCAL[el.tag]


_RPR, _VANISH, _COLOR, _SHD, _SZ, _VAL = (f"{{{W}}}{name}" for name in ("rPr", "vanish", "color", "shd", "sz", "val"))
_PPR, _NUMPR, _NUMID = (f"{{{W}}}{name}" for name in ("pPr", "numPr", "numId"))
# Word draws a list paragraph's bullet or number from its numbering property, not from its text: the reader writes
# ITEM_MARK there, as a PDF of it shows a bullet, so normalising marks the line a list item (numbering 0 is none)


def _val(el) -> str | None:
    return el.get(_VAL) if el is not None else None


def _first(parent, tag: str):
    """The first child with this tag: by the schema a run's or paragraph's properties come first, so the first
    child is tried before lxml's search (which gives the same element, slower)."""
    for child in parent:
        return child if child.tag == tag else next(parent.iterchildren(tag), None)
    return None


def _hidden_kind(run) -> str | None:
    """Why a run is invisible when printed: vanish, white colour or a size under 4 pt."""
    props = _first(run, _RPR)
    if props is None:
        return None
    found: dict = {}
    for child in props:  # one pass over the few properties; the first of a repeated one counts, as find() gives
        found.setdefault(child.tag, child)
    vanish = found.get(_VANISH)
    if vanish is not None and vanish.get(_VAL) not in ("0", "false", "off"):
        return "hidden (vanish) text"
    colour = found[_COLOR].get(_VAL) if _COLOR in found else None
    if colour and colour.upper() == "FFFFFF" and _SHD not in found:
        return "white text"
    size = found[_SZ].get(_VAL) if _SZ in found else None
    if size and size.isascii() and size.isdigit() and int(size) < 8:  # half-points, as Word writes them
        return "tiny text"
    return None


def _listed(p) -> bool:
    """Is the paragraph an item of a list (a numbering property of its own, other than numbering 0)?"""
    props = _first(p, _PPR)
    numbering = next(props.iterchildren(_NUMPR), None) if props is not None else None
    return numbering is not None and _val(next(numbering.iterchildren(_NUMID), None)) not in (None, "0")


class _Reader:
    """Walks WordprocessingML and collects lines; remembers hidden runs for the warnings."""

    def __init__(self, chunk=lambda rid: None) -> None:
        self.hidden: Counter[str] = Counter()
        self.links: list[str] = []  # relationship ids of hyperlinks in the text, in order
        self.chunk = chunk  # relationship id of an embedded chunk -> its lines, or None when unreadable

    def blocks(self, parent, out: list[str]) -> None:
        for child in parent:
            name = _LOCAL[child.tag]
            if name == "p":
                self.paragraph(child, out)
            elif name == "tbl":
                for row in child.iterchildren(f"{{{W}}}tr"):
                    for cell in row.iterchildren(f"{{{W}}}tc"):
                        self.blocks(cell, out)  # nested tables recurse from here
            elif name == "AlternateContent":
                self.alternate(child, out, self.blocks)
            elif name == "altChunk":
                out.extend(self.chunk(child.get(f"{{{R}}}id")) or [])
            elif name not in _SKIP:
                self.blocks(child, out)  # sdt, sdtContent, customXml, ins ...

    def paragraph(self, p, out: list[str]) -> None:
        text: list[str] = []
        boxes: list[str] = []
        self.inline(p, text, boxes)
        mark = ITEM_MARK if _listed(p) else ""
        out.extend(mark + line for line in "".join(text).split("\n"))
        out.extend(boxes)  # a text box anchored in this paragraph reads after it

    def inline(self, parent, text: list[str], boxes: list[str]) -> None:
        for child in parent:
            name = _LOCAL[child.tag]
            if name == "r":
                if kind := _hidden_kind(child):
                    self.hidden[kind] += 1
                else:
                    self.inline(child, text, boxes)
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


def _parse(data: bytes, name: str):
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise LoadError(f"corrupt DOCX: {name} is not valid XML") from exc


def _open(path: Path) -> zipfile.ZipFile:
    """Refuse what is not a sound zip before any part is read: a bad archive, a name that is not UTF-8, a bomb.
    The archive opened for the check is the one read (its directory is read once, not once more by python-docx)."""
    try:
        archive = zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise LoadError("corrupt DOCX: not a valid zip file") from exc
    except UnicodeDecodeError as exc:  # a name flagged UTF-8 that is not
        raise LoadError("corrupt DOCX: a part's name is not valid UTF-8") from exc
    if sum(info.file_size for info in archive.infolist()) > MAX_UNCOMPRESSED:
        archive.close()
        raise LoadError("DOCX too large when uncompressed (possible zip bomb)")
    return archive


def _part_order(uri: PackURI) -> tuple[int, str]:
    number = re.search(r"(\d+)", uri)
    return (int(number.group(1)) if number else 0, str(uri))


class _Package:
    """One DOCX package, its parts read one at a time by their OPC names (python-docx's part names and
    relationships, read as its OPC reader reads them from a zip)."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive

    def __enter__(self) -> _Package:
        return self

    def __exit__(self, *exc) -> None:
        self.archive.close()

    def relationships(self, uri: PackURI):
        try:
            xml = self.archive.read(uri.rels_uri.membername)
        except KeyError:  # a part without relationships
            xml = None
        return _SerializedRelationships.load_from_xml(uri.baseURI, xml)

    def blob(self, uri: PackURI) -> bytes:
        try:
            return self.archive.read(uri.membername)
        except zlib.error as exc:
            raise LoadError(f"corrupt DOCX: {uri.membername} is damaged (its compressed data does not "
                            "inflate)") from exc

    def xml(self, uri: PackURI):
        return _parse(self.blob(uri), uri.membername)

    @functools.cached_property
    def package_relationships(self):
        """The package's own relationships, read once for its main part and its properties."""
        return self.relationships(PACKAGE_URI)

    def properties(self) -> tuple[str, ...]:
        """The creator and title core properties, where a name often sits (for --blind)."""
        for rel in self.package_relationships:
            if rel.reltype == RT.CORE_PROPERTIES and not rel.is_external:
                try:
                    core = self.xml(PackURI(rel.target_partname))
                except (LoadError, KeyError):
                    return ()  # the text is still there to screen; only the properties are lost
                return tuple(t.strip() for el in core if _local(el) in ("creator", "title") and (t := el.text)
                             and t.strip())
        return ()

    def main_part(self) -> PackURI:
        for rel in self.package_relationships:
            if rel.reltype == RT.OFFICE_DOCUMENT and not rel.is_external:
                return PackURI(rel.target_partname)
        usual = PackURI("/word/document.xml")  # a package without relationships: the part's usual name
        try:
            self.archive.read(usual.membername)
        except KeyError:
            raise LoadError("not a Word document: no main document part (word/document.xml is missing)") from None
        return usual


def load(path: Path) -> Document:
    archive = _open(path)
    head: list[str] = []
    body: list[str] = []
    foot: list[str] = []
    chunks_left_out = hidden_in_chunks = 0
    try:
        with _Package(archive) as package:
            main = package.main_part()
            rels = {rel.rId: rel for rel in package.relationships(main)}

            def chunk(rid: str | None) -> list[str] | None:
                nonlocal chunks_left_out, hidden_in_chunks
                rel = rels.get(rid)
                read = chunk_lines(package.blob(PackURI(rel.target_partname))) \
                    if rel is not None and rel.reltype == RT.A_F_CHUNK and not rel.is_external else None
                if read is None:
                    chunks_left_out += 1
                    return None
                hidden_in_chunks += read[1]
                return read[0]

            reader = _Reader(chunk)
            parts = {kind: sorted((PackURI(r.target_partname) for r in rels.values()
                                   if r.reltype == kind and not r.is_external), key=_part_order)
                     for kind in (RT.HEADER, RT.FOOTER)}
            for uri in parts[RT.HEADER]:
                reader.blocks(package.xml(uri), head)
            document = package.xml(main).find(f"{{{W}}}body")
            if document is None:
                raise LoadError("corrupt DOCX: document has no body")
            reader.blocks(document, body)
            for uri in parts[RT.FOOTER]:
                reader.blocks(package.xml(uri), foot)
            metadata = package.properties()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, EOFError, ValueError, etree.XMLSyntaxError) as exc:
        raise LoadError(f"corrupt DOCX: {type(exc).__name__}") from exc
    # First-page, even and default headers often repeat the same name line: keep one copy
    seen: set[str] = set()
    head = [(t, item) for t, item in normalize_items(head) if not (t in seen or seen.add(t))]
    foot = [(t, item) for t, item in normalize_items(foot) if not (t in seen or seen.add(t))]
    lines = head + normalize_items(body) + foot
    targets = {rid: rel.target_ref for rid, rel in rels.items() if rel.is_external}
    links = link_lines([targets[i] for i in reader.links if i in targets]) if lines else []
    warnings = [f"hidden text ignored: {n} run{'s' if n > 1 else ''} of {kind}"
                for kind, n in sorted(reader.hidden.items())]
    if hidden_in_chunks:
        warnings.append(f"hidden text ignored: {hidden_in_chunks} hidden piece{'s' * (hidden_in_chunks > 1)} of "
                        "an embedded web page")
    if chunks_left_out:
        warnings.append(f"{chunks_left_out} embedded chunk{'s' * (chunks_left_out > 1)} in a format not read "
                        "(RTF or unknown) left out")
    return Document(source=str(path), kind="docx", lines=(*(Line(t, item=item) for t, item in lines), *links),
                    warnings=tuple(warnings), metadata=metadata,
                    unreadable=None if lines else "no text in the document")
