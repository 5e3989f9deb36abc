"""Phases 5 to 9 recorded through the services: each step checked, saved whole or not at all,
correctable later with the audit trail saying what changed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers.forms import mentor_form
from helpers.pairs import ConfirmedPair, confirmed_pair

from mentorat_desktop.errors import UserError, ValidationFailed
from mentorat_desktop.models import AuditEntry, Goal, MentoringSession, Pairing
from mentorat_desktop.models.enums import (
    EarlyEndReason,
    EndKind,
    GoalStatus,
    MeetingMode,
    PairingStatus,
)
from mentorat_desktop.services.followup.ending import EndForm, end_relationship, reopen_relationship
from mentorat_desktop.services.followup.first_contact import (
    FirstContactForm,
    record_first_contact,
)
from mentorat_desktop.services.followup.first_meeting import FirstMeetingForm, record_first_meeting
from mentorat_desktop.services.followup.goals import GoalForm
from mentorat_desktop.services.followup.sessions import (
    SessionForm,
    add_session,
    delete_session,
    update_session,
)
from mentorat_desktop.services.followup.shared_understanding import (
    SharedUnderstandingForm,
    record_shared_understanding,
)
from mentorat_desktop.services.matching import board_actions
from mentorat_desktop.services.matching.board_state import load_board
from mentorat_desktop.services.registration import register

TODAY = date(2026, 10, 5)


@pytest.fixture
def pair(db, cohort) -> ConfirmedPair:
    return confirmed_pair(db, cohort.id)


def _pairing(db, pairing_id: int) -> Pairing:
    with db.unit_of_work() as session:
        pairing = session.get(Pairing, pairing_id)
        session.expunge(pairing)
        return pairing


def _audit(db, action: str) -> list[AuditEntry]:
    with db.unit_of_work() as session:
        entries = session.query(AuditEntry).filter_by(action=action).order_by(AuditEntry.id).all()
        session.expunge_all()
        return entries


def _fields(failure: pytest.ExceptionInfo[ValidationFailed]) -> set[str]:
    return {e.field for e in failure.value.errors}


def _pair_again(db, cohort, mentee_id: int) -> None:
    """The mentee, back on the waiting list, drafted with another mentor."""
    mentor = register(db, cohort.id, mentor_form(email="roy@example.org", last_name="Roy"))
    board_actions.make_drafts(
        db, cohort.id, [board_actions.Draft(mentor.participation_id, mentee_id)]
    )


def _contact(db, pair, clock, suits: bool = True, days: int = 2) -> None:
    clock.advance(days=days)
    record_first_contact(
        db,
        pair.pairing_id,
        FirstContactForm(clock.today(), {"frequency": "Une fois par mois"}, suits),
        actor="Sophie",
    )


def _through_first_meeting(db, pair, clock, signed: bool = True) -> None:
    _contact(db, pair, clock)
    clock.advance(days=7)
    record_shared_understanding(
        db, pair.pairing_id, SharedUnderstandingForm(clock.today(), True, True)
    )
    clock.advance(days=7)
    met = clock.today()
    record_first_meeting(
        db,
        pair.pairing_id,
        FirstMeetingForm(
            met,
            [
                GoalForm(title="Prendre la parole en comité", leads_capabilities=("E3",)),
                GoalForm(title="Bâtir un réseau", leads_capabilities=("D1",)),
            ],
            met if signed else None,
            SessionForm(met, 90, MeetingMode.IN_PERSON, "Premiers objectifs"),
        ),
    )


# Phase 5 ------------------------------------------------------------------------------------


def test_first_contact_is_checked_before_anything_is_saved(db, pair, clock) -> None:
    with pytest.raises(ValidationFailed) as failure:
        record_first_contact(db, pair.pairing_id, FirstContactForm(TODAY - timedelta(days=1)))
    assert _fields(failure) == {"contact_on", "suits_both"}
    with pytest.raises(ValidationFailed) as failure:
        record_first_contact(
            db, pair.pairing_id, FirstContactForm(TODAY + timedelta(days=1), {}, True)
        )
    assert "aujourd" in failure.value.message
    saved = _pairing(db, pair.pairing_id)
    assert saved.first_contact_on is None and saved.status == PairingStatus.CONFIRMED
    assert _audit(db, "pairing.first_contact") == []


def test_a_suitable_first_contact_starts_the_relationship(db, pair, clock) -> None:
    _contact(db, pair, clock)
    saved = _pairing(db, pair.pairing_id)
    assert saved.status == PairingStatus.ACTIVE
    assert saved.first_contact_on == TODAY + timedelta(days=2)
    assert saved.agreements == {"frequency": "Une fois par mois"}
    (entry,) = _audit(db, "pairing.first_contact")
    assert entry.actor == "Sophie" and entry.details["correction"] is False


def test_does_not_suit_ends_early_and_puts_the_mentee_back_in_waiting(db, cohort, pair, clock):
    _contact(db, pair, clock, suits=False)
    saved = _pairing(db, pair.pairing_id)
    assert saved.status == PairingStatus.ENDED
    assert saved.end_kind == EndKind.EARLY
    assert saved.end_reason == EarlyEndReason.UNSUITABLE_AT_FIRST_CONTACT
    assert saved.ended_on == saved.first_contact_on
    board = load_board(db, cohort.id)
    assert pair.mentee_id in {card.participation_id for card in board.waiting}
    # The history is kept: the ended pair is still on file.
    with db.unit_of_work() as session:
        assert session.query(Pairing).filter_by(mentee_id=pair.mentee_id).count() == 1


def test_correcting_does_not_suit_reopens_the_pair_unless_the_mentee_was_paired_again(
    db, cohort, pair, clock
) -> None:
    _contact(db, pair, clock, suits=False)
    record_first_contact(db, pair.pairing_id, FirstContactForm(clock.today(), {}, True))
    assert _pairing(db, pair.pairing_id).status == PairingStatus.ACTIVE
    entries = _audit(db, "pairing.first_contact")
    assert entries[-1].details["correction"] is True
    assert entries[-1].details["changes"]["status"] == ["ended", "active"]

    _contact(db, pair, clock, suits=False, days=0)
    _pair_again(db, cohort, pair.mentee_id)
    with pytest.raises(UserError, match="autre duo"):
        record_first_contact(db, pair.pairing_id, FirstContactForm(clock.today(), {}, True))
    assert _pairing(db, pair.pairing_id).status == PairingStatus.ENDED


# Phases 6 and 7 -----------------------------------------------------------------------------


def test_shared_understanding_needs_a_first_contact_and_both_boxes(db, pair, clock) -> None:
    form = SharedUnderstandingForm(TODAY, True, True)
    with pytest.raises(UserError):
        record_shared_understanding(db, pair.pairing_id, form)
    _contact(db, pair, clock)
    with pytest.raises(ValidationFailed) as failure:
        record_shared_understanding(
            db, pair.pairing_id, SharedUnderstandingForm(TODAY, False, True)
        )
    assert _fields(failure) == {"understood_on", "roles_reviewed"}  # before the first contact
    record_shared_understanding(
        db, pair.pairing_id, SharedUnderstandingForm(clock.today(), True, True)
    )
    assert _pairing(db, pair.pairing_id).shared_understanding_on == clock.today()


def test_first_meeting_saves_goals_engagement_and_the_session(db, pair, clock) -> None:
    _through_first_meeting(db, pair, clock)
    with db.unit_of_work() as session:
        pairing = session.get(Pairing, pair.pairing_id)
        assert [g.title for g in pairing.goals] == [
            "Prendre la parole en comité",
            "Bâtir un réseau",
        ]
        assert pairing.goals[0].leads_capabilities == ["E3"]
        assert pairing.engagement_signed_on == pairing.first_meeting_on
        assert [(s.held_on, s.duration_minutes) for s in pairing.sessions] == [
            (pairing.first_meeting_on, 90)
        ]


def test_first_meeting_refuses_bad_goals_and_saves_nothing(db, pair, clock) -> None:
    _contact(db, pair, clock)
    met = clock.today()
    bad = FirstMeetingForm(
        met,
        [GoalForm(title=" "), GoalForm(title="Réseau", target_on=met - timedelta(days=1))],
        None,
        SessionForm(met, 90, MeetingMode.VIDEO),
    )
    with pytest.raises(ValidationFailed) as failure:
        record_first_meeting(db, pair.pairing_id, bad)
    messages = [e.message for e in failure.value.errors]
    assert messages[0].startswith("Objectif 1") and messages[1].startswith("Objectif 2")
    with pytest.raises(ValidationFailed, match="au moins un objectif"):
        record_first_meeting(db, pair.pairing_id, FirstMeetingForm(met, [], None))
    with db.unit_of_work() as session:
        assert session.query(Goal).count() == 0
        assert session.query(MentoringSession).count() == 0
        assert session.get(Pairing, pair.pairing_id).first_meeting_on is None


def test_correcting_the_first_meeting_edits_removes_and_adds_goals(db, pair, clock) -> None:
    _through_first_meeting(db, pair, clock, signed=False)
    with db.unit_of_work() as session:
        first, _second = session.get(Pairing, pair.pairing_id).goals
        first_id, met = first.id, first.pairing.first_meeting_on
    clock.advance(days=3)
    record_first_meeting(
        db,
        pair.pairing_id,
        FirstMeetingForm(
            met,
            [
                GoalForm(title="Nouveau : budget"),
                GoalForm(
                    goal_id=first_id, title="Prendre la parole au CA", status=GoalStatus.IN_PROGRESS
                ),
            ],
            clock.today(),
            SessionForm(met, 90, MeetingMode.IN_PERSON),  # already logged: not twice
        ),
    )
    with db.unit_of_work() as session:
        pairing = session.get(Pairing, pair.pairing_id)
        assert [(g.title, g.position) for g in pairing.goals] == [
            ("Nouveau : budget", 0),
            ("Prendre la parole au CA", 1),
        ]
        assert pairing.goals[1].id == first_id
        assert len(pairing.sessions) == 1
        assert pairing.engagement_signed_on == clock.today()
    entry = _audit(db, "pairing.first_meeting")[-1]
    assert entry.details["correction"] is True
    assert entry.details["goals"]["removed"] == ["Bâtir un réseau"]
    assert entry.details["goals"]["added"] == ["Nouveau : budget"]
    assert entry.details["changes"]["engagement_signed_on"][0] is None


# Phase 8 ------------------------------------------------------------------------------------


def test_a_session_and_its_goal_updates_are_one_transaction(db, pair, clock) -> None:
    _through_first_meeting(db, pair, clock)
    with db.unit_of_work() as session:
        goal_id = session.get(Pairing, pair.pairing_id).goals[0].id
    clock.advance(days=30)
    bad = SessionForm(clock.today(), 0, MeetingMode.PHONE)
    with pytest.raises(ValidationFailed, match="minutes"):
        add_session(db, pair.pairing_id, bad, {goal_id: GoalStatus.ACHIEVED})
    with db.unit_of_work() as session:
        assert session.get(Goal, goal_id).status == GoalStatus.NOT_STARTED
    good = SessionForm(clock.today(), 75, MeetingMode.PHONE, "Budget", ("A1",), "Bonne séance")
    session_id = add_session(db, pair.pairing_id, good, {goal_id: GoalStatus.ACHIEVED})
    with db.unit_of_work() as session:
        assert session.get(Goal, goal_id).status == GoalStatus.ACHIEVED
        assert session.get(MentoringSession, session_id).leads_capabilities == ["A1"]
    update_session(db, session_id, SessionForm(clock.today(), 60, MeetingMode.VIDEO, "Budget"))
    with db.unit_of_work() as session:
        saved = session.get(MentoringSession, session_id)
        assert (saved.duration_minutes, saved.mode) == (60, MeetingMode.VIDEO)
    delete_session(db, session_id)
    with db.unit_of_work() as session:
        assert session.get(MentoringSession, session_id) is None
    assert [e.action for e in _audit(db, "session.delete")] == ["session.delete"]


def test_sessions_cannot_be_in_the_future_nor_after_the_end(db, pair, clock) -> None:
    _contact(db, pair, clock)
    with pytest.raises(ValidationFailed, match="aujourd"):
        add_session(
            db,
            pair.pairing_id,
            SessionForm(clock.today() + timedelta(days=1), 60, MeetingMode.VIDEO),
        )
    end_relationship(db, pair.pairing_id, EndForm(EndKind.NORMAL, clock.today()))
    clock.advance(days=2)
    with pytest.raises(ValidationFailed, match="fin de la relation"):
        add_session(db, pair.pairing_id, SessionForm(clock.today(), 60, MeetingMode.VIDEO))


# Phase 9 ------------------------------------------------------------------------------------


def test_an_early_end_needs_a_reason_and_other_needs_a_word(db, pair, clock) -> None:
    _contact(db, pair, clock)
    with pytest.raises(ValidationFailed) as failure:
        end_relationship(db, pair.pairing_id, EndForm(EndKind.EARLY, clock.today()))
    assert _fields(failure) == {"reason"}
    with pytest.raises(ValidationFailed) as failure:
        end_relationship(
            db, pair.pairing_id, EndForm(EndKind.EARLY, clock.today(), EarlyEndReason.OTHER)
        )
    assert _fields(failure) == {"reason_detail"}
    assert _pairing(db, pair.pairing_id).status == PairingStatus.ACTIVE


def test_an_early_end_with_a_new_mentor_wanted_returns_the_mentee_to_waiting(
    db, cohort, pair, clock
) -> None:
    _through_first_meeting(db, pair, clock)
    clock.advance(days=20)
    outcome = end_relationship(
        db,
        pair.pairing_id,
        EndForm(EndKind.EARLY, clock.today(), EarlyEndReason.AVAILABILITY, "", True, "Dommage"),
    )
    assert outcome.mentee_back_to_waiting
    waiting = {card.participation_id for card in load_board(db, cohort.id).waiting}
    assert pair.mentee_id in waiting
    saved = _pairing(db, pair.pairing_id)
    assert (saved.status, saved.end_reason, saved.reflection) == (
        PairingStatus.ENDED,
        EarlyEndReason.AVAILABILITY,
        "Dommage",
    )
    # Corrected to a normal end: the reason goes, and the mentee no longer waits.
    end_relationship(
        db,
        pair.pairing_id,
        EndForm(EndKind.NORMAL, clock.today(), EarlyEndReason.AVAILABILITY, "x", True),
    )
    saved = _pairing(db, pair.pairing_id)
    assert saved.end_reason is None and not saved.mentee_wants_new_mentor
    assert pair.mentee_id not in {c.participation_id for c in load_board(db, cohort.id).waiting}
    assert _audit(db, "pairing.end")[-1].details["correction"] is True


def test_an_end_cannot_come_before_the_last_session(db, pair, clock) -> None:
    _through_first_meeting(db, pair, clock)
    met = _pairing(db, pair.pairing_id).first_meeting_on
    with pytest.raises(ValidationFailed, match="dernière rencontre"):
        end_relationship(db, pair.pairing_id, EndForm(EndKind.NORMAL, met - timedelta(days=1)))


def test_an_end_recorded_by_mistake_can_be_undone_until_the_mentee_is_paired_again(
    db, cohort, pair, clock
) -> None:
    _contact(db, pair, clock)
    end_relationship(db, pair.pairing_id, EndForm(EndKind.NORMAL, clock.today()))
    reopen_relationship(db, pair.pairing_id)
    saved = _pairing(db, pair.pairing_id)
    assert saved.status == PairingStatus.ACTIVE and saved.ended_on is None
    end_relationship(
        db,
        pair.pairing_id,
        EndForm(EndKind.EARLY, clock.today(), EarlyEndReason.EXPECTATIONS_NOT_MET, "", True),
    )
    _pair_again(db, cohort, pair.mentee_id)
    with pytest.raises(UserError, match="autre duo"):
        reopen_relationship(db, pair.pairing_id)
    assert _pairing(db, pair.pairing_id).status == PairingStatus.ENDED


def test_a_first_contact_correction_cannot_contradict_later_steps(db, pair, clock) -> None:
    _through_first_meeting(db, pair, clock)
    contact = _pairing(db, pair.pairing_id).first_contact_on
    with pytest.raises(ValidationFailed) as failure:
        record_first_contact(db, pair.pairing_id, FirstContactForm(contact, {}, False))
    assert _fields(failure) == {"suits_both"}
    with pytest.raises(ValidationFailed) as failure:
        record_first_contact(db, pair.pairing_id, FirstContactForm(clock.today(), {}, True))
    assert _fields(failure) == {"contact_on"}  # after the shared understanding
    assert _pairing(db, pair.pairing_id).status == PairingStatus.ACTIVE


def test_the_shared_understanding_cannot_come_after_the_first_meeting(db, pair, clock) -> None:
    _through_first_meeting(db, pair, clock)
    clock.advance(days=2)
    with pytest.raises(ValidationFailed) as failure:
        record_shared_understanding(
            db, pair.pairing_id, SharedUnderstandingForm(clock.today(), True, True)
        )
    assert _fields(failure) == {"understood_on"}
