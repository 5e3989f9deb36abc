"""The program's four questionnaires with their current version and how much was answered."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mentorat_desktop.i18n import _, current_language, format_number
from mentorat_desktop.services.questionnaires.shapes import QuestionnaireInfo
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel

QUESTIONNAIRE_ROLE = Qt.ItemDataRole.UserRole + 1


class QuestionnaireTableModel(RowTableModel[QuestionnaireInfo]):
    TITLE, VERSION, QUESTIONS, ANSWERS = range(4)

    def headers(self) -> list[str]:
        return [_("Questionnaire"), _("Version"), _("Questions"), _("Answers on file")]

    def row_of(self, questionnaire_id: int) -> int | None:
        for position, row in enumerate(self._rows):
            if row.questionnaire_id == questionnaire_id:
                return position
        return None

    def _display(self, info: QuestionnaireInfo, column: int) -> str:
        if column == self.TITLE:
            return info.title_in(current_language())
        if column == self.VERSION:
            return format_number(info.version_number)
        if column == self.QUESTIONS:
            return format_number(len(info.questions))
        return format_number(info.total_answered)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        info = self.valid_row(index)
        if info is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(info, index.column())
        if role == QUESTIONNAIRE_ROLE:
            return info.questionnaire_id
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != self.TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.ANSWERS:
            return _("{n} on the current version").format(n=format_number(info.answered))
        return None
