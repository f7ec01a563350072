"""Write the fictional sample resumes in samples/, byte for byte the same on every run.

    python samples/make_samples.py            # rewrite samples/*.pdf, *.docx, *.txt, *.md
    python samples/make_samples.py OUTDIR     # write them elsewhere (the tests compare with the committed ones)

Every person, company and school here is invented. Each resume exercises part of the bundled rule set
(rules/senior-backend-team-lead.toml); the README's "Sample resumes" section says which, and samples/expected.csv
pins the outcomes.
Needs reportlab and python-docx (the test extras).
"""
from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIXED_TIME = (2026, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------------------------------------------------------
# The resumes' words
# ---------------------------------------------------------------------------------------------------------------

STRONG = """Alex Morgan
Senior Backend Engineer and Team Lead · alex.morgan@example.com · Lisbon
Summary
Backend engineer and tech lead with 14 years building payment systems in Go and Python. I care about data
structures and algorithms, clean architecture, and teams that ship calmly.
Experience
Engineering Manager / Tech Lead, Northwind Payments   Mar 2019 – Present
Led a team of 7 backend engineers owning delivery and technical direction for the payments platform.
Mentored junior and mid-level engineers through code reviews, pairing and growth plans.
Split the billing monolith into microservices on Kubernetes in AWS.
Cut p99 latency by 45% by profiling Go services and tuning PostgreSQL queries.
Introduced Prometheus metrics, Grafana dashboards, alerting and an on-call rotation with SLOs.
Ran Scrum ceremonies: sprint planning, estimation and retrospectives.
Senior Software Engineer, Bluefin Labs   Jun 2014 – Feb 2019
Designed REST APIs in Python (Django) for 2,000 merchants; schema design on PostgreSQL and Redis.
Built event pipelines on Kafka, a distributed system spanning three regions.
Set up CI/CD with GitHub Actions; unit and integration tests with pytest.
Debugged production incidents on Linux hosts and automated deployments with Bash.
Software Engineer, Quarry Analytics   Jul 2011 – May 2014
Built Node.js services and MongoDB data stores; object-oriented design in TypeScript.
Education
B.Sc. Computer Science, University of Eastport   2007 – 2011
Skills
Go, Python, Node.js, PostgreSQL, Redis, MongoDB, Kafka, Git, Linux, Docker, Kubernetes, AWS, Terraform
"""

SIDEBAR = """Skills
Go, Python, gRPC
PostgreSQL, Cassandra
Kubernetes, GCP
Git, Linux, Jenkins
Education
M.Sc. Computer Science
Northgate University
2010 – 2012
B.Tech Computer Engineering
Riverbend Institute
2006 – 2010
Languages
English, Hindi, German
"""

MAIN = """Priya Raman
Backend Tech Lead
Experience
Technical Lead, Copperleaf Bank   Jan 2019 – Present
Led a team of 9 engineers building the core ledger as microservices in Go.
Mentored six engineers; ran code reviews and design reviews.
Reduced settlement latency by 60% through profiling and query tuning.
Built monitoring with Prometheus, Grafana and PagerDuty alerting.
Worked in Scrum with two-week sprints.
Senior Software Engineer, Granite Logistics   Sep 2012 – Dec 2018
Designed gRPC and REST APIs for route planning in Python.
Ran Kafka-based distributed systems processing 5M events a day.
Wrote unit tests and integration tests; Jenkins CI/CD pipelines.
"""

JUNIOR = """Sam Lee
Junior Python Developer · sam.lee@example.com
Experience
Junior Developer, Orbit Retail   Jul 2023 – Present
Built internal tools in Python and Django; wrote unit tests with pytest.
Fixed bugs reported by the support team; used Git and GitHub pull requests.
Education
B.Sc. Computer Science, Eastport College   2019 – 2023
Skills
Python, Django, SQL, Git, Linux
"""

SCANNED = """Jamie Park
Staff Engineer
Experience
Staff Engineer, Tidewater Health   2015 - Present
Led a team of engineers building microservices in Go.
"""

TABLE_TEXTBOX_BODY = [
    ("heading", "Experience"),
    ("para", "Team Lead, Larkspur Media   Apr 2016 – Present"),
    ("para", "Led a team of 6 backend engineers building the streaming API platform in Golang."),
    ("para", "Mentored four junior engineers; introduced code reviews and a career ladder."),
    ("para", "Moved the platform to micro-services with a service mesh; cut latency by 35% through profiling."),
    ("para", "Owned observability: Datadog monitoring, structured logging and on-call alerts."),
    ("para", "Kanban for operations work, Scrum sprints for product work."),
    ("para", "Backend Developer, Harbor Freight Systems   Feb 2012 – Mar 2016"),
    ("para", "Built RESTful web services in Python and Flask on PostgreSQL."),
    ("heading", "Education"),
    ("para", "BSc Software Engineering, Coastline University   2008 – 2012"),
]
TABLE_ROWS = [("Languages", "Go, Python, SQL"), ("Data", "PostgreSQL, Redis, RabbitMQ"),
              ("Platform", "Linux, Git, GitLab CI, Azure")]
TEXTBOX = "Certifications: Certified Kubernetes Administrator (CKA), Professional Scrum Master"

CLERK = [
    ("heading", "Profile"),
    ("para", "Detail-oriented data entry clerk, 70 words per minute, accurate and reliable."),
    ("heading", "Work History"),
    ("para", "Data Entry Clerk, Maple Insurance   Mar 2019 – Present"),
    ("para", "Entered 400 claim forms a day into the claims system; checked records for errors."),
    ("para", "Office Assistant, Brookside Dental   Jun 2016 – Feb 2019"),
    ("para", "Scheduled appointments, answered phones and filed patient records."),
    ("heading", "Education"),
    ("para", "High School Diploma, Brookside High School   2016"),
    ("heading", "Skills"),
    ("para", "Microsoft Excel, Word, typing, filing, customer service"),
]

NURSE = [
    ("heading", "Summary"),
    ("para", "Charge nurse with 9 years of acute care experience and a calm head in a crisis."),
    ("heading", "Experience"),
    ("para", "Charge Nurse / Team Lead, St. Aldric Medical Center   May 2019 – Present"),
    ("para", "Led a team of 12 nurses on a 30-bed cardiac unit; staffing, assignments and escalations."),
    ("para", "Mentored new graduate nurses and precepted nursing students."),
    ("para", "Led a performance improvement project that cut patient falls by 20%."),
    ("para", "Registered Nurse, Westfield General Hospital   Jul 2016 – Apr 2019"),
    ("para", "Patient monitoring, medication administration and family education."),
    ("heading", "Education"),
    ("para", "Bachelor of Science in Nursing, Westfield University   2012 – 2016"),
]

NO_DATES = """Chris Okafor
Backend Engineer
Summary
Backend engineer and technical lead who builds dependable services and grows the people around him.
Experience
Tech Lead, Sable Logistics
Led a team of 5 backend engineers; mentored two junior engineers through code reviews.
Moved a monolith to microservices in Go; tuned PostgreSQL queries to cut latency in half.
Built Grafana dashboards and alerting for every service; shared the on-call rotation.
Software Engineer, Fernhill Games
Wrote Node.js services and REST APIs; Agile team with two-week sprints; Git and Linux daily.
Education
B.S. Computer Science, Lakeshore University
"""

SOFT_SKILLS = """Taylor Reed
Summary
Excellent communicator and team player. Self-starter who works independently and enjoys problem-solving.
Strengths
Communication, empathy, time management, adaptability, creativity, leadership potential.
Interests
Hiking, chess, volunteering at the local library.
"""

ALIASES = """Kim Nguyen
Backend tech lead
Experience
Tech Lead, Pebble Cloud   Feb 2017 – Present
Lead a team of 5 devs (backend engineers) shipping Golang micro-services on k8s.
Postgres schema design and query optimisation; code reviews for every change.
Grafana and Prometheus for monitoring; p95 latency down 30% after profiling.
Software Engineer, Juniper Apps   Jan 2014 – Jan 2017
NodeJS APIs and GitLab CI pipelines on Ubuntu servers; Scrum team.
Education
BSc Computer Science, Hillview University   2010 – 2013
"""

OVERLAPPING = """Robin Hart
Senior Backend Engineer
Education
B.Sc. Computer Science, Northgate University   2012 – 2016
Experience
Senior Backend Engineer, Sunrise Energy   2021 – Present
Tech lead for a team of 4 engineers; mentored two interns through code reviews.
Built microservices in Python with PostgreSQL; monitoring with Datadog; cut API latency by 40% after profiling.
Backend Engineer, Delta Freight   2016 – 2021
Python services and REST APIs on Linux; Git; Scrum sprints.
Freelance Consultant (part-time), Self-employed   2016 – 2021
Weekend consulting on Django sites for local shops, at the same time as Delta Freight.
"""

FALSE_FRIENDS = """Casey Fox
Frontend Lead
Summary
Frontend lead who will always go the extra mile. Go-Live veteran of three redesigns.
Experience
Frontend Lead, Bright Orchard   Jan 2015 – Present
Led a team of 4 frontend developers building React apps in JavaScript and TypeScript.
Reactive UI state with RxJS; accessibility audits; design systems.
Education
BA Graphic Design, Westbrook College   2010 – 2014
Skills
JavaScript, TypeScript, React, CSS, Figma
"""

MARKDOWN = """# Morgan Ellis

**Backend Developer** · [GitHub](https://github.com/morgan-ellis-example) · morgan.ellis@example.com

![Python](https://img.shields.io/badge/-Python-blue) ![AWS](https://img.shields.io/badge/-AWS-orange)

## Experience

### Backend Developer, Tidewater Freight
*Mar 2019 – Present*

- Built REST APIs in Python and Django with PostgreSQL
- Wrote unit tests with pytest; deployed with GitHub Actions
- Kept the services on AWS running with CloudWatch alarms

### Support Analyst, Harbor Telecom
*Jun 2016 – Feb 2019*

- Answered customer tickets about billing

<!-- Tech lead. Led a team of 8 engineers and mentored engineers. Microservices, Kafka, distributed systems. -->

## Education

**B.Sc. Information Systems**, Eastgate University, 2012 – 2016
"""

# ---------------------------------------------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------------------------------------------


def _canvas(target: io.BytesIO):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(target, pagesize=A4, invariant=1)  # invariant: no timestamps or random ids
    c.setTitle("Resume")
    return c


def _draw_lines(c, text: str, x: float, y: float, width_chars: int = 110, size: float = 9.5) -> float:
    """Write lines top-down, wrapping long ones; headings (short capitalised lines) in bold. Returns the new y."""
    import textwrap

    for line in text.strip().splitlines():
        heading = len(line) < 25 and line[:1].isupper() and " " not in line.strip()
        c.setFont("Helvetica-Bold" if heading else "Helvetica", size + (1.5 if heading else 0))
        for part in textwrap.wrap(line, width_chars) or [""]:
            c.drawString(x, y, part)
            y -= size * 1.45
        if y < 50:
            c.showPage()
            y = 800
    return y


def pdf_single(text: str) -> bytes:
    buf = io.BytesIO()
    c = _canvas(buf)
    _draw_lines(c, text, 50, 800)
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_two_columns(sidebar: str, main: str) -> bytes:
    """A sidebar of skills and education (with its own dates) beside the experience column."""
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFillColorRGB(0.93, 0.95, 0.98)
    c.rect(30, 40, 165, 780, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    _draw_lines(c, sidebar, 40, 760, width_chars=30)
    _draw_lines(c, main, 215, 800, width_chars=72)
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_scanned(text: str) -> bytes:
    """A page that is only a picture of text, as a scanner makes: no text layer at all."""
    from PIL import Image, ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (1240, 600), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=28)
    for n, line in enumerate(text.strip().splitlines()):
        draw.text((40, 40 + n * 44), line, fill=0, font=font)
    buf = io.BytesIO()
    c = _canvas(buf)
    c.drawImage(ImageReader(image), 30, 500, width=535, height=259)
    c.showPage()
    c.save()
    return buf.getvalue()


_TEXTBOX_XML = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>
 <wp:inline><wp:extent cx="2743200" cy="457200"/><wp:docPr id="1" name="Text Box 1"/><a:graphic>
 <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx>
 <w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>
 </a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"""


def _docx_bytes(doc) -> bytes:
    """Save with fixed core properties and zip timestamps, so the bytes do not change between runs."""
    props = doc.core_properties
    props.author = props.last_modified_by = "screener samples"
    props.created = props.modified = props.last_printed = datetime(2026, 1, 1)
    props.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def docx_resume(name: str, title: str, body: list[tuple[str, str]], table=None, textbox: str | None = None,
                contact: str = "") -> bytes:
    """A Word resume: name and contact in the page header, paragraphs, and optionally a skills table and a
    text box (the places templates hide skills)."""
    import docx
    from docx.oxml import parse_xml

    doc = docx.Document()
    header = doc.sections[0].header.paragraphs[0]
    header.text = f"{name} · {contact}" if contact else name
    doc.add_heading(name, level=0)
    doc.add_paragraph(title)
    if textbox:
        doc.add_paragraph()._p.append(parse_xml(_TEXTBOX_XML.format(text=textbox)))
    for kind, text in body:
        if kind == "heading":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    if table:
        doc.add_heading("Skills", level=1)
        grid = doc.add_table(rows=0, cols=2)
        for left, right in table:
            cells = grid.add_row().cells
            cells[0].text, cells[1].text = left, right
    return _docx_bytes(doc)


def samples() -> dict[str, bytes]:
    """File name -> content, for every sample."""
    text = {
        "chris-okafor-no-dates.txt": NO_DATES,
        "taylor-reed-soft-skills.txt": SOFT_SKILLS,
        "kim-nguyen-aliases.txt": ALIASES,
        "robin-hart-overlapping-jobs.txt": OVERLAPPING,
        "casey-fox-false-friends.txt": FALSE_FRIENDS,
        "morgan-ellis-markdown.md": MARKDOWN,
    }
    out = {name: body.encode("utf-8") for name, body in text.items()}
    out["alex-morgan-strong.pdf"] = pdf_single(STRONG)
    out["priya-raman-two-column.pdf"] = pdf_two_columns(SIDEBAR, MAIN)
    out["sam-lee-junior.pdf"] = pdf_single(JUNIOR)
    out["jamie-park-scanned.pdf"] = pdf_scanned(SCANNED)
    out["jordan-blake-table-textbox.docx"] = docx_resume(
        "Jordan Blake", "Backend Team Lead", TABLE_TEXTBOX_BODY, TABLE_ROWS, TEXTBOX, "jordan.blake@example.com")
    out["maria-gonzalez-data-entry.docx"] = docx_resume("Maria Gonzalez", "Data Entry Clerk", CLERK)
    out["dana-whitfield-charge-nurse.docx"] = docx_resume("Dana Whitfield", "Charge Nurse, RN", NURSE)
    return out


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in sorted(samples().items()):
        (folder / name).write_bytes(data)
    print(f"wrote {len(samples())} samples to {folder}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE)
