"""LaTeX the page never shows is not text: what TeX never typesets (a false conditional's branch, a comment
environment) or typesets as blank space (a phantom) is left out, with a warning, as the PDF and DOCX readers leave
out what their page hides. White text stays: the source cannot show what lies under it."""
import pytest

from screener.engine import screen_document
from screener.errors import LoadError
from screener.loaders.latex import latex_to_text, load
from screener.rules import load_rules
from screener.text.normalize import normalize_lines

from helpers import AS_OF, grows_linearly


def lines(src):
    return normalize_lines(latex_to_text(src).splitlines())


def body(tex):
    return lines(r"\begin{document}" + tex + r"\end{document}")


def loaded(tmp_path, tex, preamble=""):
    path = tmp_path / "cv.tex"
    path.write_text(preamble + r"\begin{document}" + tex + r"\end{document}", encoding="utf-8")
    return load(path)


def test_an_iffalse_branch_is_never_typeset():
    assert body("Cashier at a corner shop\\\\ \\iffalse Led a team of engineers \\fi Served customers") == [
        "Cashier at a corner shop", "Served customers"]


def test_an_iffalse_keeps_its_else_branch():
    assert body(r"\iffalse Led a team of engineers \else Served customers \fi") == ["Served customers"]


def test_an_iftrue_keeps_its_first_branch_and_drops_its_else():
    assert body(r"\iftrue Served customers \else Led a team of engineers \fi") == ["Served customers"]


def test_a_conditional_nested_in_an_iffalse_is_closed_by_its_own_fi():
    tex = r"\iffalse \ifx\a\b Kafka \else Scala \fi Kubernetes \fi Served customers"
    assert body(tex) == ["Served customers"]


def test_a_conditional_nested_in_an_iftrues_else_is_closed_by_its_own_fi():
    tex = r"\iftrue Served customers \else \ifnum1=1 Kafka \fi Kubernetes \fi Stocked shelves"
    assert body(tex) == ["Served customers Stocked shelves"]


@pytest.mark.parametrize("inner", [r"\ifthenelse{\equal{a}{b}}{x}{y}", r"\ifbool {draft}{x}{y}", r"$a \iff b$"],
                         ids=["ifthenelse", "etoolbox", "iff"])
def test_a_macro_named_if_that_needs_no_fi_is_not_counted_in_an_iffalse(inner):
    assert body(r"\iffalse " + inner + r" Kafka \fi Served customers") == ["Served customers"]


def test_an_iffalse_that_never_closes_hides_the_rest_of_the_file_as_tex_does():
    assert body("Served customers\\\\ \\iffalse Kafka\\\\ Kubernetes") == ["Served customers"]


def test_a_comment_environment_is_never_typeset():
    tex = "Cashier\n\\begin{comment}\nMentored engineers on Kubernetes\n\\end{comment}\nServed customers"
    assert body(tex) == ["Cashier", "Served customers"]


def test_an_environment_declared_with_excludecomment_is_never_typeset():
    src = "\\excludecomment{draftonly}\n\\begin{document}Cashier\n\\begin{draftonly}\nKafka streams\n" \
          "\\end{draftonly}\nServed customers\\end{document}"
    assert lines(src) == ["Cashier", "Served customers"]


@pytest.mark.parametrize("macro", ["phantom", "hphantom", "vphantom"])
def test_a_phantom_typesets_blank_space_not_its_words(macro):
    assert body(f"Served \\{macro}{{distributed systems Kafka}}customers") == ["Served customers"]


def test_what_was_never_typeset_is_named_in_a_warning(tmp_path):
    tex = "Served customers \\iffalse Kafka \\fi\n\\begin{comment}\nKubernetes\n\\end{comment}\n\\phantom{Scala}"
    assert loaded(tmp_path, tex).warnings == (
        r"hidden text ignored: 3 pieces of LaTeX never typeset (\iffalse, comment, \phantom)",)


def test_a_warning_says_when_an_unclosed_iffalse_hid_the_rest_of_the_file(tmp_path):
    assert loaded(tmp_path, r"Served customers \iffalse Kafka").warnings == (
        r"hidden text ignored: 1 piece of LaTeX never typeset (\iffalse); one never closes and hides the rest "
        r"of the file",)


def test_a_file_whose_every_word_is_never_typeset_says_why_it_has_no_text(tmp_path):
    with pytest.raises(LoadError, match=r"no text.*never typeset"):
        loaded(tmp_path, r"\iffalse Kafka \fi")


def test_a_cashiers_never_typeset_claims_pass_no_requirement(tmp_path):
    tex = "\\section{Experience}\nCashier, Corner Shop, 2015 -- 2024\\\\\nServed customers.\n" \
          "\\iffalse Led a team of 8 engineers building microservices on Kafka \\fi\n" \
          "\\begin{comment}\nMentored engineers on Kubernetes\n\\end{comment}\n\\phantom{distributed systems}\n"
    result = screen_document(loaded(tmp_path, tex), load_rules(), AS_OF)
    passed = {q.id for q in result.requirements if q.status.value == "pass"}
    assert not passed & {"team-leadership", "microservices", "mentoring", "distributed-systems"}


# guards: what the page does show stays, and blank space without words is no warning


def test_a_phantom_that_aligns_digits_or_a_strut_is_no_warning(tmp_path):
    document = loaded(tmp_path, r"Served customers\\ \phantom{0}9 shops \vphantom{X} \hphantom{--}")
    assert document.text.splitlines() == ["Served customers", "9 shops"]
    assert document.warnings == ()


@pytest.mark.parametrize("tex", [r"\textcolor{white}{Python developer}", r"{\color{white} Python developer}"])
def test_white_text_stays_since_a_template_prints_it_on_a_dark_band(tex):
    assert body(tex) == ["Python developer"]


def test_a_conditional_the_class_decides_keeps_both_branches():
    assert body(r"\ifcompact Served customers \else Stocked shelves \fi") == ["Served customers Stocked shelves"]


def test_a_definition_that_names_iffalse_hides_nothing():
    assert body(r"\let\ifcompact\iffalse Served customers") == ["Served customers"]


def test_a_resume_without_hidden_text_has_no_warning(tmp_path):
    assert loaded(tmp_path, r"\section{Experience}Cashier \textbf{2015 -- 2024}").warnings == ()


@pytest.mark.parametrize("hostile", [
    lambda n: r"\iffalse " * n,
    lambda n: r"\iffalse \ifx " * n + r"\fi" * n,
    lambda n: "Cashier\\\\ \\iftrue " * n + r"\else " * n,
    lambda n: r"\iffalse x\fi\\" * n,
    lambda n: "\\begin{comment}\n" * n,
    lambda n: "\\begin{comment}\nx\n\\end{comment}\\\\" * n,
    lambda n: r"\phantom{" * n,
], ids=["iffalse", "nested", "else", "closed", "comment", "comments", "phantom"])
def test_a_flood_of_hidden_text_markers_is_read_in_linear_time(hostile, tmp_path):
    def read(tex):  # the whole load: the warning reads each hidden piece too
        (tmp_path / "cv.tex").write_text(r"\begin{document}" + tex, encoding="utf-8")
        try:
            return load(tmp_path / "cv.tex")
        except LoadError as error:  # every word hidden
            return error
    assert grows_linearly(read, hostile, 40_000)
