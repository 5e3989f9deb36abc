"""Search by name and the phase and "late only" filters of the Pairs page list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from mentorat_desktop.services.text import plain as fold
from mentorat_desktop.views.item_models.pair_table import SORT_ROLE, PairTableModel, is_late
from mentorat_desktop.views.item_models.sorted_rows import ModelSortedProxy


class PairFilterProxy(ModelSortedProxy):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._phase: int | None = None
        self._late_only = False
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def set_phase(self, phase: int | None) -> None:
        self.beginFilterChange()
        self._phase = phase
        self.endFilterChange()

    def set_late_only(self, late_only: bool) -> None:
        self.beginFilterChange()
        self._late_only = late_only
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        source = self.sourceModel()
        assert isinstance(source, PairTableModel)
        pair = source.row_at(source_row)
        if self._phase is not None and int(pair.phase) != self._phase:
            return False
        if self._late_only and not is_late(pair):
            return False
        haystack = fold(f"{pair.mentor.full_name} {pair.mentee.full_name}")
        return all(word in haystack for word in self._words)
