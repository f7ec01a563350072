"""A staff title is looked for by its first letter where a word starts, then among that letter's titles only, and a
German compound by the ending of its whole run of letters: the same matches, at the same places and of the same
words, as main's one alternation that tried every title at each word and every trade after each letter."""
import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from screener.experience.kinds import STAFF

EVERY_TITLE = re.compile(
    r"(?:\b(?:employee|staff|engineer|developer|programmer|consultant|manager|administrator|officer|"
    r"specialist|analyst|lecturer|professor|scientist|post-?doc|post-?doctoral|"
    r"(?<!teaching\s)associate(?!\s+tutor)|(?<!graduate\s)research\s*fellow|technician|coordinator|"
    r"architect|designer|director|lead)\b"
    r"|(?<![^\W\d_])[^\W\d_]*?(?:entwickler|ingenieur|administrator|berater|architekt|techniker|"
    r"programmierer)(?:in|innen)?\b"
    r"|\b(?:(?:projekt|team|gruppen|abteilungs)?leiter(?:in)?|projektmanager(?:in)?|wissenschaftler(?:in)?|"
    r"(?<!studentischer\s)(?<!studentische\s)mitarbeiter(?:in)?|ingénieure?|développeu(?:r|se)|"
    r"consultante|technicien(?:ne)?|analyste|architecte|administrat(?:eur|rice)|chef\s+de\s+projet|"
    r"employée?|chercheu(?:r|se)|ingenier[oa]|desarrollador(?:a)?|programador(?:a)?|consultor(?:a)?|"
    r"gerente|analista|arquitect[oa]|administrador(?:a)?|emplead[oa]|investigador(?:a)?|ingegnere|"
    r"sviluppatore|programmatore|consulente|architetto|amministratore|impiegat[oa]|"
    r"ricercat(?:ore|rice)|engenheir[oa]|desenvolvedor(?:a)?|pesquisador(?:a)?|ontwikkelaar|beheerder|"
    r"medewerker|adviseur|onderzoeker|dozent(?:in)?))\b", re.I)
PIECES = ["Software", "entwickler", "Entwicklerin", "innen", "INGENIEUR", "berater", "Techniker", "Halb", "leiter",
          "Projekt", "manager", "Post", "-", "doc", "toral", "Teaching ", "Associate", " Tutor", "Graduate ",
          "Research", "Fellow", "studentische ", "Mitarbeiter", "chef de projet", "Ingénieure", "Lead", "er", "2",
          "_", "²", "é", "\u017ftaff", "\u0130ngenieur", "\u212a", "Acme", "of", ",", "/", " ", "\n"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=9).map("".join))
@example("Systemadministratorin, Acme 2020")
@example("Halbleiter2entwickler_ x-Berater")
@example("Teaching Associate Tutor and Postdoctoral Research Fellow")
def test_a_staff_title_is_found_where_every_title_tried_in_turn_finds_it(line):
    assert [(m.span(), m.group()) for m in STAFF.finditer(line)] == [
        (m.span(), m.group()) for m in EVERY_TITLE.finditer(line)]


def test_titles_are_grouped_under_their_first_letter_and_compounds_read_by_their_ending():
    assert STAFF.pattern.startswith(r"(?:\b(?=[") and r"[^\W\d_]++\b(?:(?<=" in STAFF.pattern
    assert STAFF.search("Webentwicklerinnen") and not STAFF.search("Entwicklerteam")
