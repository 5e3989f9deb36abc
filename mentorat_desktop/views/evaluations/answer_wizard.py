"""Entering one person's answers to a questionnaire (phase 1 or 10), copied from the form
they sent back: who answered (and, for an evaluation, about which pair), the questions,
then a review; Finish records everything in one transaction.

The questionnaire follows the person's role. A correction opens the version that person
answered, with their answers, so editing the questions later never changes old answers.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget, QWizard

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import ParticipationStatus, QuestionnaireKind, Role
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.followup.pair_detail import PairDetail
from mentorat_desktop.services.followup.pair_list import pair_list
from mentorat_desktop.services.questionnaires.answers import (
    AnswerValue,
    ResponseForm,
    record_response,
    response_form,
)
from mentorat_desktop.services.questionnaires.catalog import questionnaire_for
from mentorat_desktop.services.questionnaires.respondents import Respondent, respondents
from mentorat_desktop.services.questionnaires.shapes import QuestionnaireInfo
from mentorat_desktop.services.registration import ParticipantRow, list_participants
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.evaluations.answer_pages import QuestionsPage, ReviewPage, WhoPage
from mentorat_desktop.views.evaluations.kinds import kind_label
from mentorat_desktop.views.unsaved_input import AsksBeforeDiscarding


class AnswerWizard(AsksBeforeDiscarding, QWizard):
    recorded = Signal(int)  # the response id, once Finish has saved

    def __init__(
        self,
        context: ViewContext,
        cohort: CohortSummary,
        kind: QuestionnaireKind,
        participation_id: int | None = None,
        pairing_id: int | None = None,
        response_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort = cohort
        self.kind = kind
        self.today = context.clock.today()
        # The response corrected, then the one Finish saved.
        self.response_id = response_id
        self.initial_values: dict[str, AnswerValue] = {}
        self.initial_date = self.today
        self.fixed_info: QuestionnaireInfo | None = None
        if response_id is not None:
            form, info = response_form(context.db, response_id)
            self.kind = info.kind
            self.fixed_info = info
            participation_id, pairing_id = form.participation_id, form.pairing_id
            self.initial_values = dict(form.answers)
            self.initial_date = form.submitted_on or self.today
        self.pairs: list[PairDetail] = (
            pair_list(context.db, cohort.id) if self.kind == QuestionnaireKind.EVALUATION else []
        )
        self.people = self._people(participation_id)
        self.answered: dict[tuple[int, int | None], Respondent] = {
            (r.participation_id, r.pairing_id): r
            for r in respondents(context.db, cohort.id, self.kind)
            if r.response_id is not None
        }
        self._infos: dict[Role, QuestionnaireInfo] = {}
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        title = _("Correct answers") if self.is_correction else _("Enter answers")
        self.setWindowTitle(_("{action} — {kind}").format(action=title, kind=kind_label(self.kind)))
        self.who_page = WhoPage(self, participation_id, pairing_id)
        self.questions_page = QuestionsPage(self)
        self.review_page = ReviewPage(self)
        for page in (self.who_page, self.questions_page, self.review_page):
            self.addPage(page)
        self.resize(820, 680)

    @property
    def is_correction(self) -> bool:
        return self.fixed_info is not None

    def _people(self, keep: int | None) -> list[ParticipantRow]:
        """Registered people (and whoever a correction is about); for an evaluation, only
        those who were in a pair this year."""
        rows = [
            p
            for p in list_participants(self.context.db, self.cohort.id)
            if p.status == ParticipationStatus.REGISTERED or p.participation_id == keep
        ]
        if self.kind == QuestionnaireKind.EVALUATION:
            paired = {
                i
                for d in self.pairs
                for i in (d.mentor.participation_id, d.mentee.participation_id)
            }
            rows = [p for p in rows if p.participation_id in paired]
        return rows

    # What the pages share -------------------------------------------------------------------

    def person(self, participation_id: int | None) -> ParticipantRow | None:
        return next((p for p in self.people if p.participation_id == participation_id), None)

    def pairs_of(self, participation_id: int) -> list[PairDetail]:
        """The person's pairs, ended ones first (those are the ones to evaluate)."""
        mine = [
            d
            for d in self.pairs
            if participation_id in (d.mentor.participation_id, d.mentee.participation_id)
        ]
        return sorted(mine, key=lambda d: (d.is_open, d.assigned_at))

    def info_for(self, person: ParticipantRow) -> QuestionnaireInfo:
        """The questionnaire this person answers: their role's, or the corrected version."""
        if self.fixed_info is not None:
            return self.fixed_info
        if person.role not in self._infos:
            self._infos[person.role] = questionnaire_for(self.context.db, self.kind, person.role)
        return self._infos[person.role]

    @property
    def pairing_id(self) -> int | None:
        return self.who_page.pairing_id()

    def form(self) -> ResponseForm:
        person = self.who_page.person()
        assert person is not None  # the first page refuses to go on without one
        return ResponseForm(
            participation_id=person.participation_id,
            version_id=self.info_for(person).version_id,
            pairing_id=self.who_page.pairing_id(),
            submitted_on=self.who_page.submitted_on(),
            answers=self.questions_page.values(),
        )

    def save(self) -> int:
        self.response_id = record_response(self.context.db, self.form(), actor=self.context.actor)
        self.recorded.emit(self.response_id)
        return self.response_id
