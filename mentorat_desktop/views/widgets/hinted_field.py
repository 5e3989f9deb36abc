"""Room for a field's hint: when empty, the hint is all that says what to type there."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

HINT_MARGIN = 24  # the frame, the text margins and a little air


def show_whole_hint(field: QLineEdit) -> None:
    """Never let a layout shrink ``field`` below the width of its placeholder text."""
    width = field.fontMetrics().horizontalAdvance(field.placeholderText()) + HINT_MARGIN
    field.setMinimumWidth(max(field.minimumWidth(), width))
