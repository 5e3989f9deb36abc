"""A step recorded for a pair (a phase, a session, goals) is taken back with Edit ▸ Undo, on the
page it was recorded from; a step the pair has moved past says why and stays."""

from __future__ import annotations

import pytest
from helpers.forms import mentor_form
from helpers.pairs import ConfirmedPair, confirmed_pair
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QWidget, QWizard

from mentorat_desktop.models import AuditEntry, Goal, MentoringSession, Pairing
from mentorat_desktop.models.enums import EarlyEndReason, EndKind, MeetingMode, PairingStatus
from mentorat_desktop.services.followup.ending import EndForm, end_relationship
from mentorat_desktop.services.followup.first_contact import FirstContactForm, record_first_contact
from mentorat_desktop.services.followup.first_meeting import FirstMeetingForm, record_first_meeting
from mentorat_desktop.services.followup.goals import GoalForm
from mentorat_desktop.services.followup.phases import Phase
from mentorat_desktop.services.followup.sessions import SessionForm, add_session
from mentorat_desktop.services.followup.shared_understanding import (
    SharedUnderstandingForm,
    record_shared_understanding,
)
from mentorat_desktop.services.followup.steps_common import mentee_taken_message
from mentorat_desktop.services.matching import board_actions
from mentorat_desktop.services.registration import register
from mentorat_desktop.views.main_window import PAIRS, MainWindow
from mentorat_desktop.views.pairs.flows import PairFlows


@pytest.fixture
def pair(db, cohort) -> ConfirmedPair:
    return confirmed_pair(db, cohort.id)


@pytest.fixture
def flows(qtbot, context) -> tuple[PairFlows, QUndoStack]:
    parent = QWidget()
    qtbot.addWidget(parent)
    flows = PairFlows(context, parent)
    stack = QUndoStack(parent)
    flows.undo_stack = lambda: stack
    flows.report = lambda message: None
    return flows, stack


def _pairing(db, pairing_id: int) -> Pairing:
    with db.unit_of_work() as session:
        pairing = session.get(Pairing, pairing_id)
        session.expunge(pairing)
        return pairing


def _count(db, model, pairing_id: int) -> list[int]:
    with db.unit_of_work() as session:
        return [r.id for r in session.query(model).filter_by(pairing_id=pairing_id)]


def _finishing(action):
    """A run_dialog that does what the wizard's Finish does, then closes it as accepted."""

    def run(dialog: QDialog) -> bool:
        action()
        return True

    return run


def _contact(db, pair, clock) -> None:
    clock.advance(days=2)
    record_first_contact(db, pair.pairing_id, FirstContactForm(clock.today(), {}, True))


def test_a_first_contact_recorded_in_the_wizard_is_undone_and_redone(
    qtbot, context, flows, pair, clock
) -> None:
    flows, stack = flows
    clock.advance(days=2)

    def drive(wizard) -> bool:
        wizard.show()
        for _page in range(3):
            wizard.button(QWizard.WizardButton.NextButton).click()
        qtbot.mouseClick(
            wizard.suits_yes,
            Qt.MouseButton.LeftButton,
            pos=QPoint(6, wizard.suits_yes.height() // 2),
        )
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return wizard.result() == QWizard.DialogCode.Accepted

    flows.run_dialog = drive
    assert flows.open_step(pair.pairing_id, Phase.FIRST_CONTACT)
    assert _pairing(context.db, pair.pairing_id).status == PairingStatus.ACTIVE
    assert stack.undoText() == "Prise de contact\u00a0: Marc O'Brien – Élodie Bérubé"
    stack.undo()
    pairing = _pairing(context.db, pair.pairing_id)
    assert pairing.status == PairingStatus.CONFIRMED and pairing.first_contact_on is None
    stack.redo()
    pairing = _pairing(context.db, pair.pairing_id)
    assert pairing.status == PairingStatus.ACTIVE and pairing.first_contact_on == clock.today()
    with context.db.unit_of_work() as session:
        actions = [e.action for e in session.query(AuditEntry).order_by(AuditEntry.id)]
    assert actions[-2:] == ["pairing.undo", "pairing.redo"]


def test_a_logged_session_is_undone_and_comes_back_with_its_id(flows, context, pair, clock):
    flows, stack = flows
    db = context.db
    _contact(db, pair, clock)
    clock.advance(days=10)
    form = SessionForm(clock.today(), 90, MeetingMode.VIDEO)
    flows.run_dialog = _finishing(lambda: add_session(db, pair.pairing_id, form))
    assert flows.open_step(pair.pairing_id, Phase.SESSIONS)
    (session_id,) = _count(db, MentoringSession, pair.pairing_id)
    assert stack.undoText().startswith("Rencontre consignée")
    stack.undo()
    assert _count(db, MentoringSession, pair.pairing_id) == []
    stack.redo()
    assert _count(db, MentoringSession, pair.pairing_id) == [session_id]


def test_goals_set_at_the_first_meeting_are_undone_with_it(flows, context, pair, clock) -> None:
    flows, stack = flows
    db = context.db
    _contact(db, pair, clock)
    clock.advance(days=5)
    record_shared_understanding(
        db, pair.pairing_id, SharedUnderstandingForm(clock.today(), True, True)
    )
    clock.advance(days=7)
    form = FirstMeetingForm(clock.today(), [GoalForm(title="Lead a project")], clock.today())
    flows.run_dialog = _finishing(lambda: record_first_meeting(db, pair.pairing_id, form))
    assert flows.open_step(pair.pairing_id, Phase.FIRST_MEETING)
    assert len(_count(db, Goal, pair.pairing_id)) == 1
    stack.undo()
    pairing = _pairing(db, pair.pairing_id)
    assert pairing.first_meeting_on is None and pairing.engagement_signed_on is None
    assert _count(db, Goal, pair.pairing_id) == []


def test_a_step_the_pair_moved_past_says_why_and_stays(qtbot, flows, context, pair, clock):
    flows, stack = flows
    db = context.db
    clock.advance(days=2)
    form = FirstContactForm(clock.today(), {}, True)
    flows.run_dialog = _finishing(lambda: record_first_contact(db, pair.pairing_id, form))
    assert flows.open_step(pair.pairing_id, Phase.FIRST_CONTACT)
    # Later, a session is logged for the pair from somewhere else.
    clock.advance(days=3)
    add_session(db, pair.pairing_id, SessionForm(clock.today(), 60, MeetingMode.PHONE))
    stack.undo()
    qtbot.waitUntil(lambda: stack.index() == 1)
    assert stack.count() == 1
    assert "ne peut pas être annulée" in stack.command(0).text()
    assert _pairing(db, pair.pairing_id).first_contact_on is not None  # nothing was erased
    assert len(_count(db, MentoringSession, pair.pairing_id)) == 1


def test_undoing_an_early_end_is_refused_once_the_mentee_is_paired_again(
    qtbot, flows, context, cohort, pair, clock
) -> None:
    flows, stack = flows
    db = context.db
    _contact(db, pair, clock)
    clock.advance(days=20)
    end = EndForm(
        EndKind.EARLY,
        clock.today(),
        EarlyEndReason.EXPECTATIONS_NOT_MET,
        mentee_wants_new_mentor=True,
    )
    flows.run_dialog = _finishing(lambda: end_relationship(db, pair.pairing_id, end))
    assert flows.open_step(pair.pairing_id, Phase.END)
    # The committee pairs her again on the board.
    other = register(db, cohort.id, mentor_form(first_name="Luc", email="luc@example.org"))
    board_actions.make_drafts(
        db, cohort.id, [board_actions.Draft(other.participation_id, pair.mentee_id)]
    )
    stack.undo()
    qtbot.waitUntil(lambda: stack.index() == 1)
    assert "ne peut pas être annulée" in stack.command(0).text()
    assert mentee_taken_message() in stack.command(0).text()
    assert _pairing(db, pair.pairing_id).status == PairingStatus.ENDED


def test_the_step_goes_on_the_history_of_the_page_in_front(qtbot, context, cohort, pair, clock):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.navigation.setCurrentRow(PAIRS)
    clock.advance(days=2)
    form = FirstContactForm(clock.today(), {}, True)
    window.run_dialog = _finishing(lambda: record_first_contact(context.db, pair.pairing_id, form))
    assert window.flows.open_step(pair.pairing_id, Phase.FIRST_CONTACT)
    assert window.undo_action.isEnabled()
    assert "Prise de contact" in window.undo_action.text()
    window.undo_action.trigger()
    assert _pairing(context.db, pair.pairing_id).first_contact_on is None
    window.navigation.setCurrentRow(0)  # another page: its own (empty) history
    assert not window.undo_action.isEnabled()


def test_nothing_goes_on_the_history_when_the_wizard_is_cancelled(flows, pair) -> None:
    flows, stack = flows
    flows.run_dialog = lambda dialog: False
    assert not flows.open_step(pair.pairing_id, Phase.FIRST_CONTACT)
    assert stack.count() == 0
