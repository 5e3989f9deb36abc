"""Recording a participant's wish for a topic: who asked, what, and when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import ParticipationStatus
from mentorat_desktop.services.labels import label
from mentorat_desktop.services.registration import ParticipantRow


class RequestDialog(QDialog):
    def __init__(
        self, today: date, people: list[ParticipantRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Record a topic request"))
        self.person = QComboBox()
        active = [p for p in people if p.status != ParticipationStatus.WITHDRAWN]
        for p in sorted(active, key=lambda p: (p.last_name, p.first_name)):
            self.person.addItem(f"{p.full_name} ({label(p.role)})", p.participation_id)
        self.topic = QLineEdit()
        self.details = QPlainTextEdit()
        self.details.setFixedHeight(70)
        self.requested_on = QDateEdit(QDate(today.year, today.month, today.day))
        self.requested_on.setCalendarPopup(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(_("Asked by:"), self.person)
        layout.addRow(_("Topic:"), self.topic)
        layout.addRow(_("Details:"), self.details)
        layout.addRow(_("Asked on:"), self.requested_on)
        layout.addRow(self.error)
        layout.addRow(buttons)

    def _accept(self) -> None:
        if not self.topic.text().strip():
            self.error.setText(_("Say which topic was asked for."))
            return
        self.accept()

    def values(self) -> tuple[int, str, str, date]:
        return (
            int(self.person.currentData()),
            self.topic.text(),
            self.details.toPlainText(),
            self.requested_on.date().toPython(),
        )
