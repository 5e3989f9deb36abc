"""A pair's sessions on the pair page, newest first; double-click to correct one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from mentorat_desktop.i18n import _, format_date, format_duration
from mentorat_desktop.services.followup.sessions import SessionRow
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.leads import capability_label
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel

SESSION_ROLE = Qt.ItemDataRole.UserRole + 1


def duration_text(minutes: int) -> str:
    return format_duration(minutes)


class SessionTableModel(RowTableModel[SessionRow]):
    DATE, LENGTH, MODE, TOPICS, LEADS = range(5)

    def headers(self) -> list[str]:
        return [_("Date"), _("Length"), _("Mode"), _("Topics"), _("LEADS capabilities")]

    def set_rows(self, rows: Sequence[SessionRow]) -> None:
        super().set_rows(sorted(rows, key=lambda s: s.held_on, reverse=True))

    def _display(self, row: SessionRow, column: int) -> str:
        return [
            format_date(row.held_on),
            duration_text(row.duration_minutes),
            label(row.mode),
            row.topics,
            ", ".join(row.leads_capabilities),
        ][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, index.column())
        if role == SESSION_ROLE:
            return row.session_id
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.LEADS:
                return "\n".join(capability_label(c) for c in row.leads_capabilities) or None
            return row.note or None
        return None
