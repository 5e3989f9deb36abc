"""Creating a program year: its name, its dates and the follow-up delays it uses."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.services import cohorts
from mentorat_desktop.services.cohorts import CohortForm, CohortSummary
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.unsaved_input import AsksBeforeDiscarding
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.registration_fields import from_qdate, to_qdate


class CohortDialog(AsksBeforeDiscarding, QDialog):
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
        intro = QLabel(
            _(
                "A program year holds one round of the program: its registrations, its pairs "
                "and their follow-up, up to the year-end evaluation. Its dates and delays can "
                "be changed later."
            )
        )
        intro.setWordWrap(True)
        explanations = {
            self.name: _("How the year is shown everywhere, for example 2026-2027."),
            self.start: _("The day registrations open; no registration can come before it."),
            self.end: _("The day the mentoring relationships end; evaluations follow it."),
            self.reminder: _(
                "Hours after a pair is confirmed when the dashboard reminds the mentor to call."
            ),
            self.deadline: _(
                "Hours the mentor has to make the first contact once the pair is confirmed; "
                "after that the pair shows as late on the dashboard."
            ),
            self.cadence: _(
                "Days without a logged session after which a pair shows as due for one."
            ),
        }
        for widget, text in explanations.items():
            widget.setToolTip(text)
            widget.setWhatsThis(text)
        form = QFormLayout()
        form.addRow(_("Name"), self.name)
        form.addRow(_("Start"), self.start)
        form.addRow(_("End of the relationships"), self.end)
        form.addRow(_("First-contact reminder after"), self.reminder)
        form.addRow(_("First contact due within"), self.deadline)
        form.addRow(_("Longest gap between sessions"), self.cadence)
        notes = QLabel(
            "<ul style='margin-left: -20px'>"
            + "".join(
                f"<li><b>{escape(label)}</b> — {escape(explanations[widget])}</li>"
                for label, widget in (
                    (_("Start"), self.start),
                    (_("First-contact reminder after"), self.reminder),
                    (_("First contact due within"), self.deadline),
                    (_("Longest gap between sessions"), self.cadence),
                )
            )
            + "</ul>"
        )
        notes.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(notes)
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
