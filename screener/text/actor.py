"""Whose doing a matched phrase is. Evidence of a soft skill is the candidate's own: first person, the implied
subject of a bullet, or the resume's own third-person summary ("He leads..."). Not: passive or aspirational
phrasing about the candidate ("to be mentored", "eager to learn", "I can lead teams", "Becoming a Team Leader"),
a learner taking part ("enrolled in the mentorship programme"), another person's title ("with the lead engineer",
"engineering managers", "Tutor evaluation: ..."), a deed whose subject is someone else or something ("enabling the
team to lead", "code used to teach a class"), what a thing is for ("a tutoring app"), or a bare self-rating in a
skills list ("Good teacher", "Leadership")."""
from __future__ import annotations

import re

from .person_names import INITIAL, NAME_WORD, is_particle

# "eager to mentor", "seeking a team lead role", "would like to lead": wanting is not having done.
_WANTING = re.compile(r"\b(?:eager|keen|looking|hop(?:e|es|ing)|seek(?:s|ing)?|wants?|wish(?:es)?|aspir(?:e|es|ing)|"
                      r"aim(?:s|ing)?|would\s+like|interested|excited|desire|willing|ready|prepared|goal|"
                      r"opportunit(?:y|ies))\b"
                      r"[^.;:!?]{0,40}$", re.IGNORECASE)
# "I can lead teams", "able to mentor", "capable of managing": a capability claimed is not a deed done; "was able
# to mentor" reports one done.
_ABLE = re.compile(r"\b(?:can|(?<!was\s)(?<!were\s)able\s+to|capable\s+of|ability\s+to)\s+(?:\w+ly\s+)?$",
                   re.IGNORECASE)
# "Becoming a Team Leader" (a course's title), "on track to become tech lead": a title still to be reached is not
# one held; "became" is, and so is one a rise reached ("promoted to become team lead", "grew to become").
_BECOMING = re.compile(r"\bbecom(?:e|es|ing)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_REACHED = re.compile(r"\b(?:promoted|grew|grown|went\s+on|rose|risen|advanced|progressed|moved\s+up)\s+"
                      r"(?:\w+\s+){0,2}to\s+become\b", re.IGNORECASE)
# "the code used to teach a class", "Lecture slides used to train", "its tests were used for training": a thing's
# use is not the candidate's doing, when "used" is passive or its subject is a noun phrase (a determiner's, or two
# words or more opening the sentence); "I also used to teach", "Previously used to mentor" and "... and used to
# train" are. Each try starts only where a word starts, so a long hyphenated run is read once, not from each of its
# hyphens.
_NOUN_WORD = r"(?!(?:and|or|but|then|also|i|we|he|she|they|you)\b|\w+ly\b)[\w'’-]+\s+"
_A_THINGS_USE = re.compile(rf"(?:(?<![\w'’-])(?:is|are|was|were|been|being)\s+|(?<![\w'’-])(?:the|this|that|these|"
                           rf"those|its|whose|a|an|their|our|his|her)\s+(?:{_NOUN_WORD}){{1,3}}|"
                           rf"^\W*(?:{_NOUN_WORD}){{2,3}})used\s+(?:to|for)\s+$", re.IGNORECASE)
# "Tutor evaluation: ...", "Manager's feedback": a title naming who judged the candidate is that person's, when it
# opens the line or carries a possessive ("Ran mentor feedback sessions" is the candidate's doing); a noun title
# only: "lead" and "head" are verbs as often, "Lead evaluation of vendors".
_JUDGE = re.compile(r"(?:tutor|mentor|supervisor|manager|teacher|instructor|trainer|coach|leader|director)$",
                    re.IGNORECASE)
_JUDGED_BY = re.compile(r"^(?:['’]s)?\s+(?:evaluation|feedback|assessment|appraisal|recommendation|testimonial|"
                        r"remarks?)\b", re.IGNORECASE)
_LINE_OPENING = re.compile(r"^[\W_]*$")
# "To excel in a growing company through mentorship": in a summary or objective, a sentence that opens with an
# infinitive is the candidate's aim; elsewhere the same form lists a role's duties ("To mentor junior team members").
_OBJECTIVE = re.compile(r"^\W*(?:(?:career\s+)?objective\W*)?to\s", re.IGNORECASE)
# "to be mentored", "was trained", "mentored by", "received mentorship": the candidate on the receiving end; but
# "was the lead developer" is the title held ("be" then a noun's article is being it, not undergoing it).
_RECEIVING_BEFORE = re.compile(r"\b(?:(?:be|been|being|was|were)\s+(?:(?!(?:the|a|an)\b)\w+\s+)?|"
                               r"(?:get|got|getting|received|receiving|under(?!\s+(?:my|our)\b)(?:\s+the)?)\s+"
                               r"(?:\w+\s+)?)$", re.IGNORECASE)
# "Enrolled in the graduate mentorship programme", "attended the weekly coaching sessions", "attended tech talks": a
# learner taking part in a programme or a session someone else gives. The verb of taking part stands right before
# the phrase, and the phrase is the programme's or the session's noun or is followed by it; a deed taken part in is
# done ("participated in mentoring new hires", "participated in code reviews"), and so is a session of reviews,
# whose participants review. "Selected to lead a team" is chosen to do it: only "in", "into" or "for" a programme.
_TAKING_PART = re.compile(r"\b(?:attend(?:s|ed|ing)?|(?:stud(?:y|ies|ied|ying)|enrolled|enrolling|"
                          r"participat(?:e|es|ed|ing)|selected|accepted|admitted)\s+(?:in|into|for))\s+"
                          r"(?:(?:the|a|an|their|its)\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_PROGRAMME = (r"(?:program(?:me)?s?|schemes?|sessions?|courses?|class(?:es)?|cohorts?|bootcamps?|workshops?|"
              r"seminars?|talks?|circles?|lunch\s+and\s+learns?|brown\s+bags?)")
_PROGRAMME_PHRASE = re.compile(rf"\b{_PROGRAMME}$", re.IGNORECASE)
_PROGRAMME_AFTER = re.compile(rf"^\s+(?:[\w'’-]+\s+)?{_PROGRAMME}\b", re.IGNORECASE)
_REVIEW = re.compile(r"\breview", re.IGNORECASE)
# "a team lead training course", "the Engineering Manager Programme": a rank's title right before a course's noun is
# what the course teaches, a title still to reach, not one held ("Team Lead, Training Platform" holds it). A mentor's
# or a coach's title there names who runs the sessions ("mentor sessions with juniors"), "lead" or "head" alone is as
# often the verb ("lead training sessions"), and "training" is a course only before a course's noun: alone it is as
# often a verb with its object ("tech lead training new starters"); a leadership programme after a title is one its
# holder takes.
_RANK_END = re.compile(r"(?:\w\s+(?:lead|head)|leader|manager|director|VP|CTO|officer)s?$", re.IGNORECASE)
_COURSE_AFTER = re.compile(rf"^\s+(?:(?:training|development)\s+)?(?:{_PROGRAMME}|certifications?|"
                           r"certificates?)\b", re.IGNORECASE)
# What makes a phrase someone else's (a verb of wanting, receiving or taking part, another's title) stands among
# the last words before it: only they are read, so that a long line of many phrases is read in linear time, not
# each phrase's whole sentence again.
_WINDOW = 120  # characters
_SPACE = re.compile(r"\s")
# "was leading a team", "have been mentoring": a progressive form is the candidate doing it, not receiving it
_PROGRESSIVE = re.compile(r"^\w+ing\b", re.IGNORECASE)
_RECEIVING_AFTER = re.compile(r"^\s+by\b", re.IGNORECASE)
# "with the lead engineer", "reporting to our engineering manager": someone else holds the title; so does a title
# one supports, helps or shadows, or places, hires or recruits, when an article or a possessive makes it a person
# ("supported the lead architect", "placed a VP, Engineering"; "helped mentor new hires" is a deed, "hired as VP,
# Engineering" the candidate's own title).
_OTHERS = (r"(?:\b(?:with|alongside|under|for|by|from|among|between|assist(?:ed|ing)?|report(?:s|ed|ing)?\s+"
           r"(?:directly\s+)?(?:to|into))\s+(?:(?:the|a|an|our|their|my|his|her|other|senior|several|\d+)\s+)*|"
           r"\b(?:support|help|shadow)(?:ed|ing|s)?\s+(?:the|a|an|our|their|my|his|her)\s+|"
           r"\b(?:plac|hir|recruit)(?:e|ed|es|ing|s)?\s+(?:the|a|an|our|their|his|her)\s+|"
           r"\b(?:our|their|his|her|my)\s+)")
_SOMEONE_ELSE = re.compile(rf"{_OTHERS}(?:\w+\s+)?$", re.IGNORECASE)
# "Reporting to: Engineering Manager", "Supervisor: Head of Engineering", "Referee: a name, CTO": a label opening the
# line that names someone by their relation to the candidate makes the title after it that person's. A noun's label
# takes a colon ("Supervisor - Team Lead" is one title in two parts), a verb's a dash too ("Reports to - CTO"); a field
# of the candidate's own ("Manager:", "Hiring manager:", "Contact:") names nobody else. The label's value is a few
# words that stop at a separator, and name one person: "Reporting to: CTO | Tech Lead" and "Reporting to: CTO, Tech
# Lead of the squad" go on to the candidate's own title. Words before the title are a person's name set off by a mark
# ("Sam Doe, CTO"; tabs and double spaces are squeezed to one space before this reads, so "Sam Doe Tech Lead" is no
# person's title), and only after a label that names a person (a supervisor, a referee): one reports to a body as
# well ("Reporting to: Board – Head of Engineering", "Reports to: Group Technology – Engineering Lead"), and a name
# cannot be told from a body's by its shape ("Retail Banking"), so the title after it stays the candidate's own.
_RELATION_LABEL = re.compile(r"^[\W_]*(?:(?:report(?:s|ed|ing)?\s+(?:directly\s+)?(?:to|into)|reporting\s+line)"
                             r"\s*(?::|\s[–—-])|(?:(?P<person>(?:line|direct|reporting)\s+manager|supervisor|boss|"
                             r"referee)|reference)s?\s*:)\s*(?P<value>(?:[^\s:|•·;]+ ){0,4})$", re.IGNORECASE)
_A_TITLE = re.compile(r"\b(?:lead|leader|manager|engineer|developer|architect|director|head|C[A-Z]{1,2}O|VP|officer|"
                      r"president|founder|owner|chief)s?\b", re.IGNORECASE)
_SET_OFF = re.compile(r"\s*[,–—-]\s*$")
# The person's title ends their part of the line, or only their name in brackets, their organisation or department
# (capitalised) or the next person after a semicolon follows it; words that go on ("for the payments squad", "of 4
# engineers") describe a post, the candidate's own.
_PERSON_ENDS = re.compile(r"\s*(?:\([^)]*\)?\s*)?(?:(?:of|at|,|–|—|-)\s*(?:[A-Z][\w&.'’-]*\s*)+)?\s*(?:[.;].*)?$")
# "presented the design to the CTO", "showed the prototype to a client's CTO": a title after "to" and an article or
# a possessive is whom something went to ("to guide new engineers" is a deed); after a verb of reaching one, or "from"
# another title, it is the title reached ("promoted to the Tech Lead role", "moved from QA to a team lead role").
_GIVEN_TO = re.compile(r"\bto\s+(?:(?:the|a|an|our|their|his|her)\s+(?:[\w-]+['’]s\s+)?|[\w-]+['’]s\s+)"
                       r"(?:\w+\s+)?$", re.IGNORECASE)
_REACHING = re.compile(r"\b(?:promoted|rose|risen|moved|advanced|progressed|elevated|grew|grown|appointed|named|"
                       r"transitioned|transferred|switched|returned|went|stepped|way\s+up)\b|"
                       r"\bfrom\s+(?:[\w/&-]+\s+){1,3}to\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
# "earned a promotion to the tech lead role", "assigned to the engineering manager position": a title followed by
# a word for a role names the role held, whoever the verb before it, not a person.
_ROLE_HELD = re.compile(r"^\s+(?:role|position|post|title|job|seat)s?\b", re.IGNORECASE)
_REACH_WORDS = 8  # how far back a verb of reaching still governs the "to"
# So is a title joined to other people by "and" when a noun's words follow it, not an object ("alongside the players
# and coaches of the club", "with the lead engineer and mentor"; but "worked with PMs and mentor junior engineers").
_JOINED_TO_OTHERS = re.compile(rf"{_OTHERS}(?:\w+\s+){{1,2}}(?:and|&)\s+$", re.IGNORECASE)
# ... and always when an article follows "and": it names another person, not a deed ("with the QA lead and the
# backend lead"; but "with designers and became the backend lead" is the candidate's own).
_JOINED_WITH_ARTICLE = re.compile(rf"{_OTHERS}(?:[\w-]+\s+){{1,3}}(?:and|&)\s+(?:the|a|an|our|their|his|her)\s+"
                                  r"(?:[\w-]+\s+)?$", re.IGNORECASE)
_NOUN_ENDS = re.compile(r"^\s*(?:$|[,.;:)]|(?:of|at|from|who)\b)", re.IGNORECASE)
# "responsible for a team of 5", "in charge of a team that ships": a team one answers for ends its noun phrase;
# followed by another noun it only qualifies it ("responsible for a team lunch budget", "a software team's CI").
_ANSWERING_FOR_TEAM = re.compile(r"^(?:responsible\s+for|in\s+charge\s+of)\b.*\bteams?$", re.IGNORECASE)
# "Director, Engineering", "Head of Backend", "Director of Software Engineering": a rank written with a comma, over
# the back end or over a kind of engineering or development ends its title where the field ends it (a comma, a
# bracket, the line's end, a date, "at" its employer, or "and" another field of engineering or product that ends
# there), or a word of software's own or a unit's name follows ("Software Development Group"); another noun makes the
# field a qualifier of another trade's ("Engineering Recruiting", "Backend Sales"). The rank of engineering or of
# development itself ("Head of Engineering EMEA") is read as written.
_RANK_OVER_FIELD = re.compile(r"^(?:head|director|VP|vice\s+president|manager|lead)(?:,.*\b(?:engineering|back-?end|"
                              r"development)|\s+of\s+(?:.+\s(?:engineering|development)|back-?end))$", re.IGNORECASE)
_FIELD_END = r"\s*(?:$|[,;:()\[\]|/–—-]|\.(?:\s|$)|(?:at|@|in|for|since|from)(?:\s|$))|\s+\d"
_FIELD = (r"(?:engineering|development|product|design|software|back-?end|front-?end|platform|data|infrastructure|QA|"
          r"architecture|technology)")
_FIELD_ENDS = re.compile(rf"^(?:{_FIELD_END}|\s+(?:and|&)\s+{_FIELD}(?:\s+{_FIELD})?(?:{_FIELD_END})|"
                         r"\s+(?:engineering|development|software|services|systems|APIs?|teams?|groups?|departments?|"
                         r"divisions?|units?)\b)", re.IGNORECASE)
_TEAM_ENDS = re.compile(r"^\s*(?:$|[,.;:()–—-]|(?:of|that|which|who|at|in|across|and|to|for|since|until|through|"
                        r"throughout|during|over|with|from|into|under|by|after|before|while|within|on(?!-))\b)",
                        re.IGNORECASE)
# "led the web and data team": one team named by two kinds of work after one determiner. Its team ends its noun
# phrase too ("led the redesign and wrote team runbooks" names runbooks), and a determiner or a count after "and"
# opens another noun phrase, so the word before it is a second clause's verb ("led the migration and trained three
# teams").
_COORDINATED_TEAM = re.compile(r"^\S+\s+(?:a|an|the)\s.*?\s(?:and|&)\s+(?P<second>.*\s)?teams?$", re.IGNORECASE)
_DETERMINER = re.compile(r"\b(?:a|an|the|our|their|his|her|its|my|this|these|those|both|all|several|many|multiple|"
                         r"two|three|four|five|six|seven|eight|nine|ten|\d+)\b", re.IGNORECASE)
# ... or a title led by its rank over what it leads ("with the head of the data team", "to the VP of Cloud
# Engineering", a title's comma after its rank read as "of": "to the director, engineering"); "lead" too, a noun
# when "of" follows it ("the lead of the data team"), where _JUDGE leaves it out as a verb as often.
_TITLE_OF = re.compile(r"^(?:head|lead|leader|manager|director|VP|vice\s+president)(?:\s+of\b|,)", re.IGNORECASE)
# A title ends its phrase; a deed's noun form ("the training of new engineers") ends with its object, not a title.
_TITLE_END = re.compile(r"(?:lead|leader|manager|engineer|developer|architect|scientist|director|head|CTO|officer|"
                        r"president|mentor|coach|tutor|trainer|instructor|teacher)(?:e?s)?$", re.IGNORECASE)
# "enabling engineering managers to manage", "helped the team to lead", "the team's ability to manage": a verb
# in an infinitive whose subject another clause names is that subject's doing.
_ANOTHER_SUBJECT = re.compile(r"(?:\b(?:enabl|allow|help|empower|let|permit|encourag|teach|taught|train|coach|"
                              r"mentor|ask|requir)\w*\s+(?:[\w'’-]+\s+){1,4}"
                              r"|['’]s\s+(?:ability|capacity|freedom)\s+)to\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# One person holds one title: a title in the plural names other people ("enabling engineering managers", "tech
# leads across the company", "with the help of trainers"); not "leads" alone or first, which is the verb ("He leads",
# "lead engineers"), nor "mentors", "coaches", "tutors", verbs as often as nouns.
_PLURAL_TITLE = re.compile(r"^(?:(?!(?:lead|leads|leading|led)\b)[\w'’-]+\s+(?:[\w'’-]+\s+)*leads|"
                           r"(?:.*\W)?(?:leader|manager|director|officer|CTO|architect|scientist|trainer|instructor|"
                           r"teacher|educator|lecturer)s)$", re.IGNORECASE)
# "a tutoring app", "the company's mentoring platform", "a geometry teaching game", "the Swim Coaching Planner
# Tool", "a coaching institute": a deed's noun (a word in -ing or -ship, inside its sentence) over a made thing or a
# place names what the thing is for, not a deed of the candidate's (building a mentoring platform is building
# software). The sign of a thing named is a determiner or a possessive before the deed's noun (at most two words
# between), or a name written in capitals; without one, a gerund takes an object ("responsible for mentoring
# platform and data engineers", "leading platform teams"). The thing ends its noun phrase ("Teaching Assistant" is a
# title), and when "and", "or" or a comma follows it, it may qualify a noun joined to it ("the team mentoring
# platform and data engineers"): then only a determiner right before the deed's noun names a thing.
_DEED_NOUN = re.compile(r"[^\W\d_]+(?:ing|ship)$")
_THING = (r"(?:apps?|applications?|systems?|platforms?|software|tools?|websites?|sites?|portals?|(?:chat)?bots?|"
          r"dashboards?|games?|institutes?|institutions?|cent(?:re|er)s?|academ(?:y|ies))")
_THING_AFTER = re.compile(rf"^\s+(?:(?-i:[A-Z])[\w-]*\s+)?{_THING}(?=\s*(?:$|[,.;:()–—]|(?:that|which|who|where|for|"
                          r"to|of|with|in|on|at|from|based|built|using|and|or|is|was|are|were)\b))", re.IGNORECASE)
_DETERMINED = re.compile(r"(?:(?<![\w'’-])(?:a|an|the|our|their|its|his|her|my|this|these|those)|[\w-]+['’]s)\s+"
                         r"(?P<between>(?:[\w-]+\s+){0,2})$", re.IGNORECASE)
_BULLET_ONLY = re.compile(r"[\s•·*\-–—]*")
_JOINED = re.compile(r"\s*(?:,|(?:and|or|&)\b)", re.IGNORECASE)
_ITEM_SPLIT = re.compile(r"[,;:|•·]|\s{3,}")
SELF_RATING_WORDS = 3  # "Good teacher", "Team leadership": a skills-list item this short is a claim, not a deed


def not_the_candidates(before: str, phrase: str, after: str, section: str | None) -> str:
    """Why a phrase is not evidence of the candidate's own doing ("" when it is). `before` and `after` are the
    rest of its sentence or bullet, `section` the section it is in. What says so stands among the last words before
    the phrase: only they are read (from `at`), so a long line of many phrases is read in linear time."""
    at = _window(before)
    if section == "references":
        return "a referee's, not the candidate's"
    if section == "skills":
        item_after = _ITEM_SPLIT.search(after, 0, _WINDOW)
        item_before, item_after = _ITEM_SPLIT.split(before[at:])[-1], after[:item_after.start() if item_after
                                                                             else _WINDOW]
        if len(f"{item_before} {phrase} {item_after}".split()) <= SELF_RATING_WORDS:
            return "a self-rating in a skills list"
    if _WANTING.search(before, at) or (section == "summary" and _OBJECTIVE.match(before)):
        return "wanted, not done"
    if _ANOTHER_SUBJECT.search(before, at):
        return "another's doing"
    if _ABLE.search(before, at):
        return "a capability claimed, not a deed"
    if (_BECOMING.search(before, at) and not _REACHED.search(before, at)) or (
            _RANK_END.search(phrase) and _COURSE_AFTER.match(after)):
        return "a role to become, not held"
    if ((_RECEIVING_BEFORE.search(before, at) and not _PROGRESSIVE.match(phrase)) or _RECEIVING_AFTER.match(after)
            or _taking_part(before, at, phrase, after)):
        return "received, not given"
    if _A_THINGS_USE.search(before, at):
        return "another's doing"
    if _named_for(before, at, phrase, after):
        return "what a thing is for, not a deed"
    if _RANK_OVER_FIELD.match(phrase) and not _FIELD_ENDS.match(after):
        return "a field qualifying another trade, not a title's field"
    if _ANSWERING_FOR_TEAM.match(phrase) and not _TEAM_ENDS.match(after):
        return "a thing of a team, not the team"
    if (coordinated := _COORDINATED_TEAM.match(phrase)) and (
            not _TEAM_ENDS.match(after) or _DETERMINER.search(coordinated["second"] or "")):
        return "a team in another clause, or a thing of a team"
    if _PLURAL_TITLE.match(phrase):
        return "other people's title"
    if (_JUDGE.search(phrase) and _JUDGED_BY.match(after)
            and (_LINE_OPENING.match(before) or after.startswith(("'", "’")))):
        return "the title of who judged the candidate"
    if (_TITLE_END.search(phrase) and " of " not in phrase or _TITLE_OF.match(phrase)) and (
            _given_to(before, at, after) or _SOMEONE_ELSE.search(before, at) or _after_relation_label(before, after)
            or (_JOINED_TO_OTHERS.search(before, at) and _NOUN_ENDS.match(after))
            or _JOINED_WITH_ARTICLE.search(before, at)):
        return "another person's title"
    return ""


def _window(before: str) -> int:
    """Where the last `_WINDOW` characters before a phrase begin, at a word's start."""
    if len(before) <= _WINDOW:
        return 0
    cut = _SPACE.search(before, len(before) - _WINDOW)
    return cut.end() if cut else len(before)


def _after_relation_label(before: str, after: str) -> bool:
    """Whether a title follows a label naming another person by their relation, before any title of theirs, and ends
    that person's part of the line."""
    label = _RELATION_LABEL.match(before)
    return (bool(label) and not _A_TITLE.search(label["value"]) and bool(_PERSON_ENDS.match(after))
            and (not label["value"] or bool(label["person"]) and _a_persons_name(label["value"])))


def _a_persons_name(value: str) -> bool:
    """Whether a label's words before a title are a person's name set off by a mark ("Sam Doe, "), not words of a
    department ("Group IT – ") or one of the candidate's own line."""
    mark = _SET_OFF.search(value)
    words = value[:mark.start()].split() if mark else []
    named = [w for w in words if not is_particle(w)]
    # initials, or words capitalised but not in capitals (an acronym, "IT", names a department)
    return 2 <= len(named) and all(INITIAL.fullmatch(w) or NAME_WORD.fullmatch(w) and w[0].isupper()
                                   and not w.isupper() for w in named)


def _given_to(before: str, at: int, after: str) -> bool:
    """Whether the words around a title make it whom something went to ("to the CTO"), not the title reached."""
    return (bool(_GIVEN_TO.search(before, at)) and not _ROLE_HELD.match(after)
            and not _REACHING.search(" ".join(before[at:].split()[-_REACH_WORDS:]) + " "))


def _taking_part(before: str, at: int, phrase: str, after: str) -> bool:
    """Whether a phrase is a programme or a session a learner takes part in ("enrolled in the mentorship programme",
    "attended tech talks")."""
    return (bool(_TAKING_PART.search(before, at)) and not _REVIEW.search(phrase)
            and bool(_PROGRAMME_PHRASE.search(phrase) or _PROGRAMME_AFTER.match(after)))


def _named_for(before: str, at: int, phrase: str, after: str) -> bool:
    """Whether a deed's noun names what a thing is for ("a tutoring app"): not at its sentence's start, where the
    same word is the deed ("Teaching systems programming to juniors"); a determiner or a possessive before it, or a
    name in capitals, says a thing is named."""
    if not _DEED_NOUN.match(phrase) or _BULLET_ONLY.fullmatch(before) or not (thing := _THING_AFTER.match(after)):
        return False
    joined = bool(_JOINED.match(after, thing.end()))
    if after[:thing.end()].split()[:-1] and phrase[:1].isupper() and not joined:
        return True  # a name in capitals: "the Swim Coaching Planner Tool"
    determined = _DETERMINED.search(before, at)
    return bool(determined) and not (joined and determined.group("between"))
