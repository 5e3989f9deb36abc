"""A questionnaire's history: each version, when it was made, what changed, how it was used."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt

from mentorat_desktop.i18n import _, format_date, format_number
from mentorat_desktop.services.questionnaires.shapes import VersionInfo
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel


class VersionTableModel(RowTableModel[VersionInfo]):
    NUMBER, CREATED, NOTE, QUESTIONS, RESPONSES = range(5)

    def headers(self) -> list[str]:
        return [_("Version"), _("Date"), _("What changed"), _("Questions"), _("Answers")]

    def set_rows(self, rows: Sequence[VersionInfo]) -> None:
        # The newest first: it is the one answers go to now.
        super().set_rows(sorted(rows, key=lambda v: v.number, reverse=True))

    def _display(self, version: VersionInfo, column: int) -> str:
        if column == self.NUMBER:
            return format_number(version.number)
        if column == self.CREATED:
            return format_date(version.created_at.date())
        if column == self.NOTE:
            note = " ".join(version.note.split())
            if not note and version.number == 1:
                return _("First version")  # an empty cell read as something missing
            return note
        if column == self.QUESTIONS:
            return format_number(version.questions)
        return format_number(version.responses)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        version = self.valid_row(index)
        if version is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(version, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NOTE:
            return version.note or None
        numeric = (self.NUMBER, self.QUESTIONS, self.RESPONSES)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
