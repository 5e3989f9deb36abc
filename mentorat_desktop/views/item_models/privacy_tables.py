"""The Privacy section's lists: the audit trail's history and the incident register."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.services.privacy.action_labels import action_label, readable_summary
from mentorat_desktop.services.privacy.history import HistoryRow
from mentorat_desktop.services.privacy.incidents import IncidentRow
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel


class HistoryTableModel(RowTableModel[HistoryRow]):
    """Who changed what and when; the summary only, never the answers' contents."""

    NUMBER, WHEN, WHO, ACTION, YEAR, SUMMARY = range(6)

    def headers(self) -> list[str]:
        return [_("No."), _("When"), _("Who"), _("Action"), _("Program year"), _("Summary")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        return [
            str(row.id),
            row.at.strftime("%Y-%m-%d %H:%M"),
            row.actor,
            action_label(row.action),
            row.cohort,
            readable_summary(row.summary),
        ][index.column()]


class IncidentTableModel(RowTableModel[IncidentRow]):
    NUMBER, LEARNED, PEOPLE, RISK, CIRCUMSTANCES = range(5)

    def headers(self) -> list[str]:
        return [
            _("No."),
            _("Learned of on"),
            _("People concerned"),
            _("Risk of serious injury"),
            _("Circumstances"),
        ]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        form = row.form
        people = "" if form.persons_affected is None else str(form.persons_affected)
        if form.persons_estimated and people:
            people = _("about {n}").format(n=people)
        return [
            str(row.id),
            format_date(form.discovered_on),
            people,
            _("yes") if form.risk_of_serious_injury else _("no"),
            form.description.splitlines()[0] if form.description else "",
        ][index.column()]
