"""The names of degree levels: how each of the four `DegreeLevel`s is written (screener/degrees.py's definition
says what counts), and the graduate's titles that name a degree in the education section. A word grammar, as
dates.py is for dates."""
from __future__ import annotations

import re
from functools import lru_cache

from ..models import DegreeLevel
from .first_chars import search_led
from .lazy_regex import LazyPattern



def _abbreviated(initial: str) -> str:
    """A bachelor's or master's abbreviation by its grammar: the level's initial, a separator (a dot, a dot and a
    space, a hyphen, or a space at the start of a name), and the subject's abbreviation in any case ("B.Sc.",
    "B.SC.", "M. Tech", "B-Tech", "M Sc", "B.A.Sc"); run together only in lower case ("Bsc", "Mtech", "Bcom",
    "Mba"), since "BSC" or "MSC" alone is as often a company. "Beng" and "Meng" are names."""
    separated = rf"(?:(?<![A-Za-z] ){initial}\s|{initial}(?:\.\s?|-))"
    return (rf"(?<![A-Za-z])(?:{separated}(?:A\.?)?(?:Sc|SC|sc|Tech|TECH|tech|Com|COM|com|Eng|ENG|eng)\b\.?"
            rf"|{initial}A?(?:sc|tech|com|ba|ca)\b\.?|{initial}ASc\b|{initial}\.\s?E\.(?!\w))")


def _eqf(level: int) -> str:
    """A qualification's level on the European Qualifications Framework: "EQF level 6", "(EQF 7)"."""
    return rf"EQF\s*(?:[Ll]evel\s*)?{level}\b"


def named_before(m: re.Match[str]) -> bool:
    """True when the level `m` found follows the qualification's name ("Computer Engineer EQF level 6"), which
    then states its subject, as the words after other levels do."""
    return m[0].startswith("EQF")


# Abbreviations are matched case-sensitively so "BA" in words, "ms" and "ba" as plain words do not count.
_SMALL_CAPS, _STATED = r"(?<![A-Za-z])(?<!\d)(?<!\d )", r"\s+in\s+(?=[A-Z])"
# A bare MA, ME or MS after a word and a comma is a US state after its town ("Boston, MA", "Portland, ME", "Jackson,
# MS"); stated with its subject ("MA in English", "MS in Physics") it is a degree wherever it stands.
_NOT_A_STATE = r"(?<![A-Za-z],\s)"
# a bare BE or ME may be followed by its status before its subject ("ME ongoing, Civil Engineering")
_STATUS_WORD = r"(?:pursuing|ongoing)\b"
# a status word right after a level is its status, never its subject ("ME ongoing, Westfield Institute")
STATUS_FIRST = LazyPattern(rf"^\W*{_STATUS_WORD}", re.I)
# Microsoft's products after its initials ("MS Office", "MS SQL", "MS Technology .NET stack"): MS or MCS before one is
# Microsoft's or its certification, not a master's ("MCS Azure Fundamentals")
_MS_PRODUCT = (r"(?i: Office| SQL| Excel| Word| Project| Teams| Azure| Dynamics| Access| Visio| PowerPoint"
               r"| Outlook| Windows?\b| SharePoint| Exchange| Visual| Paint| DOS\b| CRM\b| BizTalk| \.?NET\b| Dot ?Net"
               r"| stack\b)")
# a gathering or a prize named for doctoral students is not a degree ("Doctoral Student Workshop", "Doctoral
# Candidate Award"); a fellowship or scholarship funds one under way
_NOT_EVENT = (r"(?!\s+(?i:workshops?|seminars?|symposi\w*|forums?|consorti\w*|conferences?|colloqui\w*|retreats?"
              r"|awards?|prizes?|association|council|union|network)\b)")
# "Master" before the business term or event it names is none, however capitalised: master data's management,
# governance, stewardship or quality (an organisation's reference data, MDM), a master class, a master plan; "Master
# Data" before a subject ("Master Data and Knowledge Engineering") stays a degree, and so does a master's class (its
# cohort: "Master's Class of 2019")
_NOT_MASTER_OF = (r"(?:(?<![Rr])|(?!\s+(?i:data\s+(?:management|governance|stewardship|quality|\(?mdm)|class(?:es)?"
                  r"|plans?)\b))")
_LEVEL_PATTERNS = (
    (DegreeLevel.DOCTORATE, r"(?<![A-Za-z])(?:[Pp]h\.?\s?[Dd]\b\.?|PhD|PHD\b|PH\.\s?D\b\.?"
                            r"|[Dd]octoral [Dd]egree|DOCTORAL DEGREE"
                            r"|[Dd]octor of\b|[Dd]octorate\b|D\.?P(?:hil|HIL)\b|Dr\.[\s-]?(?:rer|phil|ing)\b"
                            r"|EdD\b|Ed\.D\b)"),
    # a doctoral candidate or student counts only as the candidate's own title (`_own_title`): a pattern of its own,
    # so that someone else's does not hide a PhD later on the line
    (DegreeLevel.DOCTORATE, r"(?<![A-Za-z])(?:[Dd]octoral\s+(?:[Cc]andidate|[Ss]tudent)|DOCTORAL\s+(?:CANDIDATE"
                            rf"|STUDENT))\b{_NOT_EVENT}"),
    (DegreeLevel.MASTER, rf"{_abbreviated('M')}|(?<![Ss]crum )(?<![Pp]roduct )(?<![A-Za-z])"
                         rf"(?:[Mm]aster(?:'?s|’s)?(?:\b|(?=of|in))(?! data|-){_NOT_MASTER_OF}"
                         rf"|MASTER(?!-){_NOT_MASTER_OF}"
                         r"|M\.\s?S\.?c?\b|MSc\b"
                         r"|MSC\b(?=\s+(?:(?:IN|iN)\b|[A-Z]{3,})|,|\s*\()"
                         rf"|{_NOT_A_STATE}MS\b(?!{_MS_PRODUCT}| Technologies| Technology\s*{_MS_PRODUCT})"
                         r"(?!(?<=[a-z] MS) Technology\b)|M\.?E(?:ng|NG)\b"
                         r"|M\.E\.?(?=[\s,(]|$)"
                         rf"|(?<![A-Za-z] ){_NOT_A_STATE}ME\b"  # not "about ME", "Portland, ME"
                         rf"(?=\s+(?:in\b|[A-Z][a-z]|[A-Z]{{2,}}\b|{_STATUS_WORD})|\s*[,(]|-[A-Z]{{2,}}\b)"
                         r"|M\.?\s?C(?:om|OM)\b|M\.?C\.?M\b|P\.?G\.?D\.?(?:M|BA)\b"
                         r"|M\.?T(?:ech|ECH)\b|M\.?B\.?A\b|M\.?C\.?A\b|M\.A\.|M[AS]\b(?=\s+(?:in|of)\b)|M\.?P(?:hil|HIL)\b"
                         rf"|(?<![A-Za-z] ){_NOT_A_STATE}MA\b(?=\s*\(|\s+[A-Z][a-z])"  # not "Boston, MA"
                         r"|MS(?:CS|EE|CE|IT)\b|MSCIT\b|M\.?Sc\.?\s?IT\b|M(?:Phys|Maths?|Comp|Inf|Chem)\b"
                         rf"|(?<![A-Za-z] ){_NOT_A_STATE}MCS\b(?!{_MS_PRODUCT})(?=\s+(?:in\b|[A-Z][a-z]|[A-Z]{{2,}}\b))"
                         r"|Diplom\b|Diplom-[A-Z]\w+|Dipl\.-?\s?[A-Z][a-z]*\.?(?:-[A-Z][a-z]*\.)*|LL\.?M\b|MPH\b|MFA\b"
                         r"|MSN\b|M\.S\.N\b|MEd\b|M\.Ed\b|MRes\b|MASc\b|MSci\b|[Ss]pecialist\s*[Dd]egree"
                         r"|[Ee]ngineer['’]s\s*[Dd]egree|Dipl[oô]me d['’][Ii]ng[ée]nieur"
                         rf"|Laurea\s+(?:[Mm]agistrale|[Ss]pecialistica)|M[áa]ster\b(?!-){_NOT_MASTER_OF}"
                         r"|Maestr[íi]a\b|Mestrado\b"
                         # a certificate's letters are none ("Certified S.M.", "S.M. (Scrum Master)")
                         r"|(?<![Cc]ertified )S\.\s?M\.(?=\s*(?:\(|,|in\b))(?!\s*\(\s*[Ss]crum\b)|Ms(?=\s+in\s+[A-Z])"
                         r"|Magister\b|[Pp]ost-?\s?[Gg]raduate\s+(?:(?:[Ss]tudent|[Ss]tud(?:y|ies))\s+)?(?:of|in)\b)"),
    (DegreeLevel.BACHELOR, rf"{_abbreviated('B')}|(?<![A-Za-z])(?:[Bb]achelor(?:'?s|’s)?(?:\b|(?=of|in))|BACHELOR"
                           r"|BS(?:CS|EE|CE|IT|SE)\b"
                           r"|BSCIT\b|B\.?Sc\.?\s?IT\b"
                           r"|B\.\s?S\.?c?\b|BSc\b|BSC\b(?=\s+(?:(?:IN|iN)\b|[A-Z]{3,})|,|\s*\()|BS\b"
                           r"|B\.?A\.(?!\w)"
                           r"|B\.?A\b(?=\s|,|\()|B\.?E(?:ng|NG)\b"
                           r"|B\.E\.?(?=[\s,(]|$)|BE\.(?=\s)|BE\b(?=\s+in\b|\s*\()"
                           rf"|(?<![A-Za-z] )BE\b(?=\s+(?:[A-Z][a-z]|[A-Z]{{2,}}\b|{_STATUS_WORD})|\s*,|-[A-Z]{{2,}}\b)"
                           r"|B\.?T(?:ech|ECH)\b|B\.?C\.?A\b|B\.?B\.?A\b|B\.?\s?C(?:om|OM)\b"
                           r"|BSN\b|B\.S\.N\b|BFA\b|LL\.?B\b|Licence\b|Licenciatura\b|Laurea\b|Grado en\b"
                           r"|Bacharel(?:ado)?\b|(?<![\w'’] )License\s+(?:of|in)\s+(?=[A-Z])"
                           r"|[Bb]accalaureate\s+(?:[Dd]egree|of)\b"
                           r"|B(?:CS|IT|SE|Comp(?:Sc)?)\b(?=\s+(?:in|of)\b|\s*\(\s*[Hh]ono?u?r?s)|BCompSc\b"
                           r"|Undergraduate degree|[Uu]ndergraduate\s+(?:(?:[Ss]tudent|[Ss]tudies)\s+)?(?:in|of)\b"
                           r"|(?:A\.?\s?|Sc?\.\s?)B\.(?=\s*(?:\(|,|in\b))|Bs(?=\s+in\s+[A-Z])"
                           r"|[Hh]ono(?:u)?rs\s+[Dd]egree"
                           r"|HONOU?RS\s+DEGREE|[Ee]ngineering\s+[Dd]egree|ENGINEERING\s+DEGREE)"),
    (DegreeLevel.ASSOCIATE, r"(?<![A-Za-z])(?:[Aa]ssociated?(?:'?s|’s)?\s+(?:[Dd]egree|of|in)\b|A\.?A\.?S\.?\b"
                            r"|AAS\b|A\.A\.(?!\w)|A\.S\.(?!\w)|ASc\b|(?:[Tt]wo|TWO|2)[\s-]+(?:[Yy]ears?|YEARS?)"
                            r"\s+(?:[Dd]egree|DEGREE))"),
    # small capitals come out in lower case ("bs in Computer Science", "b.s. computer science"); stated with its
    # subject, not after a number
    (DegreeLevel.DOCTORATE, rf"{_SMALL_CAPS}(?:phd{_STATED}|ph\.d\.(?=\s+[a-z]))"),
    (DegreeLevel.MASTER, rf"{_SMALL_CAPS}(?:(?:ms|msc|ma|meng|mba){_STATED}|m\.(?:s|sc|a)\.(?=\s+[a-z]))"),
    (DegreeLevel.BACHELOR, rf"{_SMALL_CAPS}(?:(?:bs|bsc|ba|beng){_STATED}|b\.(?:s|sc|a)\.(?=\s+[a-z]))"),
    # a Europass CV states each qualification's level on the European Qualifications Framework after its name:
    # level 8 a doctorate, 7 a master's, 6 a bachelor's, 5 a short-cycle (associate) degree; 4 and below are schools
    (DegreeLevel.DOCTORATE, _eqf(8)), (DegreeLevel.MASTER, _eqf(7)), (DegreeLevel.BACHELOR, _eqf(6)),
    (DegreeLevel.ASSOCIATE, _eqf(5)),
    # last, so every named level wins: "a degree in Physics" with no level is a first degree
    (DegreeLevel.BACHELOR, r"(?<![A-Za-z])(?:[Dd]egree\s+(?:in|of)\s+(?=[A-Z])|DEGREE\s+(?:IN|OF)\s)"),
)
# not a letter of a longer initialism either: "M.S" inside a school's "K.L.M.S" is no master's, nor "M. E." in
# a spaced one ("K. M. E. T. College"); a level after another written tight is a level ("B.S. M.S. in Physics")
_LEVEL_RX = tuple((level, LazyPattern(rf"(?<![A-Za-z]\.)(?<!(?<![A-Za-z]\.)[A-Z]\.\s)(?:{rx})"))
                  for level, rx in _LEVEL_PATTERNS)
# one pass rules out most lines; every level starts where a word does, and testing that once first is fast. The
# levels' own lookbehinds are left out of it (a few more lines pass, to be tested in full): without them at the
# start of its branches the engine need not try every position, which halves its cost. Only whether and where a
# level may start is asked of it, so it is led by the class of its first characters (search_led): the engine skips
# to those
_ANY_LEVEL = LazyPattern(r"(?<![A-Za-z])(?:" + re.sub(r"\(\?<![^()]*\)", "", "|".join(rx for _, rx in _LEVEL_PATTERNS))
                        + ")", 0, search_led)
_JOB_TITLE = LazyPattern(r"\b(?:sales|store|retail|research|software|senior|junior|account|client|customer)\s+"
                        r"associate\b", re.I)
# a level the line denies, or only partly earned ("credits toward a BSc"; "working toward a BSc" is in progress)
_DENIED = LazyPattern(r"\b(?:didn[’']?t|did not|never|not|without)\b[^.;]*$"
                     r"|\b(?:credits?|coursework|course\s*work|units)\b[^.;]*\btowards?\b[^.;]*$", re.I)
# a level after a label naming another person is that person's ("Advisor: Prof. J. Roe, Ph.D.", "Supervised by Dr.
# J. Roe, PhD"): an advisor's, supervisor's or referee's title, not the candidate's degree
_ANOTHER_PERSON = LazyPattern(r"\b(?:(?:co-?\s?)?advis[eo]rs?|(?:co-?\s?)?supervisors?|promot[eo]rs?|referees?"
                             r"|references?|mentors?)\s*:|\b(?:supervised|advised|mentored)\s+by\b"
                             r"|\bunder\s+(?:the\s+)?(?:supervision|guidance)\s+of\b", re.I)


def next_level_start(text: str, pos: int) -> int:
    """Where the next word that may start a level stands after `pos` (the end of `text` if none): a loose bound on
    one level's own words, since the grammar's lookbehinds are left out."""
    m = _ANY_LEVEL.search(text, pos)
    return m.start() if m else len(text)


# a doctoral candidate or student is the candidate's own title where an entry's title stands: at the line's start or
# after its dates ("2019 - Present, Doctoral candidate"), not after an article, a preposition or a verb, which make it
# someone else ("Mentored a doctoral student", "assistant to a doctoral candidate")
_CANDIDATE = LazyPattern(r"doctoral\s+(?:candidate|student)$", re.I)
_SEPARATORS = " \t,;:|/()[]–—-•·*"
_ENDS_DATED = LazyPattern(r"(?:\d{4}|present|now|current|today|ongoing)$", re.I)


def _own_title(text: str, start: int) -> bool:
    """Whether the title at `start` stands where an entry's title does: first on its line, or after its dates."""
    before = text[:start].rstrip(_SEPARATORS)
    return not before or bool(_ENDS_DATED.search(before[-8:]))


@lru_cache(maxsize=4096)  # a line is asked by the degrees, the timeline's study test and the checks
def find_level(text: str, pos: int = 0) -> tuple[DegreeLevel, re.Match[str]] | None:
    """The first degree level `text` names (from `pos`) and where, unless the line denies it, only partly earned it
    or gives it as another person's title."""
    if not _ANY_LEVEL.search(text, pos):
        return None
    for level, rx in _LEVEL_RX:
        m = rx.search(text, pos)
        if m and not (level is DegreeLevel.ASSOCIATE and _JOB_TITLE.search(text)) \
                and not _DENIED.search(text, 0, m.start()) and not _ANOTHER_PERSON.search(text, 0, m.start()) \
                and not (_CANDIDATE.match(m[0]) and not _own_title(text, m.start())):
            return level, m
    return None


# The graduate's title is the degree's name in much of the world ("Ingeniero en Sistemas", "Licenciado en Economía",
# "магистр", "спеціаліст"), and "Higher education: <university>" is how many Eastern European CVs state a first
# degree; so is a student at a university's faculty ("Student at the Faculty of Computer Science, Westfield
# University"), a degree in progress. All are read only at the start of a line in the education section, since
# elsewhere "Engineer in the payments team" or "специалист по продажам" is a job and "higher education" a sector.
_GRADUATE_TITLES = tuple((level, LazyPattern(rf"^\s*(?:{rx})", re.I)) for level, rx in (
    (DegreeLevel.BACHELOR, r"(?-i:Engineer|Ingenier[oa]|Ingénieur|Licenciad[oa]|Licentiate)\s+(?:in|en|of|de)\s+"
                           r"(?=[A-Z])"),
    (DegreeLevel.BACHELOR, r"high(?:er)?\s+education\b\s*[:\-–]?"),
    (DegreeLevel.BACHELOR, r"(?:undergraduate\s+)?student\s+(?:at|of|in)\s+(?=[^.;]*\b(?:faculty|universit))"),
    (DegreeLevel.BACHELOR, r"бакалавр\w*"),
    (DegreeLevel.MASTER, r"(?:магистр|магістр|специалист|спеціаліст)\w*(?=[\s,.:;(]|$)"),
))


def graduate_title(text: str) -> tuple[DegreeLevel, re.Match[str]] | None:
    """The level a graduate's title at the start of an education line names ("Ingeniero en ...", "магистр")."""
    return next(((level, m) for level, rx in _GRADUATE_TITLES if (m := rx.match(text))), None)
