"""A red label under a form that lists what must be corrected, read out by screen readers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QLabel, QWidget

from mentorat_desktop.errors import FieldError, UserError, ValidationFailed
from mentorat_desktop.i18n import _

T = TypeVar("T")


class ErrorsLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errors")
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020; font-weight: 600;")
        self.setAccessibleName(_("Problems to correct"))
        self.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        if not errors:
            self.clear_errors()
            return
        self.setText("\n".join(f"• {e.message}" for e in errors))
        self.show()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.show()

    def clear_errors(self) -> None:
        self.clear()
        self.hide()

    def attempt(
        self,
        action: Callable[[], T],
        on_errors: Callable[[list[FieldError]], None] | None = None,
    ) -> T | None:
        """Run a service call; show what it refused here and return None instead of raising."""
        try:
            result = action()
        except ValidationFailed as failure:
            if on_errors is not None:
                on_errors(failure.errors)
            self.show_errors(failure.errors)
            return None
        except UserError as error:
            self.show_message(error.message)
            return None
        self.clear_errors()
        return result
