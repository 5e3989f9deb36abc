"""The answers on file: who should answer, who did, and entering, correcting, deleting and
importing answers from the list."""

from __future__ import annotations

import pytest
from helpers.forms import mentee_form, mentor_form
from helpers.pairs import ConfirmedPair
from helpers.questionnaires import answer_all, ended_pair
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from mentorat_desktop.models.enums import QuestionnaireKind, ResponseSource, Role
from mentorat_desktop.services.questionnaires.catalog import questionnaire_for
from mentorat_desktop.services.questionnaires.respondents import respondents
from mentorat_desktop.views.evaluations.answer_wizard import AnswerWizard
from mentorat_desktop.views.evaluations.answers_view import AnswersView
from mentorat_desktop.views.evaluations.questionnaire_editor import QuestionnaireEditor
from mentorat_desktop.views.item_models.respondent_table import (
    RespondentTableModel,
    source_label,
)

EVALUATION = QuestionnaireKind.EVALUATION
SELF_REFLECTION = QuestionnaireKind.SELF_REFLECTION


@pytest.fixture
def pairs(db, cohort) -> tuple[ConfirmedPair, ConfirmedPair]:
    """Two ended pairs: Marc evaluated his (entered), Zoé hers (imported)."""
    first = ended_pair(db, cohort.id)
    second = ended_pair(
        db,
        cohort.id,
        mentor=mentor_form(email="ann@example.org", first_name="Ann"),
        mentee=mentee_form(email="zoe@example.org", first_name="Zoé"),
    )
    answer_all(db, first.mentor_id, first.pairing_id)
    answer_all(db, second.mentee_id, second.pairing_id, source=ResponseSource.IMPORTED)
    return first, second


def _view(qtbot, context, cohort, run_dialog=None) -> AnswersView:
    view = AnswersView(context, run_dialog=run_dialog)
    qtbot.addWidget(view)
    view.set_cohort(cohort)
    view.set_kind(EVALUATION)
    return view


def _counted(view: AnswersView) -> tuple[int, int]:
    """The (answered, expected) figures, checked against the count line shown."""
    answered, expected = view.counts
    assert f"{answered}" in view.count.text() and f"{expected}" in view.count.text()
    return view.counts


def _column(view: AnswersView, column: int) -> list[str]:
    return [view.proxy.index(r, column).data() for r in range(view.proxy.rowCount())]


def test_the_models_pass_the_model_tester(qtbot, qtmodeltester, context, cohort, pairs):
    view = _view(qtbot, context, cohort)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    questionnaire = questionnaire_for(context.db, EVALUATION, Role.MENTOR)
    editor = QuestionnaireEditor(context, questionnaire.questionnaire_id)
    qtbot.addWidget(editor)
    qtmodeltester.check(editor.model)


def test_counts_and_the_missing_only_filter(qtbot, context, cohort, pairs):
    view = _view(qtbot, context, cohort)
    assert _counted(view) == (2, 4)
    assert not view.table.isColumnHidden(RespondentTableModel.PARTNER)
    names = _column(view, RespondentTableModel.NAME)
    sources = dict(zip(names, _column(view, RespondentTableModel.SOURCE), strict=True))
    assert sources == {
        "Ann O'Brien": "",
        "Élodie Bérubé": "",
        "Marc O'Brien": source_label(ResponseSource.ENTERED),
        "Zoé Bérubé": source_label(ResponseSource.IMPORTED),
    }
    assert source_label(ResponseSource.ENTERED) != source_label(ResponseSource.IMPORTED)
    view.missing_only.setChecked(True)
    assert _column(view, RespondentTableModel.NAME) == ["Ann O'Brien", "Élodie Bérubé"]
    view.missing_only.setChecked(False)
    # Sorting by the date puts the missing ones first.
    view.table.sortByColumn(RespondentTableModel.ANSWERED_ON, Qt.SortOrder.AscendingOrder)
    assert _column(view, RespondentTableModel.NAME)[2:] == ["Marc O'Brien", "Zoé Bérubé"]
    # The self-reflection is expected from every registered person, without partners.
    view.set_kind(SELF_REFLECTION)
    assert _counted(view) == (0, 4)
    assert view.table.isColumnHidden(RespondentTableModel.PARTNER)


def test_delete_asks_first_and_then_removes_the_answers(
    qtbot, context, cohort, db, pairs, monkeypatch
):
    first, _second = pairs
    view = _view(qtbot, context, cohort)
    assert view.select(first.mentor_id, first.pairing_id)
    assert view.delete_button.isEnabled()
    questions: list[str] = []
    monkeypatch.setattr(view, "confirm", lambda text: questions.append(text) or False)
    assert not view.delete_answers()
    assert "Marc O'Brien" in questions[0]
    assert _counted(view) == (2, 4)

    monkeypatch.setattr(view, "confirm", lambda text: True)
    with qtbot.wait_signal(view.changed):
        assert view.delete_answers()
    assert _counted(view) == (1, 4)
    answered = [r for r in respondents(db, cohort.id, EVALUATION) if r.response_id]
    assert [r.name for r in answered] == ["Zoé Bérubé"]
    # Still chosen, now without answers: nothing left to edit or delete.
    assert view.selected().participation_id == first.mentor_id
    assert not view.delete_button.isEnabled() and not view.edit_button.isEnabled()


def test_enter_answers_for_the_chosen_person_through_the_wizard(qtbot, context, cohort, db, pairs):
    first, _second = pairs
    opened: list[AnswerWizard] = []

    def fill(wizard: AnswerWizard) -> bool:
        opened.append(wizard)
        wizard.show()
        wizard.button(QWizard.WizardButton.NextButton).click()
        for box in wizard.questions_page.form.boxes.values():
            if box.question.required:
                box.input.buttons[next(iter(box.input.buttons))].click()
        wizard.button(QWizard.WizardButton.NextButton).click()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return wizard.result() == QDialog.DialogCode.Accepted

    view = _view(qtbot, context, cohort, run_dialog=fill)
    assert view.select(first.mentee_id, first.pairing_id)
    with qtbot.wait_signal(view.changed):
        assert view.enter_answers()
    (wizard,) = opened
    assert wizard.who_page.person().participation_id == first.mentee_id
    assert _counted(view) == (3, 4)
    assert view.selected().participation_id == first.mentee_id
    assert view.selected().source == ResponseSource.ENTERED


def test_double_click_edits_answers_on_file_and_import_is_requested(qtbot, context, cohort, pairs):
    first, _second = pairs
    opened: list[AnswerWizard] = []
    view = _view(qtbot, context, cohort, run_dialog=lambda w: opened.append(w) or False)
    assert view.select(first.mentor_id, first.pairing_id)
    view.table.doubleClicked.emit(view.table.currentIndex())
    assert opened[-1].is_correction
    assert view.select(first.mentee_id, first.pairing_id)
    view.table.doubleClicked.emit(view.table.currentIndex())
    assert not opened[-1].is_correction
    with qtbot.wait_signal(view.import_requested) as signal:
        view.import_button.click()
    assert signal.args == [EVALUATION]


def test_without_a_program_year_nothing_can_be_entered(qtbot, context):
    view = AnswersView(context)
    qtbot.addWidget(view)
    view.set_cohort(None)
    assert view.model.rowCount() == 0
    assert not view.enter_button.isEnabled() and not view.import_button.isEnabled()
    assert not view.empty.isHidden()
