"""The participants page: search as you type, filters, edit and withdraw through dialogs."""

from __future__ import annotations

import pytest
from helpers.forms import mentee_form, mentor_form
from PySide6.QtWidgets import QDialog

from mentorat_desktop.models.enums import ParticipationStatus
from mentorat_desktop.services import registration
from mentorat_desktop.views.dialogs.participant_dialog import ParticipantDialog
from mentorat_desktop.views.dialogs.withdraw_dialog import WithdrawDialog
from mentorat_desktop.views.pages.participants_page import ParticipantsPage


@pytest.fixture
def page(qtbot, context, cohort) -> ParticipantsPage:
    registration.register(context.db, cohort.id, mentee_form())
    registration.register(context.db, cohort.id, mentor_form())
    page = ParticipantsPage(context)
    qtbot.addWidget(page)
    page.set_cohort(cohort)
    page.show()
    return page


def test_search_filters_while_typing(qtbot, page) -> None:
    assert page.proxy.rowCount() == 2
    assert page.count.text() == "2 participants"
    qtbot.keyClicks(page.search, "obri")
    assert page.proxy.rowCount() == 1
    assert page.count.text() == "1 sur 2 participants"


def test_role_filter_combo(page) -> None:
    page.role_filter.set_code("mentor")
    assert page.proxy.rowCount() == 1
    assert page.proxy.row_at(0).full_name == "Marc O'Brien"


def _select(page, name: str) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.row_at(row).full_name == name:
            page.table.selectRow(row)
            return
    raise AssertionError(name)


def test_edit_dialog_saves_the_correction(qtbot, page, monkeypatch) -> None:
    _select(page, "Élodie Bérubé")

    def fill_and_save(dialog: QDialog) -> bool:
        assert isinstance(dialog, ParticipantDialog)
        assert dialog.fields.first_name.text() == "Élodie"
        assert not dialog.tabs.isTabVisible(dialog._mentor_tab)
        dialog.fields.job_title.setText("Directrice adjointe")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", fill_and_save)
    with qtbot.waitSignal(page.changed):
        saved = page.edit_selected()
    assert saved is not None and saved.job_title == "Directrice adjointe"
    assert page.selected().job_title == "Directrice adjointe"


def test_edit_dialog_refuses_bad_input_and_stays_open(qtbot, page) -> None:
    _select(page, "Élodie Bérubé")
    dialog = ParticipantDialog(page.context, page.selected().participation_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields.email.setText("not-an-address")
    dialog.accept()
    assert dialog.isVisible() and dialog.saved is None
    assert "not-an-address" in dialog.errors.text()
    [row] = [
        r
        for r in registration.list_participants(page.context.db, page.cohort.id)
        if r.first_name == "Élodie"
    ]
    assert row.email == "elodie.berube@example.org"


def test_withdraw_keeps_the_person_in_the_table(qtbot, page, monkeypatch) -> None:
    _select(page, "Marc O'Brien")

    def withdraw(dialog: QDialog) -> bool:
        assert isinstance(dialog, WithdrawDialog)
        dialog.accept()  # no reason yet: refused, stays open
        assert dialog.saved is None and "Motif" in dialog.errors.text()
        dialog.reason.setPlainText("Retraite")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", withdraw)
    page.withdraw_selected()
    assert page.proxy.rowCount() == 2
    assert page.selected().status == ParticipationStatus.WITHDRAWN
    assert page.reinstate_button.isEnabled() and not page.withdraw_button.isEnabled()
    page.reinstate_selected()
    assert page.selected().status == ParticipationStatus.REGISTERED


def test_cancelled_dialog_changes_nothing(page, monkeypatch) -> None:
    _select(page, "Marc O'Brien")
    monkeypatch.setattr(page, "run_dialog", lambda dialog: False)
    assert page.withdraw_selected() is None
    assert page.selected().status == ParticipationStatus.REGISTERED


def test_without_a_program_year_registration_is_disabled(qtbot, context) -> None:
    page = ParticipantsPage(context)
    qtbot.addWidget(page)
    page.set_cohort(None)
    assert not page.register_button.isEnabled()
    assert "année" in page.empty_hint.text()


def test_registration_from_the_page_lands_in_the_table(qtbot, page, monkeypatch) -> None:
    from PySide6.QtWidgets import QWizard

    from mentorat_desktop.views.wizards.registration_wizard import RegistrationWizard

    def register(wizard: QDialog) -> bool:
        assert isinstance(wizard, RegistrationWizard)
        wizard.show()
        f = wizard.fields
        f.first_name.setText("Zoé")
        f.last_name.setText("Lachance")
        f.email.setText("zoe.lachance@example.org")
        next_button = wizard.button(QWizard.WizardButton.NextButton)
        next_button.click()
        f.organisation.setText("CISSS de Chaudière-Appalaches")
        f.region.set_code("12")
        f.job_title.setText("Cheffe d'unité")
        next_button.click()
        f.development_objectives.setPlainText("Mieux déléguer.")
        next_button.click()
        next_button.click()
        f.consent_given.setChecked(True)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return wizard.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", register)
    with qtbot.waitSignal(page.changed):
        saved = page.open_registration()
    assert saved is not None
    assert page.model.rowCount() == 3
    assert page.selected().full_name == "Zoé Lachance"
    assert page.count.text() == "3 participants"


def test_answers_to_review_are_shown_filtered_and_settled_in_the_dialog(
    qtbot, page, context, cohort, monkeypatch
) -> None:
    from dataclasses import replace

    from PySide6.QtCore import Qt

    from mentorat_desktop.views.item_models.participant_table import ParticipantTableModel

    form = replace(
        mentee_form(email="retraite@example.org", first_name="Rita", last_name="Roy"),
        answers_to_review=(("career_stage", "Retraitée"),),
    )
    registration.register(context.db, cohort.id, form)
    page.reload()
    assert page.proxy.rowCount() == 3
    page.review_filter.setChecked(True)
    assert page.proxy.rowCount() == 1
    index = page.proxy.index(0, ParticipantTableModel.CAREER_STAGE)
    assert index.data() == "Retraitée (à revoir)"
    assert "Retraitée" in page.proxy.index(0, ParticipantTableModel.NAME).data(
        Qt.ItemDataRole.ToolTipRole
    )
    page.table.selectRow(0)

    def settle(dialog: QDialog) -> bool:
        assert isinstance(dialog, ParticipantDialog)
        assert dialog.to_review.isVisibleTo(dialog) and "Retraitée" in dialog.to_review.text()
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", settle)
    page.edit_selected()
    assert page.proxy.rowCount() == 0  # reviewed: the flag is gone


def test_a_withdrawal_is_undone_and_redone_from_the_pages_history(qtbot, page, monkeypatch):
    from PySide6.QtGui import QUndoStack

    page.undo_stack = QUndoStack(page)
    _select(page, "Marc O'Brien")

    def withdraw(dialog: QDialog) -> bool:
        dialog.reason.setPlainText("Retraite")
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", withdraw)
    page.withdraw_selected()
    assert page.undo_stack.undoText() == "Retirer Marc O'Brien"
    assert page.selected().status == ParticipationStatus.WITHDRAWN  # done once, not twice
    page.undo_stack.undo()
    assert page.selected().status == ParticipationStatus.REGISTERED
    page.undo_stack.redo()
    assert page.selected().status == ParticipationStatus.WITHDRAWN
    assert page.selected().withdrawal_reason == "Retraite"
