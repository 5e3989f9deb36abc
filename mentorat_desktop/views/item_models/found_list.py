"""The lines of the quick-open search: what each is (page, person, pair) and where it leads."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from mentorat_desktop.i18n import _
from mentorat_desktop.services.finding import Findable, FoundKind

Index = QModelIndex | QPersistentModelIndex
FOUND_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_name(item: Findable) -> str:
    if item.kind == FoundKind.PAGE:
        return _("Page")
    if item.kind == FoundKind.PERSON:
        return _("Person")
    return _("Draft pair") if item.draft else _("Pair (found)")


def line_text(item: Findable) -> str:
    """One line a screen reader can say too: the kind, the name, then the detail."""
    text = f"{kind_name(item)} — {item.title}"
    return f"{text} ({item.detail})" if item.detail else text


class FoundListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[Findable] = []

    def set_items(self, items: list[Findable]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item_at(self, row: int) -> Findable | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return line_text(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.detail or None
        if role == FOUND_ROLE:
            return item
        return None
