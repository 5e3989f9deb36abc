"""The Evaluations page: the year-end summary, the answers on file, and the questionnaires.

Three tabs because the committee comes here for three different jobs: reading how the year
went, entering or importing what participants sent back, and adjusting the questions.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import QuestionnaireKind
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.services.questionnaires.answer_import import AnswerImportResult
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.evaluations.answers_view import AnswersView
from mentorat_desktop.views.evaluations.questionnaires_view import QuestionnairesView
from mentorat_desktop.views.evaluations.summary_view import SummaryView
from mentorat_desktop.views.wizards.answer_import_wizard import AnswerImportWizard

SUMMARY, ANSWERS, QUESTIONNAIRES = range(3)


class EvaluationsPage(QWidget):
    # Answers or questions changed: the dashboard and the pairs' phases depend on them.
    changed = Signal()

    def __init__(
        self,
        context: ViewContext,
        parent: QWidget | None = None,
        *,
        run_dialog: Callable[[QDialog], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.cohort: CohortSummary | None = None
        self.run_dialog = run_dialog or (lambda d: d.exec() == QDialog.DialogCode.Accepted)
        title = QLabel(_("Evaluations"))
        title.setObjectName("pageTitle")
        self.summary = SummaryView(context, self)
        self.answers = AnswersView(context, self, run_dialog=run_dialog)
        self.questionnaires = QuestionnairesView(context, self, run_dialog=run_dialog)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.summary, _("Year-end summary"))
        self.tabs.addTab(self.answers, _("Answers"))
        self.tabs.addTab(self.questionnaires, _("Questionnaires"))
        self.answers.changed.connect(self._answers_changed)
        self.answers.import_requested.connect(self.import_answers)
        self.questionnaires.changed.connect(self._questions_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        self.cohort = cohort
        self.summary.set_cohort(cohort)
        self.answers.set_cohort(cohort)
        self.questionnaires.reload()

    def reload(self) -> None:
        """Something else changed the year (a pair ended, someone withdrew)."""
        self.set_cohort(self.cohort)

    def import_answers(self, kind: QuestionnaireKind | None = None) -> AnswerImportResult | None:
        """The form service's export of a questionnaire, through the import wizard."""
        if self.cohort is None:
            return None
        wizard = AnswerImportWizard(self.context, self.cohort, kind, self)
        if not self.run_dialog(wizard) or wizard.result is None:
            return None
        self.answers.set_cohort(self.cohort)
        self._answers_changed()
        return wizard.result

    def _answers_changed(self) -> None:
        self.summary.set_cohort(self.cohort)
        self.questionnaires.reload()
        self.changed.emit()

    def _questions_changed(self) -> None:
        self.answers.set_cohort(self.cohort)
        self.summary.set_cohort(self.cohort)
        self.changed.emit()
