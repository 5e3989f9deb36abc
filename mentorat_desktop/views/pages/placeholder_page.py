"""A page whose screens come in a later version: it says plainly what will be there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class PlaceholderPage(QWidget):
    def __init__(self, title: str, coming: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        box = QFrame()
        box.setObjectName("comingBox")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(coming)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        inner = QVBoxLayout(box)
        inner.addWidget(text)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(box)
        layout.addStretch()
        self.text = text
