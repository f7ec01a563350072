"""Blind screening: leave names, contact details, addresses and ages out of every output.

Reviewers should see qualifications, not people. The candidate's name is taken from the top of the resume (the
first short line of capitalised words), then every occurrence of its words is masked, with e-mail addresses,
phone numbers, profile links, street addresses, birth dates and ages, and personal-status fields. The file name
often carries the name too, so it is replaced by an id derived from the file's content hash.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .models import Document, Evidence, ResumeResult

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PROFILE = re.compile(r"(?:https?://)?(?:www\.)?(?:linkedin\.com/in|github\.com|gitlab\.com|twitter\.com|x\.com)"
                      r"/[\w.-]+/?", re.I)
# nine or more digits with phone punctuation between them; a date range has at most eight
_PHONE = re.compile(r"(?<![\w])\+?\(?\d(?:[\s().-]{0,3}\d){8,14}(?![\w])")
_STREET = re.compile(r"\b\d{1,5}\s+(?:[A-Z][\w.]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|"
                     r"Drive|Dr|Court|Ct|Way|Place|Pl|Strasse|Straße|Rue)\b\.?")
_AGE = re.compile(r"\b(?:age[d]?\s*:?\s*\d{2}|\d{2}\s*(?:years|yrs)\s*old|born\s+(?:in\s+|on\s+)?[\w ,./-]{0,20}?\d{4}|"
                  r"(?:date of birth|d\.?o\.?b\.?)\s*:?\s*[\w ,./-]{4,20}?\d{2,4})", re.I)
_PERSONAL = re.compile(r"\b(gender|sex|marital status|nationality|citizenship|religion|date of birth)\s*:\s*[^,;|\n]+",
                       re.I)
_NAME_LINE = re.compile(r"^(?:[A-Z][a-zA-Z'’.-]+|[A-Z]{2,})(?:\s+(?:[A-Z][a-zA-Z'’.-]+|[A-Z]{2,})){1,3}$")
NAME = "[name]"


def candidate_name(document: Document) -> tuple[str, ...]:
    """The words of the name at the top of the resume (within its first five lines), or () if none looks like one."""
    for line in document.lines[:5]:
        text = line.text.strip()
        if _NAME_LINE.match(text) and text.lower() not in {"curriculum vitae", "resume", "résumé"}:
            return tuple(w for w in re.split(r"\s+", text) if len(w.strip(".")) > 1)
    return ()


def redact_text(text: str, name: tuple[str, ...]) -> str:
    text = _EMAIL.sub("[email]", text)
    text = _PROFILE.sub("[profile link]", text)
    text = _PHONE.sub("[phone]", text)
    text = _STREET.sub("[address]", text)
    text = _PERSONAL.sub(lambda m: f"{m[1]}: [withheld]", text)
    text = _AGE.sub("[age]", text)
    for word in name:
        text = re.sub(rf"(?<!\w){re.escape(word)}(?!\w)", NAME, text, flags=re.I)
    return text


def blind_id(sha256: str) -> str:
    return f"candidate-{sha256[:10]}"


def redact_result(result: ResumeResult, document: Document | None) -> ResumeResult:
    """The same result with personal details masked in every quote and detail, and the file name replaced."""
    name = candidate_name(document) if document else ()

    def ev(e: Evidence) -> Evidence:
        return replace(e, quote=redact_text(e.quote, name))

    reqs = tuple(replace(q, detail=redact_text(q.detail, name), evidence=tuple(ev(e) for e in q.evidence))
                 for q in result.requirements)
    positions = tuple(replace(p, title=redact_text(p.title, name), organisation=redact_text(p.organisation, name))
                      for p in result.positions)
    return replace(result, file=blind_id(result.sha256), requirements=reqs, positions=positions,
                   warnings=tuple(redact_text(w, name) for w in result.warnings))
