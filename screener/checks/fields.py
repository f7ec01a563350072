"""Which dated positions belong to a field of work ("backend or software development"), and why.

A requirement such as "8+ years in software development" counts only the years of positions whose main work is
that field. A position's title decides when it names the field or names an occupation outside it; a title that
names neither ("Engineer", "Consultant", "Associate") is decided by what its own text says it did. The terms are
the rule file's, so each posting defines its own field.

Only the candidate's title is a title: an organisation's name says what the employer does ("Acme Software Ltd",
"a real estate company"), a project's domain what the client does, and the rest of a long line after its first
words is a description, so their words are weighed as text; a paragraph above the dates (a summary, a skills
list) is not the position's at all. A "Role: ..." line under the dates is a title.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ..errors import RuleFileError, unknown_key
from ..experience.shared_text import read_in_parts
from ..models import Position
from ..text.dates import A_YEAR
from ..text.lazy_regex import LazyPattern
from ..text.matching import phrase_pattern, spelling_pattern
from ..text.sections import heading_name
from ..text.stemming import stems

KEYS = {"name", "titles", "not_titles", "terms", "least", "artefacts", "made"}


class _Patterns(NamedTuple):
    """The field's lists compiled: each None when its list is empty."""

    titles: Any
    not_titles: Any
    terms: Any
    kin: tuple[Any, ...]  # one pattern per group of terms that are one sign together
    making: Any  # a text making an artefact or a made thing
    work: Any  # a title naming the work done on an artefact


class Shared(NamedTuple):
    """What a text names: its terms and made artefacts, each sign by its first form, and the roles it labels."""

    terms: dict[str, str]
    made: dict[str, str]
    roles: tuple[str, ...]


def _nothing() -> Shared:
    """What no text names (a fresh one each time: its dicts are the caller's)."""
    return Shared({}, {}, ())


@dataclass(frozen=True)
class Field:
    """`titles` name the field, `not_titles` name occupations outside it (checked first: "Software Sales" is
    sales), and a title naming neither counts when its text names at least `least` different `terms`. A list
    among the terms is one sign however many of its words a text names (the phone platforms, "iOS and Android").

    `artefacts` are the things only the field makes ("app", "website"): a title naming the work done on one ("Game
    Engine Development", "Web App Programming") names the field, and its text making one ("built the booking
    app") is a sign as a term is. `made` are things whose making is a sign too, though a title naming the work
    on one names other trades' work as well (a "Database Engineer" may only keep one running)."""

    name: str
    titles: tuple[str, ...] = ()
    not_titles: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()
    least: int = 1
    artefacts: tuple[str, ...] = ()
    made: tuple[str, ...] = ()
    kin: tuple[tuple[str, ...], ...] = ()  # the groups of terms that are one sign together
    _patterns: _Patterns = field(default=_Patterns(None, None, None, (), None, None), compare=False, repr=False)

    @classmethod
    def from_table(cls, table: Any) -> Field:
        if not isinstance(table, dict):
            raise RuleFileError("field must be a table with name, titles, not_titles, terms, artefacts and least")
        if extra := unknown_key(table, KEYS):
            raise RuleFileError(f"field: unknown key {extra!r} (allowed: {', '.join(sorted(KEYS))})")
        name = table.get("name")
        if not isinstance(name, str) or not name.strip():
            raise RuleFileError("field: 'name' must say what the field is, e.g. \"software development\"")
        lists = {key: _words(table.get(key, []), key) for key in ("titles", "not_titles", "artefacts", "made")}
        terms = table.get("terms", [])
        if not isinstance(terms, list):
            raise RuleFileError("field: terms must be a list of non-empty strings (or lists of them, each one sign)")
        kin = tuple(_words(t, "a list among the terms") for t in terms if isinstance(t, list))
        if not all(kin):
            raise RuleFileError("field: a list among the terms must name the words that are one sign")
        lists["terms"] = _words([w for t in terms for w in (t if isinstance(t, list) else [t])], "terms")
        if not lists["titles"] and not lists["terms"]:
            raise RuleFileError("field: give titles, terms or both, or nothing would count")
        least = table.get("least", 1)
        if isinstance(least, bool) or not isinstance(least, int) or least < 1:
            raise RuleFileError(f"field: least must be a whole number of at least 1, got {least!r}")
        patterns = _Patterns(*(phrase_pattern(lists[k]) for k in ("titles", "not_titles", "terms")),
                             tuple(phrase_pattern(group) for group in kin),
                             *_artefact_patterns(lists["artefacts"], lists["made"]))
        return cls(name.strip(), lists["titles"], lists["not_titles"], lists["terms"], least, lists["artefacts"],
                   lists["made"], kin, patterns)

    def judge(self, heading: str, text: str, title: str = "", shared: Shared | None = None) -> tuple[bool, str]:
        """Does the position with this heading (title and organisation lines) and text belong to the field? `title`
        is the candidate's own title, when known: only it may join two jobs or name the work done on an artefact
        (an organisation's name says what the employer does: "Account Manager, Acme Website Development").
        `shared`: the signs of the text after `text` that the position shares with titles stacked below it."""
        titles, work = self._patterns.titles, self._patterns.work
        shared = shared or _nothing()
        if m := self._occupation_outside(heading):
            # a title joining two jobs held at once names its main one first; the text must show building software
            held = self._joined_title(title)
            own = self._signs(text, shared) if held else []
            if held is None or len(own) < self.least:
                return False, f"its title says {m.group()!r}"
            return True, f"its title says {held!r} first and its text names {', '.join(own[:3])}"
        if (titles is not None and (m := titles.search(heading))) or (work is not None and (m := work.search(title))):
            return True, f"its title says {m.group()!r}"
        found = self._signs(f"{heading}\n{text}", shared)
        if len(found) >= self.least:
            return True, f"its text names {', '.join(found[:3])}"
        return False, f"neither its title nor its text says {self.name}"

    def _occupation_outside(self, heading: str) -> re.Match[str] | None:
        """The first not-title in the heading that names the candidate's occupation. One naming a doer does so
        anywhere ("Lecturer in Computing", "Dean of Engineering"); one naming a trade ("sales", "marketing", "real
        estate") does unless a software title follows it within a few words of its piece of the heading (a line, or
        a part of one between commas or dashes), where the trade is what the software deals in ("Sales Platform
        Engineer", "Marketing Software Developer"); "Head of Sales EMEA", "Sales Rep" and a trade's own doer or work
        next to it ("Sales Engineering Manager", "Sales Operations Developer") stay out. A trade in a piece after the
        heading's software job title (ending in a builder's word), a piece naming no occupation, seller or work of the
        trade's own, names the team, product or employer the job serves ("Software Engineer, Sales Platform",
        "Frontend Developer – Real Estate Portal"; not "..., Sales Rep", "..., Sales Support")."""
        not_titles, titles = self._patterns.not_titles, self._patterns.titles
        if not_titles is None:
            return None
        served = False  # has a piece before named a software job ("Backend Engineer")?
        for piece in _PIECES.split(heading):
            piece = _ASIDE.sub(" ", piece)
            for m in not_titles.finditer(piece):
                after = _FEW_WORDS.match(piece, m.end()).group()  # a few words only: a long line is read once
                its_own = DOER.search(m.group()) or _TRADE_S_OWN.match(after)  # a doer, or the trade's own job
                if served and not (its_own or _occupation(piece) or _SELLS.search(piece)):
                    continue
                if its_own or titles is None or not titles.search(after):
                    return m
            served = served or bool(titles is not None and titles.search(piece) and _BUILDER.search(piece))
        return None

    def _signs(self, text: str, shared: Shared) -> list[str]:
        """The different signs of the field's work the text (and the text shared after it) names: its terms, and the
        artefacts it says were made."""
        terms, made, _ = self._read(text)
        return sorted(_merged(_merged(terms, shared.terms), _merged(made, shared.made)).values())

    def _read(self, text: str) -> Shared:
        """The text's terms and made artefacts, each sign by its first form (`_first_forms`)."""
        terms, making = self._patterns.terms, self._patterns.making
        found = [m.group() for m in terms.finditer(text)] if terms is not None else []
        made = [m.group("thing") for m in making.finditer(text)] if making is not None else []
        return Shared(_first_forms(found, self._patterns.kin), _first_forms(made, self._patterns.kin), ())

    def _shared(self, lines: tuple[str, ...], start: int, end: int, starts: Sequence[int],
                memo: dict[tuple[int, int], Shared]) -> Shared:
        """The roles and signs of lines [start, end), each part of them read once for every title stacked over it."""
        def read(a: int, b: int) -> Shared:
            here = self._read("\n".join(lines[a:b]))
            return Shared(here.terms, here.made, tuple(_roles(lines[a:b])))

        def then(here: Shared, after: Shared) -> Shared:
            return Shared(_merged(here.terms, after.terms), _merged(here.made, after.made), (*here.roles, *after.roles))

        return read_in_parts(start, end, starts, memo, read, then, _nothing())

    def _joined_title(self, title: str) -> str | None:
        """The field's title in the first part of the candidate's title joining two jobs held at once ("Web Developer
        & IT Technician"): a resume names its main job first, each part is a job title of its own (it ends in an
        occupation's word, not "Software & Web Development", an employer's trade), and the first names no occupation
        outside the field ("Software Sales" does)."""
        titles, not_titles = self._patterns.titles, self._patterns.not_titles
        parts = [part for part in _JOINED.split(title) if part.strip()]
        if titles is None or len(parts) < 2 or not all(_occupation(part) for part in parts):
            return None
        if (m := titles.search(parts[0])) and not self._occupation_outside(parts[0]):
            return m.group()
        return None

    def names_other_work(self, text: str) -> bool:
        """Does `text` (a claim: 'almost 18 years of teaching experience') speak of an occupation outside the field
        and not of the field?"""
        titles, not_titles = self._patterns.titles, self._patterns.not_titles
        return (not_titles is not None and bool(not_titles.search(text))
                and not (titles is not None and titles.search(text)))

    def judge_position(self, lines: tuple[str, ...], p: Position, starts: Sequence[int] = (),
                       memo: dict[tuple[int, int], Shared] | None = None) -> tuple[bool, str]:
        """Does a dated position belong to the field, by its heading (title, organisation and the title-like
        lines around its dates) and the text under it? A title stacked over others reads on to their text, which is
        read in parts (from each of `starts`, the positions' first lines), each part once for the stack (`memo`)."""
        if p.span is None:  # a JSON Resume position: its title and organisation are all we have
            return self.judge(f"{p.title}\n{p.organisation}", "", _own_title(p.title))
        first, last = p.span
        # "Acme  2019 - 2021" over "Backend Engineer"; a heading between them (a column's, wrapped) is neither's, and
        # a line whose every year lies outside the position's own years is another role's dated line ("Sales Intern,
        # summer 2009" under 2010 - 2023): dropped, not replaced by the line after it. A year within them dates the
        # position's own title ("Senior Backend Engineer (since 2019)")
        below = [x for x in lines[p.line + 1:min(p.line + 3, last)] if not heading_name(x)][:1]
        below = [x for x in below if not _dates_another_role(x, p)]
        own_end = last if p.own_end is None else p.own_end
        body = lines[p.line + 1:own_end]
        shared = self._shared(lines, own_end, last, starts, {} if memo is None else memo)
        roles = [*_roles(body), *shared.roles]
        # a paragraph above the dates is the summary or skills list before the position, not its work
        above = [x for x in (p.title, p.organisation, *lines[first:p.line]) if not _paragraph(x)]
        leads, rests = zip(*map(_lead, [*above, lines[p.line], *filter(_title_like, below)]))
        titles, other = _split_heading(list(leads))
        return self.judge("\n".join([*titles, *roles]), "\n".join([*other, *filter(None, rests), *body]),
                          _own_title(p.title), shared)


def _roles(lines: Sequence[str]) -> list[str]:
    """The titles the lines name as labelled fields ("Role: Backend Developer")."""
    return [m.group(1) for line in lines if (m := _ROLE.match(line))]


def _words(value: Any, key: str) -> tuple[str, ...]:
    """One of the field's lists of words, checked."""
    if not isinstance(value, list) or not all(isinstance(t, str) and t.strip() for t in value):
        raise RuleFileError(f"field: {key} must be a list of non-empty strings")
    return tuple(value)


def _first_forms(found: list[str], kin: tuple[Any, ...] = ()) -> dict[str, str]:
    """Each different sign by the form it is first named in, in the order they are first named. A sign is one
    whatever its form: "database" and "databases", "deployed" and "deployment", "back-end" and "backend" are one word,
    so the "two different signs" a title naming neither needs are two words, never two forms of one ("Deployed
    overseas. Overseas deployment"), nor two words of one group (`kin`: "iOS and Android" are the phone platforms)."""
    signs: dict[str, str] = {}
    for sign in found:
        term = sign.casefold()
        words = re.findall(r"[\w+#]+", term)
        group = next((i for i, pattern in enumerate(kin) if pattern.fullmatch(sign)), None)
        key = f"{group}" if group is not None else "".join(stems(words) if all(w.isalpha() for w in words) else words)
        signs.setdefault(key, term)
    return signs


def _merged(first: dict[str, str], then: dict[str, str]) -> dict[str, str]:
    """The signs of a text followed by another: each by its form in the first text that names it."""
    return {**then, **first}


# making a thing, in any of the verb's forms ("built", "develops", "wrote"), with a second verb joined to it
# ("developed and maintained"); designing, launching or selling one is not making it. "Code", "coding",
# "building" and "writing" are nouns too: after an article or a possessive they name a thing ("the coding
# database", "our building"), not a making. The making written as a noun is a making too ("the development of
# the booking app", "creation of a website"). The word edge is tested before the article's six lookbehinds: the
# pattern is tried at every character, and the edge, one test, turns most of them away (inside words)
_MAKING = (r"(?:\b(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\bour )(?<!\btheir )"
           r"(?:buil[dt]|builds|building|develop(?:s|ed|ing)?|creat(?:e|es|ed|ing)|implement(?:s|ed|ing)?|"
           r"program(?:s|med|ming)?|cod(?:e|es|ed|ing)|writ(?:e|es|ing|ten)|wrote|ship(?:s|ped|ping)?)"
           r"(?:\s+and\s+[a-z]+ed)?|\b(?:development|creation|implementation)\s+of)")
# the prepositions and conjunctions that start another phrase
_PHRASE_STARTS = "for|to|with|of|on|at|by|from|in|into|and|or|but|that|which|who|while|through|as|via|using"
# the words between the verb and the thing made: its object's first words, never a word that starts another phrase
# ("created content for the app" made content, not the app)
_OBJECT_WORD = rf"(?!(?:{_PHRASE_STARTS}|about|than)\b)[\w'\u2019+#/-]+"
# the thing made is the head of its phrase, so the phrase ends with it: its plural, then the line's end, a mark
# ("built the app.", "the app (React)"), or a word starting another phrase ("the app for clinics", "the app and
# its API", "an app used by 2,000 riders"); never a modifier ("website copy", "app icons") nor a possessive
_THING_ENDS = (rf"s?(?=\s*(?:$|[.,;:!?()\[\]/&|\u2013\u2014]|\s-\s|(?:{_PHRASE_STARTS}|where|across|within|over|under"
               r"|used|end-to-end)\b))")
_WORK = r"\s+(?:development|programming|engineer|engineering)\b"  # a title naming the work done on a thing


def _artefact_patterns(artefacts: tuple[str, ...], made: tuple[str, ...]) -> tuple[Any, Any]:
    """A text making one of the artefacts or made things ("built the booking app": up to three words of its
    object between), and a title naming the work done on an artefact ("Game Engine Development", "Web App
    Engineer"); None when there are none."""
    making = work = None
    if artefacts or made:
        things = "|".join(spelling_pattern(a) for a in (*artefacts, *made))
        making = re.compile(rf"{_MAKING}(?:[\s,]+{_OBJECT_WORD}){{0,3}}?[\s,]+(?P<thing>{things}){_THING_ENDS}",
                            re.I | re.M)
    if artefacts:
        things = "|".join(spelling_pattern(a) for a in artefacts)
        work = re.compile(rf"(?<![\w+#&])(?:{things})s?{_WORK}", re.I)
    return making, work


def _title_like(line: str) -> bool:
    """A short line that does not read as a sentence: a title or organisation, not a bullet about the work."""
    return len(line) <= 60 and len(line.split()) <= 8 and not line.rstrip().endswith((".", ";", ":"))


def _dates_another_role(line: str, p: Position) -> bool:
    """Does every year `line` names lie outside the position's own years (it dates another role)?"""
    years = [int(m.group()) for m in A_YEAR.finditer(line)]
    return bool(years) and all(not p.start.year <= y <= p.end.year for y in years)


_JOINED = LazyPattern(r"\s*[/,]\s*|\s+&\s+")  # what joins two titles; '&' inside a word ("R&D") joins none
_ROLE = LazyPattern(r"[^\w]*(?:role|designation|position|job title)\s*[-:\u2013]\s*(\S.*)", re.I)
_LABELLED_ELSEWHERE = LazyPattern(
    r"\s*(?:at\s|(?:company|employer|organi[sz]ation|client|customer|domain|industry|sector)\s*[-:\u2013])", re.I)
# an organisation's name ends in its legal form ("Acme Ltd"), or in its kind ("Harbour Robotics Laboratory") when
# it names no doer ("Web Developer for the Records Department" is a title), or begins with its kind ("Department of")
_LEGAL_FORM = LazyPattern(r"\b(?:ltd|limited|pvt|inc|llc|llp|plc|gmbh|corp|corporation|company|co)\b\.?\s*$", re.I)
_KINDS = (r"laborator(?:y|ies)|institute|university|college|school|department|centre|center|academy|foundation|"
          r"association|society|hospital|clinic")
_KIND_LAST = LazyPattern(rf"\b(?:{_KINDS})\b\.?\s*$", re.I)
_KIND_FIRST = LazyPattern(rf"\W*(?:the\s+)?(?:{_KINDS})\s+of\b", re.I)
_SEGMENTS = LazyPattern(r"\s*(?:[,|\u2022\u2013\u2014]|\s-\s|\s{2,}|\t|\sat\s|@)\s*", re.I)
_PARAGRAPH_WORDS = 15
_LEAD = 60
_LONGEST_TITLE = 90


# the doers of occupations ("Marketing Coordinator", "Web Developer", "Programmer", "Dean of Students"); of them, the
# builders of software. DOER tells a job title from an employer's name among a position's heading lines
_BUILDERS = r"developer|programmer|engineer|coder|architect"
_DOERS = (rf"{_BUILDERS}|tester|technician|administrator|sysadmin|analyst|"
          r"consultant|specialist|coordinator|co-ordinator|manager|assistant|associate|officer|executive|lead|director|"
          r"supervisor|designer|writer|editor|representative|agent|advis[eo]r|trainer|teacher|tutor|instructor|"
          r"lecturer|professor|dean|chair|provost|fellow|post-?doc(?:toral)?|nurse|accountant|bookkeeper|cashier|"
          r"clerk|receptionist|recruiter|economist|master|person|intern|owner|founder")
DOER = LazyPattern(rf"\b(?:{_DOERS})s?\b", re.I)
_OCCUPATION_WORD = LazyPattern(rf"\b(?:{_DOERS})s?\W*$", re.I)  # a job title ends in a doer's word
_PIECES = LazyPattern(rf"\n|{_SEGMENTS.pattern}", re.I)  # a heading's lines and the parts of each
_ASIDE = LazyPattern(r"\([^()]*\)?")  # a parenthesis: "IT Support (Contract)"
# the words after a trade that may name what it is, up to a mark that joins or parts titles ("Sales / Developer")
_FEW_WORDS = LazyPattern(r"(?:[^\S\n]+[\w+#.-]+){0,4}")
# a piece that names the candidate as one who builds software ends in a builder's word ("Frontend Developer"; not
# "Software Account Executive"); a trade's piece naming its seller is a job of its own ("Sales Rep", "Broker")
_BUILDER = LazyPattern(rf"\b(?:{_BUILDERS})s?\W*$", re.I)
_SELLS = LazyPattern(r"\b(?:reps?|brokers?|realtors?|salesperson|salespeople|agents?)\b", re.I)
_TRADE_S_OWN = LazyPattern(rf"\s*(?:{_DOERS}|engineering|operations|support|services)s?\b", re.I)


def _organisation(segment: str) -> bool:
    """Is this segment of a heading an organisation's name, not a title?"""
    return bool(_LEGAL_FORM.search(segment) or _KIND_FIRST.match(segment)
                or (_KIND_LAST.search(segment) and not DOER.search(segment)))


def _own_title(title: str) -> str:
    """The candidate's own title: the first piece of the title line ("Web Developer & Technician, Acme Ltd"), and
    the job titles a comma joins to it, each ending in a doer's word ("Developer, Systems Administrator, Acme")."""
    first = next(iter(filter(None, _SEGMENTS.split(title))), "")
    own, parts = [first], title.split(",")
    if parts[0].strip() == first.strip():
        for part in map(str.strip, parts[1:]):
            if not (_occupation(own[-1]) and _occupation(part) and not _SEGMENTS.search(part)):
                break
            own.append(part)
    return ", ".join(own)


def _occupation(part: str) -> bool:
    """Does this part of a title read as a job title of its own, ending in an occupation's word?"""
    return bool(_OCCUPATION_WORD.search(part.strip()))


def _lead(line: str) -> tuple[str, str]:
    """A title sits at the start of its line: a long line's first words, and the rest (a description). A long
    title is not cut before its own end ("Harbour Ferry Timetabling and Ticketing Systems Program Manager, 2011 -
    2019") when its line's first piece ends within a title's length in an occupation's word; a first piece ending
    otherwise is a title and its description ("Web Developer on the booking platform for care homes, ...")."""
    if len(line) <= _LEAD:
        return line, ""
    first = _SEGMENTS.search(line)
    if first is not None and _LEAD < first.start() <= _LONGEST_TITLE and _occupation(line[:first.start()]):
        return line[:first.start()], line[first.start():]
    cut = line.rfind(" ", 0, _LEAD + 1)
    cut = cut if cut > 0 else _LEAD
    return line[:cut], line[cut:]


def _paragraph(text: str) -> bool:
    """More words than a title and organisation line ever holds: a summary or a skills list."""
    return len(text.split()) > _PARAGRAPH_WORDS


def _split_heading(parts: list[str]) -> tuple[list[str], list[str]]:
    """The heading's title-like pieces, and the rest (organisation names, project domains) as text."""
    titles, other = [], []
    for part in parts:
        if _LABELLED_ELSEWHERE.match(part):
            other.append(part)
            continue
        for segment in filter(None, _SEGMENTS.split(part)):
            (other if _organisation(segment) or _LABELLED_ELSEWHERE.match(segment) else titles).append(segment)
    return titles, other
