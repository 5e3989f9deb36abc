"""The questions of a questionnaire being edited, in their order, as a Qt table.

Rows are the editor's drafts; the text shows in the interface's language with the other
language as a tooltip, so the committee sees at a glance whether both are written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mentorat_desktop.i18n import _, current_language
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.questionnaires.shapes import QuestionDraft
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel


def draft_text(draft: QuestionDraft, language: str) -> str:
    if language == "en":
        return draft.text_en or draft.text_fr
    return draft.text_fr or draft.text_en


class QuestionTableModel(RowTableModel[QuestionDraft]):
    POSITION, KIND, TEXT, REQUIRED = range(4)

    def headers(self) -> list[str]:
        return [_("No."), _("Kind of answer"), _("Question"), _("Required")]

    def rows(self) -> list[QuestionDraft]:
        return list(self._rows)

    def _display(self, row: int, draft: QuestionDraft, column: int) -> str:
        if column == self.POSITION:
            return str(row + 1)
        if column == self.KIND:
            return label(draft.kind)
        if column == self.TEXT:
            return " ".join(draft_text(draft, current_language()).split())
        return _("Yes") if draft.required else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        draft = self.valid_row(index)
        if draft is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(index.row(), draft, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TEXT:
            other = "fr" if current_language() == "en" else "en"
            return draft_text(draft, other) or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.POSITION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
