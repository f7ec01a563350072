"""How the characters of a PDF line join into words: where a gap is a word break, judged against the line's own
letter spacing, and where an accent drawn as a glyph of its own belongs to a letter."""
from __future__ import annotations

from ..text.normalize import compose_accent

WORD_SPACE = 0.12  # a gap this share of the font size wider than the letter spacing parts two words


def words_of(chars: list[dict]) -> list[dict]:
    """Words of visible characters in reading order, parted where a space character, a line end or hidden text
    came between two of them ("apart"), or where their gap is wider than their stretch of line's own letter
    spacing by a word space. pdfium's generated spaces are only its guesses: letter-spaced (tracked) text, each
    letter set apart, gets one between every two letters, and the real word gaps, wider still, are lost among
    them."""
    words: list[dict] = []
    for stretch in _stretches(chars):
        spacing = letter_spacing(stretch)
        current: dict | None = None
        previous = stretch[0]
        for char in stretch:
            if current is not None and not char["apart"] and continues(current, previous, char, char["size"],
                                                                         spacing):
                current["text"] += char["text"]
                current["x1"] = max(current["x1"], char["x1"])
                current["top"] = min(current["top"], char["top"])
                current["bottom"] = max(current["bottom"], char["bottom"])
            else:
                current = {k: char[k] for k in ("text", "x0", "x1", "top", "bottom")}
                words.append(current)
            previous = char
    return words


STRETCH_GAP = 2.0  # ems: no word space of even widely letter-spaced text is as wide; a gutter or a tab is


def _stretches(chars: list[dict]) -> list[list[dict]]:
    """Stretches of text: characters on one baseline, in reading order, up to a gap wider than any word space
    (a gutter or a tab), so a letter-spaced heading level with the text of another column has its own spacing."""
    lines: list[list[dict]] = []
    for char in chars:
        if (lines and abs(char["bottom"] - lines[-1][-1]["bottom"]) < 0.5 * char["size"]
                and char["x0"] - lines[-1][-1]["x1"] < STRETCH_GAP * char["size"]):
            lines[-1].append(char)
        else:
            lines.append([char])
    return lines


def letter_spacing(line: list[dict]) -> float:
    """How far apart a line (a stretch of one) sets its letters: the lower quartile of the gaps between
    neighbouring letters that no space parts, or 0 when no two letters neighbour. Most such neighbours are letters
    of one word and a word gap is wider, so even a short line of short words ("I am a") shows its letter spacing.
    Ordinary text sets its letters edge to edge (0); letter-spaced text a fixed distance apart."""
    gaps = sorted(b["x0"] - a["x1"] for a, b in zip(line, line[1:])
                  if not b["apart"] and a["text"].isalpha() and b["text"].isalpha() and not _same_box(a, b))
    return max(0.0, gaps[(len(gaps) - 1) // 4]) if gaps else 0.0


def _same_box(a: dict, b: dict) -> bool:
    """Two letters of one ligature glyph such as "fi": pdfium gives each the glyph's box."""
    return abs(b["x0"] - a["x0"]) < 0.01 and abs(b["x1"] - a["x1"]) < 0.01


def continues(word: dict, previous: dict, char: dict, size: float, spacing: float = 0.0) -> bool:
    """Whether a character carries on the word before it: on its line, and in its previous character's very box
    (a ligature) or after its last character by no more than the line's letter spacing and less than a word
    space more."""
    if abs(char["bottom"] - word["bottom"]) >= 0.5 * size:
        return False
    if _same_box(previous, char):
        return True
    return -0.5 * size < char["x0"] - word["x1"] < spacing + WORD_SPACE * size


OVERPRINT = 0.15  # ems: a fake-bold copy sits a hair from its glyph; a doubled letter a whole advance away


def overprints_dropped(chars: list[dict]) -> list[dict]:
    """Characters without the copies painted over them: a glyph drawn again at nearly the same place, same size,
    on the same line makes the first look bold (a fake-bold overprint); a reader sees one letter, not two. Two
    letters in the very same box are one ligature glyph ("ff"), whose letters both count."""
    kept: list[dict] = []
    seen: dict[tuple, list[dict]] = {}  # kept glyphs filed by text, size and a grid cell as wide as `near`
    for char in chars:
        near = OVERPRINT * char["size"] or 1.0
        text, size, x, y = char["text"], round(char["size"], 1), round(char["x0"] / near), round(char["bottom"] / near)
        if not _overprints(char, near, [seen.get((text, size, x + dx, y + dy)) for dx, dy in _AROUND]):
            seen.setdefault((text, size, x, y), []).append(char)
            kept.append(char)
    return kept


_AROUND = tuple((dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1))  # a grid cell and its eight neighbours


def _overprints(char: dict, near: float, cells: list[list[dict] | None]) -> bool:
    """Whether a glyph of these cells (None: none filed there) lies within `near` of the character, in
    another box."""
    for cell in cells:
        if cell is not None:
            for o in cell:
                if (abs(o["x0"] - char["x0"]) < near and abs(o["bottom"] - char["bottom"]) < near
                        and not _same_box(o, char)):
                    return True
    return False


def accents_composed(chars: list[dict]) -> list[dict]:
    """Characters with each accent drawn as a glyph of its own composed with the letter it is centred over, the
    one after it (TeX draws "´" then "e" for é) or else the one before; the text layer gives them apart, and the
    accent would read as a word of its own ("Math ́ematiques")."""
    out: list[dict] = []
    for char in chars:
        previous = out[-1] if out else None
        if previous is not None:
            if _centred_over(previous, char) and (both := compose_accent(previous["text"], char["text"])):
                out[-1] = {**char, "text": both, "apart": previous.get("apart", False)}
                continue
            if _centred_over(char, previous) and (both := compose_accent(char["text"], previous["text"])):
                out[-1] = {**previous, "text": both}
                continue
        out.append(char)
    return out


def _centred_over(accent: dict, letter: dict) -> bool:
    """Whether a glyph's centre lies within a letter's box, on its line: an accent over it, not beside it."""
    return (letter["x0"] <= (accent["x0"] + accent["x1"]) / 2 <= letter["x1"]
            and abs(accent["bottom"] - letter["bottom"]) < letter["bottom"] - letter["top"])


def letter_spaced_lines(words: list[tuple[dict, int, int]], text: str):
    """pdfium's words with their indices, but a line of its text on which two neighbouring words are single
    letters, as letter-spaced text comes out, as (None, its first index, the index after its last): to be read
    character by character, its word gaps judged against its own letter spacing."""
    line: list[tuple[dict, int, int]] = []
    spaced = previous = False  # two neighbouring words of the line are letters; the last word is one
    for item in [*words, None]:
        if line and (item is None or text.find("\n", line[-1][2], item[1]) >= 0):  # no slice made a word
            if spaced:
                yield None, line[0][1], line[-1][2]
            else:
                yield from line
            line = []
            spaced = previous = False
        if item is not None:
            letter = _letter(item[0])
            spaced = spaced or (letter and previous)
            previous = letter
            line.append(item)


def _letter(word: dict) -> bool:
    return len(word["text"]) == 1 and word["text"].isalpha()
