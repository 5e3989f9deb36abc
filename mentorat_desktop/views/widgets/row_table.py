"""The read-only table of rows the pages and dialogs show: one place for how they behave, so
every list selects whole rows, never edits in place and reads the same way."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Selection = QAbstractItemView.SelectionMode
Resize = QHeaderView.ResizeMode


def row_table(
    model: QAbstractItemModel,
    name: str,
    *,
    selection: Selection = Selection.SingleSelection,
    resize: Resize = Resize.ResizeToContents,
    word_wrap: bool = False,
) -> QTableView:
    """A table over ``model`` with whole-row selection, no editing, alternating rows, no row
    numbers and its last column stretched; ``name`` is what a screen reader announces."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(word_wrap)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(resize)
    header.setStretchLastSection(True)
    return table
