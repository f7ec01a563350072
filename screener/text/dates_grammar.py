"""The date grammar's patterns (text/dates.py reads ranges with them), and the cheap tests that say where they cannot
match: every range holds a year, and a date starts with a digit or with a month, season or open-end word."""
from __future__ import annotations

import re

from .lazy_regex import LazyPattern
from .months import (ENDED, EXPECTED, LINKS, MONTH_UNITS, MONTH_WORDS, ONWARD, OPEN_END_TYPOS, OPEN_ENDS,
                     OPEN_ENDS_CLOSING, SEASON_WORDS, SINCE, SLIPS, STILL_ENDS, YEAR_UNITS, spellings)


def _words(words: str) -> str:
    """A regex matching any of `words` (and their forms without accents), built as a trie: one branch per first
    letter instead of one per word keeps the pattern cheap at every word start. A space matches any run of them."""
    root: dict[str, dict] = {}
    for word in spellings(words):
        node = root
        for ch in re.findall(r"\s+|.", word.lower()):
            node = node.setdefault(r"\s+" if ch.isspace() else re.escape(ch), {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [ch + emit(rest) for ch, rest in sorted(node.items()) if ch]
        if "" in node:
            return f"(?:{'|'.join(alts)})?" if alts else ""
        return alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"

    return f"(?:{emit(root)})"


_L = r"[^\W\d_]"  # a letter of any script
MONTH = _words(MONTH_WORDS)  # for other modules that must tell a month name from a word
_MONTH_OR_SEASON = _words(f"{MONTH_WORDS} {SEASON_WORDS}")
YEAR = r"(?:19[5-9]\d|20\d\d)"  # a year as the grammar reads one; other modules spot years by it
A_YEAR = LazyPattern(rf"\b{YEAR}\b")  # such a year as a word of its own, for the modules that spot one
_DAY = r"[0-3]?\d"
# "Present", "heute", "to date", "Pres."; a mistyped end ("Presnt") only where it closes the range: at the line's end,
# before a mark or a date, never before another word ("Mar 2019 - Preset editor", "2018 - Curren Associates")
_CLOSES = r"(?=\s*(?:$|[,.:;()\[|·•\d–—-]))"  # after a range's end: the line's end, a mark, a date, a duration
_OPEN_END = rf"{_words(OPEN_ENDS)}|pres(?=\.)|{_words(f'{OPEN_END_TYPOS} {OPEN_ENDS_CLOSING}')}{_CLOSES}"
_YEAR_UNIT, _MONTH_UNIT = _words(YEAR_UNITS), _words(MONTH_UNITS)
_UNIT = rf"\s*+\+?\s*+(?:{_YEAR_UNIT}|{_MONTH_UNIT})\.?(?!{_L})"  # "18 months", "3 yrs": a duration, not a date

# A month joined to its year by a bar ("06 | 2016") is written with two digits, so one with a leading zero is a month
# anywhere; 10-12 only where a date starts, not straight after a word ("Team of 12 | 2019", "Floor 11 | 2016" are
# counts) unless it is one of the grammar's ("to 10 | 2019", "since 11 | 2015", "expected end 12 | 2026"): at the
# line's start, after a separator ("Acme | 10 | 2016", "– 11 | 2015", "(") or a column's gap.
_BAR_MONTH = r"(?<![\d/.|])0[1-9]|(?<![\d/.])(?:(?<!{0})(?<!{0}\s)|{1})1[0-2]".format(_L, "|".join(
    rf"(?<=(?<!{_L}){re.escape(word)}\s)" for word in spellings(f"{LINKS} {EXPECTED} end {SINCE} {ENDED}")))
# The first character of every date: a digit, an apostrophe ('19) or the first letter of a month, season or open-end
# word ("pres." included), case ignored as for the words
_FIRST_LETTERS = {word[0].lower() for word in spellings(f"{MONTH_WORDS} {SEASON_WORDS} {OPEN_ENDS} pres")}
_DATE_START = rf"(?=[\d'’‘{''.join(sorted(map(re.escape, _FIRST_LETTERS)))}])"
_SLIP_FIRST = "".join(sorted({slip[0] for slip in SLIPS}))  # a slipped month keeps its first letter
# One date "point"; alternatives are tried in order, so the most specific forms come first. One look at the next
# character first skips the places no date starts at (spaces, marks, words of other letters), then the edge group
# the middle of words; the forms that start with a digit sit behind one look at the next character. The edge group is
# atomic: its branches only assert, so when the forms fail after one, they would fail after another (a digit after a
# space passes two branches, and the forms were tried twice at every such place).
_POINT = LazyPattern(
    # "6thMay 2012": a day's ordinal glued to its month
    rf"{_DATE_START}(?>(?<!{_L})|(?=\d)|(?<=\d(?:st|nd|rd|th)))(?:(?=\d)(?:"
    rf"(?<![\d/.])(?P<n1>{_DAY})(?P<s>[/.-])(?P<n2>{_DAY})(?P=s)(?P<y6>{YEAR})(?!\d)"  # 15/06/2019, 04/15/2019
    rf"|(?<![\d/.])(?<!{_L})(?P<m3>0?[1-9]|1[0-2])\s?[/.-]\s?(?P<y3>{YEAR})(?!\d)"  # not 'R2/ 2008', a name
    rf"|(?P<m11>{_BAR_MONTH})\s+\|\s+(?P<y11>{YEAR})(?!\d)"  # "06 | 2016": a template's bar
    rf"|(?<![\d/.])(?P<y4>{YEAR})(?P<s4>[./-])(?P<m4>0[1-9]|1[0-2])(?:(?P=s4)(?P<d4>{_DAY}))?(?!\d)"  # 2019-04-15
    rf"|(?<![\d/.])(?P<y9>{YEAR})\s?/\s?(?P<m9>0[1-9]|1[0-2])(?![\d/])"  # 2016 / 09, as MM / YYYY is spaced
    rf"|(?<![\d/.])(?P<y10>{YEAR})\.(?P<m10>[1-9])(?![\d.])"  # 2017.6: a version number too, so only in a range
    rf"|(?<![\d/.])(?P<n7>{_DAY})/(?P<n8>{_DAY})/(?P<yy8>\d\d)(?![\d/])"  # 13/7/20, 1/7/20: a day, two-digit year
    rf"|(?<![\d/.])(?P<m6>0[1-9]|1[0-2])/(?P<yy6>\d\d)(?![\d/])"
    rf"|(?<![\d/.])(?P<y8>{YEAR})\s++(?P<mon8>{_MONTH_OR_SEASON})(?!{_L})\.?"  # 2015 July: the year first
    rf"|(?<![\d.,/])(?<!\D\d\d\d-)(?<!^\d\d\d-)(?P<y5>{YEAR})(?!\d|,\d)"
    rf"|(?<![\d.,/])(?P<yy>\d\d)(?![\d.,/%]|{_UNIT}))"
    # "March 2019", "Sept. '19", "Sept' 2017", "March 15, 2019", "marzo de 2019", "Nov-2019", "Summer 2019"; a month without a
    # year is a bare month ("Jan – Mar 2018"). One trie holds months and seasons: each word list tried at every
    # word start costs more than the rest of the pattern.
    rf"|(?P<mon>{_MONTH_OR_SEASON})(?!{_L})(?:\.|['’](?=\s*{YEAR}))?"  # "Sept' 2017": the mark of a cut word
    rf"(?:(?:,?\s*+(?:de\s++)?|[-/])(?:(?P<d1>{_DAY})(?:st|nd|rd|th)?,?\s++)?(?:(?P<y1>{YEAR})|['’‘](?P<yy1>\d\d)"
    rf"|(?P<yy2>\d\d)(?!\d|st|nd|rd|th|,?\s*{YEAR}|{_UNIT}))(?!\d))?"
    rf"|(?P<present>{_OPEN_END})(?!{_L})"
    rf"|(?<![\w'’‘])['’‘](?P<yy7>\d\d)(?![\d'’‘]|s\b)"  # '21
    # a word that may be a month mistyped ("Septembar 2011"), only with its year: the reader looks it up in the
    # table of slips, and reads the year alone when the word is none; last, so every word of the grammar comes first.
    # A slip keeps its month's first letter, so the word starts with one ("years 2019" is no candidate)
    rf"|(?P<slip>(?=[{_SLIP_FIRST}]){_L}{{5,10}}+)(?!{_L})\.?,?\s++(?P<y12>{YEAR})(?!\d))",
    re.I,
)
# hyphens, dashes, minus, tildes, and the private-use or replacement character a dash without a Unicode mapping
# becomes; a soft hyphen stands for one too
_DASHES = "\\-\u00ad\u2010-\u2015\u2043\u2212~\u301c\uff5e\ufe58\ufe63\uff0d\ue000-\uf8ff\ufffd"
# An end named by an event ("– Closed 2023") counts only straight after a dash: alone, "in 2021 sold 2000 units"
# would be a range.
_LINK = (rf"(?:[{_DASHES}]+(?:\s*+{_words(ENDED)}(?!{_L}))?|→|->|\.\.|(?<!{_L}){_words(LINKS)}(?!{_L})"
         rf"|(?<!{_L}){_words(EXPECTED)}(?:\s+end)?:?)")
# Atomic groups and possessive quantifiers (here and in the patterns around) keep every match linear: "2019 ------
# x 2020" must fail at once, not try every way to split the dashes into links or the spaces between quantifiers.
_SEP = LazyPattern(rf"(?:\s*+(?>{_LINK}))++\s*+", re.I)
# a product's version, not a date: "Windows 2000", "Visual Studio 2019" (a studio alone is a firm: "Acme Studio")
_PRODUCT = LazyPattern(r"\b(?:server|windows|office|(?:visual|android|r|code)\s*studio|sql|excel|sccm|version|ver\.|v)"
                       r"\s*$", re.I)
_OPEN_START = LazyPattern(rf"(?<!{_L}){_words(SINCE)}\s*$", re.I)
_DANGLING = LazyPattern(rf"\s*+[{_DASHES}]++\s*+(?:[)\]|,;]|\.{{2,}}|…|$)")  # "2019 –", "2019 – ...": open
# "2019 - Still", "2017 to Continue.", "2021 – still ongoing | Leeds": open. Only after a link, closing what the line
# says of the range (its end, a bracket, a bar, or a comma, semicolon or colon before the next field, not before prose
# going on in lower case); never a range's first end, nor before a digit or another word: each word is prose too
# ("Still – 2019 – 2021" names a firm; "2018 - still 3 sites live", "2019 - still, the best tool" are sentences)
_AFTER_STILL = r"[\s.…]*+(?:[)\]|]|$|[,;:]\s*+(?-i:(?![a-zà-ÿ])))"
_STILL_OPEN = LazyPattern(rf"\s*+(?:[{_DASHES}]++|(?<!{_L}){_words(LINKS)}(?!{_L}))\s*+"
                          rf"(?:still\s++(?:{_words(STILL_ENDS)}|{_words(OPEN_ENDS)})|{_words(STILL_ENDS)})(?!{_L})"
                          rf"{_AFTER_STILL}", re.I)
# "2019 onwards", "2019 (onward)": open, where the word closes the range, not in prose ("2005 onwards into storage")
_ONWARD = LazyPattern(rf"\s*+\(?{_words(ONWARD)}(?!{_L})\)?(?=\s*(?:\.?\s*$|[,;:|)–—-]))", re.I)
_DURATION = LazyPattern(
    rf"[\s(\[·•|,:{_DASHES}]*(?:(?P<y>\d{{1,2}}(?:[.,]5)?)\s*+\+?\s*+{_YEAR_UNIT}\.?(?!{_L})"
    rf"(?:\s*+,?\s*+(?:and|&|et|und|y|e|en)?\s*+(?P<m>\d{{1,2}})\s*{_MONTH_UNIT}\.?(?!{_L}))?"
    rf"|(?P<m2>\d{{1,2}})\s*{_MONTH_UNIT}\.?(?!{_L}))",
    re.I,
)
_CLAUSE_END = LazyPattern(r"\s*+(?:[)\]|,;·•]|$)")  # what may follow a duration that says how long a role lasted
_HELD_LEAD = LazyPattern(r"\s*+(?:[(,·]\s*+)?")  # '2015 (8 months)', 'May 2019, 3 years': no dash
_OPEN_BRACKET = LazyPattern(r"\s*+\(\s*+")
_CLOSE_BRACKET = LazyPattern(r"\s*+\)")
_DAY_BEFORE = LazyPattern(rf"(?<![\d/.]){_DAY}(?:\.|st|nd|rd|th|er|-)?\s*(?:de\s+)?$", re.I)
_LINE_END = LazyPattern(r"[\s.]*(?:[|·•,;)\]]|$)")
_NEXT_LETTER = LazyPattern(r"\s*+([^\W\d_])")
_BACK = 20  # "since", "depuis", "à partir de": how far before a date its opening word may start
_DIGIT = LazyPattern(r"\d")
# Where a date that starts with a word can start: _POINT's month, season and open-end forms, with the same edges
_WORD_DATE = LazyPattern(rf"(?<!{_L})(?:{_MONTH_OR_SEASON}|{_OPEN_END})(?!{_L})", re.I)
# What the last word of a line ends with when a range read across the line break has begun on the line: a number, a
# link's dash, arrow or slash, a mark a range's pieces may stand apart by ('05 .' / '2019', '2015 (' / '8 months)',
# a template's bar '06 |' / '2016'),
# or a word of the grammar (a month or season, a word of an open end, a link, an ended or expected end, a unit of a
# duration and what joins two, 'de', 'end', 'pres'), as written or cut by a mark ('Jan.,', 'years,').
_DATE_PIECES = " ".join(piece for words in (MONTH_WORDS, SEASON_WORDS, OPEN_ENDS, LINKS, ENDED, EXPECTED, YEAR_UNITS,
                                            MONTH_UNITS, "and et und y e en de end pres")
                        for word in words.split() for piece in word.split("_"))
_RUN_ON = LazyPattern(rf"[\d{_DASHES}→>/]|^[.(,·+&|]+$|(?<!{_L}){_words(_DATE_PIECES)}[.,:'’‘]*$", re.I)
# What every date that can only be month first holds: its middle number, a day above 12, written with two digits
_MONTH_FIRST_CUE = LazyPattern(r"\d[/.-][1-3]\d[/.-]\d")


def may_hold_range(text: str) -> bool:
    """Could `text` hold a date range at all? Every range has a year, so only text with a digit can: most lines of a
    resume have none, and the full grammar is costly."""
    return _DIGIT.search(text) is not None


def may_run_on(line: str) -> bool:
    """Could a range read from `line` joined with the next line run across the break? Its part on this line is a
    date's start and what follows it, up to the line's end, so the line's last word is one of a range's pieces."""
    words = line.split()
    return bool(words) and _RUN_ON.search(words[-1]) is not None


def may_start_range(text: str, before: int) -> bool:
    """Could a range that `find_ranges` reads in `text` start before position `before`? A range starts where its
    first date does (a day written before its month included), and a date starts with a digit or with a month,
    season or open-end word ('Present – 2019', 'since May' / '2019')."""
    if _DIGIT.search(text, 0, before):
        return True
    word = _WORD_DATE.search(text)
    return word is not None and word.start() < before
