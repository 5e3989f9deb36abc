"""The year's activities as a table; attendance late to record shows in red."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from mentorat_desktop.i18n import _, current_language, format_date
from mentorat_desktop.services.activities.mail_drafts import clock_time
from mentorat_desktop.services.activities.records import ActivityRow
from mentorat_desktop.services.labels import label
from mentorat_desktop.views.item_models.row_table import RowTableModel

DATE, START, TITLE, KIND, AUDIENCE, STATUS, INVITED, PRESENT = range(8)
LATE_COLOUR = QColor("#b3261e")


class ActivityTableModel(RowTableModel[ActivityRow]):
    def __init__(self, now: datetime, parent: Any = None) -> None:
        super().__init__(parent)
        self.now = now

    def headers(self) -> list[str]:
        return [
            _("Date"),
            _("Start"),
            _("Title"),
            _("Kind"),
            _("Audience"),
            _("Status"),
            _("Invited"),
            _("Present"),
        ]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        late = row.attendance_due(self.now)
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == DATE:
                return format_date(row.held_on)
            if column == START:
                return clock_time(row.starts_at, current_language())
            if column == TITLE:
                return row.title
            if column == KIND:
                return label(row.kind)
            if column == AUDIENCE:
                return label(row.audience)
            if column == STATUS:
                return _("Attendance to record") if late else label(row.status)
            if column == INVITED:
                return str(row.invited)
            if column == PRESENT:
                return str(row.present) if row.attendance_recorded_at else ""
            return None
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(LATE_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (INVITED, PRESENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
