"""Split a resume into sections by its headings, so checks can look only where a fact belongs."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .headings import ROLE_PARTS, SELECTING, heading_key, role_part, without_role_parts
from .lazy_regex import LazyPattern

# Canonical name -> the heading words that mean it (after lower-casing and dropping punctuation).
_NAMES = {
    "experience": ("experience", "experiences", "work experience", "professional experience", "work history",
                   "employment", "employment history", "career", "career history", "relevant experience",
                   "professional background", "work", "positions", "positions held", "industry experience",
                   "engineering experience", "technical experience", "software experience", "professional history",
                   "career summary", "experience highlights", "work and experience", "employment experience",
                   "professional employment", "job history", "internships", "internship experience",
                   "internship", "work experience & internships", "experience & internships",
                   # the same heading in the other languages resumes are written in
                   "berufserfahrung", "berufliche erfahrung", "beruflicher werdegang", "arbeitserfahrung",
                   "praxiserfahrung", "erfahrung", "expérience professionnelle", "expériences professionnelles",
                   "expérience", "expériences", "parcours professionnel", "experiencia laboral",
                   "experiencia profesional", "experiencia", "trayectoria profesional", "experiência profissional",
                   "experiência", "esperienza lavorativa", "esperienze lavorative", "esperienza professionale",
                   "esperienze professionali", "esperienza", "werkervaring", "ervaring", "beroepservaring",
                   "loopbaan"),
    "education": ("education", "academic background", "academics", "qualifications", "academic qualifications",
                  "educational background", "education and training", "training", "studies", "study", "degrees",
                  "vocational", "vocational training", "vocational education", "education & certifications",
                  "education and certifications", "formal education",
                  "ausbildung", "bildungsweg", "studium", "formation", "formación", "educación", "formação",
                  "educação", "istruzione", "formazione", "opleiding", "opleidingen"),
    "skills": ("skills", "technical skills", "core competencies", "competencies", "technologies", "tools",
               "skills and tools", "tech stack", "technical expertise", "expertise", "key skills", "skill set",
               "skillset", "areas of expertise", "programming languages", "technical proficiencies",
               "proficiencies", "skills & tools", "tools and technologies", "tools & technologies", "toolbox",
               "strengths", "abilities", "software", "computer skills", "it skills", "core skills"),
    "projects": ("projects", "project", "personal projects", "selected projects", "side projects", "key projects",
                 "open source", "open source projects", "academic projects", "portfolio", "project experience",
                 "other projects", "research projects", "course projects", "university projects"),
    "certifications": ("certifications", "certificates", "certification", "licenses", "licensing", "licensure",
                       "licenses and certifications", "licenses & certifications", "courses", "coursework",
                       "relevant coursework", "professional development", "continuing education",
                       # workshops and seminars attended are training taken, not roles held
                       "workshops", "workshops attended", "seminars", "seminars attended", "workshops and seminars",
                       "seminars and workshops"),
    "summary": ("summary", "profile", "about", "about me", "objective", "career objective", "professional summary",
                "personal statement", "overview", "executive summary", "professional profile", "introduction"),
    "publications": ("publications", "publication record", "selected publications", "papers", "presentations",
                     "talks", "patents", "conference papers", "journal articles", "peer reviewed publications",
                     # conferences attended or presented at are events, not roles held
                     "conferences", "conferences attended", "conference presentations",
                     "conference proceedings", "conferences and talks", "conferences and presentations",
                     "conferences and meetings", "conferences and workshops", "invited talks",
                     "talks and presentations"),
    "awards": ("awards", "honors", "honours", "achievements", "awards and honors", "honors and awards",
               "honors & awards", "awards & honors", "accomplishments", "scholarships", "grants", "fellowships",
               "grants and fellowships", "distinctions"),
    "languages": ("languages", "spoken languages", "language skills"),
    "volunteering": ("volunteering", "volunteer", "volunteer experience", "volunteer work", "volunteering work",
                     "community service",
                     "community involvement", "volunteer activities", "bénévolat", "ehrenamt",
                     "ehrenamtliches engagement", "voluntariado", "volontariato", "vrijwilligerswerk"),
    "interests": ("interests", "hobbies", "hobbies and interests", "personal interests", "activities",
                  "extracurricular activities", "extracurricular activity", "extracurriculars",
                  "extra curricular activities"),
    "references": ("references", "referees"),
    "leadership": ("leadership", "leadership experience", "leadership and activities", "leadership & activities"),
    "research": ("research", "research experience", "research positions", "research interests", "academic experience",
                 "academic positions", "appointments", "academic appointments"),
    "teaching": ("teaching", "teaching experience"),
    "other": ("other", "additional information", "miscellaneous", "personal information", "contact", "contact me",
              "links", "personal details", "memberships", "affiliations", "professional affiliations",
              "professional memberships", "service", "professional service",
              # service to a school or a field (committees, reviewing, outreach) is no employment, and a list of
              # one's mentees dates their time, not a role
              "academic service", "university service", "departmental service", "department service",
              "external service", "internal service", "service and outreach", "mentees",
              "research mentees", "undergraduate research mentees"),
}
_LOOKUP = {phrase: name for name, phrases in _NAMES.items() for phrase in phrases}
# Words that name a section only joined to another ("Teaching and Outreach"): alone, "Outreach" heads paid work
# as often as service
_JOINED_ONLY = {"outreach": "other"}
_COMPACT = {phrase.replace(" ", ""): name for phrase, name in _LOOKUP.items()}  # "W O R K E X P E R I E N C E"
_SPACED = LazyPattern(r"^(?:\w\s){2,}\w$")  # "E X P E R I E N C E"
_WORD_GAP = LazyPattern(r"\s{2,}")
_MAX_LEN = 48
_ALTERNATIVES = LazyPattern(r"\s*[/|]\s*")  # "Certifications / Training" is named by its first part
_PART_WORDS = 3
_LATEX = LazyPattern(r"^\\(?:sub)?section\*?\{([^}]*)\}")  # \section{Experience} in a .tex resume
# a list item's glyph ('␣': a PDF's visible space), or a form's marker glued to its label ("■Project")
_BULLET = LazyPattern(r"\s*(?:[•○●◦▪■□➢►✓*-][\s\u2423]|[•○●◦▪■□➢►✓](?=[^\W\d_]))")
_ASIDE = LazyPattern(r"(?<=\w)\s*\([^()]*\)\s*:?$")
_ASIDE_ENDS = "):"  # the last character an aside can leave a line with, spaces aside
_RULE = LazyPattern(r"^\s*[_=~]{3,}|[_=~]{3,}\s*$")  # "RESEARCH & EXPERIENCE ______": a rule drawn with characters
_RULED = frozenset("_=~")
_DIGITS = frozenset("0123456789")
_COUNT = LazyPattern(r"(?<=\w)\s*[:–—-]\s*\d{1,2}(?:\.\d)?\s*\+?\s*(?:years?|yrs?)\.?$", re.I)  # ": 4 Years"
_COUNT_ENDS = "rRsS\u017f."  # ... and a count's ('ſ' is an s to a pattern that ignores case)
# a heading about the employers ("Company Details", "Employer History") is one about the work done for them
_WORK_WORDS = frozenset({"experience", "experiences", "employment", "company", "companies", "employer",
                         "employers"})
_STUDY_WORDS = frozenset({"education", "educational"})
_FORM_WORDS = frozenset({"summary", "history", "highlights", "overview", "details", "record", "timeline",
                         "background", "qualifications", "qualification", "profile"})
_REFEREES = frozenset({"references", "referees"})
# whose references they are: "Project References" or "Client References" list the candidate's own work
_REFEREE_KINDS = frozenset({"character", "professional", "personal", "work", "colleague", "academic"})
_ON_REQUEST = frozenset({"available", "upon", "on", "request", "by", "given", "provided", "supplied", "furnished"})
# what a qualifier makes of experience: "Personal Experiences" are one's own projects, not employment
_EXPERIENCE_QUALIFIERS = {"research": "research", "teaching": "teaching", "volunteer": "volunteering",
                          "leadership": "leadership", "personal": "projects"}
# "EDUCATION Georgia Institute of ...": a two-column PDF put a capitals heading and the other column on one line.
# The other column starts with a capitalised word or a degree's abbreviation ("EDUCATION MSc, Analytics ...").
_CAPS_LEAD = LazyPattern(r"^([A-Z][A-Z&]{3,}(?: [A-Z&]{2,}){0,2}) +(?=[A-Z][a-z]|[A-Z]{2}[a-z]{1,2}\b)")


# Where a heading may be glued to the end of the line before it: a lower-case letter, then a capital.
_GLUE = LazyPattern(r"(?<=[a-z])(?=[A-Z])")
_LOWER_WORD = LazyPattern(r"(?:^|[^A-Za-z])[a-z]+$")
# Where a heading may be run into a line's end: after a word's full stop, comma or bracket, or after a space.
_RUN_IN = LazyPattern(r"(?:(?<=[^\W\d_][.,;)])|(?<=\S)\s+)(?=((?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+:?)$)")
_HEADING_ENDS = tuple({phrase.split()[-1] for phrase in _LOOKUP} | _WORK_WORDS | _STUDY_WORDS | _FORM_WORDS)


def _run_in(line: str) -> list[str] | None:
    """'... proactively.Education Details', '... English Hindi Education Details': a heading that says its form
    ('Details', 'History', 'Summary') run into the end of a paragraph after a sentence's stop or a space, in Title
    Case. Its form word is what sets it apart from a phrase that ends a sentence ('... Mathematics Education')."""
    if len(line) <= _MAX_LEN:
        return None  # a line this short may be a heading itself
    for m in _RUN_IN.finditer(line, len(line) - _MAX_LEN):
        tail = m[1]
        if tail.split()[-1].lower().rstrip(":") in _FORM_WORDS and heading_name(tail):
            return [line[:m.start()].rstrip(), tail]
    return None


def split_glued_heading(line: str) -> list[str]:
    """`line`, or its text and the heading glued to its end ('...6 monthsCompany Details', 'Python, GoEXPERIENCE')
    where a resume's line breaks were lost. The heading is a known one in capitals, or in TitleCase after a word
    all in lower case: a camelCase name (JavaScript, GitHub, PostgreSQL, TeamWork) joins parts of one word."""
    if not line.rstrip(" :-—").lower().endswith(_HEADING_ENDS):  # most lines: one C call, no regex
        return [line]
    if parts := _run_in(line):
        return parts
    for m in _GLUE.finditer(line, max(0, len(line) - _MAX_LEN)):  # a heading is short: only the line's end
        head, tail = line[:m.start()], line[m.start():]
        if not heading_name(tail):
            continue
        capitals = tail.isupper() and sum(c.isalpha() for c in tail) >= 4
        title = all(w[0].isupper() for w in tail.split()) and _LOWER_WORD.search(head)
        if capitals or title:
            return [head.rstrip(), tail]
    return [line]


@dataclass(frozen=True, slots=True)
class Section:
    """Lines [start, end) of Document.lines under one heading; `name` is canonical, `heading` as written."""

    name: str
    heading: str
    start: int
    end: int


@lru_cache(maxsize=4096)  # the sections, the layouts and the checks ask of the same lines
def heading_name(line: str) -> str | None:
    """The canonical section name if `line` is a heading ("Work Experience:", "E X P E R I E N C E"), else None."""
    text = line.strip()
    if _drawn_rule(text):
        text = _RULE.sub("", line).strip()
    if m := _LATEX.match(text):
        text = m[1]
    counted = _COUNT.sub("", text) if _ends_in(text, _COUNT_ENDS) and _DIGITS.intersection(text) else text
    bare = _ASIDE.sub("", counted) if _ends_in(counted, _ASIDE_ENDS) else counted
    if bare != text:  # "WORK EXPERIENCE (7 YEARS, 2017 - 2024)",
        # "Experience: 4 Years": named by its words alone
        return _name(bare) if bare and len(bare) <= _MAX_LEN else None
    if not text or len(text) > _MAX_LEN:
        return None
    parts = _WORD_GAP.split(text)  # "W O R K   E X P" keeps words apart by wider gaps
    text = " ".join(p.replace(" ", "") if _SPACED.match(p) else p for p in parts)
    parts = _ALTERNATIVES.split(text)
    if len(parts) > 1 and all(len(p.split()) <= _PART_WORDS for p in parts):
        return _name(text) or _name(parts[0])
    return _name(text)


# A rule, a count and an aside stand at a line's ends: a look at those characters says whether a line can have one,
# rather than a scan of every line with the pattern.
def _drawn_rule(text: str) -> bool:
    """Could `text` (stripped) start or end with a rule drawn with characters ('______')?"""
    return len(text) >= 3 and (_RULED.issuperset(text[:3]) or _RULED.issuperset(text[-3:]))


def _ends_in(text: str, ends: str) -> bool:
    """Is `text` blank, or does it end, spaces aside, with one of the characters `ends`?"""
    return text.rstrip()[-1:] in ends


def _name(text: str) -> str | None:
    key = heading_key(text)
    return (_as_written(key) or _COMPACT.get(key.replace(" ", "")) or _qualified_experience(key)
            or _joined(key) or _selected(key) or _references(key))


def _references(key: str) -> str | None:
    """'Character References', 'References available upon request': a heading of two words ending in references
    after a word for whose they are heads them ('Project References' are the candidate's work), and one led by it that
    goes on only to say they are given on request heads them too."""
    words = key.split()
    if not words:
        return None
    if len(words) == 2 and words[0] in _REFEREE_KINDS and words[1] in _REFEREES:
        return "references"
    return "references" if words[0] in _REFEREES and _ON_REQUEST.issuperset(words[1:]) else None


def _selected(key: str) -> str | None:
    """'Selected Work History', 'NOTABLE PROJECTS', 'More Projects': a heading led by a word that says which of its
    entries are listed names the section the rest of it names."""
    first, _, rest = key.partition(" ")
    return _as_written(rest) if first in SELECTING and rest not in SELECTING | ROLE_PARTS else None


def _as_written(key: str) -> str | None:
    """The section a heading's key names as written, with '&' or 'and'."""
    return _LOOKUP.get(key) or _LOOKUP.get(key.replace(" & ", " and "))


def _joined(key: str) -> str | None:
    """'Employment & Projects', 'Skills & Experience': two sections under one heading. Work is what the dated lines
    under it are, so a joined heading with work in it holds roles; otherwise its first part names it."""
    parts = key.split(" & ")
    if len(parts) != 2:
        return None
    names = [_LOOKUP.get(p) or _qualified_experience(p) or _JOINED_ONLY.get(p) for p in parts]
    if None in names:
        return None
    return "experience" if "experience" in names else names[0]


def _qualified_experience(key: str) -> str | None:
    """'Clinical Experience', 'Nursing Student Work Experience', 'Company Details', 'Education Background': a
    short heading that ends in 'experience' or 'education', or goes on only to say in what form ('Experience with
    Python' and 'Over 1000 hours of experience' are sentences: a heading counts nothing)."""
    words = key.split()
    at = next((k for k, w in enumerate(words) if w in _WORK_WORDS or w in _STUDY_WORDS), None)
    if not 2 <= len(words) <= 5 or at is None or any(c.isdigit() for c in key):
        return None
    if not _FORM_WORDS.issuperset(words[at + 1:]):
        return None
    if words[at] in _STUDY_WORDS:
        return "education"
    return next((name for word, name in _EXPERIENCE_QUALIFIERS.items() if word in words), "experience")


def _mark(line: str) -> tuple[str, str, int] | None:
    """(name, heading, offset of the first content line) when `line` is or starts with a heading."""
    if _BULLET.match(line):
        return None  # "○ Technologies" under a role is one of its bullets
    if name := heading_name(line):
        return name, line.strip(), 1
    m = _CAPS_LEAD.match(line)
    if m and (name := heading_name(m[1])):
        return name, m[1], 0  # the rest of this line already belongs to the section
    return _side_by_side(line)


def _side_by_side(line: str) -> tuple[str, str, int] | None:
    """'WORK EXPERIENCE SKILLS', 'EDUCATION EMPLOYMENT HISTORY': two columns' headings in capitals read as one line,
    one of them naming work by a word of its own (experience, employment). The columns' lines come interleaved
    below it, and dated lines are what work is, so the section holds roles. Not a heading qualified by another
    section's name ('RESEARCH PUBLICATIONS'); a bare 'Work' or 'Career' names no work by itself ('WORK SKILLS' is
    one heading), though it may be one of the two parts when the other names work."""
    words = line.split()
    if not 2 <= len(words) <= 6 or not line.isupper() or len(line) > _MAX_LEN:
        return None
    for k in range(1, len(words)):
        parts = " ".join(words[:k]), " ".join(words[k:])
        names = [heading_name(part) for part in parts]
        if None not in names and any(name == "experience" and _WORK_WORDS.intersection(heading_key(part).split())
                                     for name, part in zip(names, parts)):
            return "experience", line.strip(), 1
    return None


_CONNECTORS = frozenset({"and", "&", "of"})
_LEADS = frozenset(phrase.split()[0] for phrase in _LOOKUP if " " in phrase)  # "work" of "work experience"


def _column_heading(line: str, below: str) -> tuple[str, str] | None:
    """'RELEVANT AIESEC ...' over 'EXPERIENCE', 'Work Acme, Berlin' over 'Experience Backend Engineer': a heading
    printed in a column beside the text and wrapped over two lines, each line led by its words. Named only when the
    leading words of the two lines together make a heading as written (no qualified or joined reading) and every
    one of them is capitalised, as a heading's are (all in capitals over a heading that stands alone)."""
    upper, lower = line.split(), below.split()
    if not upper or not lower or upper[0].lower() not in _LEADS or _BULLET.match(line) or _BULLET.match(below):
        return None  # most lines: no heading of several words starts with their first word
    # over a heading that stands alone, a title-case line is the end of the text before it ("Software Engineering
    # degree" over "Experience"); a heading's first words are in its capitals ("RELEVANT" over "EXPERIENCE")
    capitals = heading_name(below) is not None
    for a in (1, 2):
        for b in (1, 2):
            words = upper[:a] + lower[:b]
            if len(words) < a + b or not all((w.isupper() if capitals else w[0].isupper())
                                             or w.lower() in _CONNECTORS for w in words):
                continue
            if name := _as_written(heading_key(" ".join(words))):
                return name, " ".join(words)
    return None


def _lower(heading: str) -> bool:
    return next((c.islower() for c in heading if c.isalpha()), False)


def _continues(previous: str) -> bool:
    """Whether the line under `previous` may finish its sentence: a wrapped line that stops mid-sentence
    ('... developer standards and' / 'training')."""
    return len(previous) > _MAX_LEN and not previous.rstrip().endswith((".", ":", "!", "?", ";"))


def find_sections(lines: Sequence[str]) -> tuple[Section, ...]:
    """Sections in reading order; each runs from the line after its heading to the next heading.

    A resume writes its headings in one style: in one that capitalises them, a lower-case 'heading' that continues a
    wrapped sentence is that sentence's last word (a template with lower-case headings keeps all of its own)."""
    found: list[tuple[int, str, str, int, bool]] = []
    previous = ""
    wrapped = -1  # the second line of a heading wrapped in a column beside the text
    for i, line in enumerate(lines):
        mark = None if i == wrapped else _mark(line)
        if not mark and i != wrapped and i + 1 < len(lines) and (column := _column_heading(line, lines[i + 1])):
            mark, wrapped = (*column, 0), i + 1
        if mark and not role_part(line, found):
            found.append((i, *mark, _continues(previous)))
        previous = line.strip() or previous
    capitalised = sum(not _lower(f[2]) for f in found) > len(found) / 2
    marks = without_role_parts([f[:4] for f in found if not (capitalised and f[4] and _lower(f[2]))], lines)
    out = []
    for k, (i, name, heading, offset) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(lines)
        out.append(Section(name, heading, i + offset, end))
    return tuple(out)


def section_at(sections: Sequence[Section], index: int) -> Section | None:
    """The section holding line `index` (its heading line included), or None before the first heading."""
    for s in reversed(sections):
        if s.start - 1 <= index < s.end:
            return s
    return None
