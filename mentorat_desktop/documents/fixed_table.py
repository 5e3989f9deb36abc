"""Facing columns of fixed wording (a bilingual list of commitments, a clause in French and
English), drawn by reportlab once and replayed in the next files.

A bilingual form sets most of its wording in two-column tables whose cells are paragraphs of
:mod:`fixed_text`; reportlab draws such a table cell by cell, with the same instructions in
every form. A :class:`FixedTable` keeps the drawing of the whole table, keyed by its cells'
keys, its options and its column widths and row heights, and replays it under the same
condition as a paragraph's: the file's fonts give every character the codes the drawing uses.
A piece split off at a page break has no key and is drawn as usual.
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


def _cells(values: list[list[Any]]) -> Iterator[Flowable]:
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
        (the measure depends only on the room and the cells, which do not change)."""
        room = (availWidth, availHeight)
        if self.__dict__.get("_calculated_for") == room:
            return
        super()._calc(availWidth, availHeight)
        self._calculated_for = room

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


def _record(table: FixedTable, doc: object, code: list[str]) -> Drawn | None:
    """The table's drawing and the codes of every character of every cell."""
    fonts: dict[Any, tuple[str, dict[int, int]]] = {}
    for cell in _cells(table._cellvalues):
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
