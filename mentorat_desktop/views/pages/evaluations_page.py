"""The Evaluations page: the year-end summary, the answers on file, and the questionnaires.

Three tabs because the committee comes here for three different jobs: reading how the year
went, entering or importing what participants sent back, and adjusting the questions.

Only the tab in front reads the file when the year changes or something changes elsewhere;
the others read it when they are shown or asked for (``summary``, ``answers`` and
``questionnaires`` always give the tab as the file holds it now), as the window does with
its pages. The page keeps which tabs are behind, never data of its own.

The Answers and Questionnaires tabs are built the first time they are shown or asked for:
the page comes up with the summary alone, most visits never leave it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QTabWidget, QVBoxLayout, QWidget

from mentorat_desktop.i18n import _
from mentorat_desktop.models.enums import QuestionnaireKind
from mentorat_desktop.services.cohorts import CohortSummary
from mentorat_desktop.views.context import ViewContext
from mentorat_desktop.views.evaluations.answers_view import AnswersView
from mentorat_desktop.views.evaluations.questionnaires_view import QuestionnairesView
from mentorat_desktop.views.evaluations.summary_view import SummaryView

if TYPE_CHECKING:
    from mentorat_desktop.services.questionnaires.answer_import import AnswerImportResult

View = TypeVar("View", bound=QWidget)

SUMMARY, ANSWERS, QUESTIONNAIRES = range(3)
ALL_TABS = frozenset({SUMMARY, ANSWERS, QUESTIONNAIRES})


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
        self._tabs_run_dialog = run_dialog  # as given: each tab has its own default
        title = QLabel(_("Evaluations"))
        title.setObjectName("pageTitle")
        self._summary = SummaryView(context, self)
        self._answers_view: AnswersView | None = None  # built when first needed
        self._questionnaires_view: QuestionnairesView | None = None
        # The tabs not showing the file as it is (all of them until a year is set).
        self._behind: set[int] = set(ALL_TABS)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._summary, _("Year-end summary"))
        self.tabs.addTab(_holder(), _("Answers"))
        self.tabs.addTab(_holder(), _("Questionnaires"))
        self.tabs.currentChanged.connect(self._bring_up_to_date)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

    # The tabs, up to date when asked for ---------------------------------------------------

    @property
    def summary(self) -> SummaryView:
        self._bring_up_to_date(SUMMARY)
        return self._summary

    @property
    def answers(self) -> AnswersView:
        self._bring_up_to_date(ANSWERS)
        return self._answers

    @property
    def questionnaires(self) -> QuestionnairesView:
        self._bring_up_to_date(QUESTIONNAIRES)
        return self._questionnaires

    @property
    def _answers(self) -> AnswersView:
        """The Answers tab, built the first time (it reads nothing until set to a year)."""
        if self._answers_view is None:
            view = AnswersView(self.context, self, run_dialog=self._tabs_run_dialog)
            view.changed.connect(self._answers_changed)
            view.import_requested.connect(self.import_answers)
            self._answers_view = _fill(self.tabs.widget(ANSWERS), view)
        return self._answers_view

    @property
    def _questionnaires(self) -> QuestionnairesView:
        """The Questionnaires tab, built the first time (it reads nothing until reloaded)."""
        if self._questionnaires_view is None:
            view = QuestionnairesView(
                self.context, self, run_dialog=self._tabs_run_dialog, load=False
            )
            view.changed.connect(self._questions_changed)
            self._questionnaires_view = _fill(self.tabs.widget(QUESTIONNAIRES), view)
        return self._questionnaires_view

    def _bring_up_to_date(self, tab: int) -> None:
        if tab not in self._behind:
            return
        self._behind.discard(tab)  # first: loading may ask for the tab again
        if tab == SUMMARY:
            self._summary.set_cohort(self.cohort)
        elif tab == ANSWERS:
            self._answers.set_cohort(self.cohort)
        elif tab == QUESTIONNAIRES:
            self._questionnaires.reload()

    def _fall_behind(self, tabs: set[int] | frozenset[int]) -> None:
        """These tabs no longer show the file: the one in front reads it now."""
        self._behind |= tabs
        self._bring_up_to_date(self.tabs.currentIndex())

    # Loading -------------------------------------------------------------------------------

    def set_cohort(self, cohort: CohortSummary | None) -> None:
        self.cohort = cohort
        self._fall_behind(ALL_TABS)

    def reload(self) -> None:
        """Something else changed the year (a pair ended, someone withdrew)."""
        self._fall_behind(ALL_TABS)

    def import_answers(self, kind: QuestionnaireKind | None = None) -> AnswerImportResult | None:
        """The form service's export of a questionnaire, through the import wizard."""
        if self.cohort is None:
            return None
        from mentorat_desktop.views.wizards.answer_import_wizard import AnswerImportWizard

        wizard = AnswerImportWizard(self.context, self.cohort, kind, self)
        if not self.run_dialog(wizard) or wizard.result is None:
            return None
        self._fall_behind({ANSWERS})
        self._answers_changed()
        return wizard.result

    def _answers_changed(self) -> None:
        self._fall_behind({SUMMARY, QUESTIONNAIRES})
        self.changed.emit()

    def _questions_changed(self) -> None:
        self._fall_behind({ANSWERS, SUMMARY})
        self.changed.emit()


def _holder() -> QWidget:
    """An empty tab page, filled by its view when first shown."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    return holder


def _fill(holder: QWidget, view: View) -> View:
    """``view`` in its tab page, shown with it now rather than a turn of the event loop later."""
    holder.layout().addWidget(view)
    view.show()  # a widget moved into a page is hidden until shown
    return view
