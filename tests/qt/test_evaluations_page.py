"""The Evaluations page inside the main window: answers recorded anywhere reach the summary,
the dashboard and the pairs, and the import wizard opens from the Answers tab."""

from __future__ import annotations

from helpers.questionnaires import answer_all, ended_pair

from mentorat_desktop.models.enums import QuestionnaireKind
from mentorat_desktop.services.followup.phases import Phase
from mentorat_desktop.views.main_window import EVALUATIONS, MainWindow
from mentorat_desktop.views.pages.evaluations_page import ANSWERS, SUMMARY
from mentorat_desktop.views.wizards.answer_import_wizard import AnswerImportWizard


def _window(qtbot, context, opened: list) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)

    def refuse(dialog) -> bool:  # every dialog is seen and cancelled
        opened.append(dialog)
        return False

    window.run_dialog = refuse
    window.show()
    return window


def test_the_evaluations_page_is_the_real_page(qtbot, context, cohort) -> None:
    window = _window(qtbot, context, [])
    window.navigation.setCurrentRow(EVALUATIONS)
    assert window.stack.currentWidget() is window.evaluations
    assert window.evaluations.cohort == cohort


def test_an_evaluation_received_updates_summary_dashboard_and_pair(
    qtbot, context, db, cohort
) -> None:
    pair = ended_pair(db, cohort.id)
    window = _window(qtbot, context, [])
    window.evaluations.answers.set_kind(QuestionnaireKind.EVALUATION)
    assert window.dashboard.tiles["evaluations"].value.text() == "0 / 2"
    def summary_tile() -> str:  # the summary is rebuilt on every change: look it up again
        return window.evaluations.summary.content.tiles.tiles["evaluations"].value.text()

    def phase() -> Phase:
        model = window.pairs.model
        return model.row_at(model.row_of(pair.pairing_id)).phase

    assert summary_tile() == "0"
    assert phase() == Phase.EVALUATION

    answer_all(db, pair.mentor_id, pair.pairing_id)
    answer_all(db, pair.mentee_id, pair.pairing_id)
    window.flows.changed.emit(pair.pairing_id)  # as when entered from the pair's page

    assert window.dashboard.tiles["evaluations"].value.text() == "2 / 2"
    assert summary_tile() == "2"
    assert window.evaluations.answers.counts == (2, 2)
    assert phase() == Phase.COMPLETE


def test_import_answers_opens_the_wizard_for_the_chosen_kind(qtbot, context, cohort) -> None:
    opened: list = []
    window = _window(qtbot, context, opened)
    window.evaluations.answers.import_requested.emit(QuestionnaireKind.EVALUATION)
    assert len(opened) == 1 and isinstance(opened[0], AnswerImportWizard)
    # Cancelled: nothing imported, nothing refreshed.
    assert window.evaluations.import_answers(QuestionnaireKind.SELF_REFLECTION) is None


def test_a_tab_shown_after_answers_came_in_shows_them(qtbot, context, db, cohort) -> None:
    """Only the tab in front reads the file on a change; another shows it when chosen."""
    pair = ended_pair(db, cohort.id)
    window = _window(qtbot, context, [])
    window.navigation.setCurrentRow(EVALUATIONS)
    page = window.evaluations
    assert page.tabs.currentIndex() == SUMMARY
    page.tabs.setCurrentIndex(ANSWERS)
    page._answers.set_kind(QuestionnaireKind.EVALUATION)
    assert page._answers.counts == (0, 2)
    page.tabs.setCurrentIndex(SUMMARY)

    answer_all(db, pair.mentor_id, pair.pairing_id)
    window.flows.changed.emit(pair.pairing_id)  # the Summary tab is in front
    assert page._summary.content.tiles.tiles["evaluations"].value.text() == "1"

    page.tabs.setCurrentIndex(ANSWERS)  # the person clicks the tab: no stale count
    assert page._answers.counts == (1, 2)

    answer_all(db, pair.mentee_id, pair.pairing_id)
    window.changed_elsewhere()  # as when another copy of the program wrote the file
    page.tabs.setCurrentIndex(SUMMARY)
    assert page._summary.content.tiles.tiles["evaluations"].value.text() == "2"
