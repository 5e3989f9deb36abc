"""Opening the right guided flow for a pair, from the pair page or from a dashboard item.

One place decides which wizard serves which phase and which e-mail answers which due item,
so the dashboard and the Pairs page always agree.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import QuestionnaireKind
from mentorat_desktop.services.cohorts import list_cohorts
from mentorat_desktop.services.followup.due import DueItem, DueKind
from mentorat_desktop.services.followup.emails import EmailDraft, EmailKind, email_drafts
from mentorat_desktop.services.followup.phases import Phase
from mentorat_desktop.views.context import ViewContext

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

    def report(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget, _("Mentorat"), message)

    def _run(self, make: Callable[[], StepWizard | AnswerWizard]) -> bool:
        try:
            wizard = make()
        except UserError as error:
            self.report(error.message)
            return False
        done = self.run_dialog(wizard)
        pairing_id = wizard.pairing_id
        wizard.deleteLater()
        if done:
            self.changed.emit(pairing_id)
        return done

    def open_step(self, pairing_id: int, phase: Phase) -> bool:
        if phase == Phase.EVALUATION:
            return self.open_evaluation(pairing_id)
        wizard = wizards().get(phase)
        if wizard is None:
            self.show_pair.emit(pairing_id)
            return False
        return self._run(lambda: wizard(self.context, pairing_id, parent=self.parent_widget))

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
            lambda: SessionWizard(self.context, pairing_id, session_id, parent=self.parent_widget)
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
