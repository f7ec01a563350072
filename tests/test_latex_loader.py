"""LaTeX resumes: the template's own macros are expanded so entries read in order, markup becomes text."""
import pytest

from screener.errors import LoadError
from screener.loaders.latex import latex_to_text, load
from screener.text.normalize import normalize_lines

TEMPLATE = r"""
\documentclass{article}
\newcommand{\entry}[4]{
  \item \begin{tabular*}{0.97\textwidth}[t]{l@{\extracolsep{\fill}}r}
    \textbf{#1} & #2 \\ \textit{\small#3} & \textit{\small #4} \\
  \end{tabular*}\vspace{-7pt}}
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
