"""Creating a program year: its name, its dates and the follow-up delays it uses."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.services import cohorts
from mentorat_desktop.services.cohorts import CohortForm, CohortSummary
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.registration_fields import from_qdate, to_qdate


class CohortDialog(QDialog):
    def __init__(self, context: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: CohortSummary | None = None
        self.setWindowTitle(_("New program year"))
        defaults = cohorts.default_form(context.clock.today())
        self.name = QLineEdit(defaults.name)
        self.name.setAccessibleName(_("Name"))
        self.start = QDateEdit(to_qdate(defaults.start_date))
        self.end = QDateEdit(to_qdate(defaults.end_date))
        for edit, text in ((self.start, _("Start")), (self.end, _("End"))):
            edit.setCalendarPopup(True)
            edit.setAccessibleName(text)
        self.reminder = self._spin(1, 240, defaults.first_contact_reminder_hours, _(" h"))
        self.deadline = self._spin(1, 240, defaults.first_contact_hours, _(" h"))
        self.cadence = self._spin(7, 365, defaults.session_cadence_days, _(" days"))
        self.errors = ErrorsLabel()
        form = QFormLayout()
        form.addRow(_("Name"), self.name)
        form.addRow(_("Start"), self.start)
        form.addRow(_("End of the relationships"), self.end)
        form.addRow(_("First-contact reminder after"), self.reminder)
        form.addRow(_("First contact due within"), self.deadline)
        form.addRow(_("Longest gap between sessions"), self.cadence)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    @staticmethod
    def _spin(low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def form(self) -> CohortForm:
        return CohortForm(
            name=self.name.text(),
            start_date=from_qdate(self.start.date()),
            end_date=from_qdate(self.end.date()),
            first_contact_reminder_hours=self.reminder.value(),
            first_contact_hours=self.deadline.value(),
            session_cadence_days=self.cadence.value(),
        )

    def accept(self) -> None:
        self.saved = self.errors.attempt(
            lambda: cohorts.create_cohort(self.context.db, self.form(), self.context.actor)
        )
        if self.saved is None:
            return
        super().accept()
