"""The column-to-field table of the import wizard: one row per column of the file."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.services.importing.columns import importable_fields
from mentorat_desktop.services.importing.contract import ColumnMapping, SourceTable

SAMPLES = 3
HEADER_WIDTH = 340  # beyond this, a long header (a whole question) wraps onto more lines


def _sample(table: SourceTable, column: int) -> str:
    values = []
    for row in table.rows:
        if column < len(row) and row[column] not in (None, ""):
            values.append(" ".join(str(row[column]).split()))
        if len(values) == SAMPLES:
            break
    text = " | ".join(values)
    return text if len(text) <= 80 else text[:79] + "…"


class MappingTable(QTableWidget):
    """Shows each column with examples and lets the user pick the field it feeds."""

    def __init__(self, parent: QWidget | None = None, target_title: str | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(
            [_("Column in the file"), _("Examples"), target_title or _("Field")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(_("Columns and fields"))
        self.combos: list[QComboBox] = []

    def load(
        self,
        table: SourceTable,
        mapping: ColumnMapping,
        targets: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        """One row per column; ``targets`` are the (key, label) a column may feed, the
        registration fields unless given."""
        choices = importable_fields() if targets is None else list(targets)
        self.setRowCount(len(table.headers))
        self.combos = []
        for position, header in enumerate(table.headers):
            item = QTableWidgetItem(header)
            item.setToolTip(header)
            self.setItem(position, 0, item)
            self.setItem(position, 1, QTableWidgetItem(_sample(table, position)))
            combo = QComboBox()
            combo.addItem(_("— ignore this column —"), "")
            for key, text in choices:
                combo.addItem(text, key)
            combo.setCurrentIndex(max(combo.findData(mapping.columns.get(position, "")), 0))
            combo.setAccessibleName(_("Field for column {column}").format(column=header))
            self.setCellWidget(position, 2, combo)
            self.combos.append(combo)
        self.resizeColumnToContents(0)
        self.setColumnWidth(0, min(self.columnWidth(0), HEADER_WIDTH))
        self.resizeRowsToContents()

    def columns(self) -> dict[int, str]:
        return {i: c.currentData() for i, c in enumerate(self.combos) if c.currentData()}

    def duplicated_fields(self) -> list[str]:
        """Field labels chosen for more than one column."""
        seen: dict[str, int] = {}
        for combo in self.combos:
            if combo.currentData():
                seen[combo.currentText()] = seen.get(combo.currentText(), 0) + 1
        return [name for name, n in seen.items() if n > 1]
