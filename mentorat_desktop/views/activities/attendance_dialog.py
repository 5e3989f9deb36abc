"""Recording who came, for every invitee in one step: one choice per person, Present by
default, written in one transaction when the dialog is accepted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import Attendance
from mentorat_desktop.services.activities.records import Invitee
from mentorat_desktop.services.labels import label


class AttendanceDialog(QDialog):
    def __init__(self, title: str, invitees: list[Invitee], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("Attendance at {title}").format(title=title))
        self.invitees = [i for i in invitees if i.participation_id is not None]
        self.table = QTableWidget(len(self.invitees), 3)
        self.table.setHorizontalHeaderLabels([_("Name"), _("Language"), _("Attendance")])
        self.choices: list[QComboBox] = []
        for row, person in enumerate(self.invitees):
            self.table.setItem(row, 0, QTableWidgetItem(person.name))
            self.table.setItem(row, 1, QTableWidgetItem(person.language.upper()))
            choice = QComboBox()
            for mark in Attendance:
                choice.addItem(label(mark), mark)
            if person.attendance is not None:
                choice.setCurrentIndex(list(Attendance).index(person.attendance))
            self.table.setCellWidget(row, 2, choice)
            self.choices.append(choice)
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("Everyone is marked present; change those who were not.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def marks(self) -> dict[int, Attendance]:
        return {
            person.participation_id: Attendance(choice.currentData())
            for person, choice in zip(self.invitees, self.choices, strict=True)
            if person.participation_id is not None
        }
