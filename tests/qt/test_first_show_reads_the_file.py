"""The Pairs and Evaluations pages read the file when shown: what another program wrote, or
what was recorded elsewhere, while the page was hidden shows on its next show, down to the
summary's sections built after the first screen is painted."""

from __future__ import annotations

from helpers.forms import mentee_form
from helpers.pairs import confirmed_pair
from helpers.questionnaires import answer_all, ended_pair
from PySide6.QtWidgets import QLabel

from mentorat_desktop import i18n
from mentorat_desktop.models.enums import QuestionnaireKind
from mentorat_desktop.services.followup.first_contact import (
    FirstContactForm,
    record_first_contact,
)
from mentorat_desktop.services.followup.phases import Phase
from mentorat_desktop.views.evaluations.summary_question_card import QuestionCard
from mentorat_desktop.views.main_window import DASHBOARD, EVALUATIONS, PAIRS, MainWindow
from mentorat_desktop.views.pages.evaluations_page import ANSWERS


def _window(qtbot, context) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.run_dialog = lambda _dialog: False
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_step_recorded_while_the_pairs_page_was_hidden_shows_on_its_next_show(
    qtbot, context, db, cohort, clock
) -> None:
    pair = confirmed_pair(db, cohort.id)
    window = _window(qtbot, context)
    window.navigation.setCurrentRow(PAIRS)
    page = window.pairs
    model = page.model
    assert model.row_at(model.row_of(pair.pairing_id)).phase == Phase.FIRST_CONTACT
    window.navigation.setCurrentRow(DASHBOARD)

    # Another copy of the program records the first contact and adds a pair.
    clock.advance(days=1)
    record_first_contact(
        db, pair.pairing_id, FirstContactForm(clock.today(), {"calendar": "Le mardi"}, True, ())
    )
    other = confirmed_pair(
        db, cohort.id, mentee=mentee_form(email="zoe@example.org"), mentor_id=pair.mentor_id
    )
    window.changed_elsewhere()
    window.navigation.setCurrentRow(PAIRS)

    assert model.row_at(model.row_of(pair.pairing_id)).phase == Phase.SHARED_UNDERSTANDING
    assert model.row_of(other.pairing_id) is not None
    assert model.rowCount() == 2
    assert page.select_pair(pair.pairing_id)
    assert page.view.pair is not None and page.view.pair.first_contact_on == clock.today()


def test_answers_recorded_while_the_evaluations_page_was_hidden_show_on_its_next_show(
    qtbot, context, db, cohort
) -> None:
    i18n.set_language("en")
    pair = ended_pair(db, cohort.id)
    window = _window(qtbot, context)
    window.navigation.setCurrentRow(EVALUATIONS)
    summary = window.evaluations.summary
    qtbot.waitUntil(lambda: summary.content is not None and summary.content.is_complete)
    assert summary.content.tiles.tiles["evaluations"].value.text() == "0"
    assert summary.findChildren(QuestionCard) == []  # nothing received yet
    window.navigation.setCurrentRow(DASHBOARD)

    answer_all(db, pair.mentor_id, pair.pairing_id)
    answer_all(db, pair.mentee_id, pair.pairing_id)
    window.changed_elsewhere()  # as when another copy of the program wrote the file
    window.navigation.setCurrentRow(EVALUATIONS)

    content = summary.content
    assert content is not None and content.tiles.tiles["evaluations"].value.text() == "2"
    # The answers' section, built once the first screen is painted, holds the new answers.
    qtbot.waitUntil(lambda: content.is_complete)
    cards = summary.findChildren(QuestionCard)
    assert cards
    texts = [label.text() for card in cards for label in card.findChildren(QLabel)]
    assert any("1 respondent" in text for text in texts)


def test_an_answer_entered_elsewhere_while_the_evaluations_page_was_hidden_shows_in_its_tabs(
    qtbot, context, db, cohort
) -> None:
    """Entered in this window (the pair's page), not in another program: the summary and
    the Answers tab, never opened before, both show it on the page's next show."""
    i18n.set_language("en")
    pair = ended_pair(db, cohort.id)
    window = _window(qtbot, context)
    window.navigation.setCurrentRow(EVALUATIONS)
    page = window.evaluations
    summary = page.summary
    assert summary.content.tiles.tiles["evaluations"].value.text() == "0"
    window.navigation.setCurrentRow(DASHBOARD)

    answer_all(db, pair.mentor_id, pair.pairing_id)
    answer_all(db, pair.mentee_id, kind=QuestionnaireKind.SELF_REFLECTION)
    window.flows.changed.emit(pair.pairing_id)  # as when entered from the pair's page
    window.navigation.setCurrentRow(EVALUATIONS)

    content = summary.content
    assert content is not None and content.tiles.tiles["evaluations"].value.text() == "1"
    qtbot.waitUntil(lambda: content.is_complete)
    texts = [
        label.text()
        for card in summary.findChildren(QuestionCard)
        for label in card.findChildren(QLabel)
    ]
    assert any("1 respondent" in text for text in texts)
    page.tabs.setCurrentIndex(ANSWERS)  # first shown now, on the self-reflections
    answers = page.answers
    assert page.tabs.currentWidget().isAncestorOf(answers) and answers.isVisible()
    assert answers.kind() == QuestionnaireKind.SELF_REFLECTION
    assert answers.counts[0] == 1
    answers.set_kind(QuestionnaireKind.EVALUATION)
    assert answers.counts == (1, 2)
