"""Ctrl+K: type a few letters, move with the arrow keys, Enter goes there.

One box over the pages, the year's people and its pairs. The list narrows as the person
types; the first line is always chosen, so typing a name and pressing Enter is enough.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.services.finding import Findable, find
from mentorat_desktop.views.item_models.found_list import FoundListModel

_MOVES = {
    Qt.Key.Key_Down: 1,
    Qt.Key.Key_Up: -1,
    Qt.Key.Key_PageDown: 8,
    Qt.Key.Key_PageUp: -8,
}


class QuickOpen(QDialog):
    """``chosen`` carries the line the person went to; the dialog closes itself."""

    chosen = Signal(object)

    def __init__(self, items: list[Findable], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Find anything"))
        self.items = items
        self.query = QLineEdit()
        self.query.setPlaceholderText(_("A name, a pair or a page…"))
        self.query.setAccessibleName(_("Find anything"))
        self.query.setClearButtonEnabled(True)
        self.query.textChanged.connect(self._narrow)
        self.query.installEventFilter(self)
        self.query.returnPressed.connect(self.go)
        self.model = FoundListModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(_("Results"))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setUniformItemSizes(True)
        self.results.activated.connect(lambda _index: self.go())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        # Wide enough for a name and its organisation, in whatever text size is chosen.
        metrics = self.fontMetrics()
        width = metrics.averageCharWidth() * 95
        if parent is not None:
            width = min(width, parent.width() - 80)
        self.resize(max(width, 480), metrics.height() * 18)
        self._narrow("")

    def current(self) -> Findable | None:
        index = self.results.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def go(self) -> Findable | None:
        """Go to the chosen line (the first one unless the arrows moved)."""
        item = self.current()
        if item is None:
            return None
        self.accept()
        self.chosen.emit(item)
        return item

    def move_choice(self, step: int) -> None:
        rows = self.model.rowCount()
        if rows == 0:
            return
        row = min(max(self.results.currentIndex().row() + step, 0), rows - 1)
        self.results.setCurrentIndex(self.model.index(row))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys typed in the box move the list's choice; the text keeps the focus."""
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = _MOVES.get(Qt.Key(event.key()))
            if step is not None:
                self.move_choice(step)
                return True
        return super().eventFilter(watched, event)

    def _narrow(self, text: str) -> None:
        found = find(self.items, text)
        self.model.set_items(found)
        if found:
            self.results.setCurrentIndex(self.model.index(0))
            self.hint.setText(_("↑ ↓ to choose, Enter to go there, Escape to close."))
        else:
            self.hint.setText(_("Nothing matches “{text}”.").format(text=text.strip()))
