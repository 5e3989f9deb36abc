"""How many people and pairs are in each phase, as the dashboard's table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mentorat_desktop.i18n import _, format_number
from mentorat_desktop.services.followup.phases import PhaseCount, phase_label
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel

PHASE_ROLE = Qt.ItemDataRole.UserRole + 1


class PhaseTableModel(RowTableModel[PhaseCount]):
    PHASE, PEOPLE, PAIRS = range(3)

    def headers(self) -> list[str]:
        return [_("Phase"), _("People"), _("Pairs")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        count = self.valid_row(index)
        if count is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.PHASE:
                return phase_label(count.phase)
            return format_number(count.people if column == self.PEOPLE else count.pairs)
        if role == PHASE_ROLE:
            return int(count.phase)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.PHASE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not (count.people or count.pairs):
            return Qt.GlobalColor.gray
        return None
