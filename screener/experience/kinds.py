"""What kind of role a dated position is (job, internship, part-time, freelance, academic, volunteer), by its words."""
from __future__ import annotations

import re
from enum import StrEnum


class Kind(StrEnum):
    """What kind of role a position is; a str, so a position's kind reads and compares as its name."""

    JOB = "job"
    INTERNSHIP = "internship"
    PART_TIME = "part-time"
    FREELANCE = "freelance"
    ACADEMIC = "academic"
    VOLUNTEER = "volunteer"


# A seat on a board, committee or council is held beside a job, unpaid or nearly: "Committee Member",
# "Treasurer, Board of Directors", "Member, Technical Advisory Board" (not a bullet that reports to a board).
_SEAT = (r"\b(?:board|committee|council)\s*member\b|\bmember,?\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}"
         r"(?:board|committee|council)\b|\b(?:chair(?:man|woman|person)?|treasurer|secretary|trustee)\s*(?:,|of)\s*"
         r"(?:the\s+)?board\b")
# The same words in the other languages resumes are written in (French, German, Spanish, Portuguese, Italian,
# Dutch); "stage" alone is left out, as English "early-stage" is no internship.
_VOLUNTEER_ABROAD = r"\bb[ée]n[ée]vol(?:e|at)\b|\bvolunt[áa]ri[oa]\b|\bvolontari[oa]\b|\behrenamt|\bvrijwillig"
_INTERN_ABROAD = (r"\bstagiaire\b|\bpraktika?nt(?:in)?\b|\bpraktikum\b|\bbecari[oa]\b|\bpr[áa]cticas\b"
                  r"|\bestagi[áa]ri[oa]\b|\best[áa]gio\b|\btirocin(?:io|ante)\b|\bstagiair\b")
# Where a student's kind of role is a student's: a school, a university or one of its departments or labs. A
# tutor at a tutoring company or a research assistant at a polling firm is paid work, whoever holds it.
ACADEMIC_PLACE = re.compile(r"\b(?:universit|college|school|institut|academy|polytechn|faculty|department|dept\b"
                            r"|lab\b|laborator|campus|univ\b)", re.I)
# Titles of staff, which a school, a society or a club also employs: such a role is a job there. A "Teaching
# Associate" is the title British universities give their doctoral students who teach: a teaching assistant's; a
# "Research Fellow" holds a post (a "Graduate Research Fellow" holds a student's funding).
STAFF = re.compile(r"\b(?:employee|staff|engineer|developer|programmer|consultant|manager|administrator|officer|"
                   r"specialist|analyst|lecturer|professor|scientist|post-?doc|post-?doctoral|"
                   r"(?<!teaching\s)associate|(?<!graduate\s)research\s*fellow|technician|coordinator|architect|"
                   r"designer|director|lead)\b", re.I)

_KINDS = (  # first match wins, so the kinds never counted come first; "\s*" as PDFs may lose spaces
    (Kind.VOLUNTEER, re.compile(r"\bvolunteer(?:ing|ed)?\b|\bmissionary\b(?!\s*training)|\bclub\b"
                             r"|\bstudent\s*(?:association|union|society)|" + _SEAT + "|" + _VOLUNTEER_ABROAD, re.I)),
    # a society may be a student's or a learned one with a staff ("Engineering Manager, National Geographic Society");
    # a contributor gives to a project unpaid ("Contributor to Core, Plugins & Themes") unless on its staff
    (Kind.VOLUNTEER, re.compile(rf"^(?!.*{STAFF.pattern}).*\b(?:society|contributor)\b", re.I | re.S)),
    (Kind.PART_TIME, re.compile(r"\badjunct\b", re.I)),  # an adjunct who also tutors is still staff
    (Kind.ACADEMIC, re.compile(r"\b(?:teaching|course)\s*assistant|\bstud(?:ied|ying)\b"  # "Studied Physics"
                            r"|\b(?:graduate|undergraduate|head\s*undergraduate)\s*(?:research(?:er)?|teaching)"
                            r"|\bph\.?\s?d\.?\s*(?:student|researcher|candidate)"
                            r"|(?<!post-)(?<!post)\bdoctoral\s*(?:student|researcher|candidate)"
                            r"|\bdemonstrator\b|\bpracticum\b|\bclinical\s*rotation|\bsupplemental\s*instructor"
                            r"|\bresearch\s*and\s*teaching\b|\bresearch\s*project\s+(?:with|under)\b"
                            r"|(?-i:\b(?:TA|GTA)\b)"  # in capitals: "ta" is a word in French or Czech
                            # a role titled "Student" (full-time, graduate): a period of study, not a job
                            r"|^\W*(?:(?:full[-\s]?time|graduate|undergraduate|mature)\s+)?student\s*(?:$|[,|(–—\d-]"
                            r"|(?:at|in|of)\b)",
                            re.I)),
    # a research assistant or trainee, or a teacher's assistant, is a student's role at a school or one of its labs;
    # at a firm it is a job
    (Kind.ACADEMIC, re.compile(r"(?<!doctoral\s)\bresearch\s*(?:assistant|trainee)\b(?!\s*intern)"
                            r"|\bteacher['’]?s\s*assistant\b", re.I), ACADEMIC_PLACE),
    (Kind.INTERNSHIP, re.compile(r"\bintern(?:ship)?\b|\bco-?op\b|\btrainee\b|\bapprentice|\bsummer\s*(?:analyst|"
                              r"associate|engineer|student)|\(summer\)|" + _INTERN_ABROAD, re.I)),
    (Kind.FREELANCE, re.compile(r"\bfreelanc|\bself[-\s]?employed\b|\bcontract(?:or)?\b|\bindependent\s*consultant",
                             re.I)),
    (Kind.PART_TIME, re.compile(r"\bpart[-\s]?time\b|\bper\s*diem\b|\bstudent\s*(?:assistant|worker"
                             r"|employee)", re.I)),
)
# A research intern is an intern, unless at the school where one is studying: then a research assistant held as a
# student (students.py)
RESEARCH_INTERN = re.compile(r"\b(?:research|r\s*&\s*d)\s*intern(?:ship)?\b", re.I)
UNCOUNTED = {Kind.VOLUNTEER: "volunteer role", Kind.ACADEMIC: "academic role held as a student"}


def role_kind(text: str, default: Kind) -> Kind:
    """The first kind whose words the role's heading has; a volunteering or internships section decides alone."""
    if default in (Kind.VOLUNTEER, Kind.INTERNSHIP):
        return default
    return next((kind for kind, rx, *where in _KINDS if rx.search(text) and all(w.search(text) for w in where)),
                default)
