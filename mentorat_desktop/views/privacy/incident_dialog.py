"""Recording or correcting a confidentiality incident: one field per item of the regulation."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.i18n import _
from mentorat_desktop.services.privacy.incidents import IncidentForm
from mentorat_desktop.views.widgets.errors_label import ErrorsLabel


def _date_edit(value: QDate, optional: bool) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setSpecialValueText(_("not yet"))
        edit.setMinimumDate(QDate(2000, 1, 1))
    return edit


class IncidentDialog(QDialog):
    """Fill ``form()``; ``save`` is the service call (record or correct), tried on OK."""

    def __init__(self, today: QDate, form: IncidentForm | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_("Confidentiality incident"))
        self.save = None
        self.description = QPlainTextEdit()
        self.information = QPlainTextEdit()
        self.occurred = _date_edit(today, optional=True)
        self.occurred_estimated = QCheckBox(_("Estimated date"))
        self.discovered = _date_edit(today, optional=False)
        self.people = QSpinBox()
        self.people.setRange(-1, 1_000_000)
        self.people.setSpecialValueText(_("unknown"))
        self.people_estimated = QCheckBox(_("Estimated number"))
        self.risk = QCheckBox(_("There is a risk of serious injury"))
        self.reasons = QPlainTextEdit()
        self.commission = _date_edit(QDate(2000, 1, 1), optional=True)
        self.notified = _date_edit(QDate(2000, 1, 1), optional=True)
        self.measures = QPlainTextEdit()
        for edit in (self.description, self.information, self.reasons, self.measures):
            edit.setMaximumHeight(70)
        form_layout = QFormLayout()
        form_layout.addRow(_("Circumstances"), self.description)
        form_layout.addRow(_("Information concerned"), self.information)
        form_layout.addRow(_("Occurred on"), self.occurred)
        form_layout.addRow("", self.occurred_estimated)
        form_layout.addRow(_("Learned of on"), self.discovered)
        form_layout.addRow(_("People concerned"), self.people)
        form_layout.addRow("", self.people_estimated)
        form_layout.addRow("", self.risk)
        form_layout.addRow(_("Reasons of the assessment"), self.reasons)
        form_layout.addRow(_("Commission notified on"), self.commission)
        form_layout.addRow(_("People notified on"), self.notified)
        form_layout.addRow(_("Measures taken"), self.measures)
        self.errors = ErrorsLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form_layout)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.occurred.setDate(self.occurred.minimumDate())
        self.people.setValue(-1)
        if form is not None:
            self.load(form)

    def load(self, form: IncidentForm) -> None:
        def put(edit: QDateEdit, value: object) -> None:
            edit.setDate(QDate(value) if value else edit.minimumDate())  # type: ignore[call-overload]

        self.description.setPlainText(form.description)
        self.information.setPlainText(form.information_involved)
        put(self.occurred, form.occurred_on)
        self.occurred_estimated.setChecked(form.occurred_estimated)
        self.discovered.setDate(QDate(form.discovered_on))
        self.people.setValue(-1 if form.persons_affected is None else form.persons_affected)
        self.people_estimated.setChecked(form.persons_estimated)
        self.risk.setChecked(form.risk_of_serious_injury)
        self.reasons.setPlainText(form.risk_reasons)
        put(self.commission, form.commission_notified_on)
        put(self.notified, form.persons_notified_on)
        self.measures.setPlainText(form.measures_taken)

    def form(self) -> IncidentForm:
        def optional(edit: QDateEdit):  # type: ignore[no-untyped-def]
            return None if edit.date() == edit.minimumDate() else edit.date().toPython()

        return IncidentForm(
            discovered_on=self.discovered.date().toPython(),  # type: ignore[arg-type]
            description=self.description.toPlainText(),
            information_involved=self.information.toPlainText(),
            occurred_on=optional(self.occurred),
            occurred_estimated=self.occurred_estimated.isChecked(),
            persons_affected=None if self.people.value() < 0 else self.people.value(),
            persons_estimated=self.people_estimated.isChecked(),
            risk_of_serious_injury=self.risk.isChecked(),
            risk_reasons=self.reasons.toPlainText(),
            commission_notified_on=optional(self.commission),
            persons_notified_on=optional(self.notified),
            measures_taken=self.measures.toPlainText(),
        )

    def accept(self) -> None:
        if self.save is None or self.errors.attempt(lambda: self.save(self.form())):
            super().accept()
