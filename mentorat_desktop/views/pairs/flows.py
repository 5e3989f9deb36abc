"""Opening the right guided flow for a pair, from the pair page or from a dashboard item.

One place decides which wizard serves which phase and which e-mail answers which due item,
so the dashboard and the Pairs page always agree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QUndoStack
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import N_, _
from mentorat_desktop.models.enums import QuestionnaireKind
from mentorat_desktop.services.cohorts import list_cohorts
from mentorat_desktop.services.followup.due import DueItem, DueKind
from mentorat_desktop.services.followup.emails import EmailDraft, EmailKind, email_drafts
from mentorat_desktop.services.followup.pair_state import PairState, capture, put_back
from mentorat_desktop.services.followup.phases import Phase
from mentorat_desktop.services.safekeeping.access import read_only_message
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.undo_command import ServiceCommand

if TYPE_CHECKING:
    # The wizards are imported when a flow first opens one: none is needed at start.
    from mentorat_desktop.views.evaluations.answer_wizard import AnswerWizard
    from mentorat_desktop.views.wizards.step_wizard import StepWizard


def wizards() -> dict[Phase, type[StepWizard]]:
    """Which wizard serves which phase."""
    from mentorat_desktop.views.wizards.end_wizard import EndWizard
    from mentorat_desktop.views.wizards.first_contact_wizard import FirstContactWizard
    from mentorat_desktop.views.wizards.first_meeting_wizard import FirstMeetingWizard
    from mentorat_desktop.views.wizards.session_wizard import SessionWizard
    from mentorat_desktop.views.wizards.shared_understanding_wizard import (
        SharedUnderstandingWizard,
    )

    return {
        Phase.FIRST_CONTACT: FirstContactWizard,
        Phase.SHARED_UNDERSTANDING: SharedUnderstandingWizard,
        Phase.FIRST_MEETING: FirstMeetingWizard,
        Phase.SESSIONS: SessionWizard,
        Phase.END: EndWizard,
    }


def __getattr__(name: str) -> Any:
    """``WIZARDS``, built when first asked for (the wizards load with it)."""
    if name == "WIZARDS":
        return wizards()
    raise AttributeError(name)


# How Edit ▸ Undo names a step recorded for a pair.
STEP_NAMES: dict[Phase, str] = {
    Phase.FIRST_CONTACT: N_("First contact: {pair}"),
    Phase.SHARED_UNDERSTANDING: N_("Shared understanding: {pair}"),
    Phase.FIRST_MEETING: N_("First formal meeting: {pair}"),
    Phase.SESSIONS: N_("Session logged: {pair}"),
    Phase.END: N_("End of the relationship: {pair}"),
}
SESSION_CORRECTED = N_("Session corrected: {pair}")

DUE_PHASES: dict[DueKind, Phase] = {
    DueKind.FIRST_CONTACT_LATE: Phase.FIRST_CONTACT,
    DueKind.FIRST_CONTACT_SOON: Phase.FIRST_CONTACT,
    DueKind.NO_RECENT_SESSION: Phase.SESSIONS,
    DueKind.ENGAGEMENT_NOT_SIGNED: Phase.FIRST_MEETING,
    DueKind.PAST_END: Phase.END,
    DueKind.EVALUATIONS_MISSING: Phase.EVALUATION,
}

DUE_EMAILS: dict[DueKind, EmailKind] = {
    DueKind.FIRST_CONTACT_LATE: EmailKind.FIRST_CONTACT_REMINDER,
    DueKind.FIRST_CONTACT_SOON: EmailKind.FIRST_CONTACT_REMINDER,
    DueKind.NO_RECENT_SESSION: EmailKind.SESSION_LOG_REMINDER,
}


def _exec(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


class PairFlows(QObject):
    """Runs the wizards; ``changed`` carries the pair whose record changed."""

    changed = Signal(int)
    # The pair page to show when no wizard serves the request.
    show_pair = Signal(int)

    def __init__(
        self,
        context: ViewContext,
        parent_widget: QWidget,
        run_dialog: Callable[[QDialog], bool] = _exec,
    ) -> None:
        super().__init__(parent_widget)
        self.context = context
        self.parent_widget = parent_widget
        self.run_dialog = run_dialog
        # Replaced in tests, which must not start a mail client.
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        # The history of the page the step was started from (the window sets it).
        self.undo_stack: Callable[[], QUndoStack | None] = lambda: None

    def report(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget, _("Mentorat"), message)

    def _run(self, make: Callable[[], StepWizard | AnswerWizard], step: str = "") -> bool:
        """Run a wizard; a pair's step (``step`` names it) goes on the page's history."""
        if self.context.db.read_only:  # its buttons are off; a double-click is told why
            self.report(read_only_message(self.context.db.path))
            return False
        try:
            wizard = make()
            pairing_id = wizard.pairing_id
            before = capture(self.context.db, pairing_id) if step else None
        except UserError as error:
            self.report(error.message)
            return False
        done = self.run_dialog(wizard)
        changed_elsewhere = getattr(wizard, "changed_elsewhere", None)
        wizard.deleteLater()
        if changed_elsewhere is not None:  # refused, nothing written: show what is there now
            self.changed.emit(pairing_id)
            self.report(changed_elsewhere.message)
            return False
        if done:
            if before is not None:
                self._push_step(step, before)
            self.changed.emit(pairing_id)
        return done

    def _push_step(self, step: str, before: PairState) -> None:
        stack = self.undo_stack()
        if stack is None:
            return
        db, actor, pairing_id = self.context.db, self.context.actor, before.pairing_id
        try:
            after = capture(db, pairing_id)
        except UserError:
            return
        if after == before:
            return  # the wizard saved nothing new: no step to take back

        def settle(failure: str | None) -> None:
            self.changed.emit(pairing_id)
            if failure:
                self.report(failure)

        command = ServiceCommand(
            _(step).format(pair=before.names),
            lambda: put_back(db, before, after, "pairing.redo", actor),
            lambda _result: put_back(db, after, before, "pairing.undo", actor),
            settle,
            already_done=True,
        )
        command.attach(stack)
        stack.push(command)

    def open_step(self, pairing_id: int, phase: Phase) -> bool:
        if phase == Phase.EVALUATION:
            return self.open_evaluation(pairing_id)
        wizard = wizards().get(phase)
        if wizard is None:
            self.show_pair.emit(pairing_id)
            return False
        return self._run(
            lambda: wizard(self.context, pairing_id, parent=self.parent_widget), STEP_NAMES[phase]
        )

    def open_evaluation(self, pairing_id: int) -> bool:
        """Phase 10: the pair's evaluation, by whichever of the two has not answered yet."""

        def make() -> AnswerWizard:
            from mentorat_desktop.services.followup.pair_detail import pair_detail
            from mentorat_desktop.views.evaluations.answer_wizard import AnswerWizard

            detail = pair_detail(self.context.db, pairing_id)
            cohort = next(c for c in list_cohorts(self.context.db) if c.id == detail.cohort_id)
            return AnswerWizard(
                self.context,
                cohort,
                QuestionnaireKind.EVALUATION,
                pairing_id=pairing_id,
                parent=self.parent_widget,
            )

        return self._run(make)

    def edit_session(self, pairing_id: int, session_id: int) -> bool:
        from mentorat_desktop.views.wizards.session_wizard import SessionWizard

        return self._run(
            lambda: SessionWizard(self.context, pairing_id, session_id, parent=self.parent_widget),
            SESSION_CORRECTED,
        )

    def open_due(self, item: DueItem) -> bool:
        """The flow that settles a due item; the pair page when none does yet."""
        phase = DUE_PHASES.get(item.kind)
        if phase is None:
            self.show_pair.emit(item.pairing_id)
            return False
        return self.open_step(item.pairing_id, phase)

    def write_email(self, pairing_id: int, kind: EmailKind) -> list[EmailDraft]:
        """Open one message per language in the user's mail client."""
        try:
            drafts = email_drafts(self.context.db, pairing_id, kind, self.context.actor)
        except UserError as error:
            self.report(error.message)
            return []
        opened = [d for d in drafts if self.open_url(QUrl(d.mailto))]
        if len(opened) < len(drafts):
            self.report(
                _(
                    "No e-mail program answered. Set one up as your default mail application, "
                    "then try again."
                )
            )
        return opened
