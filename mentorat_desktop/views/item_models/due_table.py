"""The dashboard's list of what is due or late, as a Qt table model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.services.followup.due import DueItem, due_title
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel

LATE = QColor("#9b1c1c")


class DueTableModel(RowTableModel[DueItem]):
    WHAT, SINCE, MENTOR, MENTEE, DETAIL = range(5)

    def headers(self) -> list[str]:
        return [_("Due"), _("Since"), _("Mentor"), _("Mentee"), _("Detail")]

    def cell_text(self, row: DueItem, column: int) -> str | None:
        return self._display(row, column)

    def _display(self, item: DueItem, column: int) -> str:
        return [
            due_title(item.kind),
            format_date(item.since),
            item.mentor_name,
            item.mentee_name,
            item.detail,
        ][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.valid_row(index)
        if item is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.detail
        if role == Qt.ItemDataRole.ForegroundRole and item.is_late:
            return QBrush(LATE)
        return None
