"""A combo box over a closed vocabulary: shows translated labels, returns stored codes."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget


class CodeCombo(QComboBox):
    def __init__(
        self,
        choices: list[tuple[str, str]],
        placeholder: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if placeholder is not None:
            self.addItem(placeholder, "")
        for code, text in choices:
            self.addItem(text, code)

    def code(self) -> str:
        return self.currentData() or ""

    def set_code(self, code: str) -> None:
        position = self.findData(code)
        self.setCurrentIndex(max(position, 0))
