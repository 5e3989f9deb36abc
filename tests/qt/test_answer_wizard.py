"""Entering a participant's answers as the committee does: choose who answered, fill in the
questions of every kind, review, Finish; and the evaluation flow opened from a pair."""

from __future__ import annotations

from datetime import date

import pytest
from helpers.pairs import ConfirmedPair
from helpers.questionnaires import answer_all, ended_pair
from PySide6.QtWidgets import QDialog, QWizard

from mentorat_desktop.models import Response
from mentorat_desktop.models.enums import QuestionKind, QuestionnaireKind, ResponseSource
from mentorat_desktop.services.followup.due import DueKind, due_items
from mentorat_desktop.services.followup.phases import Phase
from mentorat_desktop.services.questionnaires.answers import AnswerValue, response_form
from mentorat_desktop.services.questionnaires.catalog import questionnaire_for
from mentorat_desktop.services.questionnaires.editing import save_questions
from mentorat_desktop.views.evaluations.answer_inputs import ChoiceInput, ScaleInput, TextInput
from mentorat_desktop.views.evaluations.answer_wizard import AnswerWizard
from mentorat_desktop.views.main_window import MainWindow
from mentorat_desktop.views.widgets.registration_fields import to_qdate

EVALUATION = QuestionnaireKind.EVALUATION


@pytest.fixture
def pair(db, cohort) -> ConfirmedPair:
    """Marc O'Brien (mentor, prefers English) and Élodie Bérubé (mentee, French), ended."""
    return ended_pair(db, cohort.id)


def _open(qtbot, context, cohort, kind=EVALUATION, **chosen) -> AnswerWizard:
    wizard = AnswerWizard(context, cohort, kind, **chosen)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _next(wizard: AnswerWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def _finish(wizard: AnswerWizard) -> None:
    wizard.button(QWizard.WizardButton.FinishButton).click()


def _fill_everything(wizard: AnswerWizard, skip: set[str] = frozenset()) -> None:
    """Click an answer to every question the way a person would: 4 on scales, yes, the
    first choice, the first two of several, a sentence."""
    for code, box in wizard.questions_page.form.boxes.items():
        if code in skip:
            continue
        widget = box.input
        kind = box.question.kind
        if kind == QuestionKind.SCALE:
            widget.buttons[4].click()
        elif kind == QuestionKind.YES_NO:
            widget.buttons[1].click()
        elif kind == QuestionKind.SINGLE_CHOICE:
            widget.buttons[0].click()
        elif kind == QuestionKind.MULTIPLE_CHOICE:
            widget.buttons[0].click()
            widget.buttons[1].click()
        else:
            widget.edit.setPlainText("Beaucoup appris.")


def _responses(db) -> list[tuple[int, int | None, int, ResponseSource]]:
    with db.unit_of_work() as session:
        return [
            (r.participation_id, r.pairing_id, r.version.number, r.source)
            for r in session.query(Response).order_by(Response.id)
        ]


def test_every_kind_of_question_is_entered_and_finish_stores_one_response(
    qtbot, context, cohort, pair, db
):
    wizard = _open(qtbot, context, cohort, pairing_id=pair.pairing_id)
    who = wizard.who_page
    # Nobody answered yet: the mentor's side comes first, with the pair chosen.
    assert who.person().participation_id == pair.mentor_id
    assert who.pairing_id() == pair.pairing_id
    who.submitted.setDate(to_qdate(date(2026, 10, 1)))
    _next(wizard)
    assert wizard.currentPage() is wizard.questions_page
    # Marc prefers English: the questions read in English.
    assert wizard.questions_page.language == "en"
    info = wizard.questions_page.form.info
    kinds = {q.kind for q in info.questions}
    assert kinds == set(QuestionKind)
    _fill_everything(wizard)
    _next(wizard)
    assert wizard.currentPage() is wizard.review_page
    assert "Marc O'Brien" in wizard.review_page.summary.text()
    _finish(wizard)

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert _responses(db) == [(pair.mentor_id, pair.pairing_id, 1, ResponseSource.ENTERED)]
    form, stored = response_form(db, wizard.response_id)
    assert form.submitted_on == date(2026, 10, 1)
    for question in stored.questions:
        value = form.answers[question.code]
        if question.kind == QuestionKind.SCALE:
            assert value.number == 4.0
        elif question.kind == QuestionKind.YES_NO:
            assert value.number == 1.0
        elif question.kind == QuestionKind.SINGLE_CHOICE:
            assert value.choices == (question.options[0].code,)
        elif question.kind == QuestionKind.MULTIPLE_CHOICE:
            assert value.choices == (question.options[0].code, question.options[1].code)
        else:
            assert value.text == "Beaucoup appris."


def test_a_required_question_left_blank_is_refused_with_a_message(qtbot, context, cohort, pair, db):
    wizard = _open(qtbot, context, cohort, participation_id=pair.mentee_id)
    _next(wizard)
    first = wizard.questions_page.form.info.questions[0]
    assert first.required
    _fill_everything(wizard, skip={first.code})
    _next(wizard)

    assert wizard.currentPage() is wizard.questions_page
    box = wizard.questions_page.form.boxes[first.code]
    assert box.error.isVisible()
    assert "1" in box.error.text()
    assert wizard.questions_page.errors.isVisible()
    assert _responses(db) == []
    # Answering it clears the message and lets the wizard go on.
    box.input.buttons[3].click()
    assert not box.error.isVisible()
    _next(wizard)
    assert wizard.currentPage() is wizard.review_page


def test_the_first_page_needs_a_person_and_a_date_not_in_the_future(
    qtbot, context, cohort, pair, clock
):
    wizard = _open(qtbot, context, cohort, kind=QuestionnaireKind.SELF_REFLECTION)
    _next(wizard)
    assert wizard.currentPage() is wizard.who_page
    assert wizard.who_page.errors.isVisible()
    wizard.who_page.people.setCurrentIndex(wizard.who_page.people.findData(pair.mentee_id))
    # The self-reflection has no pair to choose.
    assert wizard.who_page.pairing_id() is None
    _next(wizard)
    assert wizard.currentPage() is wizard.questions_page
    assert wizard.questions_page.language == "fr"
    info = wizard.questions_page.form.info
    assert info.kind == QuestionnaireKind.SELF_REFLECTION
    assert info.audience.value == "mentee"


def test_the_language_toggle_keeps_what_was_entered(qtbot, context, cohort, pair):
    wizard = _open(qtbot, context, cohort, participation_id=pair.mentee_id)
    _next(wizard)
    page = wizard.questions_page
    assert page.language == "fr"
    first = page.form.info.questions[0]
    box = page.form.boxes[first.code]
    box.input.buttons[2].click()
    choice = next(b for b in page.form.boxes.values() if isinstance(b.input, ChoiceInput))
    french_label = choice.input.buttons[0].text()
    page.english.click()
    assert page.language == "en"
    assert first.text_en in box.heading.text()
    assert choice.input.buttons[0].text() != french_label
    assert page.values()[first.code] == AnswerValue(number=2.0)


def test_entering_again_warns_that_the_earlier_answers_are_replaced(
    qtbot, context, cohort, pair, db
):
    answer_all(db, pair.mentee_id, pair.pairing_id)
    wizard = _open(qtbot, context, cohort, participation_id=pair.mentee_id)
    assert wizard.who_page.status.isVisible()
    assert "Élodie Bérubé" in wizard.who_page.status.text()


def test_a_correction_keeps_the_version_that_was_answered(qtbot, context, cohort, pair, db):
    response_id = answer_all(db, pair.mentee_id, pair.pairing_id, scale=4)
    info = questionnaire_for(db, EVALUATION, "mentee")
    # The committee drops the first question after this answer: version 2.
    edited = save_questions(db, info.questionnaire_id, info.drafts()[1:], note="Plus court")
    assert edited.version_number == 2

    wizard = _open(qtbot, context, cohort, response_id=response_id)
    assert not wizard.who_page.people.isEnabled()
    _next(wizard)
    form = wizard.questions_page.form
    assert form.info.version_number == 1
    first = info.questions[0]
    scale = form.boxes[first.code].input
    assert isinstance(scale, ScaleInput)
    assert scale.value() == AnswerValue(number=4.0)  # prefilled
    scale.buttons[2].click()
    text_box = next(b for b in form.boxes.values() if isinstance(b.input, TextInput))
    assert text_box.input.value().text == "Une belle année."
    _next(wizard)
    _finish(wizard)

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.response_id == response_id
    assert _responses(db) == [(pair.mentee_id, pair.pairing_id, 1, ResponseSource.ENTERED)]
    stored, version = response_form(db, response_id)
    assert version.version_number == 1
    assert stored.answers[first.code] == AnswerValue(number=2.0)


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)

    def report(message: str) -> None:
        raise AssertionError(message)

    window.flows.report = report
    window.show()
    return window


def test_missing_evaluations_open_the_wizard_for_the_side_not_answered(
    qtbot, context, cohort, pair, db, monkeypatch
):
    answer_all(db, pair.mentor_id, pair.pairing_id)
    (item,) = [i for i in due_items(db, cohort.id) if i.kind == DueKind.EVALUATIONS_MISSING]
    window = _window(qtbot, context)
    opened: list[tuple[int | None, int | None]] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, AnswerWizard)
        opened.append((dialog.who_page.person().participation_id, dialog.pairing_id))
        return False

    monkeypatch.setattr(window, "run_dialog", run)
    window.flows.open_due(item)
    window.show_pair(pair.pairing_id)
    window.pairs.view.timeline.buttons[Phase.EVALUATION].click()
    assert opened == [(pair.mentee_id, pair.pairing_id)] * 2


def test_a_pair_evaluated_through_its_page_moves_on(qtbot, context, cohort, pair, db, monkeypatch):
    answer_all(db, pair.mentor_id, pair.pairing_id)
    window = _window(qtbot, context)

    def run(dialog: QDialog) -> bool:
        dialog.show()
        _next(dialog)
        _fill_everything(dialog)
        _next(dialog)
        _finish(dialog)
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(window, "run_dialog", run)
    window.show_pair(pair.pairing_id)
    window.pairs.view.timeline.buttons[Phase.EVALUATION].click()
    assert len(_responses(db)) == 2
    # Both are in: the pair is complete and the timeline offers nothing more.
    assert window.pairs.view.pair.phase == Phase.COMPLETE
    assert Phase.EVALUATION not in window.pairs.view.timeline.buttons
