"""The rows of an answers file as the committee checks them before anything is written.

Who answered and how many questions, never the answers themselves: the table may be on a
projector in a committee meeting.
"""

from __future__ import annotations

from mentorat_desktop.i18n import N_, _
from mentorat_desktop.services.importing.contract import RowStatus
from mentorat_desktop.services.questionnaires.answer_preview import AnswerPreviewRow
from mentorat_desktop.views.item_models.import_preview_table import (
    CheckedRowsModel,
    problems_text,
)

STATUS_LABELS = {
    RowStatus.NEW: N_("New"),
    RowStatus.UPDATE: N_("Replaces earlier answers"),
    RowStatus.DUPLICATE: N_("Duplicate"),
    RowStatus.ERROR: N_("Error"),
}


class AnswerPreviewModel(CheckedRowsModel[AnswerPreviewRow]):
    ROW, STATUS, NAME, EMAIL, PARTNER, ANSWERED, PROBLEMS = range(7)
    RIGHT_ALIGNED = (ROW, ANSWERED)

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
                return problems_text(row.problems, full)
        return None
