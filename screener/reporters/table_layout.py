"""A rich table drawn one row at a time: every column measured over all rows first, then each row drawn alone.

Printed whole, a rich Table holds every cell of every row and every segment it draws until the last is written:
about 28 kB a row with a column per requirement, 300 MB for 10,000 resumes. The widths rich gives a column
depend only on its header and on the narrowest and widest each of its cells can be drawn (their measurements),
so those are widened row by row as the rows go by; the widths are then the ones rich lays out for a table whose
one row measures that much, and the table is drawn in pieces at those widths: its title, top edge and header,
each row on its own, then the bottom edge. The pieces are the lines the whole table would have had, in the
same bytes (tests/test_report_table_pieces.py prints both).
"""
from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.table import Table
from rich.text import Text


class Layout:
    """The table's title and columns ((header, rich column options) each), and its columns' measurements so far."""

    def __init__(self, title: Text, columns: list[tuple[str, dict]]) -> None:
        self.title = title
        self.columns = columns
        self.extents: list[Measurement] = []  # one per column, once a row was measured

    def measure(self, console: Console, cells: list[RenderableType]) -> None:
        """Widen each column's measurement to hold this row's cell."""
        options = console.options  # made afresh on each reading: it asks the terminal its size
        found = [Measurement.get(console, options, cell) for cell in cells]
        self.extents = [Measurement(max(a.minimum, b.minimum), max(a.maximum, b.maximum))
                        for a, b in zip(self.extents, found)] if self.extents else found

    def draw(self, console: Console, rows: Iterable[list[RenderableType]]) -> None:
        """Print the table with these rows (the ones measured, in order), each row printed as it comes."""
        sizing = self._table(None)
        if self.extents:
            sizing.add_row(*map(_Extent, self.extents))
        with console.capture():  # lays the columns out and draws only the stand-in row, into nothing
            console.print(sizing)
        if sizing.widths is None:  # a rich that no longer lays columns out where _Table hooks in: drawn whole
            console.print(self._whole(rows))
            return
        top = self._table(self.title, sizing.widths)
        console.print(_Lines(top, stop=-1))  # title, top edge, header: all but the bottom edge
        for cells in rows:
            piece = self._table(None, sizing.widths, show_header=False)
            piece.add_row(*cells)
            console.print(_Lines(piece, start=1, stop=-1))  # the row without the edges drawn above and below it
        console.print(_Lines(top, start=-1))

    def _whole(self, rows: Iterable[list[RenderableType]]) -> _Table:
        table = self._table(self.title)
        for cells in rows:
            table.add_row(*cells)
        return table

    def _table(self, title: Text | None, widths: list[int] | None = None, show_header: bool = True) -> _Table:
        table = _Table(widths, title=title, title_justify="left", show_lines=False, pad_edge=False,
                       show_header=show_header)
        for header, options in self.columns:
            table.add_column(header, **options)
        return table


class _Table(Table):
    """A rich Table whose column widths are given, or else laid out once and kept (`widths`)."""

    def __init__(self, widths: list[int] | None, **options) -> None:
        super().__init__(**options)
        self.widths = widths

    def _calculate_column_widths(self, console: Console, options: ConsoleOptions) -> list[int]:
        if self.widths is None:
            self.widths = super()._calculate_column_widths(console, options)
        return self.widths


class _Extent:
    """A stand-in cell that measures as every cell of its column did together, and draws nothing."""

    def __init__(self, extent: Measurement) -> None:
        self.extent = extent

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return self.extent

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        return iter(())


class _Lines:
    """The lines [start:stop] of what a renderable draws."""

    def __init__(self, renderable: RenderableType, start: int | None = None, stop: int | None = None) -> None:
        self.renderable, self.start, self.stop = renderable, start, stop

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        lines = list(Segment.split_lines(console.render(self.renderable, options)))
        for line in lines[self.start:self.stop]:
            yield from line
            yield Segment.line()
