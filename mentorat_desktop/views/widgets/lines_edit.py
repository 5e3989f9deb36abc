"""A short list typed one item per line (areas of expertise, development areas)."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QPlainTextEdit, QWidget

_SEPARATORS = re.compile(r"[\n;]")


class LinesEdit(QPlainTextEdit):
    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setTabChangesFocus(True)
        self.setMaximumHeight(110)

    def values(self) -> tuple[str, ...]:
        """Items split on new lines or semicolons, blanks dropped."""
        return tuple(p.strip() for p in _SEPARATORS.split(self.toPlainText()) if p.strip())

    def set_values(self, values: tuple[str, ...] | list[str]) -> None:
        self.setPlainText("\n".join(values))
