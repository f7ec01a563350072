"""LaTeX resumes (.tex): the source's text in reading order, without running TeX.

Resume templates wrap every entry in their own macros (\\resumeSubheading{Company}{Dates}...), so the document's
own \\newcommand definitions are expanded first, with their #1..#n arguments; then standard markup becomes text:
sections and items start lines, table cells are separated by ' | ', formatting macros keep only their text.
Every word the rendered page shows stays: a macro this file does not define (its class file does) keeps its text
arguments, and a heading it prints (\\education{...}, \\sectiontitle{Skills}) becomes a line of its own.
Expansion is bounded in depth and size, since a hostile file could define a macro that expands forever.
What TeX never typesets, or typesets as blank space, is not text: an \\iffalse branch, an \\iftrue's \\else branch,
a comment environment's body and a \\phantom's argument are left out, with a warning, as the other loaders leave
out what the page hides.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from ..errors import LoadError
from ..models import Document, Line
from ..text.normalize import ITEM_MARK, normalize_items
from ..text.sections import heading_name
from .links import link_lines
from .text import decode

MAX_BYTES = 1024 * 1024
MAX_EXPANDED = 4 * MAX_BYTES
MAX_DEPTH = 8

_COMMENT = re.compile(r"(?<!\\)%.*")
# An optional argument, an environment's name and a link's target are short: a bracket that has not closed within
# that length is text, not an argument. The bound also keeps reading linear on a hostile flood of unclosed ones,
# which an unbounded [^]]* scans to the end of the file from every opening.
_NEWCOMMAND = re.compile(r"\\(?:re)?newcommand\*?\s*\{?\\([A-Za-z@]+)\}?\s*(?:\[(\d)\])?\s*(?:\[[^\]]{0,200}\])?\s*\{")
# macros whose leading brace arguments are layout, never text: dropped with that many arguments (a raisebox's last
# argument, or a name in braces after a \\vspace, is text and stays)
_LAYOUT_ARGS = {"vspace": 1, "hspace": 1, "setlength": 2, "addtolength": 2, "titleformat": 5, "titlespacing": 4,
                "usepackage": 1, "documentclass": 1, "pagestyle": 1, "thispagestyle": 1, "geometry": 1, "setlist": 1,
                # a colour, then text: white text stays, since templates print it on dark sidebars and banners
                # (AltaCV, moderncv) and the source does not show what lies under it
                "definecolor": 3, "color": 1, "textcolor": 1, "colorbox": 1, "fcolorbox": 2,
                "includegraphics": 1, "fontsize": 2, "raisebox": 1, "label": 1,
                "pdfgentounicode": 0, "input": 1, "extracolsep": 1, "renewcommand": 2, "newcommand": 2,
                "newenvironment": 3, "renewenvironment": 3, "fancyhf": 1, "setmainfont": 1}
_SIMPLE = {r"\&": "&", r"\%": "%", r"\$": "$", r"\#": "#", r"\_": "_", r"\{": "{", r"\}": "}", "~": " ",
           "---": "—", "--": "–", "``": "“", "''": "”", r"\textbar": "|", r"\ldots": "…", r"\LaTeX": "LaTeX",
           r"\TeX": "TeX", r"\cdot": "·", r"\bullet": "•", r"\textbullet": "•", r"\quad": " ", r"\qquad": " ",
           "\\ ": " "}  # a control space
_SIMPLE_RX = re.compile("|".join(re.escape(k) for k in sorted(_SIMPLE, key=len, reverse=True)))
_LINE_MACROS = re.compile(r"\\cventry\*?(?![A-Za-z@])")  # an entry starts a line
# An item starts a line marked as one (a bullet the normaliser takes off again), its words on that line; a
# description list's label is printed words and stays; a custom bullet (\item[--], \item[$\star$], \item[\ding{51}])
# or an enumeration's label (\item[1.], \item[(a)], \item[iv.]) is only the mark; an empty label prints none
_ITEM = re.compile(r"\\item\b(?:\[(?P<label>[^\]]{0,200})\])?\s*")
_LIST_EDGE = re.compile(r"\\(?:(?P<begin>begin)|end)\{(?P<kind>itemize|enumerate|description)\}"
                        r"(?P<options>\s*\[[^\]]{0,200}\])?")
_LIST_TOKEN = re.compile(f"{_LIST_EDGE.pattern}|{_ITEM.pattern}")
_NO_LABEL = re.compile(r"\blabel\s*=\s*(?:\{\s*\}|(?=[,\]]))")  # enumitem's label={}: its items print no mark
_TEXT_MACRO = re.compile(r"\\(?:text(?:bf|it|sl|sc|tt|rm|sf|up|md|normal)|emph|underline|uline"
                         r"|textcolor\s*\{[^{}]{0,50}\})\s*\{([^{}]{0,200})\}")  # a style's words are printed
_LABEL_MACRO = re.compile(r"\\[A-Za-z@]+\*?(?:\s*\{[^{}]{0,200}\})*")  # a macro with its arguments: a glyph or colour
_ENUMERATION = re.compile(r"\(?(?:\d{1,3}|[A-Za-z]|[ivxIVX]{1,4})[.)]")
_MARK = "\n" + ITEM_MARK
_ENV = re.compile(r"\\(begin|end)\{([^}]{0,100})\}(\s*\[[^\]]{0,200}\])?")
_ENV_ARGS = {"tabular": 1, "tabular*": 2, "tabularx": 2, "tabulary": 2, "longtable": 1, "minipage": 1,
             "multicols": 1, "paracol": 1, "wrapfigure": 2}  # brace arguments that are layout, not text
_BREAK = re.compile(r"\\\\(?:\[[^\]]{0,200}\])?|\\newline\b|\\par\b|\\hline\b|\\cline\{[^}]{0,100}\}")
_MACRO = re.compile(r"\\[A-Za-z@]+\*?")
_GLUED_MACRO = re.compile(r"(?<=\w)\\[A-Za-z@]+\*?(?=\s*\{)")  # 'Acme\\cvitem{Languages}': two words, not one


def _group(src: str, start: int) -> int:
    """Index just past the brace group opening at `start` (src[start] == '{'), or -1 if it never closes."""
    return _closings(src).get(start, -1)


@lru_cache(maxsize=4)
def _closings(src: str) -> dict[int, int]:
    """Each opening brace's index -> the index just past its closing brace, found in one pass: scanning ahead
    from every brace would take quadratic time on a hostile file of unclosed ones. An escaped brace does not
    count."""
    found, opened = {}, []
    for i, c in enumerate(src):
        if c in "{}" and i and src[i - 1] == "\\":
            continue
        if c == "{":
            opened.append(i)
        elif c == "}" and opened:
            found[opened.pop()] = i + 1
    return found


_OPTIONAL = re.compile(r"\s*\[[^\]]{0,200}\]")


def _args(src: str, pos: int, count: int, optional: bool = False) -> tuple[list[str], int]:
    """Up to `count` brace-group arguments after `pos` (whitespace between them allowed; with `optional`,
    [bracketed] optional arguments between them are skipped too)."""
    args = []
    while len(args) < count:
        j = pos
        while j < len(src) and src[j] in " \t\n":
            j += 1
        if optional and (m := _OPTIONAL.match(src, j)):
            pos = m.end()
            continue
        if j >= len(src) or src[j] != "{":
            break
        end = _group(src, j)
        if end < 0:
            break
        args.append(src[j + 1:end - 1])
        pos = end
    return args, pos


def _definitions(src: str) -> dict[str, tuple[int, str]]:
    """User macros: name -> (argument count, body)."""
    macros = {}
    for m in _NEWCOMMAND.finditer(src):
        end = _group(src, m.end() - 1)
        if end > 0:
            macros[m[1]] = (int(m[2] or 0), src[m.end():end - 1])
    return macros


def _expand(src: str, macros: dict[str, tuple[int, str]], depth: int = 0) -> str:
    if depth >= MAX_DEPTH or not macros:
        return src
    out, pos = [], 0
    pattern = re.compile(r"\\(" + "|".join(re.escape(n) for n in sorted(macros, key=len, reverse=True)) + r")(?![A-Za-z@])")
    for m in pattern.finditer(src):
        if m.start() < pos:
            continue
        count, body = macros[m[1]]
        args, end = _args(src, m.end(), count)
        for n, arg in enumerate(args, 1):
            body = body.replace(f"#{n}", "{" + arg + "}")  # braced: '\\small#1' must not fuse into one name
        out += [src[pos:m.start()], " ", _expand(body, macros, depth + 1), " "]
        pos = end
        if sum(map(len, out)) > MAX_EXPANDED:
            raise LoadError("LaTeX macros expand beyond a sane size")
    out.append(src[pos:])
    return "".join(out)


def _drop_layout(src: str) -> str:
    rx = re.compile(r"\\(" + "|".join(_LAYOUT_ARGS) + r")\*?(?![A-Za-z])(\s*\[[^\]]{0,200}\])?")
    out, pos = [], 0
    for m in rx.finditer(src):
        if m.start() < pos:
            continue
        _, end = _args(src, m.end(), _LAYOUT_ARGS[m[1]], optional=True)
        out.append(src[pos:m.start()])
        pos = end
    out.append(src[pos:])
    return "".join(out)


_SECTIONING = frozenset({"part", "chapter", "section", "subsection", "subsubsection", "paragraph", "cvsection"})
# macros that style or link words inside a running line, or open and close environments: their argument is never
# a heading of its own
_NOT_HEADINGS = frozenset({
    "begin", "end", "item", "textbf", "textit", "texttt", "textsc", "textsl", "textup", "textmd", "textrm", "textsf",
    "textnormal", "text", "emph", "underline", "uline", "mbox", "makebox", "fbox", "framebox", "uppercase",
    "MakeUppercase", "lowercase", "MakeLowercase", "href", "url", "hyperlink", "textcolor", "colorbox", "footnote",
    "tiny", "scriptsize", "footnotesize", "small", "normalsize", "large", "Large", "LARGE", "huge", "Huge"})
_HEADING_MACRO = re.compile(r"\\([A-Za-z@]+)\*?(?![A-Za-z@])")


def _bare(arg: str) -> str:
    return re.sub(r"\\[A-Za-z@]+\*?|[{}]", "", arg).strip()


def _heading_commands(src: str) -> set[str]:
    """Macros that print headings: those whose one argument names a section in most of their uses (a class
    file's \\sectiontitle{Education}); a tag macro that once holds 'Leadership' among skills is no heading."""
    uses, headings = Counter(), Counter()
    for m in _HEADING_MACRO.finditer(src):
        args, _ = _args(src, m.end(), 2, optional=True)
        if len(args) == 1:
            uses[m[1]] += 1
            headings[m[1]] += bool(heading_name(_bare(args[0])))
    return {name for name, n in uses.items() if headings[name] > n / 2} | _SECTIONING


def _headings(src: str) -> str:
    """Put each section heading on a line of its own, as the rendered page does. A heading is the argument of a
    sectioning or heading command; or, for a macro the class file defines, its name when the name is a heading
    (\\education{...} prints 'Education' over its argument, which stays as the section's text) and it is used
    once, as a section is: a macro used for each of several entries (\\employment{Acme}) is an entry."""
    uses = Counter(m[1] for m in _HEADING_MACRO.finditer(src))
    commands = _heading_commands(src) - _NOT_HEADINGS
    out, pos = [], 0
    for m in _HEADING_MACRO.finditer(src):
        if m.start() < pos or m[1] in _NOT_HEADINGS:
            continue
        args, end = _args(src, m.end(), 1, optional=True)
        if m[1] in commands and args:
            out += [src[pos:m.start()], "\n", args[0], "\n"]
            pos = end
        elif uses[m[1]] == 1 and heading_name(m[1]):
            out += [src[pos:m.start()], "\n", m[1][0].upper() + m[1][1:], "\n"]
            pos = m.end()
    out.append(src[pos:])
    return "".join(out)


def _environments(src: str) -> str:
    """Each \\begin/\\end becomes a line break; a table's column spec and widths are dropped with it."""
    out, pos = [], 0
    for m in _ENV.finditer(src):
        if m.start() < pos:
            continue
        end = m.end()
        if m[1] == "begin":
            _, end = _args(src, end, _ENV_ARGS.get(m[2], 0), optional=True)
        out += [src[pos:m.start()], "\n"]
        pos = end
    out.append(src[pos:])
    return "".join(out)


_LINK = re.compile(r"\\(href|url)\s*\{")


def link_targets(text: str) -> list[str]:
    """The targets of the links a reader can click: every \\url, and each \\href that shows something (text or
    an icon macro), as the PDF loader keeps only links over something drawn."""
    targets = []
    for m in _LINK.finditer(text):
        args, _ = _args(text, m.end() - 1, 2 if m[1] == "href" else 1)
        if args and (m[1] == "url" or (len(args) == 2 and args[1].strip())):
            targets.append(re.sub(r"[{}\s]", "", args[0]))  # a user macro's argument comes braced
    return targets


_CONTROL = re.compile(r"\\([A-Za-z]+|.)", re.S)
_ENV_NAME = re.compile(r"\s*\{([^{}\n]{0,100})\}")
_EXCLUDED_ENV = re.compile(r"\\excludecomment\s*\{([^{}\n]{0,100})\}")
_BRACE_NEXT = re.compile(r"\s*\{")
# a definition's names are named, not used: \let\ifcompact\iffalse opens no conditional
_DEFINITION = re.compile(r"\\let\s*\\(?:[A-Za-z@]+|.)\s*=?\s*(?:\\(?:[A-Za-z@]+|.))?"
                         r"|\\(?:newif|g?def|[ex]def)\s*\\(?:[A-Za-z@]+|.)")
_PHANTOMS = frozenset({"phantom", "hphantom", "vphantom"})  # blank space the size of their argument


def _conditional(name: str, src: str, end: int) -> bool:
    """Whether a control word opens a TeX conditional that a \\fi closes: \\iftrue, \\iffalse, TeX's tests (\\ifx,
    \\ifnum, \\ifdefined) and those a class declares with \\newif (\\ifcompact). A macro that takes a braced argument
    (ifthen's \\ifthenelse{..}, etoolbox's \\ifbool{..}) needs no \\fi, and \\iff is a math symbol."""
    if name in ("iftrue", "iffalse"):
        return True
    return name.startswith("if") and name != "iff" and not _BRACE_NEXT.match(src, end)


def _skip(src: str, pos: int, at_else: bool) -> tuple[int, str | None]:
    """How TeX skips a branch from `pos`: nested conditionals are counted, so the \\fi that closes the branch is
    its own, and with `at_else` its own \\else ends it too. Returns the index just past that \\fi or \\else and
    which it was; (end of the text, None) when it never comes."""
    depth = 0
    for m in _CONTROL.finditer(src, pos):
        if m[1] == "fi":
            if not depth:
                return m.end(), "fi"
            depth -= 1
        elif m[1] == "else" and at_else and not depth:
            return m.end(), "else"
        elif _conditional(m[1], src, m.end()):
            depth += 1
    return len(src), None


def _untypeset(src: str, environments: frozenset[str]) -> tuple[str, list[tuple[str, str]], bool]:
    """The text without what TeX never typesets or typesets as blank space: an \\iffalse branch (its \\else branch
    stays), an \\iftrue's \\else branch, a comment environment (and those \\excludecomment declares) and a
    \\phantom's argument. Also the pieces left out, each with its kind, and whether one never closes: an \\iffalse
    without its \\fi hides the rest of the file, as TeX does (no page shows it). Conditionals TeX cannot decide
    here (\\ifx, a class's \\ifcompact) keep both branches. One pass, each piece skipped once: linear in the text."""
    out, pieces, pos, at = [], [], 0, 0
    true_branches: list[bool] = []  # the open conditionals around the text read, innermost last: is it an \\iftrue?
    unclosed = False

    def drop(start: int, end: int, kind: str, words: str) -> None:
        nonlocal pos
        out.append(src[pos:start])
        pieces.append((kind, words))
        pos = end

    while not unclosed and (m := _CONTROL.search(src, at)):
        name, at = m[1], m.end()
        if name in ("let", "newif", "def", "gdef", "edef", "xdef"):
            at = max(at, (_DEFINITION.match(src, m.start()) or m).end())
        elif name == "begin" and (env := _ENV_NAME.match(src, at)) and env[1].strip() in environments:
            close = re.compile(r"\\end\s*\{\s*" + re.escape(env[1].strip()) + r"\s*\}").search(src, env.end())
            at, unclosed = (close.end(), False) if close else (len(src), True)
            drop(m.start(), at, env[1].strip(), src[env.end():close.start() if close else at])
        elif name in _PHANTOMS:
            args, end = _args(src, at, 1)
            if args:
                at = end
                drop(m.start(), end, "\\" + name, args[0])
        elif name == "iffalse":
            at, how = _skip(src, at, at_else=True)
            drop(m.start(), at, "\\iffalse", src[m.end():at])
            unclosed = how is None
            if how == "else":
                true_branches.append(False)
        elif name == "else" and true_branches and true_branches[-1]:
            at, how = _skip(src, at, at_else=False)
            drop(m.start(), at, "\\iftrue's \\else", src[m.end():at])
            unclosed = how is None
            true_branches.pop()
        elif name == "fi" and true_branches:
            true_branches.pop()
        elif _conditional(name, src, at):
            true_branches.append(name == "iftrue")
    out.append(src[pos:])
    return "".join(out), pieces, unclosed


def _has_words(piece: str) -> bool:
    """Whether a piece of source would print a word (two letters or more) were it typeset."""
    return bool(re.search(r"[^\W\d_]{2,}", _to_text(_drop_layout(piece))))


def _hidden_warning(pieces: list[tuple[str, str]], unclosed: bool) -> str | None:
    worded = [kind for kind, text in pieces if _has_words(text)]
    if not worded:
        return None
    n = len(worded)
    rest = "; one never closes and hides the rest of the file" if unclosed and _has_words(pieces[-1][1]) else ""
    return (f"hidden text ignored: {n} piece{'s' * (n > 1)} of LaTeX never typeset "
            f"({', '.join(dict.fromkeys(worded))}){rest}")


def _read(source: str) -> tuple[str, list[tuple[str, str]], bool]:
    """The document body without comments, its own macros expanded, what is never typeset and layout-only
    commands dropped; and what was never typeset, as _untypeset tells it."""
    src = "\n".join(_COMMENT.sub("", line) for line in source.splitlines())
    body_at = src.find(r"\begin{document}")
    macros = _definitions(src[:body_at] if body_at >= 0 else src)
    body = src[body_at + len(r"\begin{document}"):] if body_at >= 0 else src
    body = body.split(r"\end{document}")[0]
    environments = frozenset({"comment", *(m[1].strip() for m in _EXCLUDED_ENV.finditer(src))})
    body, pieces, unclosed = _untypeset(_expand(body, macros), environments)
    return _drop_layout(body), pieces, unclosed


def latex_to_text(source: str) -> str:
    """Plain text of a LaTeX document, one visual line per line."""
    return _to_text(_read(source)[0])


def _items(text: str) -> str:
    """Each item's line start. A list whose options give its items no label, and a description list, print no mark
    of their own; an item whose words end where a nested list opens heads that list and is no role's text."""
    out: list[str] = []
    at = 0
    lists: list[list] = []  # the open lists, innermost last: [prints no mark, where in out its last item's mark is]
    for match in _LIST_TOKEN.finditer(text):
        out.append(text[at:match.start()])
        at = match.end()
        if match["begin"]:
            if lists and lists[-1][1] is not None and out[lists[-1][1]] == _MARK:
                out[lists[-1][1]] = "\n"
            options = match["options"] or ""
            lists.append([match["kind"] == "description" or bool(_NO_LABEL.search(options)), None])
            out.append(match.group())
        elif match.group().startswith("\\end"):
            if lists:
                lists.pop()
            out.append(match.group())
        else:
            out.append(_item(match["label"], bool(lists) and lists[-1][0]))
            if lists:
                lists[-1][1] = len(out) - 1
    out.append(text[at:])
    return "".join(out)


def _item(label: str | None, unmarked: bool) -> str:
    """An item's line start: its label where the label has printed words, else its mark unless it prints none."""
    if label is not None and not label.strip():
        return "\n"
    words = _LABEL_MACRO.sub("", _TEXT_MACRO.sub(r" \1 ", label or "")).strip()
    if re.search(r"[^\W_]", words) and not _ENUMERATION.fullmatch(words):
        return f"\n{label} "
    return "\n" if unmarked else _MARK


# empty cells' bars run together into one; a run starts where blank space does, so a long blank line is read in
# linear time (trying a run from each of its blanks scanned the rest of it every time)
_BARS = re.compile(r"(?<!\s)\s*\|\s*(?:\|\s*)+")


def _to_text(text: str) -> str:
    text = re.sub(r"\\href\s*\{[^}]{0,2000}\}", "", text)  # keep the link's visible text only
    text = _LINE_MACROS.sub("\n", _headings(text))
    text = _items(text)
    text = _environments(text)
    text = _BREAK.sub("\n", text)
    text = re.sub(r"(?<!\\)&", " | ", text)
    text = _SIMPLE_RX.sub(lambda m: _SIMPLE[m.group()], text)
    text = re.sub(r"\$([^$]*)\$", r"\1", text)
    text = _MACRO.sub("", _GLUED_MACRO.sub(" ", text))
    text = re.sub(r"(?<!\\)\}[ \t]*\{(?=\w)", " ", text)  # a macro's next argument is a field of its own
    text = re.sub(r"(?<!\\)[{}]", "", text)
    text = re.sub(r"\[[\d.]+(?:pt|em|ex|in|cm|mm)\]", "", text)
    lines = []
    for line in text.splitlines():
        line = _BARS.sub(" | ", line).strip(" |")
        lines.append("" if line == "\u2022" else line)  # an item whose words start in a table or box below
    return "\n".join(lines)


def load(path: Path) -> Document:
    data = path.read_bytes()[:MAX_BYTES]
    if not data.strip():
        raise LoadError("empty file")
    body, pieces, unclosed = _read(decode(data))
    hidden = _hidden_warning(pieces, unclosed)
    lines = normalize_items(_to_text(body).splitlines())
    if not lines:
        raise LoadError("no text in this LaTeX file" + (f" ({hidden})" if hidden else ""))
    return Document(source=str(path), kind="latex",
                    lines=(*(Line(t, item=item) for t, item in lines), *link_lines(link_targets(body))),
                    warnings=(hidden,) if hidden else ())
