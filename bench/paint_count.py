"""Counting paint events: a benchmark's time stops only once the window has painted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class PaintCount(QObject):
    """Counts the paint events of the objects it filters (a widget, or the whole app)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False
