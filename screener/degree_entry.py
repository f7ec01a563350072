"""What a degree's entry says besides its level: the subject its words or its neighbours state, whether it names a
school, a course or a secondary school, and whether the study is completed, under way or expected. The vocabulary
screener/degrees.py reads an education entry with (its docstring writes the definition).

The grammar of a degree's line: its level (a full name, "Bachelor of Science", or letters, "B.Sc.", "BSc (Hons)",
"Dipl.-Ing."), and around it, in any order, parts set apart by a comma, a semicolon, a bar, a bracket or a spaced
dash: the subject (after the level, joined by "in", "of", a comma, a colon or a dash; or before it, a comma between:
`subject_first`), the school, the entry's dates (years, month names, an open end), honours and grades, a status
("expected"). The subject may follow the dates or a bar ("B.Sc. 2014 - 2018 X", "Bachelor of Science | X | School");
there the first part is the subject only when it is a bare related field and only the entry's other parts follow it
on the line, a note there ("(thesis)", "(minor)", "- Teaching Assistant") unsaying it (`subject_past`). What names
no subject is never read as one: a school's name ("Institute of Technology"), a post or role, the study's content or
what was done beside it, a minor. A line stating no subject takes one from its entry's other lines (`entry_subject`)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from .text.dates import A_YEAR, MONTH, find_ranges
from .text.lazy_regex import LazyPattern
from .text.levels import find_level
from .text.subjects import FIELDS, known_field, known_field_respelled

# A degree's class or honour, said of the award and never its subject: honours, a class or division ("First Class
# Honours", "First Division", the UK's "2:1" or "2.1"), a distinction or merit, a Latin honour ("cum laude"), an
# excellent grade, the honours diploma of the former Soviet states ("red diploma")
_HONOUR = (r"(?:with\s+)?(?:(?:high(?:est)?|great|special)\s+)?(?:(?:(?:(?:upper|lower)[\s-]+)?(?:first|second|third"
           r"|1st|2nd|3rd)[\s-]+(?:class|division))(?:[\s-]+(?:upper|lower)(?:[\s-]+division)?)?"
           r"(?:\s+(?:honou?rs|hons)\b)?|honou?rs|hons|distinction|merit|(?:(?:summa|magna)\s+)?cum\s+laude"
           r"|excellent|red\s+diploma|2[:.][12])")
# honours joined by "and" ("with Distinction and Honours"), then an aside that ranks or grades them ("(top of
# class)", "(2.1)", "(H1)", "(GPA 3.9)"), not a subject set in brackets ("Honours (Physics)")
_HONOURS = (rf"\b{_HONOUR}\b(?:\s+and\s+{_HONOUR}\b)*"
            rf"(?:\s*\((?:[\d.:%]|top\b|rank|class|H\d|grade|c?gpa|{_HONOUR}\b)[^)]*\))?+")  # never the subject
# what stands before a level's subject beside its words: separators and honours, in brackets too ("(Hons) 2:1 X",
# "Hons. X", "1st Class Honours X")
_BEFORE_SUBJECT = rf"[\s.,:\-–]|\((?:{_HONOUR})\b[^)]*\)|{_HONOURS}"
_HONOURS_FIRST = LazyPattern(rf"(?:{_BEFORE_SUBJECT})*", re.I)
# What follows the level: "of Science in X", "(Hons) X", "Studies in X", ", X" -> X, up to a comma, bracket, dash or
# digit ("studies" alone is no subject); the award's own word ("Master's Diploma") and its honour are none either.
_FIELD_TEXT = LazyPattern(rf"^(?:{_BEFORE_SUBJECT}|\b(?:degree|diploma|of|science|arts|philosophy|in|stud(?:y|ies))\b)*"
                          r"\(?(?P<field>[A-Za-z][A-Za-z&/' ]{2,60}?)\s*(?:[,()|\-–—\d]|$)", re.I)
# nor is a degree's generic name ("Bachelor of Technology", "of Applied Science", "of Science and Technology": the
# subject follows it or stands on its entry's lines) or a school's name ("Technische Hochschule Westfeld")
_NOT_FIELD = LazyPattern(rf"^(?:science|arts|philosophy|engineering|degree|diploma|expected|candidate|student|with"
                         rf"|and|{_HONOUR})\b"
                        r"|^stud(?:y|ies)$|^(?:applied\s+)?(?:sciences?|technology)$"
                        r"|univ|college|school|institut|academy|polytechnic|hochschule|[ée]cole|escuela"
                        rf"|\b{MONTH}\b|\b(?:graduat|GPA\b)"
                        r"|^(?:fh|eth|htl|tu|ing)$", re.I)  # a school type after a Swiss or German "Dipl.", its "Ing."
MINOR = LazyPattern(r"\(\s*minors?\b[^)]*\)|[,;]?\s*\bminors?\b\s*(?:in\b|:|-|–)?[^,;()|]*", re.I)
# the subject ends where the line goes on to dates, the school or another clause
_SUBJECT_END = LazyPattern(rf"\s(?:{MONTH})\.?\s*['’]?\d|\d|[;|]|\.\s|\b(?:from|at)\b", re.I)
SCHOOL = LazyPattern(r"univ|college|institut|school|academy|polytechnic|faculty|hochschule|[ée]cole|escuela", re.I)
_SPECIALISED = LazyPattern(r"\b(?:major(?:ing)?|field\s+of\s+study|speciali[sz](?:ation|ing|ed)|specialty|speciality"
                          r"|concentration|series\s*:)(?:\s+in\b)?\s*[:\-–]?\s*(?P<field>[^\W\d][^,;|()]{1,60})",
                          re.I)
_ONGOING = LazyPattern(r"\b(?:expected|candidate|ongoing|in progress|pursuing|current(?:ly)?|anticipated|present"
                      r"|to be completed|exp\.|(?:working|studying)\s+towards?)", re.I)
_STUDY_YEARS = 7  # an expected graduation may lie years ahead
# a course, certificate, diploma or exchange at a school is no degree ("Data Science Specialization, Westfield
# University"): named on the school's line or the next, or as the title of the line above ("Diploma in Web Design");
# the coursework a degree's entry lists is its content, not a course ("Relevant coursework:", "Key courses:")
_AWARDS = (r"certif|(?<!relevant )(?<!key )(?<!core )(?<!selected )course(?!\s*-?\s*work)|\bdiploma\b|bootcamp"
           r"|nanodegree|\bonline\b|mooc|coursera|udemy|edx|speciali[sz]ation")
COURSE = LazyPattern(rf"{_AWARDS}|exchange|summer\s+school|training|workshop", re.I)
COURSE_TITLE = LazyPattern(rf"^\W*(?:\w+\s+){{0,2}}(?:{_AWARDS})", re.I)
# a secondary school or its leaving exam (HSC/SSC, 10th/12th, CBSE/ICSE boards, an intermediate or junior college,
# A-levels); a junior college awards no bachelor's either where the name means a two-year college
BEFORE_UNIVERSITY = LazyPattern(r"high\s+school|secondary|sixth\s+form|gymnas|lyc[ée]e|lyceum|grammar\s+school"
                                r"|\b(?:HSC|SSC|CBSE|ICSE|1[02]th|(?:inter(?:mediate)?|junior)\s+college|A-levels?"
                                r"|GCSE)\b", re.I)


# a line's parts are cut at a comma, a semicolon, a bar, a bracket or a spaced dash ("X - Thesis: Y")
_PART = r"(?:(?!\s[-–—]\s)[^,;|()])"
_CLAUSE = LazyPattern(rf"{_PART}+")
# the words a level runs on into name its subject ("in X with thesis", "(Hons) X Project"); after a comma or a dash
# they may name a club as well as a subject ("B.A. - X Club")
_OPENING = LazyPattern(rf"\s*(?:\((?:hons?|honou?rs)\b[^)]*\))?{_PART}*", re.I)
# a specialisation's label names a part of a subject ("Robotics, Computer Vision specialization")
_PART_OF_SUBJECT = LazyPattern(r"\b(?:track|concentration|speciali[sz](?:ation|ing|ed)|focus|emphasis)\b", re.I)
# letters that name a subject outside the related fields (business, commerce, law, medicine, education)
OTHER_SUBJECT_LETTERS = LazyPattern(r"MBA|BBA|[BM]\.?\s?Com|LL\.?\s?[BM]|MBBS|[BM]\.?\s?Ed|MPH", re.I)


def _blanked(text: str, rx: LazyPattern) -> str:
    """`text` with its clauses that `rx` finds blanked, so offsets into it still hold."""
    return _CLAUSE.sub(lambda c: " " * len(c[0]) if rx.search(c[0]) else c[0], text)


def _content_blanked(text: str) -> str:
    """`text` with what names the study's content or what was done beside it blanked: in its opening words only from
    that word on, as the subject before it is the degree's ("in Physics with thesis"); a later part whole ("(X club
    lead)")."""
    end = _OPENING.match(text).end()
    if other := _ABOUT_OTHER.search(text, 0, end):
        return text[:other.start()] + " " * (end - other.start()) + _blanked(text[end:], _ABOUT_OTHER)
    return text[:end] + _blanked(text[end:], _ABOUT_OTHER)


def the_degrees_own(text: str, *, names_subject: bool = False) -> str:
    """A degree's words with what names what is not its subject blanked (`_content_blanked`): the study's content or
    what its student did beside it ("Economics, thesis on X", "(X club lead)"), and a specialisation's clause when the
    degree names a subject besides it (`names_subject`: its letters do) - a part of that subject ("Robotics, X
    track")."""
    text = _content_blanked(text)
    rest = _blanked(text, _PART_OF_SUBJECT)
    return rest if names_subject or field_of(MINOR.sub("", rest)) else text


def subject_after(text: str, *, names_subject: bool = False) -> str:
    """The words after a level that can state its subject: what is not its subject (`the_degrees_own`), minors and
    what follows the subject removed."""
    text = MINOR.sub("", the_degrees_own(text, names_subject=names_subject))
    end = _SUBJECT_END.search(text, _HONOURS_FIRST.match(text).end())  # "B.Sc. X": the level's own dot, its honours
    return text[:end.start()] if end else text


def subject_past(text: str) -> str | None:
    """The related field a level's line writes after the entry's dates or a bar ("B.Sc. 2014 - 2018 X", "Bachelor of
    Science | X | Westfield University"): the first of their parts that names no minor ("X minor, Y major" is Y's;
    after a minor's label, "Minor – X", none is), read only when it is a bare subject, every word part of a field's
    name (`field_alone`), and no role ("| Software Engineer"). So an employer, a programme, a prize, a department, a thesis's title or a school there ("Westfield
    Analytics Ltd", "X Department", "X for Y") is none, and a school's or a town's name never hides the subject the
    next line states. Read on an education entry's line only: elsewhere a level is a degree only stated with its
    subject, and words after its dates are a sentence's ("Supervised BSc 2019 - 2020 X students")."""
    from .text.role_nouns import ROLE_NOUN  # compiled on a degree line's first use, not when degrees is imported
    lead = _DATES_OR_BAR.match(text, _HONOURS_FIRST.match(text).end())
    if not lead or not _DATED.search(lead[0]):
        return None
    at = lead.end()
    while (part := _CLAUSE.match(text, at)) and _A_MINOR.search(part[0]):
        if _MINOR_LABEL.match(part[0]):  # "Minor – X", "| Minor | X", "Minor (X)": the minor's value follows
            return None
        at = _BETWEEN_PARTS.match(text, part.end()).end()
    if not part or _ABOUT_OTHER.search(part[0]):  # the whole clause, as a line's other parts are read
        return None
    end = _SUBJECT_END.search(part[0])
    words = _MAJOR_LABEL.sub("", (part[0][:end.start()] if end else part[0]).strip())
    if ROLE_NOUN.search(words) or not _only_entry_parts(text[part.start() + end.start():] if end else
                                                        text[part.end():]):
        return None
    return field_alone(words)


def _only_entry_parts(tail: str) -> bool:
    """Whether what follows a subject read after the dates is only the entry's other closed parts: its school (by
    its school word), its dates, honours, a grade or a status ("X, Westfield University", "X (Hons), GPA 3.8").
    Anything else there, a note, a minor, a role, the study's content, another capitalised name ("X (thesis)", "X –
    Teaching Assistant", "X, Y major", "X, Erasmus Programme"), says the part is not the degree's subject alone."""
    return all(_entry_part(piece.strip(" .:")) for piece in _TAIL_PARTS.split(tail))


def _entry_part(piece: str) -> bool:
    """Whether one part after a subject is its entry's school, dates, honours, grade or status."""
    return not piece or bool(SCHOOL.search(piece) or _HONOURS_ALONE.fullmatch(piece)
                             or _GRADE_OR_DATES.fullmatch(piece))


def field_of(text: str) -> str | None:
    """A known field named in `text` (through a one-letter slip too), else the subject as written."""
    if known := known_field_respelled(text):
        return known
    m = _FIELD_TEXT.search(text)
    field = m["field"].strip().lower() if m else None
    return None if not field or _NOT_FIELD.search(field) else field


# a graduate's statement of the subject ("Graduated in Applied Physics with distinction"), not of a date or a place
_GRADUATED_IN = LazyPattern(r"\bgraduated?\s+in\s+(?P<field>[^,;|()]{3,60})", re.I)


def entry_field(lines: Sequence[str]) -> str | None:
    """A specialisation stated in the lines of a degree's entry (they may wrap, so they are read as one text), or the
    related field its graduate says they graduated in."""
    text = " ".join(lines)
    if m := _SPECIALISED.search(text):
        return field_of(m["field"])
    return known_field(m["field"]) if (m := _GRADUATED_IN.search(text)) else None


# a school's unit names the subject studied in it when nothing narrower does ("Department of Physics"), named with
# "of" or after its label ("Faculty: Applied Physics"; a label "School:" names the school itself)
_UNIT = LazyPattern(r"\b(?:(?:faculty|department|dept\.?|school)\s+of\s+|(?:faculty|department|dept\.?)\s*:\s*)"
                    r"(?P<subject>[^,;|()\d]{3,80})", re.I)
# what a line names instead of the degree's subject: the study's content (its coursework, a thesis, a project, a
# minor, an elective) or what its student did beside it (a club, a society, a lab, research, a summer programme; a
# summer before a year is a date)
_OTHER_THAN_SUBJECT = (r"course|modules|classes|thesis|dissertation|project|minor|elective|\bclubs?\b|society|member"
                       r"|\blabs?\b|laborator|research\s+(?:group|assistant|cent)|summer(?!\s*['’]?\d)|visiting")
# a title's words join a subject to what it is applied to ("X for Retail", "X on Y"); a subject's name joins its
# words with "and", "of", "&"
_TITLE_WORD = r"\b(?-i:for|on|using|via|towards?)\b"
_NOT_SUBJECT = LazyPattern(rf"{_OTHER_THAN_SUBJECT}|{_TITLE_WORD}|\d", re.I)
_ABOUT_OTHER = LazyPattern(_OTHER_THAN_SUBJECT, re.I)
_SUBJECT_WORDS = 5  # a line that is a subject alone: "Computer Science", "Electrical & Electronic Engineering"
_PARTS = LazyPattern(r"[,;|]")
DATE_CHARS = " \t0123456789/.-–—:|"  # a line's leading dates, before the name of a qualification
# a date's words beside its digits and separators: a month's name, or the open end of a period ("Present")
DATE_WORD = rf"\b(?:{MONTH})\b|\b(?:now|present|current|today)\b"
# a line's leading symbol (a bullet, or an icon font's calendar glyph) decorates its dates
_DATES_ONLY = LazyPattern(rf"[^\w\s]?(?:\s|[-–—/.]|\d|{DATE_WORD})*$", re.I)


def dates_only(text: str) -> bool:
    """Whether a line is an entry's dates and nothing else ("September 2022 — Present", "2016 - 2020"), a symbol
    before them aside."""
    return bool(A_YEAR.search(text) and _DATES_ONLY.match(text))


def about_other(text: str) -> bool:
    """Whether a line is about what is not a degree's subject: the study's content or what was done beside it."""
    return bool(_ABOUT_OTHER.search(text))


def subject_alone(text: str) -> str | None:
    """The related field `text` is when it is a subject alone: a few words, not what is no subject (`about_other`)."""
    if len(text.split()) <= _SUBJECT_WORDS and not _NOT_SUBJECT.search(text):
        return known_field(text)
    return None


# what may stand between a level and a subject written after the entry's dates or a bar: the award's generic words,
# its possessive, the dates (years, month names, an open end; in brackets too) and separators ("'S DEGREE 2018 X",
# "of Engineering (2012 - 2016) X", "| X"); a year or a bar among them
_DATES_OR_BAR = LazyPattern(rf"(?:\s|[-–—,.:/'’()]|(?<=['’])s\b|\b(?:degree|of|in|(?:applied\s+)?sciences?|arts"
                            rf"|engineering|technology|philosophy)\b)*"
                            rf"(?:\d|[|;]|{DATE_WORD})(?:[\s\d|;,.:/'’()\-–—]|{DATE_WORD})*(?=[^\W\d_])", re.I)
_DATED = LazyPattern(rf"{A_YEAR.pattern}|[|;]")
# a minor, in its other names too ("subsidiary", "second subject", German "Nebenfach")
_A_MINOR_WORD = r"\b(?:minors?|subsidiary|ancillary|secondary|second\s+subject|nebenf[aä]ch(?:er)?)\b"
_A_MINOR = LazyPattern(_A_MINOR_WORD, re.I)
# a part the minor's word opens is its label ("Minor – X", "Minor: X", "(Minor) X"): its value follows, in the part
# or the next, and what comes after may be another minor as well as the major
_MINOR_LABEL = LazyPattern(rf"\W*{_A_MINOR_WORD}", re.I)
# what parts the text after a subject: separators, brackets, and "at"/"from" before a school
_TAIL_PARTS = LazyPattern(r"\s*(?:[,;|()/]|\s[-–—]\s|\.\s|\b(?:at|from)\b)\s*", re.I)
_HONOURS_ALONE = LazyPattern(_HONOURS, re.I)
# a grade, the entry's dates or its status ("GPA 3.8/4.0", "85%", "Sep 2014 – Present", "expected 2026")
_GRADE_OR_DATES = LazyPattern(rf"(?:(?:c?gpa|grade|score|{_ONGOING.pattern})\b\W*+)?"
                              rf"(?:[\d\s.,:/%'’\-–—]|{DATE_WORD})*", re.I)
_MAJOR_LABEL = LazyPattern(r"\s+major$", re.I)  # "X Major": the part names X
_BETWEEN_PARTS = LazyPattern(r"(?:[,;|()]|\s[-–—]\s|\s)*")


# a word made of a date's parts, numeric or named, joined by separators ("2024", "08/2020", "–", "Aug.",
# "2016-Present")
_DATE_TOKEN = LazyPattern(rf"(?:[\d\-–—:./'’]|{DATE_WORD})+", re.I)


def _without_end_dates(part: str) -> str:
    """A part with the dates at its ends stripped: words of digits, their separators, month names and an open end
    ("Aug 2024 – Present Computer Science"), then what is left of a date joined to a word ("2020:Physics"); a date in
    other words ("Fall 2024") stays."""
    words = part.split()
    start, end = 0, len(words)
    while start < end and _DATE_TOKEN.fullmatch(words[start]):
        start += 1
    while end > start and _DATE_TOKEN.fullmatch(words[end - 1]):
        end -= 1
    return " ".join(words[start:end]).strip(DATE_CHARS)


def _items(text: str, *, posts: bool = False) -> tuple[str, ...]:
    """What a line can state a subject as: the line itself, or when it is an entry's own line (it names a school,
    or it sets its dates apart as a part of their own), each of its parts that names no school, dates at their ends
    stripped, numeric or with month names ("2015 – Informatics, Faculty of Mathematics, Westfield University";
    "Aug 2016 – May 2020 Statistics, Westfield University"; "2019 - Now | CS & Physics"). A list of courses is none
    of these, nor a line whose dates run on from its text ("Developer, Acme 2019 - 2021"), nor, when `posts` are
    read (an entry with no level word, which may be a job at the school), a part naming a post held there ("2019 -
    Present Mathematics Tutor, Westfield University"; the engineer's title is also a degree's name, "Computer
    Engineer"). Under a stated level the part is the qualification's name ("Teacher of Physics")."""
    parts = _PARTS.split(text)
    if not (SCHOOL.search(text) or any(dates_only(part) for part in parts)):
        return (text,)
    items = (_without_end_dates(part) for part in parts if not SCHOOL.search(part))
    return tuple(item for item in items if not (posts and _names_a_post(item)))


# the posts a university gives its students and staff beside the role nouns of work ("Physics Demonstrator")
_ACADEMIC_POST = LazyPattern(r"\b(?:(?i:demonstrators?|graders?|markers?|fellows?|proctors?|invigilators?|mentors?"
                             r"|ambassadors?)|G?TAs?)\b")
# an aside set off in brackets or by a spaced dash ("Statistics (Marker)", "Physics – Peer Mentor"), and the
# preposition a head noun's complement starts with ("Tutor for Calculus", "Physics with Teacher Licensure")
_ASIDE = LazyPattern(r"[()\[\]]|\s[-–—]\s")
_COMPLEMENT = LazyPattern(r"\s(?:with|for|of|in|at|on|to|under)\s", re.I)


def _names_a_post(part: str) -> bool:
    """Whether a part of an entry's line names a post held (a tutor, an assistant, a demonstrator, a TA): a post's
    noun heads its text before any aside ("Mathematics Tutor", "Tutor of Calculus (Part-time)"), not a subject's
    aside ("Statistics (Marker)"), a programme's or a study's name ("Teacher Education") or the engineer's title."""
    from .text.role_nouns import ROLE_NOUN  # compiled on a degree line's first use, not when degrees is imported
    phrase = next((piece for piece in _ASIDE.split(part) if piece.strip()), "")
    words = _COMPLEMENT.split(phrase, 1)[0].split()
    head = words[-1].strip(".,:;'’") if words else ""
    return bool(_ACADEMIC_POST.fullmatch(head) or ROLE_NOUN.fullmatch(head) and not head.lower().startswith("engineer"))


# a degree written subject first, a comma before its level ("Electrical Engineering, Ph.D."), as an entry's heading
_SUBJECT_FIRST_CHARS = 80  # a field's name is short; a longer text before a comma is a sentence
_HEADLINE_PARTS = LazyPattern(r"[|;]")
# what joins a field's words, and the general words a subject's name puts around them ("Applied Physics",
# "Electrical Engineering")
_JOINER = LazyPattern(r"&|and|of|applied|engineering|sciences?|studies|technology", re.I)
_WORD_OF = LazyPattern(r"[^\W\d_]+|&")
# a level ends its phrase as a heading writes it: at the line's end, a separator, a digit or a capitalised word (its
# full name's "of Science" too: "Physics, Bachelor of Science"), not as a modifier or before its noun ("PhD-level
# research", "BSc curriculum", "PhD position")
_HEADING_LEVEL_END = LazyPattern(r"(?:\s+of(?=\s+(?-i:[A-Z])))?\.?\s*(?:$|[,|;(\d]|\s[-–—]\s|(?-i:[A-Z]))")


def field_alone(words: str) -> str | None:
    """The related field `words` are when every word is part of a field's name, a joining "&", "and", "of", or a
    subject's general word ("Electrical & Computer Engineering", "Applied Physics"); a word outside them makes a
    sentence ("Designed Mathematics")."""
    named = [m.span() for _, plain, _ in FIELDS for m in plain.finditer(words)]
    for word in _WORD_OF.finditer(words):
        if not _JOINER.fullmatch(word[0]) and not any(a < word.end() and word.start() < b for a, b in named):
            return None
    return subject_alone(words)


def subject_first(before: str, after: str) -> str | None:
    """The related field a degree line names before its level, a comma between ("Computer Science, BSc, GPA 3.4"):
    the words before the comma (its leading dates aside, after a headline's last "|" or ";") are the field alone,
    and the level ends its phrase as a heading writes it. A name or a town there is none ("Jane Roe, PhD"), nor is
    a role or a course ("Teaching Assistant for Statistics, PhD programme"), nor a sentence ("Designed Mathematics,
    BSc curriculum", "Quantum Computing, PhD-level research")."""
    if len(before) > _SUBJECT_FIRST_CHARS or not before.rstrip().endswith(",") \
            or not _HEADING_LEVEL_END.match(after):
        return None
    from .text.role_nouns import ROLE_NOUN  # compiled on a degree line's first use, not when degrees is imported
    words = _HEADLINE_PARTS.split(before.rstrip()[:-1])[-1].strip()
    return field_alone(words) if ROLE_NOUN.search(words) is None else None


def after_a_name(quote: str) -> bool:
    """Whether a level stands after a name on its line, as a post-nominal title does ("John Doe, PhD, Professor of
    Computer Science"): in the references section that is a referee's. Words that name a school or are the subject
    ("Westfield University, BSc ...", "Computer Science, B.S., ...") are no name: the line states a degree, the
    candidate's, under a heading a layout misplaced, as does a line the level starts."""
    hit = find_level(quote)
    if not hit:
        return False
    before = quote[:hit[1].start()].strip(DATE_CHARS)
    return bool(before) and not SCHOOL.search(before) and not subject_first(before, quote[hit[1].end():])


def entry_subject(entry: Sequence[str], above: str, *, posts: bool = False) -> str | None:
    """A related field named on a line of its own in a degree's entry, when the degree's line states none: below
    it, after the school ("Bachelor of Science" / "Westfield University" / "Computer Science"), or just above it
    ("Computer Science" / "Bachelor of Science, 2014"), or as a part of the school's line ("Informatics, Westfield
    University" / "Bachelor studies"); else the school's unit the degree was studied in ("Department of Computer
    Systems" / "Bachelor's degree"). Coursework, a thesis or a minor is not the subject, nor the unit a line about
    one of them names ("Thesis supervised in the Department of Physics"); a post held is none where `posts` are read."""
    above = "" if COURSE.search(above) else above  # a course's or a diploma's title above is its own entry
    texts = [text for text in (*entry, above) if not find_level(text)]
    for text in texts:
        for item in _items(text, posts=posts):
            if known := subject_alone(item):
                return known
    return next((known for text in texts if not _ABOUT_OTHER.search(text) and (unit := _UNIT.search(text))
                 and (known := known_field(unit["subject"]))), None)


ENTRY_LINES = 3  # how far below a degree's line its entry goes on (its school, dates, specialisation, status)
# a school's own name, not one of its units: a faculty, or a school or college "of" a subject opening a clause, names
# where a degree was studied ("Westfield College of Engineering" is a school, "BSc, School of Computing" a unit)
_SCHOOL_WORD = r"univ|college|institut|school|academy|polytechnic|hochschule|[ée]cole|escuela"
_A_SCHOOL = LazyPattern(_SCHOOL_WORD, re.I)
_UNIT_OF = LazyPattern(r"(?:^|[,;|(–—-])\s*(?:the\s+)?(?:school|college|faculty|department)\s+of\b", re.I)
# a school's entry opens with its name, after its dates at most ("Westfield College, 2012 - 2014"), not a sentence
# that names it ("Withdrew from Westfield College in 2014")
_OPENS_WITH_A_SCHOOL = LazyPattern(rf"[\W\d_]*(?:(?:(?-i:[A-Z])[\w.&'’-]*|of|the|and|for|de|del|di)\s+){{0,6}}?"
                                   rf"(?:{_SCHOOL_WORD})", re.I)


def _names_a_school(line: str) -> bool:
    """Whether a line names a school of its own, not only one of a school's units."""
    return bool(_A_SCHOOL.search(_UNIT_OF.sub(" ", line)))


def entry_lines(head: str, below: Iterable[str]) -> list[str]:
    """The lines of the entry a degree's line `head` starts, from the lines `below` it: up to the line that starts
    another entry, one naming another degree or a dated one of another school's: a secondary school's, or, once the
    entry has named its school, one opening with a school's name ("Westfield College, 2012 - 2014" below "BSc
    Physics, Northfield University, 2014 - 2016"; below "BSc Physics" alone the same line is the BSc's school)."""
    lines, schooled = [], _names_a_school(head)
    for line in below:
        if find_level(line) or A_YEAR.search(line) and (
                BEFORE_UNIVERSITY.search(line)
                or schooled and _OPENS_WITH_A_SCHOOL.match(line) and _names_a_school(line)):
            break
        lines.append(line)
        schooled = schooled or _names_a_school(line)
    return lines


def status_at(text: str, as_of: dt.date) -> str:
    """'completed', 'in progress' or 'expected YYYY' for a degree whose line (and neighbours) say `text`."""
    ranges = find_ranges(text, as_of, ahead=_STUDY_YEARS)
    ends = [r.expected or r.end for r in ranges if not r.present]  # a range's end stops at as_of; its plan does not
    if ends and max(ends) > as_of:
        return f"expected {max(ends).year}"
    if _ONGOING.search(text) or any(r.present for r in ranges):
        return "in progress"
    return "completed"
