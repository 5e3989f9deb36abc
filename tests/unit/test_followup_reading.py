"""What the pair page, the dashboard and the e-mails read: phases, timeline, hours, credits."""

from __future__ import annotations

from decimal import Decimal
from urllib.parse import unquote

import pytest
from helpers.forms import mentee_form, mentor_form
from helpers.pairs import ConfirmedPair, confirmed_pair

from mentorat_desktop.models.enums import EarlyEndReason, EndKind, MeetingMode
from mentorat_desktop.services.followup.credits import credit_statement, hours_by_person
from mentorat_desktop.services.followup.emails import EmailKind, email_drafts
from mentorat_desktop.services.followup.ending import EndForm, end_relationship
from mentorat_desktop.services.followup.first_contact import (
    FirstContactForm,
    record_first_contact,
)
from mentorat_desktop.services.followup.first_meeting import FirstMeetingForm, record_first_meeting
from mentorat_desktop.services.followup.goals import GoalForm
from mentorat_desktop.services.followup.pair_detail import StepState, pair_detail
from mentorat_desktop.services.followup.phases import Phase, phase_counts
from mentorat_desktop.services.followup.sessions import SessionForm, add_session
from mentorat_desktop.services.followup.shared_understanding import (
    SharedUnderstandingForm,
    record_shared_understanding,
)
from mentorat_desktop.services.registration import register


@pytest.fixture
def pair(db, cohort) -> ConfirmedPair:
    """Marc O'Brien (certified, English) mentors Élodie Bérubé (not certified, French)."""
    return confirmed_pair(db, cohort.id)


def _meet(db, pair, clock, minutes: int = 90) -> None:
    clock.advance(days=1)
    record_first_contact(db, pair.pairing_id, FirstContactForm(clock.today(), {}, True))
    clock.advance(days=6)
    record_shared_understanding(
        db, pair.pairing_id, SharedUnderstandingForm(clock.today(), True, True)
    )
    clock.advance(days=7)
    record_first_meeting(
        db,
        pair.pairing_id,
        FirstMeetingForm(
            clock.today(),
            [GoalForm(title="Réseau")],
            clock.today(),
            SessionForm(clock.today(), minutes, MeetingMode.VIDEO),
        ),
    )


def _states(db, pair) -> dict[Phase, StepState]:
    return {step.phase: step.state for step in pair_detail(db, pair.pairing_id).timeline}


def test_the_timeline_follows_the_pair_and_shows_what_is_next(db, pair, clock) -> None:
    detail = pair_detail(db, pair.pairing_id)
    assert detail.phase == Phase.FIRST_CONTACT
    assert detail.next_step.phase == Phase.FIRST_CONTACT
    assert _states(db, pair)[Phase.FIRST_CONTACT] == StepState.CURRENT
    clock.advance(hours=72)
    assert _states(db, pair)[Phase.FIRST_CONTACT] == StepState.LATE
    _meet(db, pair, clock)
    detail = pair_detail(db, pair.pairing_id)
    assert detail.phase == Phase.SESSIONS
    states = _states(db, pair)
    assert [states[p] for p in (Phase.FIRST_CONTACT, Phase.SHARED_UNDERSTANDING)] == [
        StepState.DONE,
        StepState.DONE,
    ]
    assert states[Phase.FIRST_MEETING] == StepState.DONE
    assert states[Phase.SESSIONS] == StepState.CURRENT
    clock.advance(days=43)
    assert _states(db, pair)[Phase.SESSIONS] == StepState.LATE


def test_an_ended_pair_skips_what_never_happened(db, pair, clock) -> None:
    clock.advance(days=1)
    record_first_contact(db, pair.pairing_id, FirstContactForm(clock.today(), {}, False))
    detail = pair_detail(db, pair.pairing_id)
    states = {s.phase: s.state for s in detail.timeline}
    assert states[Phase.SHARED_UNDERSTANDING] == StepState.SKIPPED
    assert states[Phase.FIRST_MEETING] == StepState.SKIPPED
    assert states[Phase.END] == StepState.DONE
    assert detail.phase == Phase.EVALUATION


def test_people_and_pairs_are_counted_in_their_phase(db, cohort, pair, clock) -> None:
    register(db, cohort.id, mentee_form(email="waiting@example.org"))
    register(db, cohort.id, mentor_form(email="free@example.org"))
    counts = {c.phase: (c.people, c.pairs) for c in phase_counts(db, cohort.id)}
    assert counts[Phase.FIRST_CONTACT] == (2, 1)
    # Nobody reviewed the resources yet: the two people without a pair are in phase 3.
    assert counts[Phase.RESOURCES] == (2, 0)
    _meet(db, pair, clock)
    counts = {c.phase: (c.people, c.pairs) for c in phase_counts(db, cohort.id)}
    assert counts[Phase.FIRST_CONTACT] == (0, 0)
    assert counts[Phase.SESSIONS] == (2, 1)
    end_relationship(
        db,
        pair.pairing_id,
        EndForm(EndKind.EARLY, clock.today(), EarlyEndReason.AVAILABILITY, "", True),
    )
    counts = {c.phase: (c.people, c.pairs) for c in phase_counts(db, cohort.id)}
    # The pair waits for its evaluations; the mentee waits for a new mentor.
    assert counts[Phase.EVALUATION] == (1, 1)
    assert counts[Phase.MATCHING] == (1, 0)


def test_hours_and_credits_add_up_for_mentor_and_mentee(db, cohort, pair, clock) -> None:
    _meet(db, pair, clock, minutes=90)
    clock.advance(days=30)
    add_session(db, pair.pairing_id, SessionForm(clock.today(), 75, MeetingMode.PHONE))
    other = confirmed_pair(
        db, cohort.id, mentee=mentee_form(email="zoe@example.org"), mentor_id=pair.mentor_id
    )
    clock.advance(days=1)
    record_first_contact(db, other.pairing_id, FirstContactForm(clock.today(), {}, True))
    add_session(db, other.pairing_id, SessionForm(clock.today(), 40, MeetingMode.VIDEO))
    hours = hours_by_person(db, cohort.id)
    mentor, mentee = hours[pair.mentor_id], hours[pair.mentee_id]
    assert (mentor.sessions, mentor.minutes, mentor.hours) == (3, 205, Decimal("3.42"))
    assert mentor.credits == Decimal("3.42")  # certified: one credit per hour
    assert (mentee.sessions, mentee.hours, mentee.credits) == (2, Decimal("2.75"), None)
    statement = credit_statement(db, pair.mentor_id)
    assert [line.minutes for line in statement.lines] == [90, 75, 40]
    assert statement.lines[0].partner == "Élodie Bérubé"
    assert statement.credits == Decimal("3.42")


def test_emails_are_drafted_in_each_recipients_language(db, pair, clock) -> None:
    drafts = email_drafts(db, pair.pairing_id, EmailKind.INTRODUCTION, sender="Sophie")
    by_language = {d.language: d for d in drafts}
    assert set(by_language) == {"en", "fr"}
    assert by_language["en"].to == ("marc.obrien@example.org",)
    assert by_language["fr"].to == ("elodie.berube@example.org",)
    english = by_language["en"].body
    assert "October 8, 2026" in english  # 72 hours after the assignment
    assert "Élodie Bérubé" in english and english.endswith(
        "Sophie\nMentoring committee, CCHL Quebec Chapter"
    )
    (reminder,) = email_drafts(db, pair.pairing_id, EmailKind.FIRST_CONTACT_REMINDER)
    assert reminder.to == ("marc.obrien@example.org",) and "72" in reminder.body
    url = reminder.mailto
    assert url.startswith("mailto:marc.obrien@example.org?subject=")
    assert " " not in url and "\n" not in url
    body = unquote(url.split("&body=", 1)[1])
    assert body == reminder.body.replace("\n", "\r\n")


def test_the_session_reminder_counts_what_is_on_file(db, pair, clock) -> None:
    _meet(db, pair, clock)
    drafts = email_drafts(db, pair.pairing_id, EmailKind.SESSION_LOG_REMINDER)
    english = next(d for d in drafts if d.language == "en")
    assert "1 session on file" in english.body and "October 19, 2026" in english.body
