"""What kind of role a dated position is (job, internship, part-time, freelance, academic, volunteer), by its words."""
from __future__ import annotations

import re
from enum import StrEnum

from ..text.dates import MONTH
from ..text.role_nouns import first_letter_alternation


class Kind(StrEnum):
    """What kind of role a position is; a str, so a position's kind reads and compares as its name."""

    JOB = "job"
    INTERNSHIP = "internship"
    PART_TIME = "part-time"
    FREELANCE = "freelance"
    ACADEMIC = "academic"
    VOLUNTEER = "volunteer"


def _at_word_start(*words: str) -> str:
    """Any of `words` (patterns) where a word starts: the word start is tested once at each place, not once per
    word, since a role's heading is scanned with every kind's words and most places are inside a word."""
    return rf"\b(?:{'|'.join(words)})"


# A seat on a board, committee or council is held beside a job, unpaid or nearly: "Committee Member",
# "Treasurer, Board of Directors", "Member, Technical Advisory Board" (not a bullet that reports to a board).
_SEAT = (r"(?:board|committee|council)\s*member\b",
         r"member,?\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}(?:board|committee|council)\b",
         r"(?:chair(?:man|woman|person)?|treasurer|secretary|trustee)\s*(?:,|of)\s*(?:the\s+)?board\b")
# The same words in the other languages resumes are written in (French, German, Spanish, Portuguese, Italian,
# Dutch); "stage" alone is left out, as English "early-stage" is no internship.
_VOLUNTEER_ABROAD = (r"b[ée]n[ée]vol(?:e|at)\b", r"volunt[áa]ri[oa]\b", r"volontari[oa]\b", r"ehrenamt",
                     r"vrijwillig")
_INTERN_ABROAD = (r"stagiaire\b", r"praktika?nt(?:in)?\b", r"praktikum\b", r"becari[oa]\b", r"pr[áa]cticas\b",
                  r"estagi[áa]ri[oa]\b", r"est[áa]gio\b", r"tirocin(?:io|ante)\b", r"stagiair\b")
# An organisation of students ("Graduate Students' Association", "Student Union") and a design or competition team
# (a solar car, a rocket, a racing car): a student's seat in one is an extracurricular, but each also has paid staff,
# and the same words name firms' teams, so whether a role is such a seat is decided where study periods are known
# (students.py). The body's name may be abbreviated ("Students' Assoc.") or cut where a role's heading is read up to
# its title's width, so its first letters suffice.
STUDENT_BODY = re.compile(r"\bstudents?['’]?\s*(?:assoc|union|societ|gov|council|group|organi[sz])", re.I)
STUDENT_TEAM = re.compile(r"\b(?:design|competition|racing)\s*team\b", re.I)
# Where a student's kind of role is a student's: a school, a university or one of its departments or labs. A
# tutor at a tutoring company or a research assistant at a polling firm is paid work, whoever holds it.
ACADEMIC_PLACE = re.compile(r"\b(?:universit|college|school|institut|academy|polytechn|faculty|department|dept\b"
                            r"|lab\b|laborator|campus|univ\b)", re.I)
# Titles of staff, which a school, a society or a club also employs: such a role is a job there. A "Teaching
# Associate" (or an "Associate Tutor") is the title British universities give their doctoral students who teach: a
# teaching assistant's; a "Research Fellow" holds a post (a "Graduate Research Fellow" holds a student's funding).
# (A researcher is staff in the other languages' words, "chercheur", "investigador", as there a doctoral student
# is named by their own word; English "researcher" is either.) The titles are looked for by their first letter
# (`first_letter_alternation`, as the role nouns are), so a word tries one letter's titles instead of every title.
_TITLES = first_letter_alternation((
    "employee", "staff", "engineer", "developer", "programmer", "consultant", "manager", "administrator", "officer",
    "specialist", "analyst", "lecturer", "professor", "scientist", "post-?doc", "post-?doctoral",
    r"(?<!teaching\s)associate(?!\s+tutor)", r"(?<!graduate\s)research\s*fellow", "technician", "coordinator",
    "architect", "designer", "director", "lead")) + r"\b"
# The same titles in the languages the date grammar reads; German joins a trade's title to what it works on in one
# word ("Softwareentwickler", "Systemadministrator"), but "-leiter" and "-manager" also end things' names (Halbleiter,
# Paketmanager), so those are read whole (`_WORDS`). A compound is a whole run of letters (not led by one) that ends in
# a trade (-in, -innen for a woman, women): the run is read to its end once and its ending looked at there, one
# lookbehind per ending's length, instead of trying every trade after each of its letters.
_TRADES = ("entwickler", "ingenieur", "administrator", "berater", "architekt", "techniker", "programmierer")
_ENDINGS = [trade + end for trade in _TRADES for end in ("", "in", "innen")]
_COMPOUND = (r"(?<![^\W\d_])[^\W\d_]++\b(?:" + "|".join(
    "(?<=" + "|".join(e for e in _ENDINGS if len(e) == n) + ")" for n in sorted({len(e) for e in _ENDINGS})) + ")")
_WORDS = first_letter_alternation((
    "projektleiter(?:in)?", "teamleiter(?:in)?", "gruppenleiter(?:in)?", "abteilungsleiter(?:in)?", "leiter(?:in)?",
    "projektmanager(?:in)?", "wissenschaftler(?:in)?", r"(?<!studentischer\s)(?<!studentische\s)mitarbeiter(?:in)?",
    "ingénieure?", "développeu(?:r|se)", "consultante", "technicien(?:ne)?", "analyste", "architecte",
    "administrat(?:eur|rice)", r"chef\s+de\s+projet", "employée?", "chercheu(?:r|se)", "ingenier[oa]",
    "desarrollador(?:a)?", "programador(?:a)?", "consultor(?:a)?", "gerente", "analista", "arquitect[oa]",
    "administrador(?:a)?", "emplead[oa]", "investigador(?:a)?", "ingegnere", "sviluppatore", "programmatore",
    "consulente", "architetto", "amministratore", "impiegat[oa]", "ricercat(?:ore|rice)", "engenheir[oa]",
    "desenvolvedor(?:a)?", "pesquisador(?:a)?", "ontwikkelaar", "beheerder", "medewerker", "adviseur", "onderzoeker",
    "dozent(?:in)?"))
STAFF = re.compile(rf"(?:{_TITLES}|{_COMPOUND}|{_WORDS})\b", re.I)
# What may close a name on a heading line: the line's end, punctuation or a date
_NAME_END = rf"(?=\s*(?:$|[,.;:|()–—\d-]|{MONTH}))"
# The work placements of a course of study, when the role is named one: a capstone (a degree's final project, often
# done for a client: "Capstone Project", "Senior Capstone", "Acme Health Capstone", not "Capstone Turbine
# Corporation"), an engineering degree's senior design project ("Senior Design", not a "Senior Design Engineer") and
# a school's work-based learning programme (a placement, not its staff: "Work-Based Learning Coordinator"). Named
# on a role's heading, even under a title such as "Programmer", they say what the role was.
STUDY_PROGRAMME = re.compile(r"\bcapstone\s*(?:project|course|team)s?\b|\b(?:senior|final[-\s]?year)\s*capstone\b"
                             rf"|\bcapstone{_NAME_END}|\bsenior\s*design(?:\s*(?:project|course|team)s?)?{_NAME_END}"
                             rf"|\bwork[-\s]?based\s*learning\b(?!\s+(?:[\w-]+\s+)?{STAFF.pattern})", re.I)
# What may follow "Student" at the end of a title: the line's end, punctuation, a date, or where ("at", "in", "of")
_AFTER_STUDENT = rf"\s*(?:$|[,:|(–—\d-]|(?:at|in|of)\b|{MONTH})"


_OPENS_PROGRAMME = re.compile(rf"[\W_]*(?:{STUDY_PROGRAMME.pattern})", re.I)
_ENDS_NAME = re.compile(_NAME_END)


def names_programme(line: str) -> bool:
    """Does a heading line name a course's programme: the programme opens it ('Work-based learning programme') or
    closes a name on it ('Red Nabu Capstone', 'Developer, Capstone Project 2021'), not a sentence that mentions one
    ('Mentored university capstone teams building payment APIs')?"""
    return bool(_OPENS_PROGRAMME.match(line)) or any(_ENDS_NAME.match(line, m.end())
                                                      for m in STUDY_PROGRAMME.finditer(line))


# Titles that name their holder a student who researches or teaches ("Graduate Student Researcher", "Student
# Tutor", "Student Teacher"), a student staying at another school ("Visiting PhD Student") or a degree's thesis
# ("Thesis Worker", "Master's Thesis: ..."). The same words also name staff who serve such students ("Exchange
# Student Adviser", "Student Teaching Coordinator", "Thesis Co-Supervisor") and firms ("Thesis Capital"), so they
# make a role a student's only where the phrase is the title, closed as a name is (by the line's end, punctuation,
# a date, or where and for whom: "at", "in", "of", "for"), and the role's own heading names no staff title.
_STUDENT_TITLE = re.compile(
    r"\b(?:(?:graduate|undergraduate)\s*student\s*(?:research(?:er)?|instructor|teacher)"
    r"|student\s*(?:tutor|instructor|teacher)s?"
    r"|(?:visiting|exchange)\s*(?:(?:ph\.?\s?d\.?|graduate|doctoral|research)\s*)?students?"
    r"|thesis(?:\s*(?:worker|student|work))?)"
    rf"(?=\s*(?:$|[,.;:|()–—\d-]|(?:at|in|of|for)\b|{MONTH}))", re.I)
# A visiting student researcher is a school's guest student; a firm's is on its student programme, a job
_VISITING_RESEARCHER = re.compile(rf"\bvisiting\s*student\s*researcher{_NAME_END}", re.I)


def names_student_title(heading: str) -> bool:
    """Is the role, by its own heading lines, a student's title (see _STUDENT_TITLE): not a bullet that says it
    hosted theses or trained student teachers, nor a staff title beside such words?"""
    return STAFF.search(heading) is None and (_STUDENT_TITLE.search(heading) is not None or (
        _VISITING_RESEARCHER.search(heading) is not None and ACADEMIC_PLACE.search(heading) is not None))


# Staff titles that, after a post's name, name who runs its programme
_RUNS_PROGRAMME = r"(?:manager|coordinator|lead|officer|director|head)\b"
# No staff title anywhere on the text ('.' is any character here, a line break too)
_NO_STAFF = re.compile(rf"(?s:^(?!.*{STAFF.pattern}))", re.I)
# Each kind's words, first match winning, so the kinds never counted come first; every word is led by a word start,
# and a kind may add patterns that need none ("\s*" as PDFs may lose spaces), each scanned on its own: joined to
# unlike patterns in one alternation, a pattern loses the engine's quick skip to where it may start. A student's
# research assistant or trainee post, or a teacher's assistant, counts as one only at a school or one of its labs (at
# a firm it is a job).
_KIND_WORDS: tuple[tuple[Kind, tuple[str, ...], tuple[str, ...], tuple[re.Pattern[str], ...]], ...] = (
    (Kind.VOLUNTEER, (r"volunteer(?:ing|ed)?\b", r"missionary\b(?!\s*training)", r"club\b",
                      r"student\s*(?:association|union|society)", *_SEAT, *_VOLUNTEER_ABROAD), (), ()),
    # a society may be a student's or a learned one with a staff ("Engineering Manager, Royal Society of Maps");
    # a contributor gives to a project unpaid ("Contributor to an open-source editor") unless on its staff (tested
    # only where the words are: most headings have neither, and the staff titles are the costlier scan)
    (Kind.VOLUNTEER, (r"(?:society|contributor)\b",), (), (_NO_STAFF,)),
    (Kind.PART_TIME, (r"adjunct\b",), (), ()),  # an adjunct who also tutors is still staff
    # "Studied Physics": a period of study, not a job
    (Kind.ACADEMIC, (r"(?:teaching|course)\s*assistant", r"stud(?:ied|ying)\b",
                     r"(?:graduate|undergraduate|head\s*undergraduate)\s*(?:research(?:er)?|teaching)",
                     r"ph\.?\s?d\.?\s*(?:student|researcher|candidate)",
                     r"(?<!post-)(?<!post)doctoral\s*(?:student|researcher|candidate)", r"demonstrator\b",
                     r"practicum\b", r"clinical\s*rotation", r"supplemental\s*instructor",
                     r"research\s*and\s*teaching\b", r"research\s*project\s+(?:with|under)\b",
                     r"(?-i:(?:TA|GTA)\b)"),  # in capitals: "ta" is a word in French or Czech
     # a title that opens with being enrolled ("Enrolled in a language school"; not a job's heading that goes on to
     # say it "enrolled in and managed employee health plans"),
     # a role titled "Student" (full-time, graduate), or whose title ends in it after what was studied ("Software
     # Development Student"; dates may stand before it, "2019-20 Guest Student:"): a period of study, not a job
     # ("Student Worker", "Working Student", "Senior Student Success Coach" and "Acme Student Housing" over a title
     # name a job or its employer; a working student's title stays one under the employer's name, "Acme GmbH
     # Working Student", as the heading's lines are read joined)
     (r"^[\W\d]*enrol(?:l?ed)?\s+(?:in|at)\b"
      r"|^[\W\d]*(?:(?:full[-\s]?time|graduate|undergraduate|mature)\s+)?student" + _AFTER_STUDENT +
      r"|^[\W\d]*(?:(?!working\s+student\b)(?-i:[A-Z][\w&.+#/-]*)\s+){1,4}(?-i:Student|STUDENT)\b" + _AFTER_STUDENT,
      STUDY_PROGRAMME.pattern), ()),
    (Kind.ACADEMIC, (r"(?<!doctoral\s)research\s*(?:assistant|trainee)\b(?!\s*intern)",
                     r"teacher['’]?s\s*assistant\b"), (), (ACADEMIC_PLACE,)),
    # a post's name before a staff title names who runs the programme ("Traineeship Coordinator"), a job
    (Kind.INTERNSHIP, (r"intern\b", r"co-?op\b", r"trainee\b", rf"apprentice(?!ships?\s+{_RUNS_PROGRAMME})",
                       rf"(?:intern|trainee)ship\b(?!\s+{_RUNS_PROGRAMME})",
                       r"summer\s*(?:analyst|associate|engineer|student)", *_INTERN_ABROAD), (r"\(summer\)",), ()),
    (Kind.FREELANCE, (r"freelanc", r"self[-\s]?employed\b", r"contract(?:or)?\b", r"independent\s*consultant"), (),
     ()),
    # a "Working Student" (German Werkstudent) is employed part-time beside the studies
    (Kind.PART_TIME, (r"part[-\s]?time\b", r"per\s*diem\b", r"student\s*(?:assistant|worker|employee)",
                      r"working\s*student\b", r"werkstudent(?:in)?\b"), (), ()),
)
_KINDS = tuple((kind, tuple(re.compile(rx, re.I) for rx in [_at_word_start(*words)] * bool(words) + list(others)),
                where) for kind, words, others, where in _KIND_WORDS)
# A research intern is an intern, unless at the school where one is studying: then a research assistant held as a
# student (students.py)
RESEARCH_INTERN = re.compile(r"\b(?:research|r\s*&\s*d)\s*intern(?:ship)?\b", re.I)
UNCOUNTED = {Kind.VOLUNTEER: "volunteer role", Kind.ACADEMIC: "academic role held as a student"}

# Being a member is belonging, not work: a role line that names membership alone ("Member", "Active Member", "Core
# Member, Robotics Society") holds no post. A member named by where members work is staff ("Team Member", "Crew
# Member", "Staff Member", "Member of Technical Staff"), and "Founding Member" is a startup's early hire; those are
# not matched, nor is "Member of ..." (the body decides: a board's seat is matched in _SEAT). Nor is a member of a
# team, a staff or a firm named on the line ("Member, Technical Staff", "Member - Data Platform Team", "Member, Hart
# & Cole PLLC": a law firm's members own it).
_MEMBERSHIP = re.compile(r"[\W\d]*(?:(?:active|core|executive|general|honorary|life|student|club|chapter|community|"
                         r"society|ordinary|regular|associate)\s+)?members?\b"
                         rf"(?=\s*(?:$|[,;:|@()–—/]|-\s|\d|(?:at|in|since|with)\b|{MONTH}))", re.I)
_EMPLOYED = re.compile(r"\b(?:team|staff|crew|faculty|firm|partners?|department|squad|l\.?l\.?c|p\.?l\.?l\.?c|"
                       r"l\.?l\.?p|inc|ltd|gmbh|corp|corporation|company|plc)\b", re.I)
MEMBERSHIP = "a membership, not a post"


def names_membership(line: str) -> bool:
    """Does a role's line open with membership alone as its title, of no team, staff or firm (see _MEMBERSHIP)?"""
    return _MEMBERSHIP.match(line) is not None and _EMPLOYED.search(line) is None


def role_kind(text: str, default: Kind) -> Kind:
    """The first kind whose words the role's heading has; a volunteering or internships section decides alone."""
    if default in (Kind.VOLUNTEER, Kind.INTERNSHIP):
        return default
    return next((kind for kind, found, where in _KINDS
                 if any(rx.search(text) for rx in found) and all(w.search(text) for w in where)), default)
