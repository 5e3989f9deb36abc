"""Nothing lost by accident: closing a dialog or wizard with typed input asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mentorat_desktop.views.dialogs.cohort_dialog import CohortDialog


def _asking(dialog, answer: bool) -> list[bool]:
    asked: list[bool] = []
    dialog.confirm_discard = lambda: asked.append(True) or answer
    return asked


def test_escape_with_typed_text_asks_and_keeps_the_dialog_when_told(qtbot, context) -> None:
    dialog = CohortDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, " bis")
    asked = _asking(dialog, False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True] and dialog.isVisible()
    asked = _asking(dialog, True)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True] and not dialog.isVisible()


def test_an_untouched_dialog_closes_without_a_question(qtbot, context) -> None:
    dialog = CohortDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    asked = _asking(dialog, False)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()


# The phase wizards ----------------------------------------------------------------------------


def _first_contact_wizard(qtbot, context, db, cohort):
    from helpers.pairs import confirmed_pair

    from mentorat_desktop.views.wizards.first_contact_wizard import FirstContactWizard

    pair = confirmed_pair(db, cohort.id)
    wizard = FirstContactWizard(context, pair.pairing_id)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def test_escape_in_a_phase_wizard_with_typed_text_asks_first(qtbot, context, db, cohort) -> None:
    from PySide6.QtWidgets import QWizard

    wizard = _first_contact_wizard(qtbot, context, db, cohort)
    for _page in range(2):  # to the agreements, filled in as the wizard reached them
        wizard.button(QWizard.WizardButton.NextButton).click()
    asked = _asking(wizard, False)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == [] and not wizard.isVisible()  # nothing typed: no question


def test_typed_agreements_are_not_lost_to_escape_or_the_close_button(
    qtbot, context, db, cohort
) -> None:
    from PySide6.QtWidgets import QWizard

    wizard = _first_contact_wizard(qtbot, context, db, cohort)
    for _page in range(2):
        wizard.button(QWizard.WizardButton.NextButton).click()
    qtbot.keyClicks(wizard.agreement_edits["calendar"], "Le premier mardi")
    asked = _asking(wizard, False)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == [True] and wizard.isVisible()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert asked == [True, True] and wizard.isVisible()
    wizard.close()  # the window's × button
    assert asked == [True, True, True] and wizard.isVisible()
    assert wizard.agreement_edits["calendar"].toPlainText() == "Le premier mardi"
    asked = _asking(wizard, True)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == [True] and not wizard.isVisible()


def test_the_registration_wizard_asks_too(qtbot, context, cohort) -> None:
    from mentorat_desktop.views.wizards.registration_wizard import RegistrationWizard

    wizard = RegistrationWizard(context, cohort)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.fields.first_name, "Élodie"[1:])
    asked = _asking(wizard, False)
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == [True] and wizard.isVisible()


def test_questions_built_when_reached_are_not_input_until_answered(qtbot, context, db, cohort):
    """The evaluation wizard builds its questions when the page is reached: only answers
    typed there make it ask."""
    from helpers.questionnaires import ended_pair
    from PySide6.QtWidgets import QWizard

    from mentorat_desktop.models.enums import QuestionnaireKind
    from mentorat_desktop.views.evaluations.answer_wizard import AnswerWizard

    pair = ended_pair(db, cohort.id)
    wizard = AnswerWizard(context, cohort, QuestionnaireKind.EVALUATION, pairing_id=pair.pairing_id)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentPage() is wizard.questions_page
    asked = _asking(wizard, False)
    assert not wizard.has_unsaved_input()
    box = next(iter(wizard.questions_page.form.boxes.values()))
    box.input.buttons[1].click()
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert asked == [True] and wizard.isVisible()


def test_the_question_buttons_say_what_each_does(qtbot, context) -> None:
    """« Ignorer » and « Annuler » side by side left people unsure which one closes."""
    from PySide6.QtWidgets import QMessageBox

    dialog = CohortDialog(context)
    qtbot.addWidget(dialog)
    box = dialog.discard_question()
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Discard).text() == "Fermer sans enregistrer"
    assert box.button(QMessageBox.StandardButton.Cancel).text() == "Continuer la saisie"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
