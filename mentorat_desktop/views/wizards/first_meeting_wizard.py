"""Phase 7: the first formal meeting, where the pair sets its goals and both sign the
confidentiality engagement. The meeting can be logged as a session at the same time, so that
its hours count towards certification credits without a second entry.

Pages check their fields with the service's own rules, so a page refuses exactly what Finish
would refuse, and says it where the field is.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.errors import FieldError
from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.models import Pairing
from mentorat_desktop.models.enums import MeetingMode
from mentorat_desktop.services.followup import first_meeting
from mentorat_desktop.services.followup.first_meeting import FirstMeetingForm, record_first_meeting
from mentorat_desktop.services.followup.goals import GoalForm, form_of
from mentorat_desktop.services.followup.phases import Phase, phase_title
from mentorat_desktop.services.followup.sessions import MAX_MINUTES, MIN_MINUTES, SessionForm
from mentorat_desktop.services.labels import labelled
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.widgets.enum_combo import CodeCombo
from mentorat_desktop.views.widgets.goal_editor import GoalEditor
from mentorat_desktop.views.widgets.registration_fields import from_qdate, to_qdate
from mentorat_desktop.views.wizards.step_wizard import StepPage, StepWizard

DEFAULT_MINUTES = 90
_MEETING_FIELDS = {"met_on", "held_on", "duration_minutes", "mode", "topics", "note"}


class FirstMeetingWizard(StepWizard):
    """Records (or corrects) the first formal meeting; the service returns nothing."""

    recorded = Signal(int)  # the pair's id, once Finish has saved

    def __init__(
        self, context: ViewContext, pairing_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, pairing_id, phase_title(Phase.FIRST_MEETING), parent)
        self.today = context.clock.today()
        self.correction = self.detail.first_meeting_on is not None
        # The last choice made while the box could be used; a date with a session clears it.
        self._wants_session = not self.correction
        self._syncing = False
        self.meeting_page = self.add_step_page(
            StepPage(
                _("The meeting"),
                _("When the first formal meeting took place, and whether to log it as a session."),
                self._meeting_body(),
                self._meeting_problems,
            )
        )
        self.goals_page = self.add_step_page(
            StepPage(
                _("Goals and objectives"),
                _("The goals the pair set together, as on the goals worksheet."),
                self._goals_body(),
                self._goal_problems,
            )
        )
        self.engagement_page = self.add_step_page(
            StepPage(
                _("Confidentiality engagement"),
                _("Whether both have signed the engagement, and when."),
                self._engagement_body(),
                lambda: self._problems({"engagement_signed_on"}, self.signed_on),
            )
        )
        self.finish_with(self.engagement_page, self._save)
        if self.correction:
            self._fill_from_detail()
        self._sync_session()
        self.resize(920, 720)

    # Pages ---------------------------------------------------------------------------------

    def _meeting_body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(
            self.note(
                _(
                    "At this meeting the pair confirms the relationship, sets precise goals and "
                    "signs the confidentiality engagement: the next pages record both."
                )
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.met_on = QDateEdit(to_qdate(self.today))
        self.met_on.setCalendarPopup(True)
        self.met_on.setMaximumDate(to_qdate(self.today))
        self.met_on.setAccessibleName(_("Date of the first formal meeting"))
        self.met_on.dateChanged.connect(self._sync_session)
        form.addRow(_("Date of the meeting"), self.met_on)
        self.log_session = QCheckBox(_("Log this meeting as a session, so that its hours count"))
        self.log_session.toggled.connect(self._session_toggled)
        form.addRow("", self.log_session)
        self.already_logged = self.note("")
        form.addRow(self.already_logged)
        self.duration = QSpinBox()
        self.duration.setRange(MIN_MINUTES, MAX_MINUTES)
        self.duration.setSingleStep(15)
        self.duration.setValue(DEFAULT_MINUTES)
        self.duration.setSuffix(" " + _("minutes"))
        self.duration.setAccessibleName(_("Length of the meeting in minutes"))
        form.addRow(_("Length"), self.duration)
        self.mode = CodeCombo(labelled(MeetingMode), placeholder=_("Choose…"))
        self.mode.setAccessibleName(_("How they met"))
        form.addRow(_("How they met"), self.mode)
        layout.addLayout(form)
        if self.correction:
            layout.addWidget(
                self.note(
                    _(
                        "This step was recorded on {day}. Finish saves your changes as a "
                        "correction, kept in the history."
                    ).format(day=format_date(self.detail.first_meeting_on))
                )
            )
        layout.addStretch()
        return body

    def _goals_body(self) -> QWidget:
        self.goal_editor = GoalEditor(self.detail.end_on)
        goals = [form_of(row) for row in self.detail.goals]
        self.goal_editor.set_goals(goals or [GoalForm()])
        return self.goal_editor

    def _engagement_body(self) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(
            self.note(
                _(
                    "The pair keeps the signed engagement. The committee records only that it "
                    "was signed, and when, never what it says."
                )
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.signed = QCheckBox(_("Both signed the confidentiality engagement"))
        self.signed.toggled.connect(self._signed_toggled)
        form.addRow("", self.signed)
        self.signed_on = QDateEdit(to_qdate(self.today))
        self.signed_on.setCalendarPopup(True)
        self.signed_on.setMaximumDate(to_qdate(self.today))
        self.signed_on.setAccessibleName(_("Date the engagement was signed"))
        self.signed_on.setEnabled(False)
        form.addRow(_("Signed on"), self.signed_on)
        layout.addLayout(form)
        layout.addWidget(
            self.note(
                _(
                    "Not signed yet? Leave the box unchecked: the dashboard keeps reminding you, "
                    "and you can add the date later by correcting this step."
                )
            )
        )
        layout.addStretch()
        return body

    # Behaviour -----------------------------------------------------------------------------

    def _fill_from_detail(self) -> None:
        d = self.detail
        if d.first_meeting_on is not None:
            self.met_on.setMaximumDate(to_qdate(max(self.today, d.first_meeting_on)))
            self.met_on.setDate(to_qdate(d.first_meeting_on))
        if d.engagement_signed_on is not None:
            self.signed_on.setMaximumDate(to_qdate(max(self.today, d.engagement_signed_on)))
            self.signed.setChecked(True)
            self.signed_on.setDate(to_qdate(d.engagement_signed_on))

    def _session_toggled(self, checked: bool) -> None:
        if not self._syncing:
            self._wants_session = checked
        self.duration.setEnabled(checked)
        self.mode.setEnabled(checked)

    def _sync_session(self) -> None:
        """A meeting already logged as a session on that date is not logged twice."""
        day = from_qdate(self.met_on.date())
        logged = any(s.held_on == day for s in self.detail.sessions)
        self._syncing = True
        try:
            self.log_session.setChecked(self._wants_session and not logged)
            self.log_session.setEnabled(not logged)
            self._session_toggled(self.log_session.isChecked())
        finally:
            self._syncing = False
        self.already_logged.setText(
            _("A session is already logged on {day}; this meeting already counts.").format(
                day=format_date(day)
            )
            if logged
            else ""
        )
        self.already_logged.setVisible(logged)

    def _signed_toggled(self, checked: bool) -> None:
        self.signed_on.setEnabled(checked)
        if checked and self.detail.engagement_signed_on is None:
            # Usually signed at the meeting itself.
            self.signed_on.setDate(self.met_on.date())

    def form(self) -> FirstMeetingForm:
        met = from_qdate(self.met_on.date())
        session = None
        if self.log_session.isChecked():
            code = self.mode.code()
            session = SessionForm(
                held_on=met,
                duration_minutes=self.duration.value(),
                mode=MeetingMode(code) if code else None,
                topics=phase_title(Phase.FIRST_MEETING),
            )
        return FirstMeetingForm(
            met,
            self.goal_editor.goals(),
            from_qdate(self.signed_on.date()) if self.signed.isChecked() else None,
            session,
        )

    def _stand_in(self) -> Pairing:
        """A detached copy of the dates the rules need; never added to a database session."""
        d = self.detail
        return Pairing(
            assigned_at=d.assigned_at,
            first_contact_on=d.first_contact_on,
            shared_understanding_on=d.shared_understanding_on,
            ended_on=d.ended_on,
        )

    def _problems(self, fields: set[str], focus: QWidget | None) -> list[FieldError]:
        """The service's own checks, limited to the fields of one page."""
        errors = first_meeting.validate(self.form(), self._stand_in(), self.today)
        mine = [e for e in errors if e.field in fields]
        if mine and focus is not None:
            focus.setFocus()
        return mine

    def _meeting_problems(self) -> list[FieldError]:
        errors = self._problems(_MEETING_FIELDS, None)
        wrong = {e.field for e in errors}
        if "met_on" in wrong:
            # The session's date is the meeting's: one message about it is enough.
            errors = [e for e in errors if e.field != "held_on"]
        if wrong & {"met_on", "held_on"}:
            self.met_on.setFocus()
        elif "mode" in wrong:
            self.mode.setFocus()
        return errors

    def _goal_problems(self) -> list[FieldError]:
        errors = self._problems({"goals"}, None)
        if errors:
            self.goal_editor.focus_first_untitled()
        return errors

    def _save(self) -> None:
        record_first_meeting(
            self.context.db, self.pairing_id, self.form(), actor=self.context.actor
        )
        self.recorded.emit(self.pairing_id)
