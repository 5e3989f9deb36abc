"""A registration, or an edit of one, is taken back from the Participants page's history; once
something refers to the person, the step says why it cannot be undone and stays."""

from __future__ import annotations

import pytest
from helpers.forms import mentee_form, mentor_form
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from mentorat_desktop.models import AuditEntry, Person
from mentorat_desktop.services import registration
from mentorat_desktop.services.matching import board_actions
from mentorat_desktop.views.dialogs.participant_dialog import ParticipantDialog
from mentorat_desktop.views.pages.participants_page import ParticipantsPage


@pytest.fixture
def page(qtbot, context, cohort, monkeypatch) -> ParticipantsPage:
    registration.register(context.db, cohort.id, mentor_form())
    page = ParticipantsPage(context)
    qtbot.addWidget(page)
    page.undo_stack = QUndoStack(page)
    page.set_cohort(cohort)
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: None)
    return page


def _names(page: ParticipantsPage) -> list[str]:
    return sorted(page.model.row_at(r).full_name for r in range(page.model.rowCount()))


def _register_elodie(page: ParticipantsPage, cohort, monkeypatch) -> None:
    """The wizard's Finish, as the registration wizard does it."""

    def finish(wizard: QDialog) -> bool:
        wizard.saved = registration.register(page.context.db, cohort.id, mentee_form())
        return True

    monkeypatch.setattr(page, "run_dialog", finish)
    page.open_registration()


def test_a_registration_is_undone_and_redone(page, cohort, monkeypatch) -> None:
    _register_elodie(page, cohort, monkeypatch)
    assert _names(page) == ["Marc O'Brien", "Élodie Bérubé"]
    assert page.undo_stack.undoText() == "Inscrire Élodie Bérubé"
    page.undo_stack.undo()
    assert _names(page) == ["Marc O'Brien"]
    with page.context.db.unit_of_work() as session:
        # No stray contact details: her only registration, so the person went too.
        assert session.query(Person).filter_by(email="elodie.berube@example.org").count() == 0
        assert session.query(AuditEntry).filter_by(action="participation.cancel").count() == 1
    page.undo_stack.redo()
    assert _names(page) == ["Marc O'Brien", "Élodie Bérubé"]
    page.undo_stack.undo()  # the registration made again is the one taken back
    assert _names(page) == ["Marc O'Brien"]


def test_a_registration_already_on_the_board_cannot_be_undone(
    qtbot, page, cohort, monkeypatch
) -> None:
    _register_elodie(page, cohort, monkeypatch)
    rows = {page.model.row_at(r).full_name: page.model.row_at(r) for r in range(2)}
    board_actions.make_drafts(
        page.context.db,
        cohort.id,
        [
            board_actions.Draft(
                rows["Marc O'Brien"].participation_id, rows["Élodie Bérubé"].participation_id
            )
        ],
    )
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: page.undo_stack.index() == 1)
    text = page.undo_stack.command(0).text()
    assert text.startswith("Inscrire Élodie Bérubé") and "ne peut pas être annulée" in text
    assert _names(page) == ["Marc O'Brien", "Élodie Bérubé"]


def test_an_edit_is_undone_then_refused_once_changed_again(qtbot, page, monkeypatch) -> None:
    page.table.selectRow(0)

    def edit(title: str):
        def save(dialog: QDialog) -> bool:
            assert isinstance(dialog, ParticipantDialog)
            dialog.fields.job_title.setText(title)
            dialog.accept()
            return dialog.result() == QDialog.DialogCode.Accepted

        return save

    monkeypatch.setattr(page, "run_dialog", edit("Directeur général"))
    page.edit_selected()
    assert page.undo_stack.undoText() == "Modifier Marc O'Brien"
    page.undo_stack.undo()
    assert page.selected().job_title == "Directeur adjoint"
    page.undo_stack.redo()
    assert page.selected().job_title == "Directeur général"
    # Someone corrects the registration again from elsewhere (the command line, say).
    form = registration.load_form(page.context.db, page.selected().participation_id)
    registration.update(
        page.context.db,
        page.selected().participation_id,
        form.__class__(**{**form.__dict__, "job_title": "PDG"}),
    )
    page.undo_stack.undo()
    qtbot.waitUntil(lambda: page.undo_stack.index() == 1)
    assert "ne peut pas être annulée" in page.undo_stack.command(0).text()
    page.reload()
    page.table.selectRow(0)
    assert page.selected().job_title == "PDG"


def test_saving_an_unchanged_registration_adds_no_step(page, monkeypatch) -> None:
    page.table.selectRow(0)

    def save(dialog: QDialog) -> bool:
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(page, "run_dialog", save)
    page.edit_selected()
    assert page.undo_stack.count() == 0
