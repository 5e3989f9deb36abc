"""Counting paint events: a benchmark's time stops only once the window has painted."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class PaintCount(QObject):
    """Counts the paints of the widgets it filters: their paint events and, on a window, its
    update requests (each is a pass of the window painting what changed). Filter a window or
    a widget, not the whole app: a Python filter on every event of every widget slowed a page
    full of widgets by a fifth."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
            self.count += 1
        return False
