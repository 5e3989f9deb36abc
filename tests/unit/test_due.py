"""What the dashboard and ``mentorat due`` flag, with a clock the tests move by hand."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from helpers.forms import mentee_form, mentor_form
from helpers.pairs import confirmed_pair

from mentorat_desktop.cli import main
from mentorat_desktop.models import MentoringSession, Pairing
from mentorat_desktop.models.enums import MeetingMode, PairingStatus
from mentorat_desktop.services.followup.due import DueKind, due_items
from mentorat_desktop.services.matching import board_actions
from mentorat_desktop.services.registration import register


@pytest.fixture
def pair(db, cohort) -> int:
    """A pair confirmed now, at the fixture clock's 09:30; returns its mentee id."""
    return confirmed_pair(db, cohort.id).mentee_id


def _kinds(db, cohort) -> list[DueKind]:
    return [item.kind for item in due_items(db, cohort.id)]


def _update(db, mentee_id: int, **values) -> None:
    with db.unit_of_work() as session:
        pairing = session.query(Pairing).filter_by(mentee_id=mentee_id).one()
        for name, value in values.items():
            setattr(pairing, name, value)


def test_first_contact_is_flagged_at_48_hours_and_late_at_72(db, cohort, pair, clock) -> None:
    clock.advance(hours=47, minutes=59)
    assert _kinds(db, cohort) == []
    clock.advance(minutes=1)  # exactly 48 hours
    assert _kinds(db, cohort) == [DueKind.FIRST_CONTACT_SOON]
    (item,) = due_items(db, cohort.id)
    assert not item.is_late and "24" in item.detail
    clock.advance(hours=23, minutes=59)
    assert _kinds(db, cohort) == [DueKind.FIRST_CONTACT_SOON]
    clock.advance(minutes=1)  # exactly 72 hours
    assert _kinds(db, cohort) == [DueKind.FIRST_CONTACT_LATE]
    assert due_items(db, cohort.id)[0].is_late


def test_a_recorded_first_contact_clears_the_item(db, cohort, pair, clock) -> None:
    clock.advance(hours=80)
    _update(db, pair, first_contact_on=clock.today(), status=PairingStatus.ACTIVE)
    assert _kinds(db, cohort) == []


def test_no_session_for_longer_than_the_cadence_is_flagged(db, cohort, pair, clock) -> None:
    met = clock.today() + timedelta(days=10)
    _update(
        db,
        pair,
        first_contact_on=clock.today(),
        first_meeting_on=met,
        engagement_signed_on=met,
        status=PairingStatus.ACTIVE,
    )
    clock.advance(days=10 + 42)  # the default cadence: six weeks to the day is fine
    assert _kinds(db, cohort) == []
    clock.advance(days=1)
    assert _kinds(db, cohort) == [DueKind.NO_RECENT_SESSION]
    with db.unit_of_work() as session:
        pairing = session.query(Pairing).filter_by(mentee_id=pair).one()
        pairing.sessions.append(
            MentoringSession(
                held_on=clock.today(),
                duration_minutes=60,
                mode=MeetingMode.VIDEO,
                topics="",
                leads_capabilities=[],
                note="",
                created_at=clock.now(),
            )
        )
    assert _kinds(db, cohort) == []


def test_a_first_meeting_without_signed_engagement_is_flagged(db, cohort, pair, clock) -> None:
    _update(db, pair, first_contact_on=clock.today(), first_meeting_on=clock.today())
    assert _kinds(db, cohort) == [DueKind.ENGAGEMENT_NOT_SIGNED]
    _update(db, pair, engagement_signed_on=clock.today())
    assert _kinds(db, cohort) == []


def test_a_relationship_past_its_end_date_is_flagged_until_closed(db, cohort, pair, clock) -> None:
    _update(db, pair, first_contact_on=clock.today(), planned_end_on=date(2026, 12, 1))
    clock.advance(days=57)  # 2026-12-01
    assert DueKind.PAST_END not in _kinds(db, cohort)
    clock.advance(days=1)
    assert DueKind.PAST_END in _kinds(db, cohort)
    _update(db, pair, status=PairingStatus.ENDED, ended_on=clock.today())
    assert _kinds(db, cohort) == [DueKind.EVALUATIONS_MISSING]
    (item,) = due_items(db, cohort.id)
    assert "Marc O'Brien" in item.detail and "Élodie Bérubé" in item.detail


def test_drafts_are_never_due(db, cohort, clock) -> None:
    mentor = register(db, cohort.id, mentor_form())
    mentee = register(db, cohort.id, mentee_form())
    draft = board_actions.Draft(mentor.participation_id, mentee.participation_id)
    board_actions.make_drafts(db, cohort.id, [draft])
    clock.advance(days=30)
    assert _kinds(db, cohort) == []


def test_the_command_line_lists_the_same_items_as_json(db, db_path, cohort, pair, clock, capsys):
    clock.advance(hours=73)
    # The command opens the file with the wall clock, long after 2026-10-05: still late.
    assert main(["due", "--db", str(db_path), "--json"]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["kind"] == "first_contact_late" and item["late"] is True
    assert item["mentor"] == "marc.obrien@example.org"
    assert item["mentee"] == "elodie.berube@example.org"


def test_the_command_line_table_is_in_french_and_says_when_nothing_is_due(
    db, db_path, cohort, capsys
) -> None:
    assert main(["due", "--db", str(db_path)]) == 0
    assert "Rien n'est à faire ni en retard pour l'année 2026-2027." in capsys.readouterr().out
    assert main(["due", "--db", str(db_path), "--cohort", "1999"]) == 1
