"""Draft a rule file from a job posting's text, so a person starts from the posting's own words, not a blank file."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import tomli_w

from ..degrees import LEVELS, RELATED_FIELDS
from ..text.numbers import NUMBER_WORDS
from .load import bundled_aliases

# Section headings -> group. Nice-to-have is tried first ("preferred qualifications"), then must-have
# ("minimum qualifications"), then the general requirement headings; any other heading ("What you'll do",
# "Benefits") starts a section whose bullets are duties or perks, not requirements.
_HEADINGS = (
    ("nice-to-have", r"nice[- ]to[- ]haves?|bonus|big plus|\bplus(?:es)?\b|preferred|desirable|good to have"
                     r"|extra credit|would be great|not required"),
    ("must-have", r"must[- ]haves?|\brequired\b|essential|non[- ]negotiable|minimum"),
    ("qualification", r"qualifications?|requirements|looking for|confident with|skills|experience|you have"
                      r"|about you|who you are|you bring|you'll need|you will need|profile|ideal candidate|expect"),
)
_BULLET = re.compile(r"^\s*(?:[-*•·–—▪◦‣]|\d{1,2}[.)])\s+(.+)$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# "X is a big plus", "X would be an advantage"; the next sentence may go on with "So is Y".
_PLUS = re.compile(r"^(.+?)\s+(?:is|are|would be|will be)\s+(?:an?\s+)?(?:big |huge |real |definite |strong )?"
                   r"(?:plus|bonus|advantage|nice to have)\b", re.I)
_SO_IS = re.compile(r"^(?:so|as) (?:is|are|would be)\s+(.+?)[.!]?$", re.I)
_LEAD = re.compile(r"^(?:(?:hands-on |prior |previous |some |any )?experience (?:with|in|of|using)"
                   r"|knowledge of|familiarity with|exposure to|understanding of)\s+", re.I)

_NUMBERS = {"zero": 0, **NUMBER_WORDS, "a decade": 10}
_NUM = r"(\d{1,2}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + ")"
_YEARS = re.compile(rf"\b{_NUM}\s*\+?\s*(?:(?:-|–|to)\s*\d{{1,2}}\s*)?\+?\s*(?:years?|yrs?)\b|\ba decade\b", re.I)

# Not after a number: "under 100 ms" is a latency, not a Master of Science.
_DEGREE = re.compile(r"(?<!\d)(?<!\d )\b(bachelor|b\.?sc?|master|m\.?sc?|ph\.?d|doctorate|associate(?='?s? degree))\b"
                     r"|\bdegree\b", re.I)
_LEVEL_OF = {"b": "bachelor", "m": "master", "p": "doctorate", "d": "doctorate", "a": "associate"}
_FIELDS = (*RELATED_FIELDS, "human-computer interaction", "information science", "design", "economics")
_RELATED = re.compile(r"\b(?:related|similar|technical|quantitative|relevant) (?:field|discipline|subject)", re.I)
_EQUIVALENT = re.compile(r"\bequivalent\b|\bor (?:comparable|relevant) (?:practical |work )?experience", re.I)
DEFAULT_OR_YEARS = 4  # a bachelor's takes about four years: the usual "equivalent experience"

_ONE_OF = re.compile(r"\b(?:at least one|one or more|any|either) of(?: the following)?:?\s+(.+)", re.I)

# Technologies a resume names as such: a match is real evidence, so these make hard checks. Canonical term ->
# other spellings; the bundled alias table adds its own. Terms that are also everyday words match by case.
_TECH: dict[str, tuple[str, ...]] = {
    "Python": (), "Java": (), "Kotlin": (), "Scala": (), "C++": (), "C#": (), ".NET": ("dotnet",), "PHP": (),
    "Ruby": (), "Rails": ("Ruby on Rails",), "Rust": (), "Swift": (), "Elixir": (), "Dart": (), "Flutter": (),
    "Django": (), "Flask": (), "FastAPI": (), "Spring Boot": (), "Spring": (), "Express": (), "NestJS": (),
    "React": ("React.js", "ReactJS"), "Vue": ("Vue.js", "VueJS"), "Angular": (), "Svelte": (), "Redux": (),
    "Next.js": ("NextJS",), "HTML": ("HTML5",), "CSS": ("CSS3",), "Sass": ("SCSS",), "Tailwind CSS": ("Tailwind",),
    "Webpack": (), "Vite": (), "Jest": (), "Cypress": (), "Playwright": (), "Storybook": (), "Figma": (),
    "WCAG": (), "GraphQL": (), "REST": ("RESTful",), "gRPC": (), "SQL": (), "NoSQL": (), "MySQL": (),
    "MongoDB": ("Mongo",), "Redis": (), "Cassandra": (), "DynamoDB": (), "Elasticsearch": (), "Kafka": (),
    "RabbitMQ": (), "Spark": ("PySpark",), "Airflow": (), "dbt": (), "Snowflake": (), "BigQuery": (),
    "Redshift": (), "Databricks": (), "Hadoop": (), "Flink": (), "pandas": (), "Tableau": (), "Looker": (),
    "Power BI": (), "Docker": (), "Terraform": (), "Ansible": (), "Azure": (), "Jenkins": (),
    "GitHub Actions": (), "Git": (), "Linux": (), "Prometheus": (), "Grafana": (), "Datadog": (),
    "OpenTelemetry": (), "Agile": (), "Scrum": (), "Kanban": (),
}
# Kinds of technology a posting names by kind ("relational databases", "cloud environments"): any product of the
# kind is evidence, so the kind stands for its best-known products.
_FAMILIES: dict[str, tuple[str, ...]] = {
    "relational": ("SQL", "PostgreSQL", "MySQL"),
    "cloud": ("AWS", "Google Cloud", "Azure"),
}
_CASE = {"Go", "REST", "React", "Express", "Spark", "Swift", "Rust", "Dart", "Spring", "Snowflake", "Flask"}
_LANGUAGES = {"Python", "Java", "Kotlin", "Scala", "C++", "C#", "PHP", "Ruby", "Rust", "Swift", "Elixir", "Dart",
              "Go", "Node.js", "JavaScript", "TypeScript", "SQL"}
# Skills a resume describes rather than names: they make soft requirements (missing = unknown) a person refines.
_CONCEPTS: dict[str, tuple[str, ...]] = {
    "mentoring": ("mentored", "mentor", "coaching"), "code review": ("code reviews", "reviewing code", "reviewed code"),
    "leadership": ("led", "leading", "managed"), "technical direction": (), "delivery": (),
    "performance optimization": ("performance tuning", "optimized"), "monitoring": (),
    "observability": ("metrics", "logging", "alerting"), "system design": (), "data structures": (),
    "algorithms": (), "object-oriented design": ("OOP", "object-oriented"), "web development": (),
    "distributed systems": (), "API design": ("APIs",), "schema design": (), "query optimization": (),
    "version control": (), "problem-solving": ("debugging",), "testing": ("unit tests", "TDD", "testable"),
    "accessibility": ("a11y",), "responsive design": (), "data modeling": ("data modelling",),
    "data pipelines": ("ETL", "ELT"), "data quality": (), "stakeholders": (), "communication": (),
    "architecture": (), "scripting": (), "automation": (),
}
_FILLER = set("""a an the and or of in on to with for as at by from within both including especially such using
    proven strong solid demonstrated deep good great excellent hands-on experience experienced ability able skills
    skill background knowledge understanding comfortable working work effectively familiarity proficiency proficient
    professional level production-level is are be you your our we able clear writing giving""".split())


@dataclass(frozen=True)
class _Item:
    """One requirement-to-be: the posting's words, its group, and the part of them that names the skill."""

    text: str
    group: str
    focus: str


@dataclass(frozen=True)
class _Draft:
    slug: str
    item: _Item
    table: dict[str, Any]
    todo: str = ""


def draft_rules(posting_text: str, title: str | None = None) -> str:
    """A rule file (TOML text) with one requirement per requirement bullet or "big plus" of the posting."""
    text = posting_text.replace("’", "'").replace("‘", "'")
    items = _items(text.splitlines())
    # "Or equivalent experience" means the years the posting asks for; a degree's or a bonus's own years do not.
    years = max((_years(i.focus) or 0 for i in items if i.group != "nice-to-have" and not _DEGREE.search(i.focus)),
                default=0) or DEFAULT_OR_YEARS
    drafts = [_draft(i, years) for i in items]
    return _toml(title or _title(text), drafts)


def _items(lines: list[str]) -> list[_Item]:
    """Bullets under requirement headings, in posting order, plus every "X is a big plus" sentence."""
    items: list[_Item] = []
    group: str | None = None
    after_bullet = False  # an indented line right after a bullet item is that bullet wrapped onto a new line
    for raw in lines:
        line = raw.strip().strip("#").strip().strip("*_").strip()
        bullet = _BULLET.match(raw)
        if not line:
            after_bullet = False
        elif after_bullet and not bullet and raw[:1].isspace():
            joined = f"{items[-1].text} {line}"
            items[-1] = _Item(joined, items[-1].group, joined)
        elif bullet:
            after_bullet = group is not None
            if group:
                items.append(_Item(bullet[1].strip(), group, bullet[1].strip()))
        else:
            after_bullet = False
            if _is_heading(line):
                group = _group(line)
            else:
                items.extend(_plus_items(line))
    return items


def _is_heading(line: str) -> bool:
    words = len(line.split())
    return (line.endswith(":") and words <= 10) or (words <= 6 and not line.endswith((".", "!", "?", ",")))


def _group(heading: str) -> str | None:
    return next((g for g, rx in _HEADINGS if re.search(rx, heading, re.I)), None)


def _plus_items(prose: str) -> list[_Item]:
    """One nice-to-have per thing a "big plus" sentence lists ("cloud, CI/CD, and distributed systems")."""
    out: list[_Item] = []
    after_plus = False
    for sentence in _SENTENCE_END.split(prose):
        m = _PLUS.match(sentence) or (_SO_IS.match(sentence) if after_plus else None)
        after_plus = bool(m)
        if m:
            subject = _LEAD.sub("", m[1].strip())
            parts = _split_list(subject) if "," in subject else [subject]
            out.extend(_Item(sentence.strip(), "nice-to-have", p) for p in parts)
    return out


def _split_list(text: str) -> list[str]:
    return [p for p in (s.strip(" .") for s in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text)) if p]


def _draft(item: _Item, posting_years: int) -> _Draft:
    """The check that decides one item: degree, years, a one-of list, named technologies, or a soft keyword list."""
    s = item.focus
    if _DEGREE.search(s):
        return _Draft("degree", item, _degree(s, posting_years))
    named = _find(s, _tech_table() | {kind: () for kind in _FAMILIES})
    tech = _expand(named)
    years = _years(s)
    if years is not None:
        table: dict[str, Any] = {"check": "years", "min": years}
        if tech:
            table = {"check": "all-of", "checks": [table, {"check": "keywords", "any": _terms(tech)}]}
        return _Draft("experience-years", item, table)
    listed = _one_of(s)
    if listed:
        slug = "language" if set(listed) <= _LANGUAGES else "-".join(listed[:2])
        return _Draft(slug, item, {"check": "keywords", "any": _terms(listed)})
    if tech:
        mode = "all" if _joined_by_and(s, tech) else "any"
        return _Draft("-".join(named[:2]), item, {"check": "keywords", mode: _terms(tech)})
    phrases = _find(s, _CONCEPTS) or _key_phrases(s)
    terms = [{"term": p, "aliases": list(_CONCEPTS[p])} if _CONCEPTS.get(p) else p for p in phrases]
    return _Draft(phrases[0], item, {"missing": "unknown", "check": "keywords", "any": terms},
                  "TODO: a soft skill: choose the words a resume would show it with")


def _years(text: str) -> int | None:
    m = _YEARS.search(text)
    if not m:
        return None
    word = (m[1] or "a decade").lower()
    return int(word) if word.isdigit() else _NUMBERS[word]


def _degree(text: str, posting_years: int) -> dict[str, Any]:
    levels = [_LEVEL_OF[m[1].lower()[0]] for m in _DEGREE.finditer(text) if m[1]] or ["bachelor"]
    table: dict[str, Any] = {"check": "degree", "level": min(levels, key=LEVELS.index)}
    low = text.lower()
    fields = [f for f in _FIELDS if re.search(rf"\b{re.escape(f)}\b", low)]
    if _RELATED.search(text):
        fields += [f for f in RELATED_FIELDS if f not in fields]
    if fields:
        table["fields"] = fields
    if _EQUIVALENT.search(text):
        table["or_years"] = posting_years
    return table


def _one_of(text: str) -> list[str]:
    """The terms of "at least one of: A, B, or C", up to the first part that is not a term."""
    m = _ONE_OF.search(text)
    if not m:
        return []
    table = _tech_table()
    out = []
    for part in _split_list(m[1]):
        found = _find(part, table)
        if found and len(found) == 1:
            out.append(found[0])
        elif re.fullmatch(r"[A-Z][\w.+#-]*(?: [A-Z][\w.+#-]*){0,2}", part):
            out.append(part)
        else:
            break
    return out if len(out) >= 2 else []


def _tech_table() -> dict[str, tuple[str, ...]]:
    table = dict(_TECH)
    for term, spellings in bundled_aliases().items():
        table[term] = (*table.get(term, ()), *spellings)
    return table


def _find(text: str, table: dict[str, tuple[str, ...]]) -> list[str]:
    """Canonical terms whose spellings occur in `text`, in order of appearance; longer spellings win overlaps."""
    spans: list[tuple[int, int, str]] = []
    spellings = sorted(((s, t) for t, ss in table.items() for s in (t, *ss)), key=lambda st: -len(st[0]))
    for spelling, term in spellings:
        rx = re.compile(rf"(?<![\w.+#-]){re.escape(spelling)}(?![\w+#])", 0 if term in _CASE else re.I)
        for m in rx.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b, _ in spans):
                spans.append((m.start(), m.end(), term))
    return list(dict.fromkeys(t for _, _, t in sorted(spans)))


def _expand(terms: list[str]) -> list[str]:
    """Kinds of technology replaced by their products."""
    return list(dict.fromkeys(t for term in terms for t in _FAMILIES.get(term, (term,))))


def _joined_by_and(text: str, terms: list[str]) -> bool:
    """True for "Kafka and Spark" (both wanted), False for "React or Vue", "Agile/Scrum" or a single term."""
    if len(terms) < 2:
        return False
    low = text.lower()
    return " and " in low and not re.search(r"\bor\b|/", low)


def _key_phrases(text: str) -> list[str]:
    """Up to four short phrases left when filler words are trimmed from the bullet's parts."""
    out: list[str] = []
    for part in re.split(r"[,;:()]|\s+(?:and/or|and|or|including|especially|such as|as well as)\s+", text):
        words = part.split()
        while words and words[0].lower() in _FILLER:
            words.pop(0)
        while words and words[-1].lower() in _FILLER:
            words.pop()
        phrase = " ".join(words).strip(" .")
        if phrase and len(words) <= 4 and phrase.lower() not in (p.lower() for p in out):
            out.append(phrase)
    return out[:4] or [text.strip(" .")]


def _terms(terms: list[str]) -> list[Any]:
    return [{"term": t, "match": "case"} if t in _CASE else t for t in terms]


def _title(text: str) -> str:
    """The posting's first line when it is short enough to be a title, else the role it is "looking for"."""
    first = next((ln.strip("#* \t") for ln in text.splitlines() if ln.strip()), "")
    if first and len(first.split()) <= 8:
        return first
    m = re.search(r"(?:looking for|hiring) an? ((?:[A-Z][\w/+.-]*\s?)+)", text)
    return m[1].strip() if m else "Draft rules"


def _slug(words: str) -> str:
    s = words.lower().replace("c++", "cpp").replace("c#", "csharp").replace(".net", "dotnet")
    return "-".join(re.findall(r"[a-z0-9]+", s)[:4]) or "requirement"


def _toml(title: str, drafts: list[_Draft]) -> str:
    """The rule file: a review note, the title, then one commented [[requirement]] table per draft."""
    out = ["# Drafted by `screener rules draft` from a job posting. Review every requirement (ids, groups, terms)",
           "# before screening with it; run `screener rules check` on the result.",
           f"title = {_value(title)}"]
    seen: set[str] = set()
    for d in drafts:
        rid = base = _slug(d.slug)
        n = 2
        while rid in seen:
            rid, n = f"{base}-{n}", n + 1
        seen.add(rid)
        out.append("")
        if d.todo:
            out.append(f"# {d.todo}")
        out.append("[[requirement]]")
        fields = {"id": rid, "group": d.item.group, "text": d.item.text, **d.table}
        out.extend(f"{k} = {_value(v)}" for k, v in fields.items())
    return "\n".join(out) + "\n"


def _value(v: Any) -> str:
    """TOML for a string, number, list or inline table. tomli-w writes each scalar, so any text a posting holds
    (quotes, backslashes, U+007F and the other characters a TOML string may not hold raw) is escaped as TOML
    requires; lists and tables are laid out here because tomli-w would turn a list of tables into
    [[requirement.any]] sections, where a key added below one silently lands in the wrong table."""
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{ " + ", ".join(f"{k} = {_value(x)}" for k, x in v.items()) + " }"
    return tomli_w.dumps({"v": v}).removeprefix("v = ").removesuffix("\n")
