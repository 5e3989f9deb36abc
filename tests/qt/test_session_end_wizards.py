"""The session (phase 8) and end (phase 9) wizards driven like a volunteer would: fill the
pages, click Next and Finish, then check what the file holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from helpers.pairs import ConfirmedPair, confirmed_pair
from PySide6.QtWidgets import QWizard

from mentorat_desktop.models import Goal, MentoringSession, Pairing
from mentorat_desktop.models.enums import (
    EarlyEndReason,
    EndKind,
    GoalStatus,
    MeetingMode,
    PairingStatus,
)
from mentorat_desktop.services.followup.ending import EndForm, EndOutcome, end_relationship
from mentorat_desktop.services.followup.first_contact import (
    FirstContactForm,
    record_first_contact,
)
from mentorat_desktop.services.followup.first_meeting import FirstMeetingForm, record_first_meeting
from mentorat_desktop.services.followup.goals import GoalForm
from mentorat_desktop.services.followup.sessions import SessionForm, add_session
from mentorat_desktop.services.matching.board_state import load_board
from mentorat_desktop.views.widgets.registration_fields import to_qdate
from mentorat_desktop.views.wizards.end_wizard import (
    NATURE,
    REASON,
    REFLECTION,
    EndWizard,
    Reopened,
)
from mentorat_desktop.views.wizards.session_wizard import SessionOutcome, SessionWizard

Button = QWizard.WizardButton


@dataclass(frozen=True)
class PairWithGoals:
    pair: ConfirmedPair
    goal_ids: tuple[int, int]
    met_on: date


@pytest.fixture
def paired(db, cohort, clock) -> PairWithGoals:
    """A pair through its first formal meeting (two goals, one 90-minute session), a month on."""
    pair = confirmed_pair(db, cohort.id)
    clock.advance(days=2)
    record_first_contact(db, pair.pairing_id, FirstContactForm(clock.today(), {}, True))
    clock.advance(days=7)
    met = clock.today()
    record_first_meeting(
        db,
        pair.pairing_id,
        FirstMeetingForm(
            met,
            [GoalForm(title="Prendre la parole en comité"), GoalForm(title="Bâtir un réseau")],
            met,
            SessionForm(met, 90, MeetingMode.IN_PERSON, "Premiers objectifs"),
        ),
    )
    clock.advance(days=30)
    with db.unit_of_work() as session:
        first, second = (g.id for g in session.get(Pairing, pair.pairing_id).goals)
    return PairWithGoals(pair, (first, second), met)


def _open(qtbot, wizard: QWizard) -> QWizard:
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _click(wizard: QWizard, which: QWizard.WizardButton) -> None:
    wizard.button(which).click()


def _goal_status(db, goal_id: int) -> GoalStatus:
    with db.unit_of_work() as session:
        return session.get(Goal, goal_id).status


def _sessions(db, pairing_id: int) -> list[tuple[date, int, MeetingMode, list[str], str]]:
    with db.unit_of_work() as session:
        return [
            (s.held_on, s.duration_minutes, s.mode, list(s.leads_capabilities), s.topics)
            for s in session.get(Pairing, pairing_id).sessions
        ]


def _pairing(db, pairing_id: int) -> Pairing:
    with db.unit_of_work() as session:
        pairing = session.get(Pairing, pairing_id)
        session.expunge(pairing)
        return pairing


# Phase 8: sessions ------------------------------------------------------------------------


def test_a_session_with_leads_and_an_achieved_goal_is_saved_in_one_finish(
    qtbot, context, paired, clock
) -> None:
    pid = paired.pair.pairing_id
    wizard = _open(qtbot, SessionWizard(context, pid))
    # Ready to go: today, the last session's length and mode.
    assert wizard.held_on.date() == to_qdate(clock.today())
    assert wizard.duration.value() == 90
    assert wizard.mode.code() == MeetingMode.IN_PERSON.value
    assert not wizard.testOption(QWizard.WizardOption.HaveCustomButton1)  # nothing to delete
    wizard.quick_buttons[120].click()
    wizard.mode.set_code(MeetingMode.VIDEO.value)
    qtbot.keyClicks(wizard.topics, "Board presentation")
    wizard.leads.set_codes(["E3", "A1"])
    qtbot.keyClicks(wizard.note_edit, "Very focused.")
    _click(wizard, Button.NextButton)
    assert wizard.currentId() == 1
    achieved, untouched = paired.goal_ids
    wizard.goal_combos[achieved].set_code(GoalStatus.ACHIEVED.value)
    _click(wizard, Button.FinishButton)

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert isinstance(wizard.outcome, SessionOutcome) and wizard.outcome.change == "added"
    assert _sessions(context.db, pid)[-1] == (
        clock.today(),
        120,
        MeetingMode.VIDEO,
        ["A1", "E3"],
        "Board presentation",
    )
    with context.db.unit_of_work() as session:
        assert session.get(MentoringSession, wizard.outcome.session_id).note == "Very focused."
    assert _goal_status(context.db, achieved) == GoalStatus.ACHIEVED
    assert _goal_status(context.db, untouched) == GoalStatus.NOT_STARTED


def test_a_too_short_length_or_a_future_date_keeps_the_wizard_open(
    qtbot, context, paired, clock
) -> None:
    pid = paired.pair.pairing_id
    wizard = _open(qtbot, SessionWizard(context, pid))
    _click(wizard, Button.NextButton)
    wizard.goal_combos[paired.goal_ids[0]].set_code(GoalStatus.ACHIEVED.value)
    _click(wizard, Button.BackButton)
    wizard.duration.setValue(3)
    _click(wizard, Button.NextButton)
    page = wizard.currentPage()
    assert wizard.currentId() == 0 and page.errors.isVisible()
    assert wizard.widgets["duration_minutes"].styleSheet() != ""
    wizard.duration.setValue(60)
    wizard.held_on.setDate(to_qdate(clock.today() + timedelta(days=1)))
    _click(wizard, Button.NextButton)
    assert wizard.currentId() == 0 and page.errors.isVisible()
    assert wizard.held_on.styleSheet() != ""
    assert wizard.widgets["duration_minutes"].styleSheet() == ""
    assert wizard.isVisible() and wizard.outcome is None
    assert len(_sessions(context.db, pid)) == 1
    assert _goal_status(context.db, paired.goal_ids[0]) == GoalStatus.NOT_STARTED


def test_a_finish_refused_by_the_file_saves_neither_session_nor_goal(
    qtbot, context, paired, clock
) -> None:
    pid = paired.pair.pairing_id
    wizard = _open(qtbot, SessionWizard(context, pid))
    _click(wizard, Button.NextButton)
    wizard.goal_combos[paired.goal_ids[0]].set_code(GoalStatus.ACHIEVED.value)
    # Meanwhile the pair was ended yesterday from another window.
    end_relationship(context.db, pid, EndForm(EndKind.NORMAL, clock.today() - timedelta(days=1)))
    _click(wizard, Button.FinishButton)
    # Based on the pair as it was: refused, closed, and said (the pair page then reloads).
    assert not wizard.isVisible()
    assert wizard.changed_elsewhere is not None and wizard.outcome is None
    assert "modifié ailleurs" in wizard.changed_elsewhere.message
    assert len(_sessions(context.db, pid)) == 1
    assert _goal_status(context.db, paired.goal_ids[0]) == GoalStatus.NOT_STARTED


def test_a_pair_without_goals_finishes_on_the_first_page(qtbot, context, cohort, clock) -> None:
    pair = confirmed_pair(context.db, cohort.id)
    clock.advance(days=3)
    wizard = _open(qtbot, SessionWizard(context, pair.pairing_id))
    assert wizard.duration.value() == 60 and wizard.mode.code() == ""
    assert wizard.pageIds() == [0]
    _click(wizard, Button.FinishButton)
    assert wizard.isVisible() and wizard.mode.styleSheet() != ""  # how they met is required
    wizard.mode.set_code(MeetingMode.PHONE.value)
    _click(wizard, Button.FinishButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert _sessions(context.db, pair.pairing_id) == [
        (clock.today(), 60, MeetingMode.PHONE, [], "")
    ]


def test_editing_a_session_starts_filled_in_and_saves_the_correction(
    qtbot, context, paired, clock
) -> None:
    pid = paired.pair.pairing_id
    day = clock.today() - timedelta(days=2)
    form = SessionForm(day, 75, MeetingMode.PHONE, "Budget", ("A1",), "Bonne séance")
    session_id = add_session(context.db, pid, form)
    wizard = _open(qtbot, SessionWizard(context, pid, session_id))
    assert wizard.held_on.date() == to_qdate(day)
    assert (wizard.duration.value(), wizard.mode.code()) == (75, "phone")
    assert wizard.topics.text() == "Budget" and wizard.leads.codes() == ("A1",)
    assert wizard.note_edit.toPlainText() == "Bonne séance"
    wizard.duration.setValue(45)
    wizard.leads.set_codes(["A1", "S4"])
    _click(wizard, Button.NextButton)
    _click(wizard, Button.FinishButton)
    assert wizard.outcome == SessionOutcome(session_id, "updated")
    assert _sessions(context.db, pid)[-1] == (day, 45, MeetingMode.PHONE, ["A1", "S4"], "Budget")
    assert len(_sessions(context.db, pid)) == 2


def test_a_session_entered_by_mistake_is_deleted_once_confirmed(
    qtbot, context, paired, clock, monkeypatch
) -> None:
    pid = paired.pair.pairing_id
    session_id = add_session(
        context.db, pid, SessionForm(clock.today(), 60, MeetingMode.VIDEO, "Doublon")
    )
    wizard = _open(qtbot, SessionWizard(context, pid, session_id))
    asked: list[bool] = []
    monkeypatch.setattr(wizard, "confirm_delete", lambda: asked.append(False) or False)
    _click(wizard, Button.CustomButton1)
    assert asked == [False] and wizard.isVisible()
    assert len(_sessions(context.db, pid)) == 2
    monkeypatch.setattr(wizard, "confirm_delete", lambda: True)
    _click(wizard, Button.CustomButton1)
    assert wizard.result() == QWizard.DialogCode.Accepted and not wizard.isVisible()
    assert wizard.outcome == SessionOutcome(session_id, "deleted")
    with context.db.unit_of_work() as session:
        assert session.get(MentoringSession, session_id) is None
    assert len(_sessions(context.db, pid)) == 1


# Phase 9: the end -------------------------------------------------------------------------


def test_a_normal_end_skips_the_reason_page(qtbot, context, cohort, paired, clock) -> None:
    pid = paired.pair.pairing_id
    wizard = _open(qtbot, EndWizard(context, pid))
    _click(wizard, Button.NextButton)
    assert wizard.currentId() == NATURE  # normal or early must be said
    wizard.normal_radio.setChecked(True)
    _click(wizard, Button.NextButton)
    assert wizard.currentId() == REFLECTION
    assert wizard.summary.text() == wizard.summary_text() != ""
    qtbot.keyClicks(wizard.reflection, "Belle relation.")
    _click(wizard, Button.FinishButton)
    assert wizard.outcome == EndOutcome(pid, False)
    saved = _pairing(context.db, pid)
    assert (saved.status, saved.end_kind, saved.ended_on, saved.reflection) == (
        PairingStatus.ENDED,
        EndKind.NORMAL,
        clock.today(),
        "Belle relation.",
    )
    waiting = {c.participation_id for c in load_board(context.db, cohort.id).waiting}
    assert paired.pair.mentee_id not in waiting


def test_an_early_end_with_a_new_mentor_wanted_puts_the_mentee_back_in_waiting(
    qtbot, context, cohort, paired, clock
) -> None:
    pid = paired.pair.pairing_id
    wizard = _open(qtbot, EndWizard(context, pid))
    wizard.early_radio.setChecked(True)
    _click(wizard, Button.NextButton)
    assert wizard.currentId() == REASON
    _click(wizard, Button.NextButton)
    assert wizard.currentId() == REASON and wizard.currentPage().errors.isVisible()
    wizard.reason_radios[EarlyEndReason.AVAILABILITY].setChecked(True)
    wizard.wants_new_mentor.setChecked(True)
    _click(wizard, Button.NextButton)
    assert wizard.currentId() == REFLECTION
    _click(wizard, Button.FinishButton)
    assert wizard.outcome == EndOutcome(pid, True)
    saved = _pairing(context.db, pid)
    assert (saved.status, saved.end_kind, saved.end_reason, saved.mentee_wants_new_mentor) == (
        PairingStatus.ENDED,
        EndKind.EARLY,
        EarlyEndReason.AVAILABILITY,
        True,
    )
    waiting = {c.participation_id for c in load_board(context.db, cohort.id).waiting}
    assert paired.pair.mentee_id in waiting


def test_other_without_a_detail_refuses_to_go_on(qtbot, context, paired, clock) -> None:
    pid = paired.pair.pairing_id
    wizard = _open(qtbot, EndWizard(context, pid))
    wizard.early_radio.setChecked(True)
    _click(wizard, Button.NextButton)
    wizard.reason_radios[EarlyEndReason.OTHER].setChecked(True)
    _click(wizard, Button.NextButton)
    assert wizard.currentId() == REASON and wizard.reason_detail.styleSheet() != ""
    assert _pairing(context.db, pid).status == PairingStatus.ACTIVE
    qtbot.keyClicks(wizard.reason_detail, "Moving abroad")
    _click(wizard, Button.NextButton)
    _click(wizard, Button.FinishButton)
    saved = _pairing(context.db, pid)
    assert (saved.end_reason, saved.end_reason_detail) == (
        EarlyEndReason.OTHER,
        "Moving abroad",
    )


def test_an_ended_pair_opens_filled_in_and_can_be_reopened(
    qtbot, context, paired, clock, monkeypatch
) -> None:
    pid = paired.pair.pairing_id
    day = clock.today() - timedelta(days=3)
    end_relationship(
        context.db,
        pid,
        EndForm(EndKind.EARLY, day, EarlyEndReason.OTHER, "Congé", True, "Dommage"),
    )
    wizard = _open(qtbot, EndWizard(context, pid))
    assert wizard.early_radio.isChecked() and wizard.ended_on.date() == to_qdate(day)
    assert wizard.reason() == EarlyEndReason.OTHER and wizard.wants_new_mentor.isChecked()
    assert wizard.reason_detail.toPlainText() == "Congé"
    assert wizard.reflection.toPlainText() == "Dommage"
    monkeypatch.setattr(wizard, "confirm_reopen", lambda: False)
    _click(wizard, Button.CustomButton1)
    assert wizard.isVisible() and _pairing(context.db, pid).status == PairingStatus.ENDED
    monkeypatch.setattr(wizard, "confirm_reopen", lambda: True)
    _click(wizard, Button.CustomButton1)
    assert wizard.outcome == Reopened(pid) and not wizard.isVisible()
    saved = _pairing(context.db, pid)
    assert (saved.status, saved.ended_on, saved.end_reason) == (PairingStatus.ACTIVE, None, None)


def test_correcting_an_end_keeps_one_ended_pair(qtbot, context, paired, clock) -> None:
    pid = paired.pair.pairing_id
    end_relationship(
        context.db, pid, EndForm(EndKind.EARLY, clock.today(), EarlyEndReason.AVAILABILITY)
    )
    wizard = _open(qtbot, EndWizard(context, pid))
    wizard.normal_radio.setChecked(True)
    _click(wizard, Button.NextButton)
    assert wizard.currentId() == REFLECTION
    _click(wizard, Button.FinishButton)
    saved = _pairing(context.db, pid)
    assert (saved.status, saved.end_kind, saved.end_reason) == (
        PairingStatus.ENDED,
        EndKind.NORMAL,
        None,
    )


def test_every_input_has_an_accessible_name(qtbot, context, paired) -> None:
    session = _open(qtbot, SessionWizard(context, paired.pair.pairing_id))
    end = _open(qtbot, EndWizard(context, paired.pair.pairing_id))
    inputs = [
        *session.widgets.values(),
        *session.goal_combos.values(),
        end.ended_on,
        end.reason_detail,
        end.reflection,
    ]
    assert [w for w in inputs if not w.accessibleName()] == []
    assert session.note_edit.tabChangesFocus() and end.reflection.tabChangesFocus()
