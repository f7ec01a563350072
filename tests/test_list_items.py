"""A list item (a line led by a bullet or an item's number, a Word list paragraph) is a role's text, never its
heading, in a block whose entries show it (invented text, never a real resume's).

Written from the definition: every loader removes a bullet from the text but marks its line a list item. Where a
block's first entry has its heading on or below its dates (nothing above them) and most entries' text starts with
an item (right under the dates, or under one heading line below them), the experience reader's scans for a
heading stop at an item: above an entry's dates it is the text of the role before where the entry finds its title
on or below its dated line (led by the role's name, or a heading under it in a block whose first entry is not led
by one), else the one item right above its heading lines is its title; under the dates it is the role's text. A
block whose headings stand above the dates reads items as any other line: there an item may be a title or a degree
listed among the roles."""
import datetime as dt

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from screener.experience import build_timeline
from screener.loaders import docx, load, pdf
from screener.models import Document, Line
from screener.text.normalize import normalize_items

import builders
from helpers import sections

AS_OF = dt.date(2026, 1, 1)
# organisation and dates over the title, one item each: a short phrase with no verb and no full stop
BELOW = ["Experience",
         "Northwind Traders  Mar 2019 – Dec 2025", "Backend Engineer", "• Ledger service in Go",
         "Harbor Labs  Jan 2016 – Feb 2019", "Software Developer", "• Partner gateway in Java",
         "Copper Mills  Jan 2013 – Dec 2015", "Platform Engineer", "• Payment API in Python"]
TITLES = ["Backend Engineer", "Software Developer", "Platform Engineer"]


def positions_of(document: Document):
    return build_timeline(document, sections(document), AS_OF).positions


def read(*lines: str):
    return positions_of(Document("cv.txt", "text", tuple(Line(t, item=i) for t, i in normalize_items(list(lines)))))


def test_the_text_loader_marks_a_bulleted_or_numbered_line_an_item_and_keeps_its_words(tmp_path):
    path = tmp_path / "cv.txt"
    path.write_text("Harbor Labs\n• Partner gateway\n2. Billing jobs\n- Search\n", encoding="utf-8")
    assert [(x.text, x.item) for x in load(path).lines] == [
        ("Harbor Labs", False), ("Partner gateway", True), ("2. Billing jobs", True), ("Search", True)]


def test_a_pdfs_bulleted_line_is_an_item(tmp_path):
    path = builders.single_column_pdf(tmp_path / "cv.pdf", ["Harbor Labs", "\u2022 Partner gateway"])
    assert [(x.text, x.item) for x in pdf.load(path).lines] == [("Harbor Labs", False), ("Partner gateway", True)]


def _numbered(paragraph, number: str) -> None:
    """A list paragraph as Word writes one: its own numbering property (numbering 0 takes a list's off)."""
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{number}"/></w:numPr>'))


def test_a_word_list_paragraph_is_an_item_and_its_text_is_as_written(tmp_path):
    def build(d):
        d.add_paragraph("Harbor Labs")
        _numbered(d.add_paragraph("Partner gateway"), "1")
        _numbered(d.add_paragraph("Taken off the list"), "0")
    lines = docx.load(builders.docx(tmp_path / "cv.docx", build)).lines
    assert [(x.text, x.item) for x in lines] == [("Harbor Labs", False), ("Partner gateway", True),
                                                 ("Taken off the list", False)]


def test_one_item_per_role_is_the_role_befores_text_so_the_repeated_layout_gives_each_role_its_title():
    found = read(*BELOW)
    assert [(p.title, p.organisation) for p in found] == list(zip(TITLES, ["Northwind Traders", "Harbor Labs",
                                                                            "Copper Mills"]))


def test_a_word_list_paragraph_per_role_gives_each_role_its_title(tmp_path):
    def build(d):
        for line in BELOW:
            paragraph = d.add_paragraph(line.removeprefix("• "))
            if line.startswith("•"):
                _numbered(paragraph, "1")
    assert [p.title for p in positions_of(docx.load(builders.docx(tmp_path / "cv.docx", build)))] == TITLES


def test_roles_named_whole_on_their_dated_lines_keep_their_titles_over_the_role_befores_items():
    found = read("Experience",
                 "Backend Engineer, Northwind Traders  Mar 2019 – Dec 2025", "• Ledger service", "• Audit trail",
                 "Software Developer, Harbor Labs  Jan 2016 – Feb 2019", "• Partner gateway", "• Sales tax jobs",
                 "Platform Engineer, Copper Mills  Jan 2013 – Dec 2015", "• Build farm upkeep")
    assert [p.title for p in found] == ["Backend Engineer, Northwind Traders", "Software Developer, Harbor Labs",
                                        "Platform Engineer, Copper Mills"]


def test_where_headings_stand_above_the_dates_an_item_may_be_a_heading():
    # titles bulleted like their text, numbered, or a Word list of titles: the item over the dates is the title
    for mark in ("• ", "1. ", "- "):
        found = read("Experience", f"{mark}Backend Engineer", "Northwind Traders  Mar 2019 – Dec 2025",
                     "• Ledger service", f"{mark}Software Developer", "Harbor Labs  Jan 2016 – Feb 2019",
                     "• Partner gateway")
        assert [p.title.removeprefix(mark.strip() + " ") for p in found] == ["Backend Engineer", "Software Developer"]


def test_a_degree_listed_as_an_item_among_roles_titled_above_their_dates_stays_study():
    found = read("Experience",
                 "Backend Engineer", "Northwind Traders  Mar 2019 – Dec 2025", "• Ledger service",
                 "• MSc Computer Science", "Tidewater University  Sep 2016 – Jul 2018",
                 "• Thesis on stream joins",
                 "Software Developer", "Harbor Labs  Jan 2012 – Aug 2016", "• Partner gateway")
    assert [p.title for p in found] == ["Backend Engineer", "Software Developer"]


def test_an_entry_dated_only_takes_the_item_above_as_its_heading_where_nothing_else_names_it():
    found = read(*BELOW, "• Travel Scholarship", "(2010 – 2012)")
    assert not found[-1].counted  # funding held, not a job


def test_a_plain_line_over_the_item_heading_an_entry_dated_only_heads_it_too():
    # only an item over another item is a list's text: a line not marked as one still heads the entry
    found = read(*BELOW, "Travel Scholarship", "• Example Trust", "(2010 – 2012)")
    assert not found[-1].counted  # funding held, not a job


def test_roles_numbered_whole_on_their_dated_lines_keep_their_titles_over_the_role_befores_items():
    found = read("Experience", "1. Backend Engineer, Northwind Traders  Mar 2019 – Dec 2025", "- Ledger service",
                 "2. Software Developer, Harbor Labs  Jan 2016 – Feb 2019", "- Partner gateway")
    assert [p.title for p in found] == ["1. Backend Engineer, Northwind Traders", "2. Software Developer, Harbor Labs"]


def test_a_title_marked_as_an_item_right_under_the_organisation_and_dates_is_the_title():
    # organisation and dates, then the title and its text, all items: the item under the dates is still a heading
    found = read("Experience",
                 "Northwind Traders  Mar 2019 – Dec 2025", "• Backend Engineer", "• Ledger service in Go",
                 "Harbor Labs  Jan 2016 – Feb 2019", "• Software Developer", "• Partner gateway in Java",
                 "Copper Mills  Jan 2013 – Dec 2015", "• Platform Engineer", "• Payment API in Python")
    assert [(p.title, p.organisation) for p in found] == list(zip(TITLES, ["Northwind Traders", "Harbor Labs",
                                                                            "Copper Mills"]))


def test_a_title_item_right_above_a_dated_line_naming_only_the_organisation_is_that_roles_title():
    # the first role named whole on its dated line, the others titled by an item over 'organisation, dates'
    found = read("Experience",
                 "Backend Engineer, Northwind Traders, 2019 – 2025", "• Ledger service in Go",
                 "• Software Developer", "Harbor Labs, 2016 – 2019", "• Partner gateway in Java",
                 "• Platform Engineer", "Copper Mills, 2013 – 2016", "• Payment API in Python")
    assert [p.title for p in found][1:] == TITLES[1:]


def test_a_phrase_item_or_one_over_a_dated_line_naming_a_role_stays_the_role_befores_text():
    found = read("Experience",
                 "Backend Engineer, Northwind Traders, 2019 – 2025", "• Ledger service in Go",
                 "• Mentored two new engineers", "Harbor Labs, 2016 – 2019", "• Partner gateway in Java",
                 "• Release Manager", "Platform Engineer, Copper Mills, 2013 – 2016", "• Payment API in Python")
    assert [p.title for p in found][1:] == ["Harbor Labs", "Platform Engineer, Copper Mills"]


# the first role led by its title on its dated line, the others titled by an item over their heading lines
LED = ("Experience", "Backend Engineer, Northwind Traders, 2019 – 2025", "• Ledger service in Go")


def test_an_item_right_above_the_heading_lines_titles_a_role_that_finds_no_title_on_or_below_its_dates():
    # the organisation on its own line over the dates: the item above both is the title
    found = read(*LED, "• Software Developer", "Harbor Labs, Leeds", "Jan 2016 – Feb 2019",
                 "• Built the partner gateway in Java", "• Platform Engineer", "Copper Mills, York",
                 "Jan 2013 – Dec 2015", "• Wrote the payment API in Python")
    assert [p.title for p in found][1:] == TITLES[1:]


def test_an_items_title_needs_no_role_noun_nor_a_short_length():
    long = "Principal Platform Engineer for the Payments and Ledger Programme (Contract via Agency)"
    for title in ("QA Lead", "Head of Data", "CFO", long):
        found = read(*LED, f"• {title}", "Harbor Labs, 2016 – 2019", "• Partner gateway in Java")
        assert found[1].title == title


def test_a_role_noun_after_the_organisation_on_the_dated_line_leaves_the_item_above_the_title():
    # the line is led by the organisation: 'Consultants' in its name, a team or a contract after it
    for dated in ("Harbor Consultants Ltd, 2016 – 2019", "Harbor Labs — Developer Platform, 2016 – 2019",
                  "Harbor Labs, 2016 – 2019 (Contractor)"):
        found = read(*LED, "• Software Developer", dated, "• Partner gateway in Java")
        assert found[1].title == "Software Developer"



def test_a_role_noun_leading_the_organisations_name_leaves_the_item_above_the_title():
    # a role's name ends on its noun: these dated lines are led by an organisation whose name opens with one
    for dated in ("Designer Outlet Ltd, 2016 – 2019", "Executive Travel Group, 2016 – 2019",
                  "Harbor Developer Platform, 2016 – 2019"):
        found = read(*LED, "• Software Developer", dated, "• Partner gateway in Java")
        assert found[1].title == "Software Developer"


def test_a_place_or_a_phrase_item_under_an_organisations_dates_is_no_heading_so_the_item_above_titles_the_role():
    # the block's first entry names only its organisation: what stands under each entry's dates is no title
    for under in (("Leeds, UK",), ("Remote",), ("Munich, Germany",), ()):
        found = read("Experience", "Northwind Traders | 2019 – 2025", *under, "• Ledger service in Go",
                     "• Software Developer", "Harbor Labs | 2016 – 2019", *under, "• Partner gateway in Java",
                     "• Platform Engineer", "Copper Mills | 2013 – 2016", *under, "• Payment API in Python")
        assert [p.title for p in found][1:] == TITLES[1:], under



def test_a_post_noun_ending_the_dated_lines_first_part_names_the_role_so_the_item_above_stays_the_role_befores():
    # a clinician's or academic's post: the noun has other senses elsewhere, but ends a role's name on a dated line
    for role in ("Staff Doctor", "Research Fellow", "Trainee Surgeon", "Senior Registrar"):
        found = read(*LED, "• Quality award for the ledger", f"{role}, Harbor Clinic, 2016 – 2019", "• Ward rounds")
        assert found[1].title.startswith(role)
