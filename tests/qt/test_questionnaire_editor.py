"""Editing a questionnaire's questions: add one with choices, reorder, retire, save; once
someone has answered, saving makes a new version and old answers keep their questions."""

from __future__ import annotations

import pytest
from helpers.questionnaires import answer_all, ended_pair
from PySide6.QtWidgets import QDialog

from mentorat_desktop.models.enums import QuestionKind, QuestionnaireKind, Role
from mentorat_desktop.services.questionnaires.answers import response_form
from mentorat_desktop.services.questionnaires.catalog import questionnaire_for, versions
from mentorat_desktop.services.questionnaires.shapes import ChoiceOption, QuestionnaireInfo
from mentorat_desktop.views.evaluations.question_dialog import QuestionDialog
from mentorat_desktop.views.evaluations.questionnaire_editor import QuestionnaireEditor
from mentorat_desktop.views.evaluations.questionnaires_view import QuestionnairesView


@pytest.fixture
def mentee_evaluation(db) -> QuestionnaireInfo:
    return questionnaire_for(db, QuestionnaireKind.EVALUATION, Role.MENTEE)


class DialogScript:
    """Stands in for ``run_dialog``: fills each dialog with the next step, then presses OK
    and reports whether the dialog accepted."""

    def __init__(self, *steps) -> None:
        self.steps = list(steps)
        self.seen: list[QDialog] = []

    def __call__(self, dialog: QDialog) -> bool:
        self.seen.append(dialog)
        self.steps.pop(0)(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted


def _new_choice_question(dialog: QuestionDialog) -> None:
    dialog.kind.set_code(QuestionKind.MULTIPLE_CHOICE.value)
    dialog.text_fr.setPlainText("Quels formats de rencontre avez-vous utilisés?")
    dialog.text_en.setPlainText("Which meeting formats did you use?")
    dialog.required.setChecked(True)
    dialog.options.set_options(
        (
            ChoiceOption("", "En personne", "In person"),
            ChoiceOption("", "Vidéo", "Video"),
            ChoiceOption("", "Téléphone", "Phone"),
        )
    )


def _editor(qtbot, context, info: QuestionnaireInfo, script=None) -> QuestionnaireEditor:
    editor = QuestionnaireEditor(context, info.questionnaire_id, run_dialog=script)
    # Closing an edited editor asks first; at the end of a test the answer is "discard".
    editor.confirm = lambda _question: True
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_add_a_question_with_choices_reorder_and_retire(
    qtbot, qtmodeltester, context, db, mentee_evaluation
):
    info = mentee_evaluation
    script = DialogScript(_new_choice_question)
    editor = _editor(qtbot, context, info, script)
    qtmodeltester.check(editor.model)
    assert editor.banner.isHidden() and editor.note_row.isHidden()  # nobody answered yet
    count = len(info.questions)
    editor.select_row(count - 1)
    assert editor.add_question()
    assert editor.model.rowCount() == count + 1
    assert editor.current_row() == count  # added after the chosen question, and chosen
    editor.move_question(-1)
    assert editor.current_row() == count - 1
    editor.select_row(0)
    editor.remove_question()  # retire the first question
    editor.buttons.button(editor.buttons.StandardButton.Save).click()

    assert editor.result() == QDialog.DialogCode.Accepted
    saved = editor.saved
    assert saved.version_number == 1  # nobody answered: corrected in place
    codes = [q.code for q in saved.questions]
    assert info.questions[0].code not in codes
    added = saved.questions[-2]
    assert added.text_en == "Which meeting formats did you use?"
    assert added.kind == QuestionKind.MULTIPLE_CHOICE and added.required
    assert [o.en for o in added.options] == ["In person", "Video", "Phone"]
    assert all(o.code for o in added.options)
    assert saved.questions[-1].code == info.questions[-1].code


def test_saving_with_answers_on_file_makes_version_2_and_old_answers_keep_their_questions(
    qtbot, context, db, cohort, mentee_evaluation
):
    pair = ended_pair(db, cohort.id)
    response_id = answer_all(db, pair.mentee_id, pair.pairing_id)
    info = mentee_evaluation
    editor = _editor(qtbot, context, info)
    assert editor.banner.isVisible()
    assert "2" in editor.banner.text()
    assert editor.note_row.isVisible()
    editor.select_row(0)
    editor.remove_question()
    editor.duplicate_question()  # the new first question, copied as a new one
    editor.note.setText("Question de satisfaction retirée")
    editor.accept()

    assert editor.saved is not None and editor.saved.version_number == 2
    history = versions(db, info.questionnaire_id)
    assert [(v.number, v.responses) for v in history] == [(1, 1), (2, 0)]
    assert history[1].note == "Question de satisfaction retirée"
    assert history[1].questions == len(info.questions)  # one retired, one added
    form, old = response_form(db, response_id)
    assert old.version_number == 1
    assert old.questions[0].code == info.questions[0].code
    assert info.questions[0].code in form.answers


def test_an_invalid_question_keeps_its_dialog_open_with_a_message(
    qtbot, context, mentee_evaluation
):
    editor = _editor(qtbot, context, mentee_evaluation)
    editor.select_row(2)
    dialog = QuestionDialog(editor.model.row_at(2), editor._check_at(2, replacing=True), 3, editor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text_en.setPlainText("   ")
    dialog.accept()
    assert dialog.isVisible() and dialog.result_draft is None
    assert dialog.errors.isVisible()
    assert "3" in dialog.errors.text()  # the question's own number
    # A choice question with a single choice is refused too.
    dialog.text_en.setPlainText("How often?")
    dialog.kind.set_code(QuestionKind.SINGLE_CHOICE.value)
    dialog.options.set_options((ChoiceOption("", "Souvent", "Often"),))
    dialog.accept()
    assert dialog.isVisible() and dialog.result_draft is None
    dialog.options.add_option(ChoiceOption("", "Rarement", "Rarely"), edit=False)
    dialog.accept()
    assert dialog.result_draft is not None
    assert dialog.result_draft.options[1].en == "Rarely"


def test_an_invalid_questionnaire_is_not_saved_and_stays_open(
    qtbot, context, db, mentee_evaluation
):
    editor = _editor(qtbot, context, mentee_evaluation)
    editor.title_en.setText("")
    editor.accept()
    assert editor.isVisible() and editor.saved is None
    assert editor.errors.isVisible()
    assert questionnaire_for(db, QuestionnaireKind.EVALUATION, Role.MENTEE) == mentee_evaluation


def test_cancel_asks_before_discarding_edits(qtbot, context, mentee_evaluation, monkeypatch):
    editor = _editor(qtbot, context, mentee_evaluation)
    questions: list[str] = []
    monkeypatch.setattr(editor, "confirm", lambda text: questions.append(text) or False)
    editor.reject()  # nothing changed: closes without asking
    assert questions == [] and editor.result() == QDialog.DialogCode.Rejected

    editor = _editor(qtbot, context, mentee_evaluation)
    monkeypatch.setattr(editor, "confirm", lambda text: questions.append(text) or False)
    editor.move_question(1)
    editor.reject()
    assert len(questions) == 1 and editor.isVisible()
    monkeypatch.setattr(editor, "confirm", lambda text: True)
    editor.reject()
    assert not editor.isVisible()


def test_the_questionnaires_view_lists_versions_and_opens_the_editor(
    qtbot, qtmodeltester, context, db, mentee_evaluation
):
    def reword(editor: QuestionnaireEditor) -> None:
        editor.title_fr.setText("Évaluation de fin d'année (mentorés)")

    view = QuestionnairesView(context, run_dialog=DialogScript(reword))
    qtbot.addWidget(view)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.versions)
    assert view.model.rowCount() == 4
    assert view.select(mentee_evaluation.questionnaire_id)
    assert view.versions.rowCount() == 1
    with qtbot.wait_signal(view.changed):
        assert view.edit_selected()
    row = view.model.row_of(mentee_evaluation.questionnaire_id)
    assert view.model.index(row, 0).data() == "Évaluation de fin d'année (mentorés)"
    assert view.selected_id() == mentee_evaluation.questionnaire_id
