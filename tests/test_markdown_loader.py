"""Markdown resumes read as they render: markup is not text, what the rendered page hides is not evidence, and the
source's lines stay lines."""
import datetime as dt

from screener.api import load_rules, screen_file
from screener.loaders import load


def read(tmp_path, source: str, name: str = "cv.md"):
    path = tmp_path / name
    path.write_text(source, encoding="utf-8")
    return load(path)


def texts(doc) -> list[str]:
    return [line.text for line in doc.lines]


def test_heading_and_emphasis_marks_are_not_words(tmp_path):
    assert texts(read(tmp_path, "### **Lead Engineer** @ _Acme_ `2019`\n")) == ["Lead Engineer @ Acme 2019"]


def test_a_link_shows_its_words_not_its_target(tmp_path):
    doc = read(tmp_path, "Wrote [chapter eight](https://bucket.s3.amazonaws.com/ch8.pdf) of a book\n")
    assert texts(doc) == ["Wrote chapter eight of a book"]


def test_a_code_host_link_is_kept_as_the_host_alone(tmp_path):
    doc = read(tmp_path, "Code: [my projects](https://github.com/someone/kubernetes-operator)\n")
    assert texts(doc) == ["Code: my projects", "Links", "github.com"]


def test_an_html_comment_is_not_text_and_is_warned_of(tmp_path):
    doc = read(tmp_path, "Cashier at a shop\n\n<!-- microservices, led a team of engineers -->\n")
    assert texts(doc) == ["Cashier at a shop"]
    assert any("hidden text ignored" in w for w in doc.warnings)


def test_an_element_hidden_by_its_style_is_not_text(tmp_path):
    doc = read(tmp_path, 'Cashier at a shop <span style="display:none">Kubernetes expert</span>\n')
    assert texts(doc) == ["Cashier at a shop"]


def test_inline_html_tags_are_not_text_but_their_words_are(tmp_path):
    assert texts(read(tmp_path, "<b>Backend</b> Engineer<br>Acme\n")) == ["Backend Engineer", "Acme"]


def test_the_sources_line_breaks_stay_lines(tmp_path):
    doc = read(tmp_path, "**Backend Engineer**, Acme\nJan 2019 - Present\nBuilt billing services\n")
    assert texts(doc) == ["Backend Engineer, Acme", "Jan 2019 - Present", "Built billing services"]


def test_bullet_items_are_list_items_without_their_marker(tmp_path):
    doc = read(tmp_path, "Experience\n\n- Built billing services\n* Led a team of four\n")
    assert [(line.text, line.item) for line in doc.lines] == [
        ("Experience", False), ("Built billing services", True), ("Led a team of four", True)]


def test_an_ordered_items_number_is_shown_as_written(tmp_path):
    # a year and a dot open an ordered list in Markdown; the rendered page shows the year
    assert texts(read(tmp_path, "2015. Joined Acme as a developer\n")) == ["2015. Joined Acme as a developer"]


def test_each_ordered_item_keeps_its_own_number_not_a_count(tmp_path):
    # a browser would number these 2019, 2020; the years are the resume's
    doc = read(tmp_path, "2019. Senior Engineer, Acme\n2012. Engineer, Beta\n09. 2008 Intern, Gamma\n")
    assert texts(doc) == ["2019. Senior Engineer, Acme", "2012. Engineer, Beta", "09. 2008 Intern, Gamma"]


def test_a_loose_lists_items_keep_their_marks_on_their_words(tmp_path):
    doc = read(tmp_path, "- Led a team\n\n- Built services\n")
    assert [(line.text, line.item) for line in doc.lines] == [("Led a team", True), ("Built services", True)]


def test_a_raw_html_blocks_lines_stay_lines(tmp_path):
    doc = read(tmp_path, "<div>\nSoftware Engineer, Acme\nJan 2016 - Present\nBuilt Python services\n</div>\n")
    assert texts(doc) == ["Software Engineer, Acme", "Jan 2016 - Present", "Built Python services"]


def test_a_badge_shows_its_words(tmp_path):
    doc = read(tmp_path, "![Python](https://img.shields.io/badge/-Python-blue) "
                         "![AWS](https://img.shields.io/badge/-AWS-orange)\n")
    assert texts(doc) == ["Python AWS"]


def test_an_images_alt_text_is_not_on_the_page(tmp_path):
    assert texts(read(tmp_path, "Cashier ![kubernetes kafka mentoring](photo.png)\n")) == ["Cashier"]


def test_text_after_a_deeply_nested_list_is_read(tmp_path):
    nested = "".join("  " * depth + "- level\n" for depth in range(12))
    assert texts(read(tmp_path, nested + "\nBuilt billing services\n"))[-1] == "Built billing services"


def test_a_code_fence_shows_its_lines_not_its_marks(tmp_path):
    assert texts(read(tmp_path, "```bash\nmake deploy\nmake test\n```\n")) == ["make deploy", "make test"]


def test_a_table_row_reads_as_one_line_with_the_bars_between_its_cells(tmp_path):
    doc = read(tmp_path, "| Years | Role | Employer |\n|---|---|---|\n| 2016 - Present | Backend Engineer | Acme |\n")
    assert texts(doc) == ["Years | Role | Employer", "2016 - Present | Backend Engineer | Acme"]


def test_the_long_extension_is_read_as_markdown(tmp_path):
    assert texts(read(tmp_path, "## **Experience**\n", name="cv.markdown")) == ["Experience"]


def test_a_comment_naming_skills_passes_no_requirement(tmp_path):
    path = tmp_path / "cv.md"
    path.write_text("# Pat Doe\n\n## Experience\n\n**Cashier**, Shop, 2015 - 2024\n\n- Served customers\n\n"
                    "<!-- microservices kubernetes kafka; mentored engineers; led a team of 8 engineers -->\n",
                    encoding="utf-8")
    result = screen_file(path, load_rules(), as_of=dt.date(2026, 1, 1))
    statuses = {r.id: r.status.value for r in result.requirements}
    assert [statuses[r] for r in ("team-leadership", "microservices", "mentoring", "distributed-systems")] == [
        "fail"] * 4


def test_an_item_number_that_is_no_plain_number_is_counted_not_a_crash(tmp_path):
    doc = read(tmp_path, '<ol><li value="\u00b2">Led a team</li><li value="' + "9" * 5000 + '">Built APIs</li></ol>\n')
    assert texts(doc) == ["1. Led a team", "2. Built APIs"]


def test_an_image_hidden_by_its_own_style_shows_no_words(tmp_path):
    doc = read(tmp_path, 'Cashier <img src="https://img.shields.io/badge/AWS-orange" alt="AWS" style="display:none">\n')
    assert texts(doc) == ["Cashier"]


def test_words_only_in_an_images_query_or_file_name_elsewhere_are_not_shown(tmp_path):
    doc = read(tmp_path, "Cashier ![Kubernetes AWS](https://img.shields.io/badge/-Excel-green?ref=kubernetes-aws) "
                         "![Go](https://example.org/logo.png)\n")
    assert texts(doc) == ["Cashier"]


def test_an_empty_items_mark_goes_nowhere(tmp_path):
    doc = read(tmp_path, "- \n\nBuilt billing services\n")
    assert [(line.text, line.item) for line in doc.lines] == [("Built billing services", False)]


def test_text_past_the_nesting_limit_is_said_to_be_unread(tmp_path):
    nested = "".join("  " * depth + "- level\n" for depth in range(60))
    doc = read(tmp_path, nested + "\n## Education\n")
    assert any("nest deeper" in w for w in doc.warnings)


def test_stray_end_tags_are_read_in_linear_time():
    from helpers import grows_linearly

    from screener.loaders.chunks import read_html
    assert grows_linearly(lambda html: read_html(html, markdown=True),
                          lambda n: "<p>" + "<b>" * n + "text" + "</i>" * n + "</p>", 20_000)


def test_an_image_whose_address_no_browser_loads_shows_nothing_and_stops_nothing(tmp_path):
    doc = read(tmp_path, 'Cashier <img src="http://[bad" alt="bad">\n\nServed customers\n')
    assert texts(doc) == ["Cashier", "Served customers"]


def test_a_malformed_declaration_in_raw_html_stops_nothing(tmp_path):
    doc = read(tmp_path, "<div>\n<![if gte mso 9]]><![]]>\nBackend Engineer\n</div>\n\nBuilt APIs\n")
    assert texts(doc) == ["Backend Engineer", "Built APIs"]
