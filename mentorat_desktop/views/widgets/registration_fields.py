"""Every registration field as widgets, grouped in sections that the wizard and the edit
dialog lay out differently; reading and writing a ``RegistrationForm`` happens here only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import FieldError
from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import CareerStage, Language, MeetingMode, Role
from mentorat_desktop.services.labels import label, labelled
from mentorat_desktop.services.privacy.purposes import privacy_statement, statement_text
from mentorat_desktop.services.regions import REGIONS, region_label
from mentorat_desktop.services.registration import MAX_CAPACITY, RegistrationForm
from mentorat_desktop.views.widgets.enum_combo import CodeCombo
from mentorat_desktop.views.widgets.leads_picker import LeadsPicker
from mentorat_desktop.views.widgets.lines_edit import LinesEdit

INVALID_STYLE = "border: 2px solid #b00020;"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RegistrationFields(QObject):
    """Owns the widgets; sections are plain QWidgets ready to be placed in a layout."""

    role_changed = Signal(str)

    def __init__(self, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.widgets: dict[str, QWidget] = {}
        self.identity = self._identity_section()
        self.work = self._work_section()
        self.mentor = self._mentor_section()
        self.mentee = self._mentee_section()
        self.preferences = self._preferences_section()
        self.consent = self._consent_section()

    # Sections ------------------------------------------------------------------------------

    def _identity_section(self) -> QWidget:
        section = QWidget()
        layout = QFormLayout(section)
        roles = QWidget()
        roles_layout = QHBoxLayout(roles)
        roles_layout.setContentsMargins(0, 0, 0, 0)
        self.mentee_radio = QRadioButton(label(Role.MENTEE))
        self.mentor_radio = QRadioButton(label(Role.MENTOR))
        self.mentee_radio.setChecked(True)
        self.role_group = QButtonGroup(section)
        for button in (self.mentee_radio, self.mentor_radio):
            self.role_group.addButton(button)
            roles_layout.addWidget(button)
        roles_layout.addStretch()
        self.mentor_radio.toggled.connect(
            lambda _checked: self.role_changed.emit(self.role().value)
        )
        layout.addRow(_("Registers as"), roles)
        self.first_name = self._line("first_name", layout, _("First name *"))
        self.last_name = self._line("last_name", layout, _("Last name *"))
        self.email = self._line("email", layout, _("E-mail *"))
        self.email.setPlaceholderText(_("name@organisation.qc.ca"))
        self.phone = self._line("phone", layout, _("Phone"))
        self.preferred_language = CodeCombo(labelled(Language))
        self._add("preferred_language", layout, _("Preferred language"), self.preferred_language)
        return section

    def _work_section(self) -> QWidget:
        section = QWidget()
        layout = QFormLayout(section)
        self.organisation = self._line("organisation", layout, _("Organisation *"))
        self.organisation.setPlaceholderText(_("e.g. CISSS de la Montérégie-Centre"))
        self.workplace = self._line("workplace", layout, _("Workplace"))
        self.workplace.setPlaceholderText(_("Site, facility or department"))
        regions = sorted(((code, region_label(code)) for code in REGIONS), key=lambda pair: pair[0])
        self.region = CodeCombo(regions, placeholder=_("Choose a region…"))
        self._add("region", layout, _("Region *"), self.region)
        self.job_title = self._line("job_title", layout, _("Job title *"))
        self.career_stage = CodeCombo(labelled(CareerStage))
        self._add("career_stage", layout, _("Career stage"), self.career_stage)
        self.years_of_experience = QSpinBox()
        self.years_of_experience.setRange(-1, 60)
        self.years_of_experience.setSpecialValueText(_("Not given"))
        self.years_of_experience.setValue(-1)
        self._add("years_of_experience", layout, _("Years in management"), self.years_of_experience)
        self.is_member = QCheckBox(_("Member of the College (CCHL)"))
        self.is_certified = QCheckBox(_("Certified member (CHE)"))
        self.is_member.toggled.connect(lambda on: on or self.is_certified.setChecked(False))
        self._add("is_member", layout, _("Membership"), self.is_member)
        self._add("is_certified", layout, "", self.is_certified)
        note = QLabel(
            _(
                "Membership in the College is not required to take part. Certified members "
                "earn certification credits for their mentoring hours."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        layout.addRow("", note)
        return section

    def _mentor_section(self) -> QWidget:
        section = QWidget()
        layout = QFormLayout(section)
        self.expertise_areas = LinesEdit(_("One area per line, e.g. Change management"))
        self._add("expertise_areas", layout, _("Areas of expertise *"), self.expertise_areas)
        self.capacity = QSpinBox()
        self.capacity.setRange(1, MAX_CAPACITY)
        self.capacity.setValue(1)
        self._add("capacity", layout, _("Mentees they can take"), self.capacity)
        return section

    def _mentee_section(self) -> QWidget:
        section = QWidget()
        layout = QFormLayout(section)
        self.development_areas = LinesEdit(_("One area per line, e.g. Leading a team"))
        self._add("development_areas", layout, _("Areas to develop"), self.development_areas)
        self.development_objectives = self._text(
            "development_objectives", layout, _("Development objectives *")
        )
        self.mentor_expectations = self._text(
            "mentor_expectations", layout, _("Expectations of a mentor")
        )
        return section

    def _preferences_section(self) -> QWidget:
        section = QWidget()
        layout = QFormLayout(section)
        modes = QWidget()
        modes_layout = QHBoxLayout(modes)
        modes_layout.setContentsMargins(0, 0, 0, 0)
        self.mode_boxes: dict[str, QCheckBox] = {}
        for mode in MeetingMode:
            box = QCheckBox(label(mode))
            self.mode_boxes[mode.value] = box
            modes_layout.addWidget(box)
        modes_layout.addStretch()
        self._add("meeting_modes", layout, _("Meeting modes accepted"), modes)
        self.leads = LeadsPicker()
        self.leads.setMinimumHeight(180)
        self._add("leads_capabilities", layout, _("LEADS capabilities"), self.leads)
        self.motivation = self._text("motivation", layout, _("Motivation"))
        return section

    def _consent_section(self) -> QWidget:
        section = QWidget()
        outer = QVBoxLayout(section)
        # The committee's purposes and privacy officer, as set in the preferences.
        purpose = QLabel(statement_text(privacy_statement()))
        purpose.setWordWrap(True)
        outer.addWidget(purpose)
        layout = QFormLayout()
        outer.addLayout(layout)
        self.consent_given = QCheckBox(_("The person consented to this use of their information"))
        self._add("consent_given", layout, "", self.consent_given)
        self.consent_date = self._date("consent_date", layout, _("Consent date"))
        self.consent_date.setEnabled(False)
        self.consent_given.toggled.connect(self.consent_date.setEnabled)
        self.registered_on = self._date("registered_on", layout, _("Registration date"))
        self.committee_notes = self._text("committee_notes", layout, _("Committee notes"))
        outer.addStretch()
        return section

    # Building blocks -----------------------------------------------------------------------

    def _add(self, name: str, layout: QFormLayout, text: str, widget: QWidget) -> None:
        self.widgets[name] = widget
        widget.setObjectName(name)
        accessible = text.rstrip(" *") or widget.property("text") or name
        widget.setAccessibleName(str(accessible))
        layout.addRow(text, widget)

    def _line(self, name: str, layout: QFormLayout, text: str) -> QLineEdit:
        edit = QLineEdit()
        self._add(name, layout, text, edit)
        return edit

    def _text(self, name: str, layout: QFormLayout, text: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setTabChangesFocus(True)
        edit.setMaximumHeight(120)
        self._add(name, layout, text, edit)
        return edit

    def _date(self, name: str, layout: QFormLayout, text: str) -> QDateEdit:
        edit = QDateEdit(to_qdate(self._today))
        edit.setCalendarPopup(True)
        edit.setMaximumDate(to_qdate(self._today))
        self._add(name, layout, text, edit)
        return edit

    # Values --------------------------------------------------------------------------------

    def role(self) -> Role:
        return Role.MENTOR if self.mentor_radio.isChecked() else Role.MENTEE

    def form(self) -> RegistrationForm:
        years = self.years_of_experience.value()
        return RegistrationForm(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            role=self.role(),
            preferred_language=Language(self.preferred_language.code()),
            organisation=self.organisation.text(),
            workplace=self.workplace.text(),
            region=self.region.code(),
            job_title=self.job_title.text(),
            career_stage=CareerStage(self.career_stage.code()),
            years_of_experience=None if years < 0 else years,
            is_member=self.is_member.isChecked(),
            is_certified=self.is_certified.isChecked(),
            meeting_modes=tuple(code for code, box in self.mode_boxes.items() if box.isChecked()),
            motivation=self.motivation.toPlainText(),
            expertise_areas=self.expertise_areas.values(),
            capacity=self.capacity.value(),
            development_areas=self.development_areas.values(),
            development_objectives=self.development_objectives.toPlainText(),
            mentor_expectations=self.mentor_expectations.toPlainText(),
            leads_capabilities=self.leads.codes(),
            consent_date=(
                from_qdate(self.consent_date.date()) if self.consent_given.isChecked() else None
            ),
            registered_on=from_qdate(self.registered_on.date()),
            committee_notes=self.committee_notes.toPlainText(),
        )

    def set_form(self, form: RegistrationForm) -> None:
        (self.mentor_radio if form.role == Role.MENTOR else self.mentee_radio).setChecked(True)
        self.first_name.setText(form.first_name)
        self.last_name.setText(form.last_name)
        self.email.setText(form.email)
        self.phone.setText(form.phone)
        self.preferred_language.set_code(form.preferred_language.value)
        self.organisation.setText(form.organisation)
        self.workplace.setText(form.workplace)
        self.region.set_code(form.region)
        self.job_title.setText(form.job_title)
        self.career_stage.set_code(form.career_stage.value)
        years = form.years_of_experience
        self.years_of_experience.setValue(-1 if years is None else years)
        self.is_member.setChecked(form.is_member)
        self.is_certified.setChecked(form.is_certified)
        for code, box in self.mode_boxes.items():
            box.setChecked(code in form.meeting_modes)
        self.motivation.setPlainText(form.motivation)
        self.expertise_areas.set_values(form.expertise_areas)
        self.capacity.setValue(max(form.capacity, 1))
        self.development_areas.set_values(form.development_areas)
        self.development_objectives.setPlainText(form.development_objectives)
        self.mentor_expectations.setPlainText(form.mentor_expectations)
        self.leads.set_codes(form.leads_capabilities)
        self.consent_given.setChecked(form.consent_date is not None)
        if form.consent_date is not None:
            self.consent_date.setMaximumDate(to_qdate(max(self._today, form.consent_date)))
            self.consent_date.setDate(to_qdate(form.consent_date))
        if form.registered_on is not None:
            self.registered_on.setMaximumDate(to_qdate(max(self._today, form.registered_on)))
            self.registered_on.setDate(to_qdate(form.registered_on))
        self.committee_notes.setPlainText(form.committee_notes)

    def mark(self, errors: list[FieldError]) -> None:
        """Outline the fields in error and put the cursor in the first one."""
        wrong = {e.field for e in errors}
        if "consent_date" in wrong:
            wrong.add("consent_given")
        for name, widget in self.widgets.items():
            widget.setStyleSheet(INVALID_STYLE if name in wrong else "")
        for error in errors:
            widget = self.widgets.get(error.field)
            if widget is not None and widget.isVisible():
                widget.setFocus()
                break
