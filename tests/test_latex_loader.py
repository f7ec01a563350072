"""LaTeX resumes: the template's own macros are expanded so entries read in order, markup becomes text."""
import time

import pytest

from screener.errors import LoadError
from screener.loaders.latex import latex_to_text, load
from screener.text.normalize import normalize_lines

from helpers import grows_linearly

TEMPLATE = r"""
\documentclass{article}
\newcommand{\entry}[4]{
  \item \begin{tabular*}{\linewidth}{l@{\extracolsep{\fill}}r}
    \textbf{#1} & #2 \\ \emph{#3} & \emph{\footnotesize #4} \\
  \end{tabular*}\vspace{-4pt}}
\begin{document}
\section{Experience}  % comments vanish
\begin{itemize}
  \entry{Acme Corp}{Jan 2015 -- Present}{Senior Engineer}{Berlin}
  \item Built \href{https://x.y}{\underline{APIs}} in Go \& Python, 50\% faster
\end{itemize}
\end{document}
"""


def lines(src):
    return normalize_lines(latex_to_text(src).splitlines())


def test_user_macros_expand_into_lines_in_reading_order():
    assert lines(TEMPLATE) == ["Experience", "Acme Corp | Jan 2015 – Present", "Senior Engineer | Berlin",
                               "Built APIs in Go & Python, 50% faster"]


def test_a_macro_that_expands_forever_is_stopped():
    bomb = r"\newcommand{\a}{\a\a}\begin{document}\a\end{document}"
    assert len(latex_to_text(bomb)) < 10_000


def test_an_empty_file_is_a_load_error(tmp_path):
    path = tmp_path / "cv.tex"
    path.write_text(r"\documentclass{article}\begin{document}\end{document}")
    with pytest.raises(LoadError, match="no text"):
        load(path)


def body(tex):
    return lines(r"\begin{document}" + tex + r"\end{document}")


def test_a_class_macro_named_like_a_section_prints_that_heading_over_its_argument():
    assert body(r"\education{BSc Physics, Uni of Test}\skills{Python}") == [
        "Education", "BSc Physics, Uni of Test", "Skills", "Python"]


def test_a_class_macro_whose_only_argument_names_a_section_is_that_heading():
    assert body(r"\sectiontitle{Work Experience}Engineer at Acme") == ["Work Experience", "Engineer at Acme"]


def test_a_sectioning_command_puts_its_title_on_a_line_of_its_own():
    assert body(r"\section*{\textsc{Publications}}A paper") == ["Publications", "A paper"]


def test_a_formatting_macro_around_a_heading_word_stays_in_its_line():
    assert body(r"I have \textbf{Experience} in Go") == ["I have Experience in Go"]


def test_a_macro_with_a_label_and_a_value_is_no_heading():
    assert body(r"\cvitem{Languages}{Go, Rust}") == ["Languages Go, Rust"]


@pytest.mark.parametrize("tex, text", [
    (r"\vspace{4pt}{\Large Jane Doe}", "Jane Doe"),
    (r"\raisebox{1pt}{Python} developer", "Python developer"),
    (r"\color{gray}{Go and Rust}", "Go and Rust"),
], ids=["vspace", "raisebox", "color"])
def test_a_layout_macro_drops_only_its_own_arguments(tex, text):
    assert body(tex) == [text]


def test_a_macro_glued_to_a_word_does_not_fuse_it_with_its_argument():
    assert body(r"Acme\place{Berlin}") == ["Acme Berlin"]


def test_a_macro_named_like_a_section_but_used_for_each_entry_is_no_heading():
    assert body(r"\employment{Acme}\employment{Initech}") == ["Acme Initech"]


def test_a_next_argument_that_starts_with_punctuation_follows_its_label_closely():
    assert body(r"\skillrow{Languages}{: Go, Rust}") == ["Languages: Go, Rust"]


def test_a_tag_macro_that_once_holds_a_section_word_is_no_heading():
    assert body(r"\cvtag{Python}\cvtag{Leadership}\cvtag{Go}") == ["Python Leadership Go"]


def test_an_environment_named_like_a_section_prints_no_heading_of_its_own():
    assert body(r"\begin{experience}Engineer at Acme\end{experience}") == ["Engineer at Acme"]


def test_a_control_space_is_a_space():
    assert lines(r"\begin{document}\faGithub\ jroe\end{document}") == ["jroe"]


def test_a_flood_of_unclosed_macro_arguments_is_read_in_linear_time():
    started = time.perf_counter()
    latex_to_text(r"\begin{document}" + r"\foo{" * 40_000)
    assert time.perf_counter() - started < 3


@pytest.mark.parametrize("opening", [r"\item[", r"\begin{", r"\vspace[", r"\\[", r"\cline{", r"\href{"])
def test_a_flood_of_unclosed_options_names_or_link_targets_is_read_in_linear_time(opening):
    started = time.perf_counter()
    latex_to_text(r"\begin{document}" + opening * (200_000 // len(opening)))
    assert time.perf_counter() - started < 3


def test_a_long_blank_run_in_a_line_is_read_in_linear_time():
    assert grows_linearly(latex_to_text, lambda n: "Go" + " " * n + "Rust", 100_000)


def test_empty_cells_bars_still_run_together_into_one():
    assert body(r"Acme & & & 2019 -- 2023") == ["Acme | 2019 – 2023"]


def test_a_bracket_that_runs_on_past_an_options_length_is_text_not_an_option():
    long_label = "Python " * 40
    assert "Python" in latex_to_text(r"\begin{itemize}\item[" + long_label + r"] Built services\end{itemize}")


def _items(tmp_path, body: str) -> list[tuple[str, bool]]:
    path = tmp_path / "cv.tex"
    path.write_text(r"\begin{document}" + body + r"\end{document}", encoding="utf-8")
    return [(x.text, x.item) for x in load(path).lines]


def test_an_items_line_is_a_list_item_with_its_words_as_written(tmp_path):
    assert _items(tmp_path, r"Harbor Labs \begin{itemize}\item Partner gateway \item Billing jobs\end{itemize}") == [
        ("Harbor Labs", False), ("Partner gateway", True), ("Billing jobs", True)]


@pytest.mark.parametrize("label", [r"--", r"$\star$", r"\ding{51}", r"\textcolor{gray}{--}", "1.", "(a)"])
def test_a_custom_bullet_or_an_enumerations_label_is_only_the_items_mark(tmp_path, label):
    assert _items(tmp_path, r"\begin{itemize}\item[" + label + r"] Partner gateway\end{itemize}") == [
        ("Partner gateway", True)]


def test_an_empty_label_prints_no_mark_so_its_line_is_no_item(tmp_path):
    assert _items(tmp_path, r"\begin{itemize}\item[] Tech Lead, Payments\end{itemize}") == [
        ("Tech Lead, Payments", False)]


@pytest.mark.parametrize("gap", ["\n", " % a comment\n"])
def test_an_items_words_on_the_next_source_line_are_the_item(tmp_path, gap):
    assert _items(tmp_path, r"\begin{itemize}\item" + gap + r"Partner gateway\end{itemize}") == [
        ("Partner gateway", True)]


def test_a_description_lists_label_is_printed_words_and_stays(tmp_path):
    assert _items(tmp_path, r"\begin{description}\item[Languages:] Go, Python\end{description}") == [
        ("Languages: Go, Python", False)]


def test_an_item_whose_words_start_in_a_table_marks_no_line(tmp_path):
    # a guard: main marked no LaTeX line at all; the template's entry rows are headings, not an item's text
    body = r"\begin{itemize}\item \begin{tabular}{lr} Acme Corp & 2015 -- 2019 \\ \end{tabular}\end{itemize}"
    assert _items(tmp_path, body) == [("Acme Corp | 2015 – 2019", False)]


def test_a_list_whose_options_give_its_items_no_label_marks_none_of_them(tmp_path):
    body = r"\begin{itemize}[label={}]\item Tech Lead, Payments \begin{itemize}\item Ledger service\end{itemize}" \
        r"\item Platform Engineer\end{itemize}"
    assert _items(tmp_path, body) == [("Tech Lead, Payments", False), ("Ledger service", True),
                                      ("Platform Engineer", False)]


def test_an_item_that_heads_a_nested_list_is_a_heading_not_a_roles_text(tmp_path):
    body = r"\begin{itemize}\item Harbor Labs \begin{itemize}\item Platform Engineer \hfill 2019--2023" \
        r"\end{itemize}\end{itemize}"
    assert _items(tmp_path, body)[0] == ("Harbor Labs", False)


@pytest.mark.parametrize("label, printed", [(r"\textbf{2021--2025}", "2021–2025"), ("PhD.", "PhD."),
                                            (r"\textcolor{gray}{Harbor Labs}", "Harbor Labs")])
def test_a_labels_words_inside_a_style_or_ending_in_a_dot_are_printed_words(tmp_path, label, printed):
    found = _items(tmp_path, r"\begin{description}\item[" + label + r"] Platform Engineer\end{description}")
    assert found == [(f"{printed} Platform Engineer", False)]


def test_an_items_own_label_is_printed_in_a_list_that_gives_its_items_none(tmp_path):
    body = r"\begin{itemize}[label={}]\item[2021--2025] Platform Engineer\end{itemize}"
    assert _items(tmp_path, body) == [("2021–2025 Platform Engineer", False)]


def test_a_description_lists_item_without_a_label_prints_no_mark(tmp_path):
    assert _items(tmp_path, r"\begin{description}\item Platform Engineer\end{description}") == [
        ("Platform Engineer", False)]
