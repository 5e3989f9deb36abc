"""Search-as-you-type and the role, status and region filters of the participants table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from mentorat_desktop.services.regions import region_label
from mentorat_desktop.services.registration import ParticipantRow
from mentorat_desktop.services.text import plain as fold
from mentorat_desktop.views.item_models.participant_table import (
    ROW_ROLE,
    SORT_ROLE,
    ParticipantTableModel,
)
from mentorat_desktop.views.item_models.sorted_rows import ModelSortedProxy


class ParticipantFilterProxy(ModelSortedProxy):
    """Keeps the rows whose every filter matches; an empty filter matches everything."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._role: str = ""
        self._status: str = ""
        self._region: str = ""
        self._to_review = False
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def set_role(self, role: str) -> None:
        self.beginFilterChange()
        self._role = role
        self.endFilterChange()

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self._status = status
        self.endFilterChange()

    def set_region(self, region: str) -> None:
        self.beginFilterChange()
        self._region = region
        self.endFilterChange()

    def set_to_review(self, only: bool) -> None:
        """Only registrations with answers an import kept as written."""
        self.beginFilterChange()
        self._to_review = only
        self.endFilterChange()

    def row_at(self, proxy_row: int) -> ParticipantRow:
        return self.index(proxy_row, 0).data(ROW_ROLE)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        source = self.sourceModel()
        assert isinstance(source, ParticipantTableModel)
        row = source.row_at(source_row)
        if self._role and row.role.value != self._role:
            return False
        if self._status and row.status.value != self._status:
            return False
        if self._region and row.region != self._region:
            return False
        if self._to_review and not row.answers_to_review:
            return False
        if not self._words:
            return True
        haystack = fold(
            " ".join(
                [
                    row.full_name,
                    row.email,
                    row.organisation,
                    row.job_title,
                    region_label(row.region),
                    *row.areas,
                ]
            )
        )
        return all(word in haystack for word in self._words)
