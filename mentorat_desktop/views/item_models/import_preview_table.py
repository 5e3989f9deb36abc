"""The rows of an import as the committee checks them before anything is written."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from mentorat_desktop.i18n import N_, _
from mentorat_desktop.services.importing.contract import PreviewRow, RowStatus
from mentorat_desktop.services.labels import label
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel

STATUS_LABELS = {
    RowStatus.NEW: N_("New"),
    RowStatus.UPDATE: N_("Already registered, changed"),
    RowStatus.DUPLICATE: N_("Duplicate"),
    RowStatus.ERROR: N_("Error"),
}
STATUS_COLOURS = {
    RowStatus.NEW: "#1b5e20",
    RowStatus.UPDATE: "#0b5563",
    RowStatus.DUPLICATE: "#6d6d6d",
    RowStatus.ERROR: "#b00020",
}


def status_label(status: RowStatus) -> str:
    return _(STATUS_LABELS[status])


class ImportPreviewModel(RowTableModel[PreviewRow]):
    ROW, STATUS, NAME, EMAIL, ROLE, PROBLEMS = range(6)

    def headers(self) -> list[str]:
        return [_("Row"), _("Status"), _("Name"), _("E-mail"), _("Role"), _("Problems")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column, full=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: PreviewRow, column: int, full: bool) -> str | None:
        match column:
            case self.ROW:
                return str(row.row)
            case self.STATUS:
                text = status_label(row.status)
                if row.known_person and row.status == RowStatus.NEW:
                    text += " " + _("(known from an earlier year)")
                return text
            case self.NAME:
                return row.name
            case self.EMAIL:
                return row.email
            case self.ROLE:
                return label(row.role) if row.role else ""
            case self.PROBLEMS:
                messages = [
                    _("{where}: {message}").format(where=p.column, message=p.message)
                    if p.column
                    else p.message
                    for p in row.problems
                ]
                return ("\n" if full else " · ").join(messages)
        return None
