"""A pair's goals on the pair page: what, which LEADS capabilities, by when, how far along."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.services.followup.goals import GoalRow
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.leads import capability_label
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel


class GoalTableModel(RowTableModel[GoalRow]):
    TITLE, LEADS, TARGET, STATUS = range(4)

    def headers(self) -> list[str]:
        return [_("Goal"), _("LEADS capabilities"), _("Target date"), _("Status")]

    def _display(self, goal: GoalRow, column: int) -> str:
        return [
            goal.title,
            ", ".join(goal.leads_capabilities),
            format_date(goal.target_on),
            label(goal.status),
        ][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        goal = self.valid_row(index)
        if goal is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(goal, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.LEADS:
                return "\n".join(capability_label(c) for c in goal.leads_capabilities) or None
            parts = [goal.description, goal.actions, goal.success_indicator]
            return "\n\n".join(p for p in parts if p) or None
        return None
