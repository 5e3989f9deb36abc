"""Closing a wizard or dialog with typed input asks first (Escape, Cancel and × alike).

Mixed into a QDialog or QWizard class before the Qt class. What the person sees when the dialog
opens is remembered; when it is closed without saving and any field differs, they are asked
whether to discard it. A dialog never shown (a test driving it directly) never asks.

A wizard fills a page when it is first reached (today's date, what was recorded before): that
page's values are remembered then, so only what the person typed counts as input.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
    QWizard,
)

from mentorat_desktop.i18n import _


def _value(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QDateEdit | QDateTimeEdit):
        return widget.dateTime().toString()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    return None


def snapshot(root: QWidget) -> dict[int, object]:
    """The value of every input under ``root`` (combo boxes' line edits count once)."""
    values: dict[int, object] = {}
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue
        value = _value(widget)
        if value is not None:
            values[id(widget)] = value
    return values


class AsksBeforeDiscarding:
    """Mixin for QDialog subclasses: ``reject`` asks when input changed since it was shown."""

    _shown_values: dict[int, object] | None = None
    _pages_reached: set[int] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._shown_values is None:
            self._shown_values = snapshot(self)  # type: ignore[arg-type]
            if isinstance(self, QWizard):
                self._pages_reached = {self.currentId()}
                self.currentIdChanged.connect(self._page_reached)
        super().showEvent(event)  # type: ignore[misc]

    def _page_reached(self, page_id: int) -> None:
        """A page shown for the first time: what the wizard put in it is not input."""
        reached = self._pages_reached
        if reached is None or page_id in reached or self._shown_values is None:
            return
        reached.add(page_id)
        page = QWizard.page(self, page_id)  # type: ignore[arg-type]  # a wizard may name a page "page"
        if page is not None:
            self._shown_values.update(snapshot(page))

    def has_unsaved_input(self) -> bool:
        return self._shown_values is not None and snapshot(self) != self._shown_values  # type: ignore[arg-type]

    def discard_question(self) -> QMessageBox:
        """The buttons say what they do: « Ignorer » beside « Annuler » read as the same thing."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _("Unsaved input"),
            _("Close without saving? What you typed will be lost."),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,  # type: ignore[arg-type]
        )
        box.button(QMessageBox.StandardButton.Discard).setText(_("Close without saving"))
        box.button(QMessageBox.StandardButton.Cancel).setText(_("Keep typing"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def confirm_discard(self) -> bool:
        """Asked before typed input is thrown away; tests replace it."""
        return self.discard_question().exec() == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.has_unsaved_input() and not self.confirm_discard():
            return
        super().reject()  # type: ignore[misc]
