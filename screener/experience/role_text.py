"""Which short lines beside a role's dates are its text, not its heading: a title or an organisation is a name,
written in capitals but for its joining words, while a role's text is a labelled field or a phrase of prose."""
from __future__ import annotations

import re

from ..text.role_nouns import ROLE_NOUN

# a labelled field ('Stack: Go, Kafka'); a heading's own labels ('Role: Analyst', 'Company: Acme') or a title before
# a colon ('Lead Engineer: Payments') name the role
_LABELLED = re.compile(r"\s*(?P<label>[A-Za-z][A-Za-z ]{0,20}?)\s*:\s+\S")
_HEADING_LABEL = re.compile(r"(?:job\s+)?(?:role|title|position|designation|company|employer|client|organi[sz]ation|"
                            r"department|location)", re.I)
# the words a name joins its capitalised words with ('Head of Data', 'Bank of the West')
_JOINING = frozenset("a an the and or of for to in on at by with from & de la le du von der".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PROSE_WORDS = 2  # lower-case words beyond the joining ones: a phrase, not a name
_PHRASE = 5  # words in a phrase long enough to be prose without a count
# a sentence led by its verb ('Reporting to the CFO', 'Worked with the sales team'), also in the present third person
# ('Reports to the CTO', 'Works with the shops', 'Leads the data team'), not a title led by a trade's name
# ('Marketing and Sales Manager', 'Training Coordinator')
_LED_BY_VERB = re.compile(r"\s*[A-Z][a-z]+(?:ing|ed|[^s\W]s)\s+(?:to|with|for|on|across|under|alongside|within|"
                          r"the|a|an|all|our)\b")
# a sentence led by its verb in the past tense, regular or one of the irregular ones resumes open bullets with, and
# going on in lower case ('Built payments', 'Owned the API'; not 'Certified Public Accountant')
_LED_BY_PAST = re.compile(r"\s*(?:[A-Z][a-z]+ed|Built|Led|Ran|Won|Wrote|Made|Taught|Grew|Drove|Oversaw|Sold|Set|"
                          r"Held|Gave|Took|Brought|Began|Spent|Kept|Met|Sent|Got|Did)\s+[a-z0-9]")
_HEADCOUNT = re.compile(r"\s*(?:a\s+)?(?:team|group|staff|crew)\s+of\s+\d", re.I)  # 'Team of 4'
# the short forms of role nouns a title may be written with ('Backend Dev', 'SRE')
ROLE_SHORT = re.compile(r"\b(?:dev|swe|sre|sde|qa|cto|ceo|cfo|coo|cio|vp)s?\b", re.I)


def reads_as_text(line: str) -> bool:
    """Does the line read as a role's text, not its title or organisation: a labelled field other than a heading's
    ('Team: 4 engineers'), a team's size, a sentence led by its verb, or prose: lower-case words a name does not
    hold and either a count or a phrase's length ('Team of 3 actuaries and 2 testers'; not 'Senior software
    engineer', a title in sentence case)?"""
    label = m["label"] if (m := _LABELLED.match(line)) else None
    if label and not _HEADING_LABEL.fullmatch(label) and not ROLE_NOUN.search(label) or _LED_BY_VERB.match(line):
        return True
    if _HEADCOUNT.match(line) or _LED_BY_PAST.match(line) and not names_one_holder(line):
        return True  # a team's size, or work done (not a title in sentence case: 'Registered nurse')
    words = _WORD.findall(line)
    lower = [w for w in words if w[0].islower() and w.lower() not in _JOINING]
    return len(lower) >= _PROSE_WORDS and (any(c.isdigit() for c in line) or len(words) >= _PHRASE)


def names_one_holder(line: str) -> bool:
    """Does the line name a role held by one person ('Data Analyst'), as a title does, not staff in the plural
    ('Northwind Consultants'), as a firm's name may?"""
    return any(not m.group().lower().endswith("s") for m in ROLE_NOUN.finditer(line))
