"""JSON Resume (jsonresume.org) files: readable lines for the text checks plus exact dated facts."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from ..degrees import level_of
from ..errors import LoadError
from ..models import Degree, Document, Line, Position, StructuredResume
from ..text.normalize import normalize_line
from .text import decode

RESUME_KEYS = frozenset({"basics", "work", "education", "skills", "volunteer", "projects"})


def is_jsonresume(data: object) -> bool:
    return isinstance(data, dict) and bool(RESUME_KEYS & data.keys())


def _date(value: object, *, end: bool = False) -> dt.date | None:
    """ISO 8601 as JSON Resume allows it: YYYY, YYYY-MM or YYYY-MM-DD; a partial end date means its last month."""
    if not isinstance(value, str) or not (m := re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value.strip())):
        return None
    year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), int(m[3] or 1)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _span(entry: dict) -> str:
    """The entry's dates as a resume shows them: 'start - end', 'start - Present', or the end date alone."""
    start, end = entry.get("startDate") or "", entry.get("endDate") or ""
    return f"{start} - {end or 'Present'}" if start else str(end)


def _work(entries: list, kind: str, lines: list[str], positions: list[Position]) -> None:
    for entry in (e for e in entries if isinstance(e, dict)):
        title = str(entry.get("position") or "")
        org = str(entry.get("name") or entry.get("organization") or entry.get("company") or "")
        heading = len(lines)
        lines.append(" - ".join(p for p in (title, org, _span(entry)) if p))
        lines.extend([str(entry["location"])] if entry.get("location") else [])
        lines.extend(str(entry[k]) for k in ("summary", "description") if entry.get(k))
        lines.extend(str(h) for h in entry.get("highlights") or [])
        start = _date(entry.get("startDate"))
        # No endDate means a current role: it runs to whatever as-of date the screen uses (experience._structured)
        end = _date(entry.get("endDate"), end=True) or dt.date.max
        if start:
            positions.append(Position(title=title, organisation=org, start=start, end=end, kind=kind,
                                      line=heading, end_line=len(lines)))  # its summary and highlights too


def _strings(value: object) -> list[str]:
    return [str(v) for v in value if isinstance(v, (str, int, float))] if isinstance(value, list) else []


# Sections a reader of the rendered resume sees besides work and education: (key, heading, fields in the order
# they are shown). Projects carry the candidate's roles ("Team lead") and technologies.
_LISTED = (
    ("projects", "Projects", ("name", "roles", "entity", "description", "highlights", "keywords")),
    ("awards", "Awards", ("title", "awarder", "summary")),
    ("certificates", "Certifications", ("name", "issuer")),
    ("publications", "Publications", ("name", "publisher", "summary")),
    ("interests", "Interests", ("name", "keywords")),
    ("languages", "Languages", ("language", "fluency")),
    ("references", "References", ("name", "reference")),
)


def _basics(basics: dict) -> list[str]:
    """The header a theme prints: name, label, contact, where the candidate lives, each profile, then the summary."""
    location = basics.get("location") if isinstance(basics.get("location"), dict) else {}
    place = ", ".join(str(location[k]) for k in ("address", "city", "region", "postalCode", "countryCode")
                      if location.get(k))
    profiles = [p for p in basics.get("profiles") or [] if isinstance(p, dict)] \
        if isinstance(basics.get("profiles"), list) else []
    return [*(str(basics[k]) for k in ("name", "label", "email", "phone", "url") if basics.get(k)),
            *([place] if place else []),
            *(": ".join(str(p[k]) for k in ("network", "username") if p.get(k)) for p in profiles
              if p.get("network") or p.get("username")),
            *([str(basics["summary"])] if basics.get("summary") else [])]


def _listed(data: dict, lines: list[str]) -> None:
    for key, heading, fields in _LISTED:
        entries = [e for e in data.get(key) or [] if isinstance(e, dict)] if isinstance(data.get(key), list) else []
        if entries:
            lines.append(heading)
        for entry in entries:
            for f in fields:
                value = entry.get(f)
                if f == "highlights":
                    lines.extend(_strings(value))
                elif isinstance(value, list):
                    lines.extend([", ".join(_strings(value))] if _strings(value) else [])
                elif value:
                    lines.append(str(value))


def load(path: Path) -> Document:
    try:
        data = json.loads(decode(path.read_bytes()))
    except json.JSONDecodeError as exc:
        raise LoadError(f"invalid JSON: line {exc.lineno}: {exc.msg}") from exc
    if not is_jsonresume(data):
        raise LoadError("JSON file is not a JSON Resume (no basics/work/education keys)")
    lines: list[str] = []
    positions: list[Position] = []
    degrees: list[Degree] = []
    basics = data.get("basics") if isinstance(data.get("basics"), dict) else {}
    lines.extend(_basics(basics))
    if data.get("work"):
        lines.append("Experience")
        _work(data["work"], "job", lines, positions)
    if data.get("volunteer"):
        lines.append("Volunteer")
        _work(data["volunteer"], "volunteer", lines, positions)
    if data.get("education"):
        lines.append("Education")
        for entry in (e for e in data["education"] if isinstance(e, dict)):
            study, area = str(entry.get("studyType") or ""), str(entry.get("area") or "")
            quote = " - ".join(p for p in (f"{study} in {area}" if study and area else study or area,
                                           str(entry.get("institution") or ""), _span(entry)) if p)
            lines.append(quote)
            at = len(lines) - 1
            lines.extend(f"Course: {c}" for c in _strings(entry.get("courses")))
            if (level := level_of(study)):  # its status depends on the as-of date: facts.degrees sets it
                degrees.append(Degree(level=level, field=area or None, quote=quote, line=at))
    if data.get("skills"):
        lines.append("Skills")
        for skill in (s for s in data["skills"] if isinstance(s, dict)):
            keywords = ", ".join(str(k) for k in skill.get("keywords") or [])
            lines.append(": ".join(p for p in (str(skill.get("name") or ""), keywords) if p))
    _listed(data, lines)
    # normalise one by one (not normalize_lines) so Position.line / Degree.line indexes stay valid
    texts = [normalize_line(t) or "-" for t in lines]
    return Document(source=str(path), kind="jsonresume", lines=tuple(Line(t) for t in texts),
                    structured=StructuredResume(positions=tuple(positions), degrees=tuple(degrees)))
