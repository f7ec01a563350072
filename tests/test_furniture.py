"""Running page headers and footers are page furniture: never a role in the timeline, never an unparsed date."""
import datetime as dt

from screener.experience import build_timeline
from screener.facts import Facts
from screener.models import Document, Line
from screener.text.furniture import running_lines

from helpers import sections

AS_OF = dt.date(2026, 1, 1)


def paged(*pages: list[str]) -> Document:
    lines = tuple(Line(text, page) for page, texts in enumerate(pages, 1) for text in texts)
    return Document("cv.pdf", "pdf", lines, pages=len(pages))


CV = paged(
    ["May 26, 2021 Jane Doe · Curriculum Vitae 1", "Experience", "Engineer, Acme", "Jan 2015 – Dec 2017"],
    ["May 26, 2021 Jane Doe · Curriculum Vitae 2", "Engineer, Beta", "Jan 2018 – Dec 2019"],
    ["May 26, 2021 Jane Doe · Curriculum Vitae 3", "Education", "BSc Physics"],
)


def test_a_header_repeated_on_every_page_with_a_changing_page_number_is_furniture():
    assert running_lines(CV.lines) == {0, 4, 7}


def test_a_dated_running_header_is_not_a_position():
    timeline = build_timeline(CV, sections(CV), AS_OF)
    assert [p.title for p in timeline.positions] == ["Engineer, Acme", "Engineer, Beta"]


def test_a_running_header_is_not_reported_as_an_unparsed_date():
    cv = paged(["Experience", "Engineer, Acme", "Jan 2015 – Dec 2017", "Jane Doe CV, printed 2021"],
               ["Engineer, Beta", "Jan 2018 – Dec 2019", "Jane Doe CV, printed 2021"])
    assert Facts(cv, AS_OF).diagnostics.unparsed_dates == ()


def test_a_single_page_has_no_furniture():
    assert running_lines(paged(["Jane Doe · CV 2021", "Experience"]).lines) == frozenset()


def test_a_line_repeated_in_the_middle_of_pages_is_content_not_furniture():
    middle = ["top", "a", "b", "c", "Built APIs", "d", "e", "f", "bottom"]
    assert running_lines(paged(middle, [t + "2" for t in middle[:4]] + middle[4:5] + ["x", "y", "z", "w"]).lines) \
        == frozenset()


def test_a_title_at_the_foot_of_a_page_keeps_its_dates_across_the_running_header():
    cv = paged(["Jane Doe · CV", "Experience", "Engineer, Acme", "Jan 2015 – Dec 2017", "Engineer, Beta"],
               ["Jane Doe · CV", "Jan 2018 – Dec 2019", "Built APIs in Go."])
    timeline = build_timeline(cv, sections(cv), AS_OF)
    assert [p.title for p in timeline.positions] == ["Engineer, Acme", "Engineer, Beta"]
