"""Search-as-you-type and one filter for each list of the board; cards keep their order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from mentorat_desktop.services.text import plain as fold
from mentorat_desktop.views.item_models.board_cards import FILTER_ROLE, SEARCH_ROLE


class CardFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._keys: frozenset[str] = frozenset()

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange()

    def set_keys(self, keys: frozenset[str]) -> None:
        """Keep the cards whose filter key is in ``keys``; an empty set keeps them all."""
        self.beginFilterChange()
        self._keys = keys
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        index = self.sourceModel().index(source_row, 0, source_parent)
        if self._keys and index.data(FILTER_ROLE) not in self._keys:
            return False
        if not self._words:  # nothing searched: no need to fold the card's words
            return True
        haystack = fold(index.data(SEARCH_ROLE) or "")
        return all(word in haystack for word in self._words)
