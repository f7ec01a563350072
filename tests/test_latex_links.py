"""LaTeX resumes' links: a code host linked to behind an icon is a line, as in the PDF and DOCX loaders."""
from screener.loaders.latex import link_targets, load


def texts(tmp_path, body, preamble=""):
    path = tmp_path / "cv.tex"
    path.write_text(preamble + r"\begin{document}" + body + r"\end{document}")
    return [line.text for line in load(path).lines]


def test_a_code_host_behind_an_icon_and_a_name_becomes_a_links_line(tmp_path):
    body = r"Jane Roe \\ \href{https://github.com/jroe}{\faGithub\ jroe} \\ Python developer"
    assert texts(tmp_path, body) == ["Jane Roe", "jroe", "Python developer", "Links", "github.com"]


def test_only_the_host_is_kept_never_the_path(tmp_path):
    assert "kubernetes" not in " ".join(texts(tmp_path, r"Jane \href{https://gitlab.com/kubernetes}{\faGitlab}"))


def test_a_url_is_a_link_too(tmp_path):
    assert texts(tmp_path, r"Code: \url{https://bitbucket.org/jroe}")[-2:] == ["Links", "bitbucket.org"]


def test_links_elsewhere_add_no_lines(tmp_path):
    assert texts(tmp_path, r"\href{mailto:j@x.y}{j@x.y} \href{https://x.y/in/j}{Profile}") == ["j@x.y Profile"]


def test_a_link_that_shows_nothing_is_not_a_link():
    assert link_targets(r"\href{https://github.com/j}{ } \href{https://github.com/k}{\faGithub}") == [
        "https://github.com/k"]


def test_a_link_inside_the_templates_own_macro_is_found(tmp_path):
    preamble = r"\newcommand{\profile}[2]{\href{#1}{#2}}"
    assert texts(tmp_path, r"Jane \profile{https://github.com/j}{\faGithub}", preamble)[-1] == "github.com"
