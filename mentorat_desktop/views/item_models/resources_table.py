"""Who has reviewed the resources: the year's registered participants and their review date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.resources.reviewed import ReviewStatus
from mentorat_desktop.services.text import plain as fold
from mentorat_desktop.views.item_models.row_table import Index, RowTableModel
from mentorat_desktop.views.item_models.sorted_rows import ModelSortedProxy

# Raw values for sorting (dates as ISO text, names folded), and the row itself.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2


class ResourcesTableModel(RowTableModel[ReviewStatus]):
    NAME, ROLE, REVIEWED = range(3)

    def headers(self) -> list[str]:
        return [_("Name"), _("Role"), _("Resources reviewed on")]

    def row_of(self, participation_id: int) -> int | None:
        for position, item in enumerate(self._rows):
            if item.participation_id == participation_id:
                return position
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.valid_row(index)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == SORT_ROLE:
            return self.sort_value(row, column)
        if role == ROW_ROLE:
            return row
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == self.REVIEWED
            and row.reviewed_on is None
        ):
            return QBrush(QColor("#7a7a7a"))
        return None

    def sort_value(self, row: ReviewStatus, column: int) -> str:
        if column == self.NAME:
            return fold(row.sort_name)
        if column == self.REVIEWED:
            # Not reviewed sorts before every date: those are the people to chase.
            return row.reviewed_on.isoformat() if row.reviewed_on else ""
        return fold(self._display(row, column))

    def cell_text(self, row: ReviewStatus, column: int) -> str | None:
        return self._display(row, column)

    def _display(self, row: ReviewStatus, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.ROLE:
            return label(row.role)
        return format_date(row.reviewed_on) if row.reviewed_on else _("Not yet")


class ResourcesSortProxy(ModelSortedProxy):
    """Sorts on the raw values, in the interface's collation (the model puts its rows in
    order)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def row_at(self, proxy_row: int) -> ReviewStatus:
        return self.index(proxy_row, 0).data(ROW_ROLE)
