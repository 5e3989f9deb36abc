"""A list of pairs or people, each with a check box: who the Documents page writes for.

Checks are kept by id, so a reload (a pair confirmed elsewhere) keeps what the person chose;
an id never seen before comes checked, as "everyone" is what most writes want.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from mentorat_desktop.services.text import plain

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Choice:
    key: int  # pairing id or participation id
    text: str


class ChoiceListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []
        self._unchecked: set[int] = set()

    def set_choices(self, choices: Iterable[Choice]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def choice_at(self, row: int) -> Choice:
        return self._choices[row]

    def checked_keys(self) -> list[int]:
        return [c.key for c in self._choices if c.key not in self._unchecked]

    def all_keys(self) -> list[int]:
        return [c.key for c in self._choices]

    def set_checked(self, rows: Iterable[int], checked: bool) -> None:
        rows = list(rows)
        for row in rows:
            key = self._choices[row].key
            if checked:
                self._unchecked.discard(key)
            else:
                self._unchecked.add(key)
        if rows:
            self.dataChanged.emit(
                self.index(min(rows)), self.index(max(rows)), [Qt.ItemDataRole.CheckStateRole]
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._choices):
            return None
        choice = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return choice.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return (
                Qt.CheckState.Unchecked if choice.key in self._unchecked else Qt.CheckState.Checked
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        self.set_checked([index.row()], state == Qt.CheckState.Checked)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )


class ChoiceFilterProxy(QSortFilterProxyModel):
    """Rows whose text holds every typed word, case and accents ignored."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = plain(text).split()
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, ChoiceListModel):
            return True
        text = plain(model.choice_at(source_row).text)
        return all(word in text for word in self._words)
