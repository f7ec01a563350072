"""Small resume files built on the fly, so tests need no committed binaries; reusable by every test module."""
from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = A4


def pdf(path: Path, draw, encrypt=None) -> Path:
    """A one-page PDF; `draw(c)` paints it on a reportlab canvas."""
    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    draw(c)
    c.showPage()
    c.save()
    return path


def text_lines(c, lines: list[str], x: float, y: float, size: float = 10, leading: float = 14) -> None:
    c.setFont("Helvetica", size)
    for i, line in enumerate(lines):
        c.drawString(x, y - i * leading, line)


LEFT = [f"Skill left {i}: Python, Go, SQL" for i in range(1, 16)]
RIGHT = [f"Experience right {i} at Acme Corp" for i in range(1, 16)]


def two_column_pdf(path: Path) -> Path:
    """A full-width name header above a skills sidebar and an experience column at the same heights."""
    def draw(c):
        text_lines(c, ["Jane Doe - Senior Backend Engineer - jane@example.com - +1 555 0100 - Berlin"], 50, 800)
        text_lines(c, LEFT, 50, 760)
        text_lines(c, RIGHT, 250, 760)
    return pdf(path, draw)


def single_column_pdf(path: Path, lines: list[str]) -> Path:
    return pdf(path, lambda c: text_lines(c, lines, 50, 800))


def hidden_text_pdf(path: Path) -> Path:
    """Visible lines plus white text, tiny text and text off the page, and white text on a dark box (visible)."""
    def draw(c):
        text_lines(c, ["Visible Python developer with ten years of work"] * 3, 50, 800)
        c.setFillColorRGB(1, 1, 1)
        text_lines(c, ["WHITE kubernetes golang rust"], 50, 700)
        c.setFillColorRGB(0, 0, 0.3)
        c.rect(40, 590, 300, 30, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        text_lines(c, ["Sidebar on dark box"], 50, 600)
        c.setFillColorRGB(0, 0, 0)
        text_lines(c, ["TINY terraform ansible"], 50, 500, size=2)
        text_lines(c, ["OUTSIDE haskell erlang"], WIDTH + 50, 400)
    return pdf(path, draw)


def image_only_pdf(path: Path) -> Path:
    """A page with shapes but no text layer, as a scanner produces."""
    def draw(c):
        c.setFillColorRGB(0.2, 0.2, 0.2)
        for i in range(20):
            c.rect(50, 800 - i * 30, 400, 10, fill=1, stroke=0)
    return pdf(path, draw)


def encrypted_pdf(path: Path, user_password: str = "secret") -> Path:
    return pdf(path, lambda c: text_lines(c, ["Confidential resume text line"] * 5, 50, 800),
               encrypt=user_password)


# --- DOCX -------------------------------------------------------------------------------------------------

_TEXTBOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
 xmlns:v="urn:schemas-microsoft-com:vml">
 <mc:AlternateContent>
  <mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData
   uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>
   <w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>
  </wp:anchor></w:drawing></mc:Choice>
  <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>
   <w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>
 </mc:AlternateContent></w:r>"""

_VML_TEXTBOX = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>
 <w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>"""


def docx(path: Path, build) -> Path:
    """A DOCX; `build(doc)` adds content through python-docx."""
    doc = WordDocument()
    build(doc)
    doc.save(str(path))
    return path


def add_textbox(doc, text: str, vml_only: bool = False) -> None:
    """A text box as Word writes it: DrawingML with a VML fallback (or VML alone, as older Word did)."""
    paragraph = doc.add_paragraph()
    paragraph._p.append(parse_xml((_VML_TEXTBOX if vml_only else _TEXTBOX).format(text=text)))


def add_hidden_runs(doc) -> None:
    paragraph = doc.add_paragraph("Visible words ")
    paragraph.add_run("VANISHED").font.hidden = True
    paragraph.add_run("WHITE").font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    paragraph.add_run("TINY").font.size = Pt(2)


def dated_roles_pdf(path: Path) -> Path:
    """One column of roles with their dates right-aligned on the same line, as most templates print them."""
    def draw(c):
        roles = ["Backend Engineer at Acme", "Lead Developer, Initech", "SRE at Globex Corporation", "CTO, Hooli"]
        for i in range(12):
            text_lines(c, [f"{roles[i % 4]} {i}"], 50, 800 - i * 40)
            c.drawRightString(560, 800 - i * 40, f"Jan {2000 + i} - " + ("Present" if i % 2 else f"Dec {2000 + i}"))
            text_lines(c, [f"{'Built' if i % 3 else 'Shipped many'} services {i}"], 50, 786 - i * 40)
    return pdf(path, draw)
