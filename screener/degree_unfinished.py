"""Whether a degree's entry says the study was left unfinished: such a degree is neither completed nor in progress,
so it is none (screener/degrees.py's definition). A status is the study's only when it is said of the study, never
of another thing the entry names (a team, a semester abroad, a project, a list of courses):
- in brackets holding the status alone, a date at most, after the entry's own words (the level and its subject,
  the school, a place after it, the dates) or alone on a line: "(dropout)", "(Incomplete)", "(left before
  completion, 2020)"; "Capstone project (abandoned)" and "(incomplete list)" are not the study's;
- as a clause of its own: the candidate's act, a date at most ("Did not graduate", "Dropped out, 2014"), anywhere on
  an entry's line, or a state after the entry's own words ("Westfield University, 2012 - 2014, incomplete");
- as the candidate's act whose object is the study, starting its clause: its programme, degree, studies or school
  ("dropped out of the programme", "withdrew from Westfield University"; not "dropped out of the chess club", nor
  "students who dropped out of school"), or a level, which the status then belongs to ("BSc Physics; dropped out of
  a PhD in History": the BSc stands, the PhD is left unfinished).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .degree_entry import COURSE, SCHOOL, subject_alone
from .text.dates import MONTH
from .text.lazy_regex import LazyPattern

# the candidate's own act; a state said of a thing
_ACT = (r"(?:(?:transferred|left|withdrew|dropped\s+out)\s+(?:before|prior\s+to)\s+(?:completion|completing|finishing"
        r"|graduat(?:ing|ion))|dropped\s+out|withdrew|did(?:n[’']?t|\s+not)\s+(?:graduate|finish|complete)"
        r"|left\s+without\s+(?:a\s+)?degree)")
_STATE = (r"(?:drop-?\s?out|incomplete|unfinished|uncompleted|withdrawn|discontinued|abandoned"
          r"|(?:not|never)\s+(?:completed|finished))")
_DATE = rf"(?:[\s,;:./'’\-–—]|\d|\b(?:in|since|{MONTH})\b)*"
_ALONE = LazyPattern(rf"{_DATE}(?:I\s+)?(?:(?P<act>{_ACT})|{_STATE})\b{_DATE}", re.I)  # a clause's whole text
_DATES = LazyPattern(_DATE, re.I)
# an act whose object follows it: the study left (its programme, degree, studies or school, named or not), or a level
_LEAVING = (r"(?:I\s+)?(?:dropped\s+out\s+of|withdrew\s+from|left|quit"
            r"|did(?:n[’']?t|\s+not)\s+(?:finish|complete))\s+(?:(?:the|my|a|an|this|that|his|her|their)\s+)?")
# the study's noun ends its phrase: "the programme to join a startup", not "the school's chess club"
_STUDY_ENDS = (r"(?=\s*(?:$|[,;:.()|/\-–—]|\d|(?:in|at|of|after|before|to|for|due|because|when|without|and"
               r"|following|since|during)\b))")
_OF_STUDY = LazyPattern(rf"\s*{_LEAVING}(?:(?:(?-i:[A-Z])[\w&'’.-]*|(?:under|post)?graduate|doctoral|degree"
                        r"|honou?rs)\s+){0,5}?(?:program(?:me)?|degree|studies|university|college|institute|school"
                        rf"|major)\b{_STUDY_ENDS}", re.I)
_LEAVING_A_LEVEL = LazyPattern(rf"(?:^|[;|,:(]|\.\s|\s[-–—]\s)\s*{_LEAVING}$", re.I)
# a clause ends at a separator (a comma, a semicolon, a bar, a colon, a full stop, a spaced dash); a bracket qualifies
# what stands before it in its clause
_MARK = LazyPattern(r"\((?P<bracket>[^()]*)\)|[;|,:]|\.(?=\s|$)|\s[-–—]\s")
# one pass rules out lines that name no status at all
_ANY_STATUS = LazyPattern(r"drop|incomplete|unfinished|uncompleted|withdr|discontinued|abandoned|(?:not|never)\s+"
                          r"(?:completed|finished)|did(?:n|\s+not)|\bbefore\b|\bprior\s+to\b|\bleft\b|\bquit\b", re.I)
_PLACE = LazyPattern(r"\s*(?:(?-i:[A-Z])[\w.'’-]*\s*){1,3}")  # a town or country after the school


def _own(clause: str, subject: bool, after_own: bool) -> bool:
    """Whether a clause is the entry's own words: the level's subject (`subject`: its first clause on a degree's
    line), the school, the dates, the subject alone, or a place after a clause of them (`after_own`)."""
    return (subject or not clause.strip() or bool(_DATES.fullmatch(clause)) or bool(SCHOOL.search(clause))
            or bool(subject_alone(clause.strip())) or after_own and bool(_PLACE.fullmatch(clause)))


def says_unfinished(text: str, *, opens_entry: bool = False) -> bool:
    """Whether `text` says the study was left unfinished: a line of a degree's entry, or with `opens_entry` the
    words of the entry's own line (a level's words after it, whose first clause is its subject)."""
    if not _ANY_STATUS.search(text):
        return False
    # after_own: whether the clause before is the entry's own words (True at the line's start: nothing is before)
    after_own, first, pos, clause = True, True, 0, []  # clause: its words so far, brackets left out
    qualified = None  # whether the words a bracket would qualify are the entry's own, once asked
    for m in [*_MARK.finditer(text), None]:
        if (piece := text[pos:m.start() if m else len(text)]).strip():
            clause.append(piece)
            qualified = None
        pos = m.end() if m else len(text)
        subject, place_ok = first and opens_entry, after_own and not first
        if m and m["bracket"] is not None:  # it qualifies the words just before it, or else the clause before
            status = m["bracket"]
            if _OF_STUDY.match(status):
                return True
            if _ALONE.fullmatch(status):
                if qualified is None:
                    qualified = _own(clause[-1], subject, place_ok) if clause else after_own
                if qualified:
                    return True
            continue
        words = "".join(clause)
        if _OF_STUDY.match(words) or (alone := _ALONE.fullmatch(words)) and (alone["act"] or after_own):
            return True
        after_own, first, clause, qualified = _own(words, subject, place_ok), False, [], None
    return False


def leaves_level(text: str, start: int) -> bool:
    """Whether the level at `start` of `text` is the object of leaving its study ("dropped out of a PhD")."""
    return bool(_ANY_STATUS.search(text, 0, start) and _LEAVING_A_LEVEL.search(text, 0, start))


def entry_unfinished(entry: Sequence[str]) -> bool:
    """Whether a line of a degree's entry (the lines below its own) says it was left unfinished; a line naming a
    course, certificate or exchange is that award's, not the degree's."""
    return any(says_unfinished(line) and not COURSE.search(line) for line in entry)
