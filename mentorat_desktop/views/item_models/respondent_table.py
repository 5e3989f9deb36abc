"""Who should answer a questionnaire this year and who did, as a sortable Qt table.

A person without answers yet shows in italics with "Not yet", so the missing ones stand out
even without the "missing only" filter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from mentorat_desktop.i18n import N_, _, format_date
from mentorat_desktop.models.enums import ResponseSource
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.questionnaires.respondents import Respondent
from mentorat_desktop.services.text import plain
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel

# Raw values for sorting, and the row itself, without parsing display text.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RESPONDENT_ROLE = Qt.ItemDataRole.UserRole + 2

_SOURCES = {
    ResponseSource.ENTERED: N_("Entered"),
    ResponseSource.IMPORTED: N_("Imported"),
}


def source_label(source: ResponseSource | None) -> str:
    return _(_SOURCES[source]) if source is not None else ""


class RespondentTableModel(RowTableModel[Respondent]):
    NAME, ROLE, PARTNER, ANSWERED_ON, SOURCE = range(5)

    def headers(self) -> list[str]:
        return [_("Name"), _("Role"), _("Partner"), _("Answered on"), _("Source")]

    def row_of(self, participation_id: int, pairing_id: int | None) -> int | None:
        for position, row in enumerate(self._rows):
            if (row.participation_id, row.pairing_id) == (participation_id, pairing_id):
                return position
        return None

    def cell_text(self, row: Respondent, column: int) -> str | None:
        return self._display(row, column)

    def _display(self, row: Respondent, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.ROLE:
            return label(row.role)
        if column == self.PARTNER:
            return row.partner_name
        if column == self.ANSWERED_ON:
            return format_date(row.submitted_on) if row.submitted_on else _("Not yet")
        return source_label(row.source)

    def _sort_key(self, row: Respondent, column: int) -> str:
        if column == self.ANSWERED_ON:
            # Missing answers sort before every date.
            return row.submitted_on.isoformat() if row.submitted_on else ""
        return plain(self._display(row, column))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, index.column())
        if role == SORT_ROLE:
            return self._sort_key(row, index.column())
        if role == RESPONDENT_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.NAME:
            return row.email or None
        if role == Qt.ItemDataRole.FontRole and row.response_id is None:
            font = QFont()
            font.setItalic(True)
            return font
        return None


class RespondentFilterProxy(QSortFilterProxyModel):
    """Sorts on raw values; "missing only" keeps the people who have not answered."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._missing_only = False
        self.setSortRole(SORT_ROLE)

    def set_missing_only(self, missing_only: bool) -> None:
        self.beginFilterChange()
        self._missing_only = missing_only
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._missing_only:
            return True
        source = self.sourceModel()
        assert isinstance(source, RespondentTableModel)
        return source.row_at(source_row).response_id is None
