"""A program year's settings: its name, its dates, the follow-up delays it uses and how long its
personal information is kept. The same dialog creates a year and edits one."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.services import cohorts
from mentorat_desktop.services.cohorts import CohortForm, CohortSummary
from mentorat_desktop.services.privacy.retention import (
    committee_retention_years,
    default_retention,
)
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.unsaved_input import AsksBeforeDiscarding
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel
from mentorat_desktop.views.widgets.registration_fields import from_qdate, to_qdate
from mentorat_desktop.views.window_fit import show_whole_content


class CohortDialog(AsksBeforeDiscarding, QDialog):
    # The year's anonymisation was asked for from this dialog (its retention date passed).
    anonymise_requested = Signal(int, str)

    def __init__(
        self,
        context: ViewContext,
        parent: QWidget | None = None,
        cohort: CohortSummary | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort = cohort
        self.saved: CohortSummary | None = None
        self.setWindowTitle(_("Program year settings") if cohort else _("New program year"))
        if cohort is not None:
            defaults = cohorts.settings_form(cohort)
        else:
            defaults = cohorts.default_form(context.clock.today())
            defaults = replace(
                defaults,
                retention_until=default_retention(defaults.end_date, committee_retention_years()),
            )
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
        self.retention = QDateEdit(to_qdate(defaults.retention_until or defaults.end_date))
        self.retention.setCalendarPopup(True)
        self.retention.setAccessibleName(_("Personal information kept until"))
        # A new year's retention follows its end date until the person sets it themselves.
        self._retention_follows_end = cohort is None
        self.end.dateChanged.connect(self._end_changed)
        self.retention.dateChanged.connect(self._retention_edited)
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
            self.retention: _(
                "After this date the dashboard lists the year's personal information as due "
                "for destruction: the year is then anonymised, its statistics kept."
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
        form.addRow(_("Personal information kept until"), self.retention)
        # Plain lines, not an HTML list: a list's margins are left out of the label's height
        # for its width, and the last explanation was cut.
        notes = QLabel(
            "<br>".join(
                f"• <b>{escape(label)}</b> — {escape(explanations[widget])}"
                for label, widget in (
                    (_("Start"), self.start),
                    (_("First-contact reminder after"), self.reminder),
                    (_("First contact due within"), self.deadline),
                    (_("Longest gap between sessions"), self.cadence),
                    (_("Personal information kept until"), self.retention),
                )
            )
        )
        notes.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            _("Save") if cohort else _("Create")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(notes)
        self.retention_state = QLabel()
        self.retention_state.setWordWrap(True)
        self.anonymise_button = QPushButton(_("Anonymise this year…"))
        self.anonymise_button.clicked.connect(self._anonymise)
        layout.addWidget(self.retention_state)
        anonymise_row = QHBoxLayout()
        anonymise_row.addWidget(self.anonymise_button)
        anonymise_row.addStretch(1)
        layout.addLayout(anonymise_row)
        self._show_retention_state()
        layout.addWidget(self.errors)
        layout.addWidget(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        show_whole_content(self)

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
            retention_until=from_qdate(self.retention.date()),
        )

    def _end_changed(self) -> None:
        if self._retention_follows_end:
            until = default_retention(from_qdate(self.end.date()), committee_retention_years())
            self.retention.blockSignals(True)
            self.retention.setDate(to_qdate(until))
            self.retention.blockSignals(False)

    def _retention_edited(self) -> None:
        self._retention_follows_end = False

    def _show_retention_state(self) -> None:
        """An existing year says whether its information is due for destruction, or gone."""
        cohort = self.cohort
        due = (
            cohort is not None
            and not cohort.anonymised
            and cohort.retention_until is not None
            and cohort.retention_until < self.context.clock.today()
        )
        if cohort is not None and cohort.anonymised:
            self.retention_state.setText(
                _("This year was anonymised: no one in it can be identified any more.")
            )
            self.retention.setEnabled(False)
        elif due:
            self.retention_state.setText(
                _(
                    "The retention date passed on {date}: this year's personal information "
                    "is due for destruction."
                ).format(date=format_date(cohort.retention_until, "long"))
            )
            self.retention_state.setStyleSheet("color: #b3261e;")
        self.retention_state.setVisible(cohort is not None and (cohort.anonymised or due))
        self.anonymise_button.setVisible(due)

    def _anonymise(self) -> None:
        if self.cohort is not None:
            self.anonymise_requested.emit(self.cohort.id, self.cohort.name)

    def accept(self) -> None:
        if self.cohort is not None:
            cohort_id = self.cohort.id
            self.saved = self.errors.attempt(
                lambda: cohorts.update_cohort(
                    self.context.db, cohort_id, self.form(), self.context.actor
                )
            )
        else:
            self.saved = self.errors.attempt(
                lambda: cohorts.create_cohort(self.context.db, self.form(), self.context.actor)
            )
        if self.saved is None:
            return
        super().accept()
