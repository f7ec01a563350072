"""Generate N fictional, realistic resumes (two-page PDFs, DOCX, text) for benchmarks.

Content is drawn from small pools with a fixed seed, so two runs with the same arguments give the same resumes.
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

FIRST = ["Ada", "Ben", "Chloe", "Dev", "Elif", "Femi", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Lars"]
LAST = ["Moreau", "Okafor", "Lindqvist", "Tanaka", "Silva", "Novak", "Haddad", "Berg", "Costa", "Weber"]
COMPANIES = ["Northwind Labs", "Bluefin Payments", "Quarry Analytics", "Tidewater Health", "Orbit Retail",
             "Larkspur Media", "Granite Logistics", "Copperleaf Bank"]
TITLES = ["Software Engineer", "Senior Backend Engineer", "Tech Lead", "Engineering Manager",
          "Site Reliability Engineer", "Data Engineer", "Platform Engineer", "Junior Developer"]
BULLETS = [
    "Led a team of {n} engineers building {thing} in {lang}",
    "Designed REST and gRPC APIs for {thing} serving {n}k requests per second",
    "Cut p99 latency by {n}% through profiling and query tuning on PostgreSQL",
    "Introduced Prometheus and Grafana dashboards, alerting and on-call runbooks",
    "Mentored {n} junior engineers through code reviews and pairing",
    "Migrated {thing} to microservices on Kubernetes in AWS",
    "Built CI/CD pipelines with GitHub Actions and automated integration tests",
    "Worked in Scrum sprints: planning, estimation and retrospectives",
    "Maintained Linux servers and wrote Bash automation for deployments",
    "Streamed events through Kafka between {n} services",
]
THINGS = ["the billing platform", "a search service", "the checkout flow", "an internal data pipeline",
          "the notification system", "a fraud detection service"]
LANGS = ["Python", "Go", "Node.js", "Java", "TypeScript"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def resume_lines(rng: random.Random) -> list[str]:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    lines = [name, "Backend engineer", "", "Summary",
             f"Engineer with a focus on {rng.choice(THINGS)} and reliable systems.", "", "Experience"]
    year = 2025
    for _ in range(rng.randint(2, 5)):
        start = year - rng.randint(1, 4)
        lines.append(f"{rng.choice(TITLES)}, {rng.choice(COMPANIES)}  "
                     f"{rng.choice(MONTHS)} {start} – {rng.choice(MONTHS)} {year}")
        for _ in range(rng.randint(3, 6)):
            lines.append("• " + rng.choice(BULLETS).format(n=rng.randint(2, 12), thing=rng.choice(THINGS),
                                                           lang=rng.choice(LANGS)))
        year = start - rng.randint(0, 1)
    lines += ["", "Education", f"B.Sc. Computer Science, University of Eastport, {year - 4} – {year}", "",
              "Skills", ", ".join(rng.sample(LANGS + ["PostgreSQL", "Redis", "Docker", "Git", "Linux"], 7))]
    return lines


def write_pdf(path: Path, lines: list[str]) -> None:
    """Two pages: the resume, then a page of project notes, as real two-page resumes have."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for page in (lines, ["Projects"] + lines[7:]):
        y = 800
        for line in page:
            c.drawString(50, y, line)
            y -= 14
            if y < 40:
                break
        c.showPage()
    c.save()


def write_docx(path: Path, lines: list[str]) -> None:
    import docx

    d = docx.Document()
    for line in lines:
        d.add_paragraph(line)
    d.save(str(path))


def write_txt(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


WRITERS = {"pdf": write_pdf, "docx": write_docx, "txt": write_txt}


def generate(folder: Path, count: int, mix: dict[str, int], seed: int = 7) -> list[Path]:
    """Write `count` resumes, formats in proportion to `mix` (e.g. {"pdf": 1})."""
    rng = random.Random(seed)
    kinds = [k for k, w in mix.items() for _ in range(w)]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        path = folder / f"resume-{i:06d}.{kind}"
        WRITERS[kind](path, resume_lines(rng))
        paths.append(path)
    return paths


def parse_mix(text: str) -> dict[str, int]:
    """'pdf=2,docx=1,txt=1' -> {'pdf': 2, 'docx': 1, 'txt': 1}."""
    mix = {}
    for part in text.split(","):
        kind, _, weight = part.partition("=")
        if kind not in WRITERS:
            raise SystemExit(f"unknown format {kind!r} (use {', '.join(WRITERS)})")
        mix[kind] = int(weight or 1)
    return mix


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("-n", "--count", type=int, default=100)
    ap.add_argument("--mix", default="pdf=1", help="formats and weights, e.g. pdf=2,docx=1,txt=1")
    args = ap.parse_args()
    print(len(generate(args.folder, args.count, parse_mix(args.mix))), "resumes in", args.folder)
