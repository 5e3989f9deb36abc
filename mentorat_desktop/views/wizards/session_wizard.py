"""Phase 8: a session logged right after it happened, in under a minute, together with the goal
statuses it moved. The same wizard corrects a session, or deletes one entered by mistake."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from mentorat_desktop.errors import FieldError, NotFound
from mentorat_desktop.i18n import _, format_date, ngettext
from mentorat_desktop.models.enums import GoalStatus, MeetingMode
from mentorat_desktop.services.followup import sessions
from mentorat_desktop.services.followup.goals import GoalRow
from mentorat_desktop.services.followup.sessions import SessionForm, SessionRow
from mentorat_desktop.services.followup.steps_common import load_pairing
from mentorat_desktop.services.labels import label, labelled
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.widgets.enum_combo import CodeCombo
from mentorat_desktop.views.widgets.leads_picker import CODE_ROLE as LEADS_CODE
from mentorat_desktop.views.widgets.leads_picker import LeadsPicker
from mentorat_desktop.views.widgets.registration_fields import (
    INVALID_STYLE,
    from_qdate,
    to_qdate,
)
from mentorat_desktop.views.wizards.step_wizard import StepPage, StepWizard

QUICK_MINUTES = (60, 90, 120)


@dataclass(frozen=True)
class SessionOutcome:
    session_id: int
    change: Literal["added", "updated", "deleted"]


def hbox(*widgets: QWidget) -> QHBoxLayout:
    """Widgets at their natural width, side by side, instead of stretched across the page."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def mark_fields(widgets: dict[str, QWidget], errors: list[FieldError]) -> None:
    """Outline the fields in error, so the eye finds them without reading the list."""
    wrong = {e.field for e in errors}
    for name, widget in widgets.items():
        widget.setStyleSheet(INVALID_STYLE if name in wrong else "")


def ask(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    """A yes/no question whose buttons say what they do, in the interface language."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    confirm = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is confirm


def add_side_action(wizard: QWizard, text: str, action: Callable[[], object]) -> None:
    """A button on the left of the wizard's row, apart from Next and Finish."""
    wizard.setOption(QWizard.WizardOption.HaveCustomButton1, True)
    wizard.setButtonText(QWizard.WizardButton.CustomButton1, text)
    wizard.customButtonClicked.connect(lambda _which: action())
    wizard.setButtonLayout(
        [
            QWizard.WizardButton.CustomButton1,
            QWizard.WizardButton.Stretch,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ]
    )


def close_accepted(wizard: QWizard) -> None:
    """Close after an action of its own (delete, reopen) without running Finish's save."""
    QDialog.done(wizard, QDialog.DialogCode.Accepted.value)


class SessionWizard(StepWizard):
    """Outcome: a SessionOutcome once the session was added, updated or deleted."""

    def __init__(
        self,
        context: ViewContext,
        pairing_id: int,
        session_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        editing = session_id is not None
        title = _("Correct a session") if editing else _("Log a session")
        super().__init__(context, pairing_id, title, parent)
        self.session_id = session_id
        self.row = self._row(session_id)
        self._build_fields()
        self.set_form(self._initial_form())
        self.session_page = self.add_step_page(
            StepPage(
                title,
                _("When they met, for how long, and what they worked on."),
                self._session_body(),
                self._check_session,
            )
        )
        self.goal_combos: dict[int, CodeCombo] = {}
        last = self.session_page
        if self.detail.goals:
            last = self.add_step_page(
                StepPage(
                    _("Goal progress"),
                    _("Change a goal's status only if this session moved it."),
                    self._goals_body(self.detail.goals),
                )
            )
        self.finish_with(last, self._save)
        if editing:
            add_side_action(self, _("Delete this session…"), self.delete_session)

    # Building ------------------------------------------------------------------------------

    def _row(self, session_id: int | None) -> SessionRow | None:
        if session_id is None:
            return None
        row = next((s for s in self.detail.sessions if s.session_id == session_id), None)
        if row is None:
            raise NotFound(_("This session no longer exists."))
        return row

    def _initial_form(self) -> SessionForm:
        """A correction starts from the session; a new one from today and the last session."""
        if self.row is not None:
            return sessions.form_of(self.row)
        today = self.context.clock.today()
        held_on = min(today, self.detail.ended_on) if self.detail.ended_on else today
        last = self.detail.sessions[-1] if self.detail.sessions else None
        if last is None:
            return SessionForm(held_on, QUICK_MINUTES[0])
        return SessionForm(held_on, last.duration_minutes, last.mode)

    def _build_fields(self) -> None:
        self.held_on = QDateEdit()
        self.held_on.setCalendarPopup(True)
        self.held_on.setAccessibleName(_("Date of the session"))
        self.duration = QSpinBox()
        # Wider than the allowed range, so a slip is explained rather than silently clamped.
        self.duration.setRange(0, 999)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(" " + _("min"))
        self.duration.setAccessibleName(_("Length in minutes"))
        self.quick_buttons: dict[int, QPushButton] = {}
        for minutes in QUICK_MINUTES:
            button = QPushButton(_("{n} min").format(n=minutes))
            button.setAccessibleName(_("Set the length to {n} minutes").format(n=minutes))
            button.clicked.connect(lambda _checked=False, m=minutes: self.duration.setValue(m))
            self.quick_buttons[minutes] = button
        self.mode = CodeCombo(labelled(MeetingMode), placeholder=_("Choose…"))
        self.mode.setAccessibleName(_("How they met"))
        self.topics = QLineEdit()
        self.topics.setAccessibleName(_("Topics"))
        self.topics.setPlaceholderText(_("e.g. Preparing a presentation to the board"))
        self.leads = LeadsPicker()
        self.leads.setAccessibleName(_("LEADS capabilities worked on"))
        self.leads.setMaximumHeight(190)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setAccessibleName(_("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(72)
        duration_box = self.duration.findChild(QLineEdit)
        assert duration_box is not None
        duration_box.setAccessibleName(self.duration.accessibleName())
        self.widgets: dict[str, QWidget] = {
            "held_on": self.held_on,
            # The box inside: a border on the spin box itself would hide its arrows.
            "duration_minutes": duration_box,
            "mode": self.mode,
            "topics": self.topics,
            "leads_capabilities": self.leads,
            "note": self.note_edit,
        }

    def _session_body(self) -> QWidget:
        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.addRow(_("Date"), hbox(self.held_on))
        form.addRow(_("Length"), hbox(self.duration, *self.quick_buttons.values()))
        form.addRow(_("Mode"), hbox(self.mode))
        form.addRow(_("Topics"), self.topics)
        form.addRow(_("LEADS"), self.leads)
        form.addRow(_("Note"), self.note_edit)
        if not self.detail.goals:
            form.addRow(
                self.note(
                    _(
                        "This pair has no goals yet: they are set at the first formal meeting. "
                        "Finish saves the session."
                    )
                )
            )
        return body

    def _goals_body(self, goals: tuple[GoalRow, ...]) -> QWidget:
        inner = QWidget()
        grid = QGridLayout(inner)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(0, 1)
        grid.setVerticalSpacing(14)
        for line, goal in enumerate(goals):
            title = QLabel(_("{n}. {title}").format(n=line + 1, title=goal.title))
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setWordWrap(True)
            title.setStyleSheet("font-weight: 600;")
            now = QLabel(_("Current status: {status}").format(status=label(goal.status)))
            now.setStyleSheet("color: palette(placeholder-text);")
            text = QVBoxLayout()
            text.setSpacing(2)
            text.addWidget(title)
            text.addWidget(now)
            combo = CodeCombo(labelled(GoalStatus))
            combo.set_code(goal.status.value)
            combo.setMinimumWidth(180)
            combo.setAccessibleName(
                _("Status of goal {n}: {title}").format(n=line + 1, title=goal.title)
            )
            title.setBuddy(combo)
            grid.addLayout(text, line, 0)
            grid.addWidget(combo, line, 1)
            self.goal_combos[goal.goal_id] = combo
        grid.setRowStretch(len(goals), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        return scroll

    # Values --------------------------------------------------------------------------------

    def form(self) -> SessionForm:
        code = self.mode.code()
        return SessionForm(
            from_qdate(self.held_on.date()),
            self.duration.value(),
            MeetingMode(code) if code else None,
            self.topics.text(),
            self.leads.codes(),
            self.note_edit.toPlainText(),
        )

    def set_form(self, form: SessionForm) -> None:
        self.held_on.setDate(to_qdate(form.held_on or self.context.clock.today()))
        self.duration.setValue(form.duration_minutes)
        self.mode.set_code(form.mode.value if form.mode else "")
        self.topics.setText(form.topics)
        self.leads.set_codes(form.leads_capabilities)
        # Compact: only the domains already ticked stay open.
        for index in range(self.leads.topLevelItemCount()):
            domain = self.leads.topLevelItem(index)
            ticked = any(
                domain.child(i).data(0, LEADS_CODE) in form.leads_capabilities
                for i in range(domain.childCount())
            )
            domain.setExpanded(ticked)
        self.note_edit.setPlainText(form.note)

    def goal_statuses(self) -> dict[int, GoalStatus]:
        """Only the goals whose status was changed here."""
        current = {g.goal_id: g.status for g in self.detail.goals}
        return {
            goal_id: GoalStatus(combo.code())
            for goal_id, combo in self.goal_combos.items()
            if combo.code() != current[goal_id].value
        }

    # Checking and saving -------------------------------------------------------------------

    def _check_session(self) -> list[FieldError]:
        """The service's own rules, run before Finish so each slip is caught on its page."""
        with self.context.db.unit_of_work() as session:
            pairing = load_pairing(session, self.pairing_id)
            errors = sessions.validate(self.form(), pairing, self.context.clock.today())
        mark_fields(self.widgets, errors)
        return errors

    def _save(self) -> SessionOutcome:
        db, actor = self.context.db, self.context.actor
        if self.session_id is None:
            new_id = sessions.add_session(
                db, self.pairing_id, self.form(), self.goal_statuses(), actor
            )
            return SessionOutcome(new_id, "added")
        sessions.update_session(db, self.session_id, self.form(), self.goal_statuses(), actor)
        return SessionOutcome(self.session_id, "updated")

    # Deleting ------------------------------------------------------------------------------

    def confirm_delete(self) -> bool:
        assert self.row is not None
        minutes = self.row.duration_minutes
        return ask(
            self,
            _("Delete this session"),
            ngettext(
                "Delete the session of {day} ({n} minute)? Its time will no longer count "
                "towards the hours and credits of either person.",
                "Delete the session of {day} ({n} minutes)? Its time will no longer count "
                "towards the hours and credits of either person.",
                minutes,
            ).format(day=format_date(self.row.held_on, "long"), n=minutes),
            _("Delete"),
            _("Keep it"),
        )

    def delete_session(self) -> bool:
        """Delete the session being corrected, once confirmed; closes the wizard when done."""
        if self.session_id is None or not self.confirm_delete():
            return False
        session_id = self.session_id
        page = self.currentPage()
        assert isinstance(page, StepPage)
        done = page.errors.attempt(
            lambda: sessions.delete_session(self.context.db, session_id, self.context.actor) or True
        )
        if done is None:
            return False
        self.outcome = SessionOutcome(session_id, "deleted")
        close_accepted(self)
        return True
