"""The board's column headings share one height, so the searches and filters under them line up.

« Duos — 5 provisoires, 4 à revoir » wraps where « Mentorés en attente (8) » does not; each
column then started its search field at a different height.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QLabel


class EvenHeadings(QObject):
    def __init__(self, labels: Sequence[QLabel], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = list(labels)
        for label in self.labels:
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.even()
        return super().eventFilter(watched, event)

    def even(self) -> None:
        """Every heading as tall as the tallest needs at its present width."""
        height = max(natural_height(label) for label in self.labels)
        for label in self.labels:
            if label.minimumHeight() != height:
                label.setMinimumHeight(height)


def natural_height(label: QLabel) -> int:
    """The wrapped text's height (``heightForWidth`` counts the minimum height set here)."""
    margins = label.contentsMargins()
    width = label.width() if label.width() > 0 else label.sizeHint().width()
    room = QRect(0, 0, max(width - margins.left() - margins.right(), 1), 100_000)
    flags = int(Qt.TextFlag.TextWordWrap)
    text = label.fontMetrics().boundingRect(room, flags, label.text())
    return text.height() + margins.top() + margins.bottom()
