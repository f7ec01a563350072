"""Normalisation's shortcuts answer as the full reading does: an ASCII line skips the Unicode steps (NFKC leaves
ASCII as it is; surrogates, soft hyphens and zero-width marks are not ASCII), and a line is searched for a word
broken by a hyphen only when a hyphen ends it (the pattern is anchored at the line's end)."""
import random
import re
import unicodedata

from screener.text import normalize
from screener.text.normalize import normalize_items
from screener.text.sections import split_glued_heading


def _marked_in_full(line: str) -> tuple[str, bool]:
    """normalize._marked without the ASCII shortcut: every step on every line."""
    if normalize._SURROGATE.search(line):
        line = line.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    line = unicodedata.normalize("NFKC", line).replace(normalize._SOFT_HYPHEN, "")
    line = normalize._ZERO_WIDTH.sub("", normalize._CONTROL.sub(" ", line))
    bare = normalize._BULLETS.sub("", normalize._MARK_BULLET.sub("", line))
    item = bool(line[:len(line) - len(bare)].strip() or normalize._NUMBERED.match(bare))
    return normalize._SPACES.sub(" ", bare).strip(), item


def _items_in_full(lines: list[str]) -> list[tuple[str, bool]]:
    """normalize_items searching every line before it for a hyphen break."""
    out: list[tuple[str, bool]] = []
    for raw in lines:
        if not raw:
            continue
        line, item = _marked_in_full(raw)
        if not line:
            continue
        if out and normalize._HYPHEN_BREAK.search(out[-1][0]) and line[:1].islower():
            head, _, rest = line.partition(" ")
            last = out[-1][0].rsplit(" ", 1)[-1]
            out[-1] = (out[-1][0] if "-" in last[:-1] else out[-1][0][:-1]) + head, out[-1][1]
            if not rest:
                continue
            line = rest
        out.extend((part, item and not k) for k, part in enumerate(split_glued_heading(line)))
    return out


# pieces of invented lines: words, hyphens at ends and inside, bullets, numbers, controls, newlines, non-ASCII
_PIECES = ["build", "micro-", "services", "end-to-", "end", "Led", "team", "-", " ", "  ", "\t", "\n", "\x1b[31m",
           "\u2022 ", "* ", "1. ", "\ufb01", "\u00ad", "\u200b", "caf\u00e9", "\u00e9", "\ud83d", "\ude00", "\u2013",
           "x-\n", "ab-\n", "Q3", "2019", "EXPERIENCE", "Skills", "\x00", "\u00a0", "e\u0301"]


def test_the_shortcuts_answer_as_the_full_reading_on_random_lines():
    rnd = random.Random(19)
    for _ in range(3000):
        lines = ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 6))) for _ in range(rnd.randint(1, 6))]
        assert normalize_items(lines) == _items_in_full(lines), lines


class _Counting:
    """The hyphen-break pattern, counting the lines it is searched in."""

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern, self.searched = pattern, 0

    def search(self, text: str):
        self.searched += 1
        return self.pattern.search(text)


def test_only_a_line_a_hyphen_ends_is_searched_for_a_broken_word(monkeypatch):
    counting = _Counting(normalize._HYPHEN_BREAK)
    monkeypatch.setattr(normalize, "_HYPHEN_BREAK", counting)
    lines = ["wrote the first draft of each report", "and reviewed it with the team"] * 50 + ["built micro-",
                                                                                            "services in Go"]
    assert normalize_items(lines)[-2:] == [("built microservices", False), ("in Go", False)]
    assert counting.searched == 1


class _CountingUnicode:
    """unicodedata, counting the lines given to normalize."""

    def __init__(self):
        self.normalized = 0

    def normalize(self, form: str, text: str) -> str:
        self.normalized += 1
        return unicodedata.normalize(form, text)


def test_an_ascii_line_skips_the_unicode_steps(monkeypatch):
    counting = _CountingUnicode()
    monkeypatch.setattr(normalize, "unicodedata", counting)
    assert normalize_items(["\u2022 Led a team of four", "Wrote tests\x1b[0m", "Caf\u00e9 \ufb01nance"]) == [
        ("Led a team of four", True), ("Wrote tests [0m", False), ("Café finance", False)]
    assert counting.normalized == 2  # the bullet's line and the last; "Wrote tests" is ASCII
