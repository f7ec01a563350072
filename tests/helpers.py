"""Build tiny Documents and one-requirement rule sets inside the tests, so tests read like the resumes they describe.

One Document builder: `document(text)` takes a block of text as written (dedented, one Line per non-empty line);
`doc(*lines)` takes lines and normalises them as the loaders do.
"""
from __future__ import annotations

import datetime as dt
import functools
import gc
import textwrap
import time
from collections.abc import Callable

from screener.degrees import find_degrees
from screener.engine import screen_document
from screener.models import Degree, Document, Line, Status
from screener.rules import load_rules, parse_rules
from screener.text.normalize import normalize_lines
from screener.text.sections import find_sections

AS_OF = dt.date(2026, 1, 1)


def _text_document(lines: list[str], source: str) -> Document:
    return Document(source, "text", tuple(Line(t) for t in lines))


def document(text: str, source: str = "resume.txt") -> Document:
    """A Document from a block of text, one Line per non-empty line."""
    return _text_document([t.strip() for t in textwrap.dedent(text).splitlines() if t.strip()], source)


def doc(*lines: str) -> Document:
    """A Document from lines, normalised as a loader would (bullets dropped, spaces squeezed)."""
    return _text_document(normalize_lines(list(lines)), "test.txt")


def sections(document: Document):
    return find_sections([line.text for line in document.lines])


def degrees_found(*lines: str) -> list[Degree]:
    """Every degree the screener reads in these lines, headings among them."""
    d = doc(*lines)
    return find_degrees(d, sections(d), AS_OF)


def degrees_read(*lines: str, heading: str = "Education") -> list[tuple[str, str | None]]:
    """(level, field) of each degree the screener reads in a section of these lines under `heading`."""
    return [(x.level.value, x.field) for x in degrees_found(heading, *lines)]


def requirement(check: str = "keywords", missing: str = "fail", group: str = "qualification", **params) -> dict:
    return {"id": "req", "text": "the posting's words", "group": group, "missing": missing, "check": check, **params}


def outcome(text: str, req: dict):
    """Screen `text` against a one-requirement rule set; return that requirement's result."""
    rules = parse_rules({"title": "t", "requirement": [req]}, "test.toml")
    return screen_document(document(text), rules, AS_OF).requirements[0]


def check(text: str, req: dict, expect: Status | str):
    """One-line assertion for check tests: the requirement's status on `text` is `expect`."""
    result = outcome(text, req)
    assert result.status == Status(expect), f"{result.status.value}: {result.detail}"
    return result


@functools.cache
def _bundled_rules():
    return load_rules()


def requirement_status(rules, text: str, rid: str) -> str:
    """The status a rule set gives requirement `rid` on `text`."""
    result = screen_document(document(text), rules, AS_OF)
    return next(q for q in result.requirements if q.id == rid).status.value


def bundled_status(text: str, rid: str) -> str:
    """The status the bundled rule set gives requirement `rid` on `text`."""
    return requirement_status(_bundled_rules(), text, rid)


def grows_linearly(screen: Callable[[str], object], hostile: Callable[[int], str], size: int) -> bool:
    """Whether screening `hostile(n)` takes about n times longer, not n squared, from a quarter of `size` to `size`.

    Work that grows with the square of a line takes 16 times as long at four times the size, linear work about 4
    times. The two sizes are compared by this process's own CPU time, best of three with the garbage collector off,
    which asks what the code does rather than how busy the machine is or how big the test session's heap has grown
    (a fixed limit in seconds fails on a loaded machine and passes a quadratic regex on a fast one).
    """
    def best(n: int) -> float:
        text, times = hostile(n), []
        for _ in range(3):
            gc.disable()  # as timeit does: a full collection of the test session's heap is not the code's time
            try:
                started = time.process_time()
                screen(text)
                times.append(time.process_time() - started)
            finally:
                gc.enable()
        return min(times)
    return best(size) < 8 * max(best(size // 4), 0.01)
