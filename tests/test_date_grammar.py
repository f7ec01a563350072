"""The date-range grammar as a generated matrix (every date form x every link x every open end) and as properties.

Written from the grammar in screener/text/dates.py's docstring, never from one resume: each case asserts the exact
first and last day a recruiter would read.
"""
import calendar
import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from screener.text.dates import find_range, find_ranges

AS_OF = dt.date(2026, 1, 1)
D = dt.date

# Month names and abbreviations per language, January first, as resumes write them.
NAMES = {
    "en": "January February March April May June July August September October November December",
    "en-abbr": "Jan. Feb. Mar. Apr. May Jun. Jul. Aug. Sept. Oct. Nov. Dec.",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "fr-abbr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "fr-plain": "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "de-abbr": "Jan. Feb. Mär Apr. Mai Jun. Jul. Aug. Sep. Okt. Nov. Dez.",
    "de-plain": "Jan Feb Marz Apr Mai Jun Jul Aug Sep Okt Nov Dez",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "es-abbr": "ene feb mar abr may jun jul ago sep oct nov dic",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "pt-abbr": "jan fev mar abr mai jun jul ago set out nov dez",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "it-abbr": "gen feb mar apr mag giu lug ago set ott nov dic",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "nl-abbr": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
}
SEASONS = {  # language: spring, summer, fall, winter
    "en": "Spring Summer Fall Winter", "en-uk": "Spring Summer Autumn Winter",
    "fr": "printemps été automne hiver", "de": "Frühjahr Sommer Herbst Winter",
    "es": "primavera verano otoño invierno", "pt": "primavera verão outono inverno",
    "it": "primavera - autunno inverno", "nl": "lente zomer herfst winter",  # Italian "estate" is real estate
}
SEASON_MONTHS = [(3, 5), (6, 8), (9, 11), (1, 3)]


def _last(year: int, month: int) -> dt.date:
    return D(year, month, calendar.monthrange(year, month)[1])


def _month_form(fmt):
    """A form that writes a month: its start is the first of the month, its end the last day."""
    return lambda y, m: (fmt(y, m), D(y, m, 1), _last(y, m))


def _named(lang, fmt="{name} {y}"):
    return _month_form(lambda y, m: fmt.format(name=NAMES[lang].split()[m - 1], y=y))


# form name -> (year, month) -> (text, start if it starts a range, end if it ends one)
FORMS = {f"{lang}": _named(lang) for lang in NAMES} | {
    "en-caps": _month_form(lambda y, m: f"{NAMES['en'].split()[m - 1].upper()} {y}"),
    "en-comma": _named("en-abbr", "{name}, {y}"),
    "en-dash": _month_form(lambda y, m: f"{NAMES['en-abbr'].split()[m - 1].rstrip('.')}-{y}"),
    "en-quote": _month_form(lambda y, m: f"{NAMES['en-abbr'].split()[m - 1]} '{y % 100:02d}"),
    "en-year-first": _named("en", "{y} {name}"),
    "de-year-first": _named("de-abbr", "{y} {name}"),
    "en-apostrophe": _month_form(lambda y, m: f"{NAMES['en-abbr'].split()[m - 1].rstrip('.')}' {y}"),
    "en-day-first": _month_form(lambda y, m: f"15 {NAMES['en'].split()[m - 1]} {y}"),
    "en-day-after": _month_form(lambda y, m: f"{NAMES['en'].split()[m - 1]} 15, {y}"),
    "es-de": _named("es", "{name} de {y}"),
    "pt-de": _named("pt", "{name} de {y}"),
    "fr-1er": _named("fr", "1er {name} {y}"),
    "MM/YYYY": _month_form(lambda y, m: f"{m:02d}/{y}"),
    "M/YYYY": _month_form(lambda y, m: f"{m}/{y}"),
    "MM.YYYY": _month_form(lambda y, m: f"{m:02d}.{y}"),
    "MM-YYYY": _month_form(lambda y, m: f"{m:02d}-{y}"),
    "YYYY-MM": _month_form(lambda y, m: f"{y}-{m:02d}"),
    "YYYY/MM": _month_form(lambda y, m: f"{y}/{m:02d}"),
    "YYYY / MM": _month_form(lambda y, m: f"{y} / {m:02d}"),
    "MM / YYYY": _month_form(lambda y, m: f"{m:02d} / {y}"),
    "MM | YYYY": _month_form(lambda y, m: f"{m:02d} | {y}"),  # a template's bar between month and year
    "YYYY.MM": _month_form(lambda y, m: f"{y}.{m:02d}"),
    "YYYY-MM-DD": _month_form(lambda y, m: f"{y}-{m:02d}-15"),
    "DD/MM/YYYY": _month_form(lambda y, m: f"15/{m:02d}/{y}"),
    "DD.MM.YYYY": _month_form(lambda y, m: f"15.{m:02d}.{y}"),
    "MM/DD/YYYY": _month_form(lambda y, m: f"{m:02d}/15/{y}"),
    "year": lambda y, m: (f"{y}", D(y, 7, 1), D(y, 6, 30)),
    "'YY": lambda y, m: (f"'{y % 100:02d}", D(y, 7, 1), D(y, 6, 30)),
    "’YY": lambda y, m: (f"’{y % 100:02d}", D(y, 7, 1), D(y, 6, 30)),
}
RANGE_ONLY_FORMS = {  # forms read as dates only inside a range ("Mar 15" may be a day, "03/15" a score)
    "Mon YY": _month_form(lambda y, m: f"{NAMES['en-abbr'].split()[m - 1].rstrip('.')} {y % 100:02d}"),
    "MM/YY": _month_form(lambda y, m: f"{m:02d}/{y % 100:02d}"),
    "DD/M/YY": _month_form(lambda y, m: f"15/{m}/{y % 100:02d}"),
    "M/DD/YY": _month_form(lambda y, m: f"{m}/15/{y % 100:02d}"),
    "YYYY.M": _month_form(lambda y, m: f"{y}.{m}"),  # alone, "2019.3" is as often a version
}
LINKS = [" - ", "-", " – ", "–", " — ", "—", " ‐ ", " − ", " ~ ", " -- ", " to ", " until ", " till ", " through ",
         " thru ", " → ", " bis ", " à ", " au ", " a ", " al ", " hasta ", " até ", " tot ", " t/m ", " - to ",
         "\ue000", " \uf0b7 ", " \ufffd ", "  "]  # the last four: a dash whose glyph had no Unicode mapping
TIGHT_HYPHEN_AMBIGUOUS = {"YYYY-MM", "YYYY-MM-DD", "MM-YYYY"}  # "2015-03-2019-11" has no one reading
OPEN_ENDS = [" – Present", " - present", "-Present", " – PRESENT", " – Current", " - current", " – Now", " – Today",
             " to date", " till date", " - till date", " to present", " until now", " – Ongoing", " – heute",
             " bis heute", " – aktuell", " – jetzt", " – derzeit", " – actuel", " – aujourd'hui", " à aujourd’hui",
             " à ce jour", " – présent", " – en cours", " – presente", " – actual", " – actualidad",
             " hasta la fecha", " – hoy", " – en curso", " – atual", " até hoje", " até o momento", " – oggi",
             " ad oggi", " – attuale", " – in corso", " – heden", " tot heden", " – nu", " tot nu", " – 至今",
             "  Present", " \ufffd Present", " –", " – ...", "–…", " – Continuing", " - Presently"]
SINCE = ["since {}", "Since {}", "seit {}", "depuis {}", "desde {}", "dal {}", "from {}", "à partir de {}",
         "sinds {}", "vanaf {}"]
FROM_TO = ["From {} to {}", "from {} until {}", "de {} à {}", "du {} au {}", "von {} bis {}", "desde {} hasta {}",
           "de {} a {}", "dal {} al {}", "van {} tot {}"]
DURATIONS = {" (2y.)": 24, " · 3 yrs 4 mos": 40, " (8m.)": 8, " 2 years 5 months": 29, ", 1 yr": 12,
             " (4 years)": 48, " | 10 months": 10, " (1 ano 8 meses)": 20, " (3 años 5 meses)": 41,
             " · 2 Jahre": 24, " (18 mos)": 18, " (1 an 2 mois)": 14}

START, END = (2015, 3), (2019, 11)


def _range(form, start=START, end=END):
    a, b = form(*start), form(*end)
    return a[0], b[0], a[1], b[2]


def _forms(link, forms=FORMS):
    """(name, form) pairs to write with `link`: not a tight hyphen in forms full of hyphens, and for forms trusted
    only inside a range, no link that is not written (a lost glyph, or a dash with nothing but an ellipsis after it)."""
    unwritten = link.strip().rstrip(".…").strip() in ("", "-", "–") or link.startswith("  ")
    return [(name, f) for name, f in forms.items()
            if not (link == "-" and name in TIGHT_HYPHEN_AMBIGUOUS) and not (unwritten and name in RANGE_ONLY_FORMS)]


def _read(text, as_of=AS_OF, *fields):
    """The first proper range in `text` as (start, end, *fields), or None."""
    r = find_range(text, as_of)
    return r and (r.start, r.end, *(getattr(r, f) for f in fields))


def _misread(cases):
    """Each (text, expected reading, reading) whose reading differs: the matrix shows every miss at once."""
    return [case for case in cases if case[1] != case[2]]


ALL = FORMS | RANGE_ONLY_FORMS


@pytest.mark.parametrize("link", LINKS, ids=repr)
def test_every_form_with_every_link(link):
    cases = []
    for _, form in _forms(link, ALL):
        a, b, start, end = _range(form)
        text = f"{a}{link}{b}"
        cases.append((text, (start, end, False), _read(text, AS_OF, "present")))
    assert _misread(cases) == []


@pytest.mark.parametrize("tail", OPEN_ENDS, ids=repr)
def test_every_form_with_every_open_end(tail):
    cases = []
    for _, form in _forms(tail, ALL):
        a, _, start, _ = _range(form)
        cases.append((a + tail, (start, AS_OF, True), _read(a + tail, AS_OF, "present")))
    assert _misread(cases) == []


@pytest.mark.parametrize("tail", [" onwards", " onward", " (onwards)", " onwards.", " en adelante", " em diante",
                                  " in poi"], ids=repr)
def test_every_date_then_a_word_carrying_it_on_opens_a_range(tail):
    """Not the forms read only in a range: "Mar 15 onwards" is a day."""
    cases = []
    for _, form in _forms(tail):
        a, _, start, _ = _range(form)
        cases.append((a + tail, (start, AS_OF, True), _read(a + tail, AS_OF, "present")))
    assert _misread(cases) == []


@pytest.mark.parametrize("text", ["Archived order history 2005 onwards into cold storage.",
                                  "2012 onwards in fintech, building payment rails.",
                                  "Designed the 2018 - continuing education curriculum for new hires",
                                  "Mar 15 onwards"])
def test_a_carry_on_word_or_a_prose_open_end_inside_a_sentence_opens_no_range(text):
    assert find_ranges(text, AS_OF) == []


@pytest.mark.parametrize("since", SINCE)
def test_every_form_after_since(since):
    cases = []
    for _, form in _forms(since):
        a, _, start, _ = _range(form)
        text = since.format(a)
        cases.append((text, [(start, AS_OF, True)], [(r.start, r.end, r.present) for r in find_ranges(text, AS_OF)]))
    assert _misread(cases) == []


@pytest.mark.parametrize("words", FROM_TO)
def test_from_x_to_y_in_every_language(words):
    cases = []
    for _, form in _forms(words):
        a, b, start, end = _range(form)
        cases.append((words.format(a, b), (start, end), _read(words.format(a, b))))
    assert _misread(cases) == []


@pytest.mark.parametrize("link", [" – ", " to ", " - ", " bis "], ids=repr)
def test_the_later_date_written_first_reads_the_same(link):
    cases = []
    for _, form in _forms(link):
        a, b, start, end = _range(form)
        cases.append((f"{b}{link}{a}", (start, end), _read(f"{b}{link}{a}")))
    assert _misread(cases) == []


@pytest.mark.parametrize("head", ["Present – ", "Current - ", "heute – ", "Now to ", "actualidad - "])
def test_an_open_end_written_first_reads_the_same(head):
    cases = []
    for _, form in _forms(head):
        a, _, start, _ = _range(form)
        cases.append((head + a, (start, AS_OF, True), _read(head + a, AS_OF, "present")))
    assert _misread(cases) == []


@pytest.mark.parametrize("duration", DURATIONS, ids=repr)
def test_a_trailing_duration_is_a_duration_never_a_date(duration):
    cases = []
    for _, form in _forms(" – ", ALL):
        a, b, start, end = _range(form)
        text = f"{a} – {b}{duration}"
        got = [(r.start, r.end, r.duration_months) for r in find_ranges(text, AS_OF)]
        cases.append((text, [(start, end, DURATIONS[duration])], got))
    assert _misread(cases) == []


@pytest.mark.parametrize("start, end", [("Launched ", "Closed "), ("Joined ", "Left "), ("Started ", "Ended "),
                                        ("Founded ", "sold "), ("Joined ", "exited "), ("", "finished ")],
                         ids=repr)
def test_an_end_named_by_what_happened_then_is_the_ranges_end(start, end):
    cases = []
    for _, form in _forms(" – "):
        a, b, first, last = _range(form)
        text = f"{start}{a} – {end}{b}"
        cases.append((text, (first, last), _read(text)))
    assert _misread(cases) == []


@pytest.mark.parametrize("event", ["closed", "left", "sold", "ended", "exited", "finished"])
def test_an_event_word_without_a_dash_before_it_joins_no_two_numbers_into_a_range(event):
    assert find_range(f"In 2021 {event} 1990 orders with a team of four", AS_OF) is None


MARCH, JULY = D(2015, 3, 1), D(2015, 7, 1)  # where a month's and a year's forms of START start
# duration -> {start: the last day of the month in which it has run, the start month counted as its first}
HELD_FOR = {" (8 months)": {MARCH: D(2015, 10, 31), JULY: D(2016, 2, 29)},
            ", 3 years": {MARCH: D(2018, 2, 28), JULY: D(2018, 6, 30)},
            " (2 yrs 6 mos)": {MARCH: D(2017, 8, 31), JULY: D(2017, 12, 31)},
            " · 18 mos": {MARCH: D(2016, 8, 31), JULY: D(2016, 12, 31)},
            " (1 an 2 mois)": {MARCH: D(2016, 4, 30), JULY: D(2016, 8, 31)}}


@pytest.mark.parametrize("duration", HELD_FOR, ids=repr)
def test_a_date_and_how_long_from_it_is_a_range_that_ends_when_the_duration_has_run(duration):
    cases = []
    for _, form in _forms(" – "):
        a, start, _ = form(*START)
        text = f"Intern at Acme – {a}{duration}"
        cases.append((text, (start, HELD_FOR[duration][start]), _read(text)))
    assert _misread(cases) == []


@pytest.mark.parametrize("text", ["graduated 2015, 8 years of experience", "2015 – 18 months",
                                  "May 2019 (3 years of"])
def test_a_duration_that_does_not_close_its_clause_right_after_the_date_says_nothing_of_a_role(text):
    assert find_range(text, AS_OF) is None


@pytest.mark.parametrize("end", ["present", "Current", "en cours", "heute"])
def test_an_open_end_in_brackets_after_a_date_opens_a_range(end):
    cases = []
    for _, form in _forms(" – "):
        a, start, _ = form(*START)
        text = f"Intern at Acme – {a} ({end})"
        cases.append((text, (start, AS_OF, True), _read(text, AS_OF, "present")))
    assert _misread(cases) == []


@pytest.mark.parametrize("word", ["expected ", "Expected ", "anticipated ", "expected end ", "exp. ", ""], ids=repr)
def test_a_future_end_stops_at_the_as_of_date(word):
    cases = []
    for _, form in _forms(word):
        a, b, start, _ = _range(form, (2024, 3), (2026, 11))
        text = f"{a} – {word}{b}"
        cases.append((text, (start, AS_OF, form(2026, 11)[2], False), _read(text, AS_OF, "expected", "present")))
    assert _misread(cases) == []


@pytest.mark.parametrize("lang", NAMES)
@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_name(lang, month):
    (r,) = find_ranges(f"{NAMES[lang].split()[month - 1]} 2019", AS_OF)
    assert (r.start, r.end, r.single) == (D(2019, month, 1), _last(2019, month), True)


@pytest.mark.parametrize("lang", SEASONS)
@pytest.mark.parametrize("season", range(4))
def test_every_season(lang, season):
    name = SEASONS[lang].split()[season]
    if name == "-":
        return
    first, last = SEASON_MONTHS[season]
    assert _read(f"{name} 2018 – {name} 2019") == (D(2018, first, 1), _last(2019, last))


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "nl"])
def test_a_bare_month_takes_the_year_of_the_end(lang):
    names = NAMES[lang].split()
    assert _read(f"{names[10]} – {names[1]} 2018") == (D(2017, 11, 1), _last(2018, 2))


@pytest.mark.parametrize("text, start, end", [
    ("2015 July - Sept", D(2015, 7, 1), D(2015, 9, 30)),
    ("2015 Nov – Feb", D(2015, 11, 1), D(2016, 2, 29)),  # the end month comes round in the next year
    ("2015 juillet à septembre", D(2015, 7, 1), D(2015, 9, 30)),
])
def test_a_year_written_first_holds_for_an_end_without_one(text, start, end):
    r = find_range(text, AS_OF)
    assert (r.start, r.end) == (start, end)


@pytest.mark.parametrize("text, open_range", [
    ("Mar 2024 Present Berlin", True),  # a dash without a glyph, then the place
    ("Mar 2024 Present", True),
    ("Mar 2024 heute München", True),
    ("graduated in 2015 now working at Acme", False),  # a sentence goes on from "now"
])
def test_one_space_before_an_open_end_links_it_unless_a_sentence_goes_on(text, open_range):
    assert any(r.present for r in find_ranges(text, AS_OF)) == open_range


def test_an_end_without_a_year_after_a_month_year_start_is_no_range():
    """'June 2019 – July' writes its year after each month: the end's year is on the next line, not the start's."""
    assert find_range("June 2019 – July", AS_OF) is None


@pytest.mark.parametrize("text", ["2015 – 18 months", "Jan 2015 – 12 yrs", "2016 - 10 mos"])
def test_a_duration_is_never_the_end_of_a_range(text):
    assert find_range(text, AS_OF) is None


@pytest.mark.parametrize("text", [
    "Born 04/11/1993", "Date of birth: 17/08/1981", "DOB :09-Mar-1997", "Curriculum Vitae (April 3, 2016)",
    "2019-04-15", "Updated 2024-03-24T16:46:49", "Real Estate 2019",
], ids=["birth-date", "dob-numeric", "dob-named", "cv-date", "iso-day-alone", "timestamp", "estate"])
def test_a_day_alone_is_an_event_not_a_month_of_work(text):
    assert find_ranges(text, AS_OF) == []


@pytest.mark.parametrize("text, start, end", [
    ("2010-11", D(2010, 7, 1), D(2011, 6, 30)), ("2011/12", D(2011, 7, 1), D(2012, 6, 30)),
    ("2010-11 – 2012-03", D(2010, 11, 1), D(2012, 3, 31)), ("2010.11", D(2010, 11, 1), D(2010, 11, 30)),
])
def test_a_year_and_the_next_years_digits_are_a_year_alone_and_a_month_beside_another(text, start, end):
    (r,) = find_ranges(text, AS_OF)
    assert (r.start, r.end) == (start, end)


@pytest.mark.parametrize("text, month", [("APRİL 2019", 4), ("OCTOBER 2019", 10), ("DÉCEMBRE 2019", 12),
                                         ("MÄRZ 2019", 3), ("Auguſt 2019", 8)])
def test_capitals_and_look_alike_letters_read_as_the_month(text, month):
    (r,) = find_ranges(text, AS_OF)
    assert (r.start, r.end) == (D(2019, month, 1), _last(2019, month))


def test_a_look_alike_letter_without_a_plain_form_is_no_date_and_no_error():
    assert find_ranges("aprıl 2019", AS_OF) == []


@pytest.mark.parametrize("text", [
    "2019 " + "-" * 60 + "x 2020", "15" + " " * 20000 + "x", "2015 - 2018 3 yrs" + " " * 20000 + "x",
    "2015 - 2018 3 yrs" + " " * 10000 + "," + " " * 10000 + "x", "Jan" + " " * 10000 + "15" + " " * 10000 + "x",
    "2019" + " " * 10000 + "-" * 10000 + " " * 10000 + "x", "Jan 2019 – Present · 3 yrs 4 mos, " * 1000,
], ids=["dashes", "spaces-after-a-number", "spaces-in-a-duration", "spaces-around-a-comma", "spaces-after-a-month",
        "a-dangling-dash-run", "a-long-line"])
def test_odd_long_lines_read_in_linear_time(text):
    start = time.perf_counter()
    find_ranges(text, AS_OF)
    assert time.perf_counter() - start < 2  # a split-every-way regex takes minutes on these; linear takes ms


def test_a_province_is_not_a_since_word():
    assert [(r.start, r.end) for r in find_ranges("Calgary, AB 2019", AS_OF)] == []


def test_an_iso_day_is_dropped_not_read_as_a_two_digit_year():
    assert _read("2019-04-15 — Present", AS_OF, "present") == (D(2019, 4, 1), AS_OF, True)


# Properties: over every form, link and open end, and any dates and as-of date.
_FORM = st.sampled_from(sorted(FORMS))
_YM = st.tuples(st.integers(1955, 2035), st.integers(1, 12))
_LINK = st.sampled_from(LINKS)


@settings(max_examples=400, deadline=None)
@given(_FORM, _YM, _YM, _LINK, st.dates(D(1990, 1, 1), D(2036, 1, 1)))
def test_years_are_never_negative_nor_beyond_the_as_of_date(name, a, b, link, as_of):
    x, y = FORMS[name](*a)[0], FORMS[name](*b)[0]
    for r in find_ranges(f"{x}{link}{y}", as_of) + find_ranges(f"{x}{link}Present", as_of):
        assert r.start <= r.end
        assert r.end <= as_of or r.start > as_of  # only a range wholly ahead (a plan) lies past as_of


@settings(max_examples=400, deadline=None)
@given(_FORM, _YM, _YM, st.sampled_from([" – ", " - ", " to ", " bis ", "–"]))
def test_swapping_the_two_ends_gives_the_same_range(name, a, b, link):
    if link == "-" and name in TIGHT_HYPHEN_AMBIGUOUS:
        return
    x, y = FORMS[name](*a)[0], FORMS[name](*b)[0]
    forward, backward = find_range(f"{x}{link}{y}", AS_OF), find_range(f"{y}{link}{x}", AS_OF)
    assert (forward and (forward.start, forward.end)) == (backward and (backward.start, backward.end))


@settings(max_examples=400, deadline=None)
@given(_FORM, _YM, _YM, st.sampled_from(LINKS + [t for t in OPEN_ENDS if "Present" in t]),
       st.sampled_from(list(DURATIONS)))
def test_a_trailing_duration_never_changes_the_range(name, a, b, link, duration):
    if link.strip("- ") == "" and name in TIGHT_HYPHEN_AMBIGUOUS:
        return
    text = f"{FORMS[name](*a)[0]}{link}{'' if 'Present' in link else FORMS[name](*b)[0]}"
    spans = [(r.start, r.end, r.present) for r in find_ranges(text, AS_OF)]
    assert [(r.start, r.end, r.present) for r in find_ranges(text + duration, AS_OF)] == spans


_PIECES = st.sampled_from(sorted({w for names in NAMES.values() for w in names.split()} | {
    "2015", "1999", "2026", "2031", "18", "'15", "03/2015", "2015-03-15", "15/03/2015", "2010-11", "–", "-", "to",
    "bis", "à", "a", "since", "seit", "depuis", "Present", "heute", "actualidad", "expected", "(2y.)", "3 yrs",
    "4 mos", "APRİL", "aprıl", "\ue000", "\ufffd", "Summer", "été", "de", "15", ",", "(", ")"}))


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=10), st.sampled_from(["", " ", "  "]), st.dates(D(1990, 1, 1), D(2036, 1, 1)))
def test_any_mix_of_date_words_never_raises_and_gives_sane_ranges(pieces, glue, as_of):
    for r in find_ranges(glue.join(pieces), as_of):
        assert D(1950, 1, 1) <= r.start <= r.end <= as_of.replace(year=as_of.year + 1, day=min(as_of.day, 28))
        assert r.end <= as_of or r.start > as_of


@pytest.mark.parametrize("text, reading", [
    ("Acme | 2019 – 2020", (D(2019, 7, 1), D(2020, 6, 30))),  # a name and a bar before years: no month
    ("GPA 3.12 | 2019 – 2020", (D(2019, 7, 1), D(2020, 6, 30))),  # a decimal's digits are no month
    ("Team of 4 | 2019 – 2020", (D(2019, 7, 1), D(2020, 6, 30))),  # a month by the bar is written with two digits
    ("Engineer  10 | 2014 – 07 | 2015", (D(2014, 10, 1), D(2015, 7, 31))),
    ("Team of 12 | 2019 – 2020", (D(2019, 7, 1), D(2020, 6, 30))),  # a count after a word is no month
])
def test_a_bar_joins_a_month_to_its_year_only_when_the_month_is_written_with_two_digits(text, reading):
    assert _read(text) == reading


@pytest.mark.parametrize("text, reading", [
    ("Floor 11 | 2016 – 2019", (D(2016, 7, 1), D(2019, 6, 30))),
    ("Acme, Sprint 10 | 2019 – 2021", (D(2019, 7, 1), D(2021, 6, 30))),
    ("06 | 2016 – 07 | 2019", (D(2016, 6, 1), D(2019, 7, 31))),  # at the line's start and after a link
    ("Beta Ltd | 12 | 2019 – 2023", (D(2019, 12, 1), D(2023, 6, 30))),  # after a separating bar
    ("Analyst (11 | 2017 – 2019)", (D(2017, 11, 1), D(2019, 6, 30))),
    ("Joined 03 | 2015 – 2019", (D(2015, 3, 1), D(2019, 6, 30))),  # a leading zero writes a month, not a count
])
def test_a_number_is_a_month_before_a_bar_only_where_a_date_starts_not_straight_after_a_word(text, reading):
    assert _read(text) == reading


def test_a_count_before_a_bar_in_a_sentence_is_no_month():
    assert D(2020, 10, 1) not in [r.start for r in find_ranges("Managed a team of 10 | 2020 budget of $2M.", AS_OF)]
