"""Facing columns of fixed wording (a bilingual list of commitments, a clause in French and
English), drawn by reportlab once and replayed in the next files.

A bilingual form sets most of its wording in two-column tables whose cells are paragraphs of
:mod:`fixed_text`; reportlab draws such a table cell by cell, with the same instructions in
every form. A :class:`FixedTable` keeps the drawing of the whole table, keyed by its cells'
keys, its options and its column widths and row heights, and replays it under the same
condition as a paragraph's: the file's fonts give every character the codes the drawing uses.

A page break splits such a table by rows: each piece is a table of fixed wording too, keyed by
its table's key, which side of the break it is and where the break falls (its rows and
options follow from those), so a list of commitments that crosses a page keeps both halves'
drawings. The measure of a table (its column widths and row heights for the room it is
given) depends only on its key and that room, and is kept as well: the next form's table of
the same wording, at the same place on its page, skips measuring its cells again.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from reportlab.platypus import Flowable, Table

from mentorat_desktop.documents.fixed_text import (
    LIMIT,
    VARIANTS,
    Drawn,
    FixedParagraph,
    record_paragraph,
    write_at,
)

_drawn: dict[tuple[Any, ...], list[Drawn]] = {}
# What Table._calc leaves on the table, per key and room; lists are copied on the way out.
_measured: dict[tuple[Any, ...], dict[str, Any]] = {}


def table_cells(values: list[list[Any]]) -> Iterator[Flowable]:
    """Every flowable in a table's cells (a cell holds one or a list)."""
    for row in values:
        for cell in row:
            if isinstance(cell, list | tuple):
                yield from cell
            else:
                yield cell


def table_key(rows: list[list[Any]], *options: object) -> tuple[Any, ...] | None:
    """A key for a table of ``rows`` made with ``options``, if every cell is fixed wording."""
    keys = []
    for row in rows:
        row_keys = []
        for cell in row:
            key = getattr(cell, "_layout_key", None) if isinstance(cell, FixedParagraph) else None
            if key is None:
                return None
            row_keys.append(key)
        keys.append(tuple(row_keys))
    return (tuple(keys), *options)


class FixedTable(Table):
    """A table of fixed wording whose drawing is kept for its width and row heights."""

    _layout_key: tuple[Any, ...] | None = None

    def _calc(self, availWidth: float, availHeight: float) -> None:
        """Table._calc, once for the same room: reportlab measures a table, finds it too tall
        for what is left of the page, then splits it, measuring it again for the same room
        (the measure depends only on the room and the cells, which do not change).

        A table with a key measured for the first time takes the measure of an earlier one
        with the same key, measured for the first time in the same room. (Only a first
        measure: reportlab works out a table's column widths once, in its first room.)
        """
        room = (availWidth, availHeight)
        if self.__dict__.get("_calculated_for") == room:
            return
        first = not self.__dict__.get("_width_calculated_once")
        key = None if self._layout_key is None or not first else (self._layout_key, room)
        done = None if key is None else _measured.get(key)
        if done is not None:
            self.__dict__.update((name, _copied(value)) for name, value in done.items())
        else:
            super()._calc(availWidth, availHeight)
            if key is not None and not self._spanCmds:
                if len(_measured) >= LIMIT:
                    _measured.clear()
                _measured[key] = {
                    name: _copied(value)
                    for name, value in self.__dict__.items()
                    if name in _MEASURE
                }
        self._calculated_for = room

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        """Table.split; the two pieces of a table with a key get keys of their own."""
        pieces = super().split(availWidth, availHeight)
        key = self._layout_key
        if key is not None and len(pieces) == 2:
            head, tail = pieces
            if isinstance(head, FixedTable) and isinstance(tail, FixedTable):
                rows = len(head._cellvalues)
                head._layout_key = (key, "head", rows)
                tail._layout_key = (key, "tail", rows)
        return pieces

    def _variants(self) -> list[Drawn] | None:
        key = self._layout_key
        if key is None or self._spanCmds:
            return None
        geometry = (key, tuple(self._colWidths), tuple(self._rowHeights))
        variants = _drawn.get(geometry)
        if variants is None:
            if len(_drawn) >= LIMIT:
                _drawn.clear()
            variants = _drawn[geometry] = []
        return variants

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """Flowable.drawOn around a kept drawing, as FixedParagraph.drawOn does."""
        variants = self._variants()
        if variants is not None and not getattr(self, "_showBoundary", None):
            doc = canvas._doc
            for index, drawn in enumerate(variants):
                if drawn.holds_in(doc):
                    if index:
                        variants.insert(0, variants.pop(index))
                    write_at(canvas._code, self._hAlignAdjust(x, _sW), y, drawn.code)
                    return
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        variants = self._variants()
        code = self.canv._code
        start = len(code)
        super().draw()
        if variants is None:
            return
        recorded = _record(self, self.canv._doc, code[start:])
        if recorded is not None:
            variants.insert(0, recorded)
            del variants[VARIANTS:]


# The attributes Table._calc sets (on the table, not its cells) that a kept measure restores.
_MEASURE = frozenset(
    {
        "_colWidths",
        "_colpositions",
        "_width",
        "_width_calculated_once",
        "_rowHeights",
        "_rowpositions",
        "_height",
        "_hmax",
        "_nosplitRanges",
        "_colNoSplitCells",
        "_rowNoSplitCells",
    }
)


def _copied(value: Any) -> Any:
    """A kept measure's value, with its own lists and dicts: reportlab may change them."""
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def _record(table: FixedTable, doc: object, code: list[str]) -> Drawn | None:
    """The table's drawing and the codes of every character of every cell."""
    fonts: dict[Any, tuple[str, dict[int, int]]] = {}
    for cell in table_cells(table._cellvalues):
        if not isinstance(cell, FixedParagraph):
            return None
        drawn = record_paragraph(cell, doc, [])
        if drawn is None:
            return None
        for font, internal_name, codes in drawn.fonts:
            name, merged = fonts.setdefault(font, (internal_name, {}))
            if name != internal_name:
                return None
            merged.update(codes)
    return Drawn(
        tuple(code),
        tuple((font, name, tuple(sorted(codes.items()))) for font, (name, codes) in fonts.items()),
    )


def forget_table_drawings() -> None:
    """Start again from nothing, as a new process would (tests compare the two)."""
    _drawn.clear()
    _measured.clear()
