"""Years of professional experience from the resume's dated positions, with every position and why it counts."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from .degrees import mentions_degree
from .models import Document, Position
from .text.dates import MONTH, DateRange, find_range, find_ranges
from .text.furniture import running_lines
from .text.sections import Section

# Sections whose dated lines are roles; the value is the kind a role there gets unless its title says otherwise.
ROLE_SECTIONS = {"experience": "job", "research": "job", "leadership": "job", "teaching": "job",
                  "volunteering": "volunteer"}
_INTERN_HEADING = re.compile(r"\bintern", re.I)  # every role under "Internships" is one
# Sections whose dates are never roles, used when the resume has no experience-like heading at all.
_NEVER = frozenset({"education", "certifications", "publications", "awards", "projects", "skills", "languages",
                    "interests", "references", "summary"})
_KINDS = (  # first match wins, so the kinds never counted come first; "\s*" as PDFs may lose spaces
    ("volunteer", re.compile(r"\bvolunteer(?:ing)?\b|\bmissionary\b(?!\s*training)|\bclub\b|\bsociety\b"
                             r"|\bstudent\s*(?:association|union)", re.I)),
    ("part-time", re.compile(r"\badjunct\b", re.I)),  # an adjunct who also tutors is still staff
    ("academic", re.compile(r"\bteaching\s*assistant|\b(?:graduate|undergraduate|head\s*undergraduate)\s*"
                            r"(?:research(?:er)?|teaching)|\bph\.?\s?d\.?\s*(?:student|researcher|candidate)"
                            r"|(?<!post-)(?<!post)\bdoctoral\s*(?:student|researcher|candidate)|\btutor\b"
                            r"|\bdemonstrator\b|\bpracticum\b|\bclinical\s*rotation|\bsupplemental\s*instructor"
                            r"|\bresearch\s*and\s*teaching\b|(?<!doctoral\s)\bresearch\s*assistant\b(?!\s*intern)"
                            r"|\b(?:TA|GTA)\b",
                            re.I)),
    ("internship", re.compile(r"\bintern(?:ship)?\b|\bco-?op\b|\btrainee\b|\bapprentice|\bsummer\s*(?:analyst|"
                              r"associate|engineer|student)|\(summer\)", re.I)),
    ("freelance", re.compile(r"\bfreelanc|\bself[-\s]?employed\b|\bcontract(?:or)?\b|\bindependent\s*consultant",
                             re.I)),
    ("part-time", re.compile(r"\bpart[-\s]?time\b|\bper\s*diem\b|\bstudent\s*(?:assistant|worker"
                             r"|employee)", re.I)),
)
_UNCOUNTED = {"volunteer": "volunteer role", "academic": "academic role held as a student"}
_STUDY = re.compile(r"\b(?:gpa\b|coursework|degree|diploma|high school|graduat(?:ed|ion))", re.I)
_CREDENTIAL = re.compile(r"\b(?:certificat|licen[cs]e\b|endorsement)", re.I)  # validity dates, not a job
_WORDS = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty"
_NUMBERS = {w: i for i, w in enumerate(_WORDS.split("|"), 1)} | {"twenty": 20}
_CLAIM = re.compile(
    rf"\b(?P<n>\d{{1,2}}(?:\.\d)?|{_WORDS})\s*\+?\s*(?:years?|yrs?)['’]?\+?\s*(?:of\s+)?(?:[\w/+#.-]+\s+){{0,4}}?"
    r"(?:experience|expertise|in (?:the )?(?:industry|software|it\b|tech)|building|developing|designing|working)"
    r"|\b(?P<dec>over|more than|nearly|almost|about|a|one|two|three)\s+(?:a\s+)?decades?\b",
    re.I,
)
_DECADES = {"two": 20, "three": 30}
_SPLIT_START = re.compile(r"^(\S+(?:\s\S+)?)\s*[-–—]\s+(?=\S)")  # "2017 – Product Manager" / "Present ..."
_FIRST_WORDS = re.compile(r"^\S+(?:\s\S+)?")
_SPACES = re.compile(r"\s{2,}")
_CLEAN = re.compile(r"^[\s|,;:()\[\]–—-]+|[\s|,;:()\[\]–—-]+$")
_MAX_TITLE_LINES = 2
# A line that reads as a bullet of the role above, not as the next role's title or company.
_BULLET_LIKE = re.compile(r"[.;]$|^(?:[A-Z][a-z]+ed|Built|Led|Wrote|Ran|Made|Drove|Grew|Won|Set|Took|Responsible|"
                          r"Worked|Owned|Shipped|Helped)\b")
# "2007-2010 (Oberlin College)" alone under another dated line: the same role, at another place or time.
_PLACE_ONLY = re.compile(r"[\s,|–—-]*(?:\([^()]{0,40}\))?[\s,|–—-]*")
_LEAD = 60  # titles sit at the start of a line; the rest of a long line is description
_SHORT = 70  # a title or company line is short; a bullet describing work is usually longer
_DISAGREE = 2.0  # years between claim and dates worth a note


@dataclass(frozen=True)
class Timeline:
    """Every dated position found (counted or not, and why), the merged total, and any explicit claim."""

    positions: tuple[Position, ...]
    years: float | None
    claimed: float | None
    notes: tuple[str, ...] = ()


def merged_years(spans: Sequence[tuple[dt.date, dt.date]]) -> float:
    """Years covered by the union of inclusive date spans: overlaps merged, gaps not counted."""
    total, cur = 0, None
    for start, end in sorted(spans):
        if cur and start <= cur[1] + dt.timedelta(days=1):
            cur = (cur[0], max(cur[1], end))
            continue
        if cur:
            total += (cur[1] - cur[0]).days + 1
        cur = (start, end)
    if cur:
        total += (cur[1] - cur[0]).days + 1
    return round(total / 365.25, 1)


def _role_lines(sections: Sequence[Section], count: int) -> list[tuple[int, int, str]]:
    """(start, end, default kind) blocks of lines that hold roles."""
    blocks = [(s.start, s.end, "internship" if _INTERN_HEADING.search(s.heading) else ROLE_SECTIONS[s.name])
              for s in sections if s.name in ROLE_SECTIONS]
    if blocks:
        # Lines above the first heading hold roles too when a layout prints a block's heading beside or below
        # its content (row and sidebar templates); degree and certificate dates there are still never jobs.
        first = min(s.start for s in sections) - 1
        return ([(0, first, "job")] if first > 0 else []) + blocks
    # No experience heading: every line outside sections that never hold roles.
    never = [(s.start - 1, s.end) for s in sections if s.name in _NEVER]
    free, i = [], 0
    for a, b in sorted(never):
        if a > i:
            free.append((i, a, "job"))
        i = max(i, b)
    if i < count:
        free.append((i, count, "job"))
    return free


def _kind(text: str, default: str) -> str:
    if default in ("volunteer", "internship"):
        return default
    return next((kind for kind, rx in _KINDS if rx.search(text)), default)


def _strip_dates(text: str, ranges: Sequence[DateRange]) -> str:
    kept = " ".join(text[a:b] for a, b in _gaps(ranges, len(text)))
    return _CLEAN.sub("", _SPACES.sub(" ", kept))


def _line_ranges(lines: Sequence[str], i: int, end: int, as_of: dt.date) -> list[DateRange]:
    """Ranges on line i, including one whose end runs on into the next line or sits at its start (a date column)."""
    ranges = find_ranges(lines[i], as_of)
    if any(not r.single for r in ranges) or i + 1 >= end:
        return ranges
    cut = len(lines[i])
    for r in find_ranges(f"{lines[i]} {lines[i + 1]}", as_of):  # "June 2019 – July" / "2020 ..."
        if not r.single and r.span[0] < cut < r.span[1]:
            return [DateRange(r.start, r.end, (r.span[0], cut), r.present)]
    m = _SPLIT_START.match(lines[i])
    if not m:
        return ranges
    nxt = _FIRST_WORDS.match(lines[i + 1])
    joined = find_range(f"{m[1]} – {nxt[0]}", as_of) if nxt else None
    if joined is None or find_ranges(m[1], as_of) == [] and joined.span[0] > 0:
        return ranges
    return [DateRange(joined.start, joined.end, (0, m.end()), joined.present)]


def _gaps(ranges: Sequence[DateRange], length: int) -> list[tuple[int, int]]:
    """The stretches of a line between its date ranges."""
    cuts = [0] + [x for r in sorted(ranges, key=lambda r: r.span) for x in r.span] + [length]
    return list(zip(cuts[::2], cuts[1::2]))


def _title_like(line: str, as_of: dt.date, adjacent: bool) -> bool:
    """Could `line` be the title or company of the role dated below it? A long one only right above the dates."""
    return (bool(line) and (adjacent or len(line) <= _SHORT) and not _BULLET_LIKE.search(line)
            and not find_ranges(line, as_of))


def _top(lines: Sequence[str], i: int, prev: int, as_of: dt.date) -> int:
    """The first line of the role dated on line i: up to two title lines above it, read across blank lines (page
    furniture between a title at the foot of one page and its dates at the top of the next)."""
    top, k, taken = i, i, 0
    while k > prev and taken < _MAX_TITLE_LINES:
        k -= 1
        if not lines[k]:
            continue
        if not _title_like(lines[k], as_of, taken == 0):
            break
        top, taken = k, taken + 1
    return top


def _positions_in(lines: Sequence[str], start: int, end: int, default: str, as_of: dt.date) -> list[Position]:
    found: list[tuple[int, list[DateRange]]] = []
    for i in range(start, end):
        ranges = _line_ranges(lines, i, end, as_of)
        proper = [r for r in ranges if not r.single]
        if proper:
            ranges = proper
        elif len(lines[i]) > _SHORT:
            continue  # a lone month in a long sentence is a mention, not a role's dates
        if ranges and len([r for r in ranges if r.single]) < 2:  # "(Spring 2017, Fall 2018)" lists courses
            found.append((i, ranges))
    tops = [_top(lines, i, found[k - 1][0] + 1 if k else start, as_of) for k, (i, _) in enumerate(found)]
    proper = [(r.start, r.end) for _, ranges in found for r in ranges if not r.single]
    out: list[Position] = []
    for k, ((i, ranges), top) in enumerate(zip(found, tops)):
        # "Trigonometry (Spring 2018)" under a dated role is a detail of that role, not another one
        ranges = [r for r in ranges if not r.single or not any(a <= r.start and r.end <= b for a, b in proper)]
        if not ranges:
            continue
        stop = tops[k + 1] if k + 1 < len(found) else end  # the next role's title starts the next role
        head = [lines[j] for j in range(top, i) if lines[j]] + ([own] if (own := _strip_dates(lines[i], ranges)) else [])
        if not head and i + 1 < stop:
            head = [lines[i + 1]]  # "dates" line first, then the title
        context = " ".join(line[:_LEAD] for line in lines[top:min(i + 2, stop)])
        if _STUDY.search(context) or mentions_degree(context) or _CREDENTIAL.search(lines[i]):
            continue  # a degree's or a certificate's dates are not a job
        kind, title = _kind(context, default), (head[0] if head else "")
        rest = "".join(lines[i][x:y] for x, y in _gaps(ranges, len(lines[i])))
        if top == i and out and out[-1].line == i - 1 and _PLACE_ONLY.fullmatch(rest):
            kind, title = out[-1].kind, out[-1].title  # a second "dates (place)" line under the same role
        why = _UNCOUNTED.get(kind, "")
        org = head[1] if len(head) > 1 else ""
        out += [Position(title, org, r.start, r.end, kind, not why, why, i, stop, top) for r in ranges]
    return out


def find_claim(text: str) -> float | None:
    """The largest explicit claim such as '12+ years of experience' or 'over a decade'."""
    claims = []
    for m in _CLAIM.finditer(text):
        if m["n"]:
            n = m["n"].lower()
            claims.append(float(_NUMBERS[n]) if n in _NUMBERS else float(n))
        else:
            claims.append(float(_DECADES.get(m["dec"].lower(), 10)))
    claims = [c for c in claims if 0 < c <= 60]
    return max(claims) if claims else None


def _structured(document: Document, as_of: dt.date) -> list[Position]:
    """JSON Resume positions as given; an open end (date.max from the loader) or one past as_of becomes as_of."""
    return [p if p.end < as_of else replace(p, end=as_of) for p in document.structured.positions]


@dataclass(frozen=True)
class _Study:
    """A period of study from the education section: where (if named), from when (if given) and until when."""

    institution: str | None
    start: dt.date | None
    end: dt.date


_INSTITUTION = re.compile(
    r"(?:(?:[A-Z][\w.&'’-]*\s+){0,3}(?:University|College|Institute|Polytechnic|Academy)(?:\s+(?:of|for)"
    r"(?:\s+(?:the\s+)?[A-Z][\w.&'’-]*){1,3})?|Universit(?:y|ät|é|at|à)\s+(?:of\s+)?[A-Z][\w.&'’-]*)")
_YEAR_ONLY = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
# Roles that students hold: on their own these are not jobs when they fall inside a period of study.
_STUDENT_ROLE = re.compile(r"\bfellowship\b|\bscholarship\b|\b(?:research|graduate)\s*school|\bph\.?\s?d\b"
                           r"|\bteaching\b|\btutor|\bdemonstrator|\bresearch\s*assistant", re.I)
# Titles of staff, which a university also employs: such a role is a job even during a degree there.
_STAFF = re.compile(r"\b(?:employee|engineer|developer|programmer|consultant|manager|administrator|officer|"
                    r"specialist|analyst|lecturer|professor|scientist|post-?doc|post-?doctoral|associate|technician|"
                    r"coordinator|architect|designer|director|lead)\b", re.I)
_SLACK = dt.timedelta(days=183)  # a role that ends within half a year of graduation
_LONGEST_STUDY = dt.timedelta(days=6 * 365)


def _studies(lines: Sequence[str], sections: Sequence[Section], as_of: dt.date) -> list[_Study]:
    """Periods of study: each education line naming a school, with the dates on it or on the next line."""
    out = []
    for sec in sections:
        if sec.name != "education":
            continue
        for i in range(sec.start, sec.end):
            place = _INSTITUTION.search(lines[i])
            if not place and not mentions_degree(lines[i]):
                continue  # a course, an award or a thesis title, not a period of study
            near = " ".join(lines[i:min(i + 2, sec.end)])
            ranges = [r for r in find_ranges(near, as_of) if not r.single]
            if ranges:
                out.append(_Study(place.group() if place else None, ranges[0].start, ranges[0].end))
            elif place and (years := _YEAR_ONLY.findall(lines[i])):
                out.append(_Study(place.group(), None, dt.date(int(max(years)), 6, 30)))
    return out


_DATE_WORD = re.compile(rf"(?:present|current|now|today|since|\d[\d/.-]*|{MONTH})\.?,?", re.I)


def _names(institution: str) -> list[str]:
    """The school's name as written and without the dates the line put before it ('Present University of
    Southampton'), case-folded. Never a shorter tail: 'State University' would match every state's."""
    words = institution.split()
    while len(words) > 2 and _DATE_WORD.fullmatch(words[0]):
        words = words[1:]
    return list(dict.fromkeys([institution.casefold(), " ".join(words).casefold()]))


def _held_as_student(p: Position, text: str, studies: Sequence[_Study]) -> bool:
    """A role begun while studying, at the same school or of a kind students hold, and without a staff title."""
    if not p.counted or p.kind == "internship" or _STAFF.search(text):
        return False  # internships count, wherever they were held
    for study in studies:
        # with only the graduation year, a degree took at most _LONGEST_STUDY before it
        start = study.start if study.start is not None else study.end - _LONGEST_STUDY
        began_while_studying = start - _SLACK <= p.start <= study.end and (
            study.start is not None or p.end <= study.end + _SLACK)
        if not began_while_studying:
            continue
        at_school = study.institution is not None and any(name in text.casefold() for name in _names(study.institution))
        if at_school or (study.start is not None and _STUDENT_ROLE.search(text)):
            return True
    return False


def _mark_student_roles(positions: list[Position], lines: Sequence[str], sections: Sequence[Section],
                        as_of: dt.date) -> list[Position]:
    studies = _studies(lines, sections, as_of)
    if not studies:
        return positions
    out = []
    for p in positions:
        first = p.line_start if p.line_start is not None else p.line
        # the role's heading: its lines down to the dates and the line after them unless that one starts another
        # dated entry; further down, bullets may name other people's titles
        text = ""
        if first is not None and p.line is not None:
            after = lines[p.line + 1:p.line + 2] if p.end_line is None or p.line + 1 < p.end_line else []
            text = " ".join([*lines[first:p.line + 1], *(a for a in after if not _YEAR_ONLY.search(a))])
        held = _held_as_student(p, f"{p.title} {p.organisation} {text}", studies)
        out.append(replace(p, kind="academic", counted=False, why="held while studying there") if held else p)
    return out


def build_timeline(document: Document, sections: Sequence[Section], as_of: dt.date) -> Timeline:
    """Positions from experience-like sections (never education and the like), their merged years, any claim."""
    furniture = running_lines(document.lines)  # a dated running header is no role: read it as a blank line
    lines = ["" if i in furniture else line.text for i, line in enumerate(document.lines)]
    if document.structured and document.structured.positions:
        positions = _structured(document, as_of)
    else:
        positions = []
        for start, end, default in _role_lines(sections, len(lines)):
            positions += _positions_in(lines, start, end, default, as_of)
        positions = _mark_student_roles(positions, lines, sections, as_of)
    counted = [(p.start, p.end) for p in positions if p.counted]
    years = merged_years(counted) if counted else (0.0 if positions else None)
    claimed = find_claim(document.text)
    notes = []
    if not positions:
        notes.append("no dated positions found in an experience section")
    if years is not None and claimed is not None and abs(years - claimed) > _DISAGREE:
        notes.append(f"the resume claims {claimed:g} years but its dated positions add up to {years:g}")
    return Timeline(tuple(positions), years, claimed, tuple(notes))


def skill_years(timeline: Timeline, document: Document, mentions: Callable[[str], bool]) -> float | None:
    """Merged years of the counted positions whose text (title, dates and bullets) mentions a skill."""
    spans = []
    for p in timeline.positions:
        if not p.counted or p.line is None:
            continue
        first = p.line_start if p.line_start is not None else p.line
        last = p.end_line if p.end_line is not None else p.line + 1
        if mentions("\n".join(line.text for line in document.lines[first:last])):
            spans.append((p.start, p.end))
    return merged_years(spans) if spans else None
