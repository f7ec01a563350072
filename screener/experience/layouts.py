"""Which entries of a block a layout may be read into: a layout is trusted only where it repeats."""
from __future__ import annotations

import enum
from collections.abc import Sequence

_REACH = 2  # the entries either side of one that show the layout around it
_LEAST = 2  # the fewest of them that must show a shape before it is read into the entry


class Shape(enum.Enum):
    """How an entry's heading lines stand around its dates, as far as the entry alone shows it."""

    BELOW = "below"  # named on its dated line, a heading right below it (not the role's text) and none above, or
    # one above too where only the line below names one holder's role
    ABOVE = "above"  # a heading line above its dates (more than the text of the role before) and none below, or
    # one below too where only the lines above name one holder's role
    EITHER = "either"  # a heading line both above and below its dates, neither side alone naming one holder's role
    NEITHER = "neither"  # named whole on its dated line


def repeated(shapes: Sequence[Shape]) -> list[bool]:
    """Which entries to read with their heading below their dates: an entry that shows that shape, or could be read
    either way, where at least `_LEAST` of the entries around it (up to `_REACH` either side) show it and, with the
    entry itself, outnumber those around it showing a title above. Any other entry keeps its own reading: one entry
    alone (a career break, a freelance spell) never sets the layout for the rest, nor stops it."""
    out = []
    for k, shape in enumerate(shapes):
        around = [*shapes[max(0, k - _REACH):k], *shapes[k + 1:k + 1 + _REACH]]
        below = around.count(Shape.BELOW)
        out.append(shape in (Shape.BELOW, Shape.EITHER) and below >= _LEAST
                   and below + (shape is Shape.BELOW) > around.count(Shape.ABOVE))
    return out
