"""Find the vertical gutter of a two-column page so each column can be read on its own."""
from __future__ import annotations

from bisect import bisect_left

from .label_cells import date_row, headings_apart
from .page_rows import ROW_TOLERANCE, visual_rows

WIDE_GUTTER = 8.0  # points of empty x-range that separate columns on their own
NARROW_GUTTER = 2.0  # justified LaTeX columns: accepted only when the right column has an aligned left edge
MIN_ALIGNED = 8  # lines starting at the same x that prove a narrow gutter is a column edge
MIN_SIDE_SHARE = 0.12  # each column holds at least this share of the body's words or lines (_weight)
MIN_COLUMN_WIDTH = 0.15  # share of the page width: narrower right-aligned date or location strips are no column
MAX_HEADER_SHARE = 0.6  # a full-width header may cover at most the top 60% of the text
MAX_FOOTER_SHARE = 0.1  # a full-width footer (page number, name) sits in the bottom 10%
MIN_MARGIN_DATES = 3  # dated rows that show a narrow column is the date margin of the one beside it
MARGIN_DATE_SHARE = 1 / 2  # of a margin's rows, at least this share are dates (the rest places, a heading)
MARGIN_LEVEL_SHARE = 0.8  # of a margin's dates, at least this share stand level with a row beside them
MARGIN_SPARSITY = 0.9  # a margin has at most this share of the rows beside it, over its height (_sparse)
PHONE_DIGITS = 7  # digits in a row that is no date: a phone number, which a sidebar lists and no label is


def split_columns(words: list[dict], width: float) -> list[list[dict]]:
    """Return word groups in reading order: [header, left, right, footer] on a two-column page, else [words]."""
    if len(words) < 20:
        return [words]
    top = min(w["top"] for w in words)
    span = max(w["bottom"] for w in words) - top
    best = None
    gaps = _candidate_gaps(words, width, span, top)
    rows = visual_rows(words) if gaps else []
    for gap_x0, gap_x1 in gaps:
        x = (gap_x0 + gap_x1) / 2
        cuts = _band(_crossing(rows, x, gap_x1), top, span)
        if cuts is None:
            continue
        body = [w for w in words if cuts[0] <= w["top"] and w["bottom"] <= cuts[1]]
        left = [w for w in body if w["x1"] <= x]
        right = [w for w in body if w["x0"] >= x]
        if min(_weight(left, right, body), _weight(right, left, body)) < MIN_SIDE_SHARE:
            continue
        if min(_vertical_extent(left), _vertical_extent(right)) < 0.3 * span:
            continue
        if min(_horizontal_extent(left), _horizontal_extent(right)) < MIN_COLUMN_WIDTH * width:
            continue  # splitting dates off their roles would break every experience entry
        right_rows = visual_rows(right)
        if _right_aligned_strip(right_rows) or _is_margin(left, right, right_rows):
            continue
        if gap_x1 - gap_x0 < WIDE_GUTTER and sum(abs(w["x0"] - gap_x1) < 1.0 for w in right) < MIN_ALIGNED:
            continue
        # the gutter that reads the most of the page as columns, then the widest: a gap that only a short,
        # ragged end of the left column leaves wide sends that column's upper lines into the header
        if best is None or (cuts[1] - cuts[0], gap_x1 - gap_x0) > best[0]:
            best = ((cuts[1] - cuts[0], gap_x1 - gap_x0), cuts, x)
    if best is None:  # one column: its rows, when the gutters' test grouped them, are the page's
        return [headings_apart(words, rows or None)]
    _, (head, foot), x = best
    body = [w for w in words if head <= w["top"] and w["bottom"] <= foot]
    return [headings_apart(region) for region in ([w for w in words if w["top"] < head],
            [w for w in body if w["x1"] <= x], [w for w in body if w["x0"] >= x],
            [w for w in words if w["top"] >= head and w["bottom"] > foot])]


def _weight(side: list[dict], other: list[dict], body: list[dict]) -> float:
    """A side's share of the body: of its words, or of its lines when that is more. A sidebar lists a skill, a
    tool or a contact detail a line, so it holds few words beside a main column of sentences but as many lines
    of its own. Only lines of its own count: a line level with one across the gutter is a row of a form or of
    dates beside roles ("Birth date:" beside its value), which reads across, not down. Each baseline is looked up
    once, not once for each of its line's words."""
    across = sorted({w["bottom"] for w in other})
    own = {round(y) for y in {w["bottom"] for w in side} if not _level(y, across)}
    rows = len(own) + len({round(y) for y in across})
    return max(len(side) / len(body), len(own) / rows if rows else 0.0)


def _level(y: float, baselines: list[float]) -> bool:
    """Whether a baseline is on a row of these (sorted) baselines, as near as pdf._assemble joins a row."""
    return _near(y, ROW_TOLERANCE, baselines)


def _vertical_extent(words: list[dict]) -> float:
    return max(w["bottom"] for w in words) - min(w["top"] for w in words) if words else 0.0


def _crossing(rows: list[list[dict]], x: float, edge: float) -> list[dict]:
    """Words that tie both sides of x into one line: a word spanning x, or the word after an ordinary
    word space at x (a header line), unlike a column gutter, where the next word starts on the column edge.
    One pass over each row: the reach of its words left of x, the first nearest word right of it, and the
    words across it."""
    crossing = []
    for row in rows:
        reach = nearest = None
        for w in row:
            x0, x1 = w["x0"], w["x1"]
            if x1 <= x and (reach is None or x1 > reach):
                reach = x1
            if x0 >= x and (nearest is None or x0 < nearest["x0"]):
                nearest = w
            if x0 < x < x1:
                crossing.append(w)
        if (reach is not None and nearest is not None and nearest["x0"] - reach < WIDE_GUTTER
                and abs(nearest["x0"] - edge) > 1.0):
            crossing.append(nearest)
    return crossing


def _right_aligned_strip(rows: list[list[dict]]) -> bool:
    """Dates or places flush with the right margin and ragged on the left (its visual rows): part of each row, not a
    column."""
    starts = [row[0]["x0"] for row in rows]
    ends = [max(w["x1"] for w in row) for row in rows]
    flush_right = sum(e > max(ends) - 2 for e in ends) / len(ends)
    flush_left = sum(s < min(starts) + 2 for s in starts) / len(starts)
    return flush_right >= 0.7 and flush_left <= 0.6


def _is_margin(left: list[dict], right: list[dict], right_rows: list[list[dict]]) -> bool:
    """Whether the narrower side is the date margin of the other (either side) or its label column (the left
    side): its rows grouped once for both readings."""
    left_extent, right_extent = _horizontal_extent(left), _horizontal_extent(right)
    if left_extent < right_extent:
        left_rows = visual_rows(left)
        return _date_margin(left_rows, right) or _label_margin(left_rows, right)
    return right_extent < left_extent and _date_margin(right_rows, left)


def _date_margin(rows: list[list[dict]], other: list[dict]) -> bool:
    """Whether a side (its visual rows), narrower than `other`, is the date margin of the column beside it, not a
    column of its own: at least half its rows a date alone ("2017 - 2024", "Feb., 2021", "09/2021 – present") and
    nearly all of those level with a row beside them, within a line's height (a two-line role's dates centred on
    it). Such dates say when the row beside them was: read apart, every date would come detached from its role. A
    margin is sparse: a role spans several lines and its date stands on one of them. A sidebar that lists a skill, a
    certificate or a contact a line, with its year on the next ('Cloud Practitioner' over '2021'), has a row on
    nearly every line of the column beside it: a column, whatever its content, however its rows happen to line up."""
    dated = [row for row in rows if date_row(row)]
    if len(dated) < MIN_MARGIN_DATES or len(dated) < MARGIN_DATE_SHARE * len(rows):
        return False
    return _level_share(dated, other) >= MARGIN_LEVEL_SHARE and _sparse(rows, other)


def _label_margin(rows: list[list[dict]], other: list[dict]) -> bool:
    """Whether a side (its visual rows), left of the gutter and narrower than `other`, is the labels of the rows
    beside it: flush right against the gutter and ragged on the left (moderncv's 'Apr 2017 - Dec 2024', 'Soft
    Skills', each set against its row), and nearly every row on the baseline of a row beside it. A label so set
    names its row, as a form's does. Its rows must say so themselves (_labels) and be sparse: a sidebar of contacts
    or skills set flush right, an item a line at the main column's line spacing, lines up with the main column's
    rows just as well."""
    return (_right_aligned_strip(rows) and _labels(rows) and _sparse(rows, other)
            and _level_share(rows, other, strict=True) >= MARGIN_LEVEL_SHARE)


def _labels(rows: list[list[dict]]) -> bool:
    """Whether these rows show themselves the labels of the roles beside them: some are a date of their own ('Apr
    2017 - Dec 2024', as moderncv and Europass set a role's dates against it; a heading alone is no sign, as every
    sidebar has one), and none is a contact (an email, a web address, a phone number), which a sidebar lists and no
    label is: a label names a value ('Email'), it is not one."""
    texts = [" ".join(w["text"] for w in row) for row in rows]
    if any("@" in t or "://" in t or "www." in t or (sum(c.isdigit() for c in t) >= PHONE_DIGITS and not date_row(row))
           for t, row in zip(texts, rows)):
        return False
    return any(date_row(row) for row in rows)


def _sparse(rows: list[list[dict]], other: list[dict]) -> bool:
    """Whether these rows of a margin are few beside the rows of `other` over the same height: at most
    MARGIN_SPARSITY of them. A role spans several lines (title, organisation, what was done) and its date or
    label stands on one; a sidebar that lists an item a line has a row on nearly every line beside it."""
    top, bottom = rows[0][0]["bottom"] - ROW_TOLERANCE, rows[-1][0]["bottom"] + ROW_TOLERANCE
    beside = visual_rows([w for w in other if top <= w["bottom"] <= bottom])
    return len(rows) <= MARGIN_SPARSITY * len(beside)


def _level_share(rows: list[list[dict]], other: list[dict], strict: bool = False) -> float:
    """The share of these rows level with a row of `other`: on its baseline (strict: a label set on its row's
    line), or within a line's height (a two-line role's dates centred on it)."""
    across = sorted({w["bottom"] for w in other})

    def reach(row: list[dict]) -> float:
        return ROW_TOLERANCE if strict else max(ROW_TOLERANCE, row[0]["bottom"] - row[0]["top"])
    return sum(_near(row[0]["bottom"], reach(row), across) for row in rows) / len(rows) if rows else 0.0


def _near(y: float, reach: float, baselines: list[float]) -> bool:
    """Whether a baseline of these (sorted) lies within `reach` of y."""
    i = bisect_left(baselines, y - reach)
    return i < len(baselines) and baselines[i] <= y + reach


def _horizontal_extent(words: list[dict]) -> float:
    return max(w["x1"] for w in words) - min(w["x0"] for w in words) if words else 0.0


def _band(crossing: list[dict], top: float, span: float) -> tuple[float, float] | None:
    """The y-range no line crosses x in, if the crossing words form only a header and a footer."""
    head, foot = top, top + span + 1
    for w in crossing:
        if w["bottom"] - top <= MAX_HEADER_SHARE * span:
            head = max(head, w["bottom"] + 0.1)
        elif w["top"] - top >= (1 - MAX_FOOTER_SHARE) * span:
            foot = min(foot, w["top"] - 0.1)
        else:
            return None
    return head, foot


def _candidate_gaps(words: list[dict], width: float, span: float, top: float) -> list[tuple[float, float]]:
    """x-ranges in the middle 70% of the page that no word of the page's lower body covers, or no word of its
    middle: a sidebar may end above a full-width section at the bottom of the page."""
    bands = ((top + MAX_HEADER_SHARE * span, top + (1 - MAX_FOOTER_SHARE) * span),
             (top + MAX_FOOTER_SHARE * span, top + MAX_HEADER_SHARE * span))
    gaps: list[tuple[float, float]] = []
    for lo_y, hi_y in bands:
        band = [w for w in words if lo_y <= w["top"] and w["bottom"] <= hi_y] or words
        covered = sorted((w["x0"], w["x1"]) for w in band)
        reach = covered[0][1]
        for x0, x1 in covered[1:]:
            if x0 - reach >= NARROW_GUTTER and (reach, x0) not in gaps:
                gaps.append((reach, x0))
            if x1 > reach:
                reach = x1
    return [(a, b) for a, b in gaps if 0.15 * width <= (a + b) / 2 <= 0.85 * width]
