"""The rows of an answers file as the committee checks them before anything is written.

Who answered and how many questions, never the answers themselves: the table may be on a
projector in a committee meeting.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from mentorat_desktop.i18n import N_, _
from mentorat_desktop.services.importing.contract import RowStatus
from mentorat_desktop.services.questionnaires.answer_preview import AnswerPreviewRow
from mentorat_desktop.views.item_models.import_preview_table import STATUS_COLOURS
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel

STATUS_LABELS = {
    RowStatus.NEW: N_("New"),
    RowStatus.UPDATE: N_("Replaces earlier answers"),
    RowStatus.DUPLICATE: N_("Duplicate"),
    RowStatus.ERROR: N_("Error"),
}


class AnswerPreviewModel(RowTableModel[AnswerPreviewRow]):
    ROW, STATUS, NAME, EMAIL, PARTNER, ANSWERED, PROBLEMS = range(7)

    def headers(self) -> list[str]:
        return [
            _("Row"),
            _("Status"),
            _("Name"),
            _("E-mail"),
            _("Pair with"),
            _("Questions answered"),
            _("Problems"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column, full=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.ROW, self.ANSWERED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: AnswerPreviewRow, column: int, full: bool) -> str | None:
        match column:
            case self.ROW:
                return str(row.row)
            case self.STATUS:
                return _(STATUS_LABELS[row.status])
            case self.NAME:
                return row.name
            case self.EMAIL:
                return row.email
            case self.PARTNER:
                return row.partner_name
            case self.ANSWERED:
                return str(row.answered)
            case self.PROBLEMS:
                messages = [
                    _("{where}: {message}").format(where=p.column, message=p.message)
                    if p.column
                    else p.message
                    for p in row.problems
                ]
                return ("\n" if full else " · ").join(messages)
        return None
