"""Blind screening: find who the candidate is once per resume, then leave it out of every output field.

Reviewers should see qualifications, not people. `identify` reads where a resume says who it is: the top lines,
labelled fields ("Name:"), Markdown front matter, the file's properties, running page headers and footers, e-mail
addresses and profile links. `Identity.redact` then masks every occurrence in any text: the name in its variants
(initials, reversed, all capitals, accents folded, letter-spaced), e-mail addresses, phone numbers, handles,
personal sites, street addresses, birth dates and ages. Only the personal part of a quote is masked, so evidence
stays readable. Code-host links keep their host ("github.com"); the file name becomes an id of the content hash.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from ..loaders.links import CODE_HOSTS
from ..models import Document, Evidence, ResumeResult
from ..text.person_names import is_particle
from .names import HEADER_LINES, NOT_NAME, find_names, fold, letter_spaced

NAME, EMAIL, PHONE, HANDLE, SITE, PROFILE, ADDRESS, AGE = (
    "[name]", "[email]", "[phone]", "[handle]", "[personal site]", "[profile link]", "[address]", "[age]")

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# nine or more digits with phone punctuation between them; a date range has at most eight
_PHONE = re.compile(r"(?<![\w])\+?\(?\d(?:[\s().-]{0,3}\d){8,14}(?![\w])")
_STREET = re.compile(
    r"\b\d{1,5}\s+(?:[A-Z][\w.]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|"
    r"Way|Place|Pl|Strasse|Straße|Rue)\b\.?"
    r"|\b[A-ZÄÖÜ][\wäöüß]*(?:str\.|straße|strasse|straat|weg|gasse|laan)\s*\d+\w?"  # Lessingstr. 5
    r"|\b(?:Rue|Calle|Avenida)\s+(?:[A-Z][\w'-]*\s?){1,4},?\s*\d{1,4}\b|\bP\.?\s?O\.?\s+Box\s+\d+")
_POSTCODE = re.compile(r"\b[A-Z]{2},?\s+\d{5}(?:-\d{4})?\b")  # a US state and ZIP code
_DATE = (r"(?:\d{1,2}[./ -]\d{1,2}[./ -]\d{2,4}|\d{1,2}\.?[ -]?[A-Z][a-z]{2,8}[ -,]*\d{4}"
         r"|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{4})")  # 31/08/2003, 28-Nov-1999, November 23, 1973, 1991
_AGE = re.compile(rf"\b(?:age[d]?\s*:?\s*\d{{2}}|\d{{2}}\s*(?:years|yrs)\s*old|born\s+(?:in\s+|on\s+)?{_DATE}|"
                  rf"(?:date of birth|birth ?date|d\.?o\.?b\.?|geburtsdatum|date de naissance|né(?:e)? le)"
                  rf"\s*[:\t ]\s*{_DATE})", re.I)
_PERSONAL = re.compile(r"\b(gender|sex|marital status|nationality|citizenship|religion|date of birth)\s*:\s*[^,;|\n]+",
                       re.I)
# "GitHub: //jdoe", "github:// jdoe": a profile written as a label and a handle
_LABELLED_HANDLE = re.compile(r"\b(?:github|gitlab|twitter|linkedin)\s*:\s*/*\s*(?:in/)?@?([\w.-]{3,})", re.I)
# a LinkedIn export breaks long links over lines and labels them: "brod-41b6b3125 (LinkedIn)"
_LINK_LABEL = re.compile(r"\S+(?=\s+\((?:LinkedIn|Personal|Company|Portfolio|Blog|Other)\))")
_CUT = re.compile(r"^…(\w{3,})\b|\b(\w{3,})…$")  # a word cut where a quote was shortened
_URL = re.compile(r"(?:https?://|\b)(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})\b((?:/[^\s|,;()\[\]<>\"']*)?)", re.I)
# where the first part of a link's path is a person (linkedin.com/in/jane, medium.com/@jane, linktr.ee/jane)
PROFILE_HOSTS = frozenset({
    "linkedin.com", "twitter.com", "x.com", "facebook.com", "instagram.com", "medium.com", "linktr.ee", "hackmd.io",
    "stackoverflow.com", "kaggle.com", "leetcode.com", "behance.net", "dribbble.com", "orcid.org",
    "researchgate.net", "scholar.google.com", "dev.to", "codepen.io", "t.me", "about.me", "hashnode.com",
    "mastodon.social", "huggingface.co", "npmjs.com", "pypi.org", "hub.docker.com", "keybase.io"})
_PAGES = frozenset({"github.io", "gitlab.io", "netlify.app", "vercel.app", "pages.dev", "wordpress.com",
                    "blogspot.com", "substack.com", "medium.com"})  # USER.github.io is the person's own site
_MAIL_HOSTS = re.compile(r"(?:^|\.)(?:gmail|googlemail|yahoo|outlook|hotmail|live|icloud|me|mac|aol|proton|protonmail|"
                         r"pm|gmx|yandex|mail|web|qq|163|duck|hey|fastmail|zoho|email|example)\.\w+$|\.(?:edu|ac\.\w+|"
                         r"edu\.\w+|gov|mil)$", re.I)
_GENERIC_LOCAL = frozenset({"info", "contact", "hello", "mail", "email", "work", "me", "hi", "office", "admin",
                            "jobs", "career", "careers", "resume", "cv", "dev", "moderator", "username", "name"})

@dataclass(frozen=True)
class Identity:
    """Who one resume is about, found once: its name (as word tuples), the name words masked even alone, handles
    and personal sites."""

    names: tuple[tuple[str, ...], ...] = ()
    words: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()
    sites: tuple[str, ...] = ()

    @cached_property
    def _pattern(self) -> re.Pattern | None:
        """One pattern for every name variant, handle and site, matched on folded text (case and accents aside)."""
        names = set()
        for words in self.names:
            core = [fold(w).lower() for w in words if not is_particle(w) and len(w.strip(".")) > 1]
            first, last = core[0], core[-1]
            names |= {r"\s+".join(_spaced(w) if len(w) > 1 else rf"{re.escape(w)}\.?"
                                  for w in (fold(w).lower().strip(".") for w in words)),  # as written
                      rf"{_spaced(first)}(?:\s+\S+){{0,2}}?\s+{_spaced(last)}",  # with middle names or initials
                      rf"{_spaced(last)}\s*,?\s+{_spaced(first)}(?:\s+[^\W\d_]\.?)?",  # reversed
                      rf"{re.escape(first[0])}\.?\s*(?:[^\W\d_]\.\s*)?{_spaced(last)}",  # initials
                      rf"{_spaced(last)},?\s+{re.escape(first[0])}\."}
        groups = [("name", [*sorted(names, key=len, reverse=True), *map(_spaced, self.words)]),
                  ("site", [re.escape(s) for s in self.sites]), ("handle", [re.escape(h) for h in self.handles])]
        body = "|".join(f"(?P<{g}>{'|'.join(alts)})" for g, alts in groups if alts)
        # e-mail addresses and links are masked before this runs, so "@jdoe" and "/in/jdoe" are handles
        return re.compile(rf"(?<![\w.])(?:{body})(?![\w@])", re.I) if body else None

    def _url(self, m: re.Match) -> str:
        """A link as blind output shows it: a code host alone, a profile or personal site masked, others as is."""
        site, path = m[1].lower().removeprefix("www."), m[2]
        if site in CODE_HOSTS:
            return site
        if any(site.endswith("." + p) for p in _PAGES) or any(site == s or site.endswith("." + s) for s in self.sites):
            return SITE
        if site in PROFILE_HOSTS and path.strip("/"):
            return PROFILE
        link = fold(f"{site} {path}").lower()
        if any(h in link for h in self.handles) or any(len(w) >= 4 and w in link for w in self.words):
            return SITE
        return m[0]

    def redact(self, text: str) -> str:
        """`text` with every personal detail replaced by a mark such as [name] or [email]."""
        text = _EMAIL.sub(EMAIL, text)
        text = _URL.sub(self._url, text)
        text = _LINK_LABEL.sub(lambda m: m[0] if m[0] in (PROFILE, SITE) else PROFILE, text)
        text = _PHONE.sub(PHONE, text)
        text = _STREET.sub(ADDRESS, text)
        text = _POSTCODE.sub(ADDRESS, text)
        text = _AGE.sub(AGE, text)
        text = _PERSONAL.sub(lambda m: f"{m[1]}: [withheld]", text)
        if self._pattern is None:
            return text
        out, end = [], 0
        for m in self._pattern.finditer(fold(text)):  # folding keeps every character's position
            out += [text[end:m.start()], {"name": NAME, "site": SITE, "handle": HANDLE}[m.lastgroup]]
            end = m.end()
        return _CUT.sub(self._cut, "".join(out) + text[end:])

    def _cut(self, m: re.Match) -> str:
        """A quote cut short inside the name ("…oe, Python") keeps no piece of it."""
        piece = fold(m[1] or m[2]).lower()
        parts = {fold(w).lower() for n in self.names for w in n if len(w) >= 4} | set(self.handles)
        if any(p.endswith(piece) if m[1] else p.startswith(piece) for p in parts):
            return f"…{NAME}" if m[1] else f"{NAME}…"
        return m[0]


def _spaced(word: str) -> str:
    """A word that may be written letter by letter ("D O E"): optional single spaces between its letters."""
    return r"\s?".join(re.escape(c) for c in word)


def identify(document: Document) -> Identity:
    """The candidate's identity as the resume states it; empty fields when it states none."""
    text = fold(document.text)
    emails = _EMAIL.findall(text)
    mailboxes = [e.split("@")[0].lower() for e in emails]
    # what names the person besides the name itself: e-mail addresses and profile links
    witness = " ".join(mailboxes + [m[2].lower() for m in _URL.finditer(text)
                                    if m[1].lower().removeprefix("www.") in PROFILE_HOSTS | CODE_HOSTS])
    names, sure = find_names(document, witness)
    top = fold("\n".join(line.text for line in document.lines[:HEADER_LINES]))
    name_bits = {fold(w).lower() for n in names for w in n if len(w) >= 4}
    # an e-mail domain is the person's own when it is no mail provider and names them or serves as a contact box
    sites = {domain.lower() for e, box in zip(emails, mailboxes) if not _MAIL_HOSTS.search(domain := e.split("@")[1])
             and (box in _GENERIC_LOCAL or any(b in domain.lower() for b in name_bits))}
    handles = {box for box in mailboxes if len(box) >= 4 and box not in _GENERIC_LOCAL}
    sites |= {m[1].lower().removeprefix("www.") for m in _URL.finditer(_EMAIL.sub(" ", top))
              if _own_domain(m, name_bits | handles)}
    handles |= _profile_handles(text, top, name_bits | handles | {s.split(".")[-2] for s in sites})
    # a name word the resume also uses as a plain word ("senior engineer" beside "Alistair Senior") is masked only
    # as part of the name
    prose = _URL.sub(" ", _EMAIL.sub(" ", text))
    words = {w for n in names if sure for w in (fold(x).lower() for x in n if not is_particle(x)) if len(w) >= 3}
    # a part of the mailbox name the header shows as a word is a name even where the reader split the name's line
    short = "\n".join(line for line in _URL.sub(" ", _EMAIL.sub(" ", top)).splitlines()
                      if len(line.split()) <= 3)  # a name's line, not a title's
    words |= {p for box in mailboxes for p in re.split(r"[\W\d_]+", box)
              if len(p) >= 4 and p not in _GENERIC_LOCAL and re.search(rf"(?<!\w){p}(?!\w)", short, re.I)}
    words = {w for w in words if w not in NOT_NAME and not re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", prose)}
    words |= {w for line in document.lines[:HEADER_LINES] if (w := letter_spaced(fold(line.text).lower()))
              and any(len(p) >= 4 and p in w for p in re.split(r"[\W\d_]+", witness))}
    return Identity(tuple(names), tuple(sorted(words, key=len, reverse=True)),
                    tuple(sorted(handles, key=len, reverse=True)), tuple(sorted(sites, key=len, reverse=True)))


def _profile_handles(text: str, top: str, bits: set[str]) -> set[str]:
    """User names in profile links, in USER.github.io, and in code-host links that are the person's own (in the
    header, or named like them): github.com/kubernetes in a project line is a project, not a person."""
    found = set()
    for m in _URL.finditer(text):
        site, path = m[1].lower().removeprefix("www."), m[2].strip("/")
        user = (path.split("/")[-1] if site == "linkedin.com" else path.split("/")[0]).lstrip("@").lower()
        if any(site.endswith("." + p) for p in _PAGES):
            found.add(site.split(".")[0])
        elif site in PROFILE_HOSTS and len(user) >= 3 and re.fullmatch(r"[\w.-]+", user):
            found.add(user)
        elif site in CODE_HOSTS and len(user) >= 4 and (m[0] in top or any(b in user or user in b for b in bits)):
            found.add(user)
    return found | {h.lower() for h in _LABELLED_HANDLE.findall(text) if not h.lower().startswith(("http", "www"))}


_NOT_DOMAINS = re.compile(r"\.(?:js|ts|py|rb|go|rs|md|txt|pdf|png|jpe?g|gif|svg|html?|css|json|ya?ml|tex|docx?)$|"
                          r"^(?:asp|vb|ado)\.net$", re.I)
_OWN_TLD = re.compile(r"\.(?:me|dev|io|page|site|xyz|info|pro|name|gg|sh|codes|tech|blog|online|website|space|app)$")


def _own_domain(m: re.Match, bits: set[str]) -> bool:
    """A domain in the header that looks like a personal site: written as a link (www., http), named after the
    person, or under a top-level domain people use for themselves; never a code, profile or mail host."""
    site = m[1].lower().removeprefix("www.")
    if site in CODE_HOSTS or site in PROFILE_HOSTS or _MAIL_HOSTS.search(site) or _NOT_DOMAINS.search(site):
        return False
    if len(site.split(".")[-2]) < 2:  # B.Sc, M.Sc
        return False
    return bool(re.match(r"https?://|www\.", m[0], re.I) or _OWN_TLD.search(site)
                or any(b in site.split(".")[-2] for b in bits))


def blind_id(sha256: str) -> str:
    return f"candidate-{sha256[:10]}"


def _evidence(e: Evidence, redact) -> Evidence:
    """The quote redacted, its highlight moved to where the matched words now sit (or dropped if they went)."""
    quote, reading = redact(e.quote), redact(e.reading)  # the reading names the position it was read under
    if e.highlight is None or quote == e.quote:
        return replace(e, quote=quote, reading=reading)
    start, end = e.highlight
    words = e.quote[start:end]
    near = len(redact(e.quote[:start]))
    spots = [m.start() for m in re.finditer(re.escape(words), quote)] if words and redact(words) == words else []
    at = min(spots, key=lambda s: abs(s - near), default=None)
    return replace(e, quote=quote, reading=reading, highlight=None if at is None else (at, at + len(words)))


def redact_result(result: ResumeResult, identity: Identity) -> ResumeResult:
    """The same result with personal details masked in every text field, and the file name replaced."""
    redact = identity.redact
    reqs = tuple(replace(q, detail=redact(q.detail), evidence=tuple(_evidence(e, redact) for e in q.evidence))
                 for q in result.requirements)
    positions = tuple(replace(p, title=redact(p.title), organisation=redact(p.organisation), why=redact(p.why))
                      for p in result.positions)
    d = result.diagnostics
    diagnostics = d and replace(d, sections=tuple(map(redact, d.sections)),
                                unparsed_dates=tuple(map(redact, d.unparsed_dates)))
    return replace(result, file=blind_id(result.sha256), requirements=reqs, positions=positions,
                   warnings=tuple(map(redact, result.warnings)), diagnostics=diagnostics,
                   error=result.error and redact(result.error))
