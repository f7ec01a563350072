"""Which entries of a block a layout may be read into: a layout is trusted only where it repeats."""
from __future__ import annotations

import enum
from collections.abc import Sequence

_AROUND = 2  # the fewest other entries that must show a shape before it is read into an entry


class Shape(enum.Enum):
    """How an entry's heading lines stand around its dates, as far as the entry alone shows it."""

    BELOW = "below"  # named on its dated line, a heading line right below, no title line above
    ABOVE = "above"  # a title line above its dates, none below
    EITHER = "either"  # a title-like line both above and below its dates, neither side alone naming a role
    NEITHER = "neither"  # named whole on its dated line


def repeated(shapes: Sequence[Shape]) -> list[bool]:
    """Which entries to read with their heading below their dates: an entry that shows that shape, or could be read
    either way, when at least `_AROUND` of the block's other entries show it and they outnumber those showing a
    title above. Any other entry, or one in a block where the shape does not repeat, keeps its own reading: one
    entry alone (a career break, a freelance spell) never sets the layout for the rest."""
    below, above = shapes.count(Shape.BELOW), shapes.count(Shape.ABOVE)
    out = []
    for shape in shapes:
        others = below - (shape is Shape.BELOW)
        out.append(shape in (Shape.BELOW, Shape.EITHER) and others >= _AROUND and others > above)
    return out
