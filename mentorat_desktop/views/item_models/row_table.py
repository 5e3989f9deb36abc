"""The shared half of every table model here: a list of frozen rows and translated headers.

Subclasses say what their columns are (``headers``) and how a row shows (``data``); the
row bookkeeping Qt asks for is written once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from mentorat_desktop.i18n import current_language
from mentorat_desktop.views.item_models.sorted_rows import sorted_rows

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")


class RowTableModel(QAbstractTableModel, Generic[RowT]):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        # The rows in the order they were given, and the column and order they are shown
        # in once a table sorts them here (``sort``; column -1: as given).
        self._given: list[RowT] = []
        self._order: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        # Qt asks for the column count for every cell; translating the headers each time
        # was most of a table's start. Kept per language and forgotten with the rows, so a
        # language switch or a new set of rows always gets fresh headers.
        self._header_cache: tuple[str, list[str]] | None = None
        self._column_count: int | None = None

    def headers(self) -> list[str]:
        """The translated column titles: they may depend on the language and the rows only."""
        raise NotImplementedError

    def _headers(self) -> list[str]:
        language = current_language()
        if self._header_cache is None or self._header_cache[0] != language:
            self._header_cache = (language, self.headers())
        return self._header_cache[1]

    def cell_text(self, row: RowT, column: int) -> str | None:
        """The text a cell shows; models that say it here let tables size their columns
        from every row at once (``fit_columns``)."""
        raise NotImplementedError

    def has_column_texts(self) -> bool:
        return type(self).cell_text is not RowTableModel.cell_text

    def column_texts(self, column: int) -> list[str]:
        """The text of ``column`` in every row, as shown (for sizing the column)."""
        text = self.cell_text
        return [text(row, column) or "" for row in self._rows]

    def set_rows(self, rows: Sequence[RowT]) -> None:
        self.beginResetModel()
        self._header_cache = None
        self._column_count = None
        self._given = list(rows)
        self._rows = self._in_order(self._given)
        self.endResetModel()

    def sort_value(self, row: RowT, column: int) -> Any:
        """What a row is sorted by in ``column`` (models sorted here say it)."""
        raise NotImplementedError

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Put the rows in order (for ``ModelSortedProxy``); selections follow their rows.
        A model without ``sort_value`` does not sort, as Qt's default."""
        if type(self).sort_value is RowTableModel.sort_value:
            return
        self.layoutAboutToBeChanged.emit()
        before = self._rows
        self._order = (column, order)
        self._rows = self._in_order(before)  # equal keys stay as they were shown
        moved_to = {id(row): n for n, row in enumerate(self._rows)}
        old = self.persistentIndexList()
        new = [
            self.index(moved_to[id(before[index.row()])], index.column())
            if index.isValid() and index.row() < len(before)
            else QModelIndex()
            for index in old
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _in_order(self, rows: list[RowT]) -> list[RowT]:
        column, order = self._order
        if column < 0 or not rows:
            return list(rows)
        return sorted_rows(
            rows,
            lambda row: self.sort_value(row, column),
            descending=order == Qt.SortOrder.DescendingOrder,
        )

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def valid_row(self, index: Index) -> RowT | None:
        """The row behind ``index``, or None for an index Qt should get nothing for."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        # Asked at every index Qt makes: counted once per set of rows (a language changes
        # the titles, never their number).
        if self._column_count is None:
            self._column_count = len(self._headers())
        return self._column_count

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = self._headers()
        return headers[section] if 0 <= section < len(headers) else None
