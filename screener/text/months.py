"""The words of dates in the languages resumes come in: month and season names, open ends, links and durations.

Each table is written once with its accents; `spellings` adds every form without them ("févr" and "fevr",
"Mär" and "Mar"), since PDFs and plain-text resumes often lose them. Languages: English, French, German, Spanish,
Portuguese, Italian and Dutch, and the month names of Romanian, Swedish, Danish and Norwegian (a resume written
in English may keep its writer's month names).
"""
from __future__ import annotations

import unicodedata

# month -> its names and abbreviations; a dot after any of them is read by the date grammar, not listed here
_MONTH_NAMES = {
    1: "january janurary januray jan janvier janv januar jän jänner enero ene janeiro gennaio gen januari ianuarie",
    2: "february febuary feburary feb février févr fév februar febrero fevereiro fev febbraio februari februarie",
    3: "march mar mars märz mär mrz maerz marzo março maart mrt martie marts",
    4: "april apr avril avr abril abr aprile aprilie",
    5: "may mai mayo maio maggio mag mei maj",
    6: "june jun juin juni junio junho giugno giu iunie",
    7: "july jul juillet juil juli julio julho luglio lug iulie",
    8: "august aug août aout agosto ago augustus augusti",
    9: "september sept sep septembre septiembre setiembre setembro set settembre sett septembrie",
    10: "october oct octobre oktober okt octubre outubro out ottobre ott octombrie",
    11: "november nov novembre noviembre novembro noiembrie",
    12: "december dec decemeber décembre déc dezember dez diciembre dic dezembro dicembre decembrie desember",
}
# Italian "estate" (summer) is left out: in English resumes it is real estate.
_SEASON_NAMES = {
    (3, 5): "spring printemps frühling frühjahr primavera lente voorjaar",
    (6, 8): "summer été sommer verano verão zomer",
    (9, 11): "fall autumn automne herbst otoño outono autunno herfst najaar",
    (1, 3): "winter hiver invierno inverno",
}
# Word lists are strings of words; "_" joins the words of one entry ("en_cours" is "en cours").
# What stands where an end date would: the role goes on.
OPEN_ENDS = ("present current currently now today ongoing date heute jetzt aktuell derzeit laufend dato présent "
             "actuel actuellement aujourd'hui aujourd’hui maintenant en_cours ce_jour presente actual actualidad "
             "actualmente hoy en_curso la_fecha el_presente atual atualmente hoje o_momento em_curso oggi attuale "
             "in_corso heden nu huidig 至今 现在")
# Open ends that are also words of prose ("a continuing education course", "presently leads"): only where they
# close a range, as the mistyped ones below.
OPEN_ENDS_CLOSING = "continuing presently"
# English's two open ends as they are mistyped: one letter dropped or two neighbours swapped, the first kept
# ("Presnt", "Preset", "Persent", "Curent"). Only where a range's end stands do they mean anything, and there
# nothing else is written.
OPEN_END_TYPOS = " ".join(sorted({
    typo for word in ("present", "current")
    for typo in ([word[:i] + word[i + 1:] for i in range(1, len(word))]
                 + [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 1)])
    if typo != word}))
# Words between two dates that make them one range ("to", "bis", "à", "hasta", "até", "tot", ...).
LINKS = "to until till through thru up_to bis au à a al ad hasta até tot t/m fino_a jusqu'à jusqu’à jusqu'au"
# What happened at a range's end, written before the end date ("Launched 2020 – Closed 2023", "Joined 2018 – Left
# 2021"): the date is the end.
ENDED = "ended closed left sold finished exited"
# Words that open a range with no end: "since 2019", "seit 2019", "depuis 2019", "desde 2019", "dal 2019".
# Not German "ab" nor Italian "da": "Calgary, AB 2019" is a place and a year.
SINCE = "since from seit depuis dès à_partir_de a_partir_de desde dal dall' dall’ sinds vanaf"
# Plain words a range's end may say the role goes on in ("2019 - Still", "2017 to Continue", "– on-going",
# "– Onwards"); "still" also before an open end ("– still ongoing"). Words of prose too, so only as a link's end
# that closes its line.
STILL_ENDS = "still continue on_going on-going onwards onward"
# Words after a date that carry it on with no end: "2019 onwards", "desde 2019 en adelante", "de 2019 em diante".
ONWARD = "onwards onward en_adelante em_diante in_poi"
# Words that mark a planned end ("– expected May 2027"): the range ends there, capped at the as-of date.
EXPECTED = "expected anticipated planned est. exp. voraussichtlich prévu prévue previsto prevista"
YEAR_UNITS = "years year yrs yr y ans an années année jahre jahren jahr años año anos ano anni anno jaar jr"
MONTH_UNITS = "months month mos mo mths mth m mois monate monaten monat meses mes mesi mese maanden maand mnd"


def plain(word: str) -> str:
    """`word` without accents ("févr" -> "fevr", "Mär" -> "Mar")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def spellings(words: str) -> list[str]:
    """Every entry of a word list as written and without accents ("_" read as a space)."""
    return sorted({w for word in words.split() for w in (word.replace("_", " "), plain(word.replace("_", " ")))})


def _slips(word: str) -> set[str]:
    """`word` as one slip inside it mistypes it ("Febuary", "Janaury", "Augist", "Septembar", "Novemmber"): a letter
    dropped, two neighbours swapped, a vowel added or written for another, or a letter doubled; its first and last
    letters kept (the word still starts and ends as written, so "Augusta" is a name). Vowels only, for what is added
    or changed: those are the slips resumes show; any letter would make more words a month."""
    vowels = "aeiouy"
    inner = range(1, len(word) - 1)
    slips = {word[:i] + word[i + 1:] for i in inner}
    slips |= {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(1, len(word) - 2)}
    slips |= {word[:i] + c + word[i:] for i in range(1, len(word)) for c in vowels}
    slips |= {word[:i] + word[i] + word[i:] for i in inner}
    slips |= {word[:i] + c + word[i + 1:] for i in inner if word[i] in vowels for c in vowels}
    return slips - {word}


# English month names of six letters or more mistyped by one slip: a date's month all the same, where its year follows.
# Shorter names are left as written: one slip makes them other words ("March" is "Match" or "Marsh"). A table, not
# words of the grammar: a trie of every slip would double the date pattern and its compile time.
_SHORTEST_SLIPPED = 6
SLIPS = {slip: month for month, names in _MONTH_NAMES.items() for written in [names.split()]  # English name first
         if len(written[0]) >= _SHORTEST_SLIPPED for slip in _slips(written[0]) - set(written)}

MONTH_WORDS = " ".join(_MONTH_NAMES.values())
SEASON_WORDS = " ".join(_SEASON_NAMES.values())
MONTHS = {w: month for month, names in _MONTH_NAMES.items() for w in spellings(names)}
SEASONS = {w: months for months, names in _SEASON_NAMES.items() for w in spellings(names)}
