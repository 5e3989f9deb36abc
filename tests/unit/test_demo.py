"""The demo program: realistic, fictional, in every phase, late where it should be, and safe."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentorat_desktop.cli import main
from mentorat_desktop.clock import FixedClock
from mentorat_desktop.db import Database, open_database
from mentorat_desktop.errors import UserError
from mentorat_desktop.models import (
    AuditEntry,
    Cohort,
    Goal,
    MentoringSession,
    Pairing,
    Participation,
    Person,
)
from mentorat_desktop.models.enums import (
    EarlyEndReason,
    EndKind,
    Language,
    PairingStatus,
    ParticipationStatus,
    Role,
)
from mentorat_desktop.services.cohorts import list_cohorts
from mentorat_desktop.services.demo import DemoSummary, program_year_start, write_demo
from mentorat_desktop.services.leads import BY_CODE
from mentorat_desktop.services.regions import REGIONS

RESERVED_DOMAINS = ("example.org", "example.com", "example.net")


@pytest.fixture
def demo(db: Database) -> DemoSummary:
    return write_demo(db)


def current_cohort(session) -> Cohort:
    return session.scalars(select(Cohort).order_by(Cohort.start_date.desc())).first()


def open_pairings(cohort: Cohort) -> list[Pairing]:
    return [p for p in cohort.pairings if p.status != PairingStatus.ENDED]


def test_the_current_year_has_the_expected_people(db: Database, demo: DemoSummary) -> None:
    assert (demo.cohort, demo.earlier_cohort) == ("2026-2027", "2025-2026")
    assert (demo.mentors, demo.mentees, demo.withdrawn) == (25, 35, 3)
    listed = {c.name: c for c in list_cohorts(db)}
    assert (listed["2026-2027"].mentors, listed["2026-2027"].mentees) == (25, 35)
    assert 10 <= listed["2025-2026"].mentors <= 14 and 12 <= listed["2025-2026"].mentees <= 16
    assert demo.pairings > 25 and demo.sessions > 20 and demo.goals > 20
    assert demo.waiting == 8


def test_people_speak_both_languages_and_come_from_many_regions(db: Database, demo) -> None:
    with db.unit_of_work() as session:
        participations = current_cohort(session).participations
        languages = Counter(p.preferred_language for p in participations)
        regions = Counter(p.region for p in participations)
        assert languages[Language.FR] > languages[Language.EN] > 5
        assert len(regions) >= 8 and set(regions) <= set(REGIONS)
        assert regions.most_common(1)[0][0] == "06"
        for p in participations:
            assert set(p.leads_capabilities) <= set(BY_CODE)
            if p.role == Role.MENTOR:
                assert 1 <= p.capacity <= 3 and p.expertise_areas
                assert p.career_stage in ("mid", "senior", "executive")
            else:
                assert p.development_areas and p.development_objectives
                assert p.mentor_expectations and p.career_stage in ("student", "early", "mid")
            assert not p.is_certified or p.is_member


def test_contact_details_are_fictional(db: Database, demo) -> None:
    with db.unit_of_work() as session:
        persons = session.scalars(select(Person)).all()
        for person in persons:
            assert person.email.rsplit("@", 1)[1] in RESERVED_DOMAINS
            assert re.fullmatch(r"\d{3} 555-01\d\d", person.phone)
        names = " ".join(p.full_name for p in persons)
        assert "'" in names and "-" in names and re.search("[éèêëàâîïôûç]", names)


def test_pairs_exist_in_every_status_and_every_kind_of_end(db: Database, demo) -> None:
    with db.unit_of_work() as session:
        pairings = current_cohort(session).pairings
        assert {p.status for p in pairings} == set(PairingStatus)
        ended = [p for p in pairings if p.status == PairingStatus.ENDED]
        assert any(p.end_kind == EndKind.NORMAL and p.planned_end_on == p.ended_on for p in ended)
        reasons = {p.end_reason for p in ended}
        assert {
            EarlyEndReason.GOALS_REACHED_EARLY,
            EarlyEndReason.EXPECTATIONS_NOT_MET,
            EarlyEndReason.UNSUITABLE_AT_FIRST_CONTACT,
        } <= reasons
        unsuitable = [p for p in ended if p.end_reason == "unsuitable_at_first_contact"]
        assert all(p.suits_both is False and p.ended_on == p.first_contact_on for p in unsuitable)
        drafts = [p for p in pairings if p.status == PairingStatus.DRAFT]
        assert any(p.suggested and p.score is not None for p in drafts)
        assert all(p.assigned_at is None for p in drafts)


def test_a_pair_that_did_not_meet_expectations_has_a_replacement(db: Database, demo) -> None:
    with db.unit_of_work() as session:
        pairings = current_cohort(session).pairings
        by_id = {p.id: p for p in pairings}
        replacements = [p for p in pairings if p.replaces_id is not None]
        assert replacements
        for new in replacements:
            old = by_id[new.replaces_id]
            assert old.end_reason == EarlyEndReason.EXPECTATIONS_NOT_MET
            assert old.mentee_wants_new_mentor and old.mentee_id == new.mentee_id
            assert old.mentor_id != new.mentor_id and new.status != PairingStatus.ENDED


def test_late_items_are_late_relative_to_the_clock(db: Database, clock, demo) -> None:
    now = clock.now()
    with db.unit_of_work() as session:
        cohort = current_cohort(session)
        confirmed = [p for p in cohort.pairings if p.status == PairingStatus.CONFIRMED]
        waited = sorted((now - p.assigned_at).total_seconds() / 3600 for p in confirmed)
        assert all(p.first_contact_on is None for p in confirmed)
        assert waited[0] < cohort.first_contact_reminder_hours
        assert any(
            cohort.first_contact_reminder_hours < h < cohort.first_contact_hours for h in waited
        )
        assert waited[-1] > cohort.first_contact_hours
        active = [p for p in cohort.pairings if p.status == PairingStatus.ACTIVE]
        assert any(p.first_meeting_on and p.engagement_signed_on is None for p in active)
        cadence = timedelta(days=cohort.session_cadence_days)
        followed = [p for p in active if p.engagement_signed_on and p.sessions]
        stale = [p for p in followed if clock.today() - p.sessions[-1].held_on > cadence]
        assert len(stale) == 1 and len(followed) > 5
        assert any(p.agreements and p.suits_both and not p.first_meeting_on for p in active)
        assert any(p.shared_understanding_on and not p.first_meeting_on for p in active)


def test_capacity_and_one_open_pair_per_mentee_hold(db: Database, demo) -> None:
    with db.unit_of_work() as session:
        assert len(open_pairings(current_cohort(session))) == 25
        for cohort in session.scalars(select(Cohort)):
            open_now = open_pairings(cohort)
            load = Counter(p.mentor_id for p in open_now)
            for p in open_now:
                assert load[p.mentor_id] <= p.mentor.capacity
                assert p.mentor.status == p.mentee.status == ParticipationStatus.REGISTERED
            assert max(Counter(p.mentee_id for p in open_now).values(), default=0) <= 1
            for p in cohort.pairings:
                assert (p.mentor.role, p.mentee.role) == (Role.MENTOR, Role.MENTEE)
                assert p.mentor.cohort_id == p.mentee.cohort_id == cohort.id
                assert p.mentor.organisation != p.mentee.organisation


def test_the_earlier_year_is_over_and_some_people_came_back(db: Database, demo) -> None:
    with db.unit_of_work() as session:
        earlier, current = session.scalars(select(Cohort).order_by(Cohort.start_date)).all()
        assert earlier.end_date < current.start_date
        assert all(p.status == PairingStatus.ENDED for p in earlier.pairings)
        assert all(p.ended_on <= earlier.end_date for p in earlier.pairings)
        assert any(p.sessions and p.goals for p in earlier.pairings)
        before = {p.person_id for p in earlier.participations}
        back = [p for p in current.participations if p.person_id in before]
        assert len(back) == demo.returning >= 5
        assert {p.role for p in back} == {Role.MENTOR, Role.MENTEE}
        # Nobody meets last year's partner again.
        old = {(p.mentor.person_id, p.mentee.person_id) for p in earlier.pairings}
        assert not old & {(p.mentor.person_id, p.mentee.person_id) for p in current.pairings}


def test_withdrawn_people_say_when_and_why(db: Database, demo) -> None:
    with db.unit_of_work() as session:
        withdrawn = session.scalars(
            select(Participation).where(Participation.status == ParticipationStatus.WITHDRAWN)
        ).all()
        assert len(withdrawn) >= 3
        for p in withdrawn:
            assert p.withdrawn_on >= p.registered_on and p.withdrawal_reason


@pytest.mark.parametrize(
    "now",
    [
        datetime(2026, 7, 1, 8, 0),
        datetime(2026, 8, 31, 23, 0),
        datetime(2026, 9, 1, 12, 0),
        datetime(2026, 10, 5, 9, 30),
        datetime(2027, 1, 15, 7, 15),
        datetime(2027, 6, 30, 16, 0),
        datetime(2028, 2, 29, 10, 0),
    ],
)
def test_dates_follow_the_phases_whatever_the_day(tmp_path: Path, now: datetime) -> None:
    db = open_database(tmp_path / "demo.sqlite3", FixedClock(now))
    try:
        summary = write_demo(db)
        today = now.date()
        with db.unit_of_work() as session:
            cohort = current_cohort(session)
            assert summary.cohort == cohort.name
            assert cohort.start_date - timedelta(days=62) <= today <= cohort.end_date
            for p in session.scalars(select(Participation)):
                assert p.consent_date <= p.registered_on <= today
                assert p.resources_reviewed_on is None or p.resources_reviewed_on <= today
                assert p.created_at <= now
            for p in session.scalars(select(Pairing)):
                _check_phase_order(p, now)
            assert session.scalar(select(func.max(AuditEntry.at))) <= now
    finally:
        db.close()


def _check_phase_order(p: Pairing, now: datetime) -> None:
    assert p.created_at <= now
    if p.assigned_at is None:
        assert p.status == PairingStatus.DRAFT and p.first_contact_on is None
        return
    assert p.created_at <= p.assigned_at <= now
    assert max(p.mentor.registered_on, p.mentee.registered_on) < p.assigned_at.date()
    steps = [
        p.assigned_at.date(),
        p.first_contact_on,
        p.shared_understanding_on,
        p.first_meeting_on,
        *(s.held_on for s in p.sessions),
        p.ended_on,
        now.date(),
    ]
    known = [s for s in steps if s is not None]
    assert known == sorted(known), p.id
    assert p.engagement_signed_on in (None, p.first_meeting_on)
    for goal in p.goals:
        assert goal.target_on >= p.first_meeting_on and goal.created_at <= goal.updated_at
    for s in p.sessions:
        assert 60 <= s.duration_minutes <= 120 and set(s.leads_capabilities) <= set(BY_CODE)


def test_a_second_demo_is_refused_and_changes_nothing(db: Database, demo) -> None:
    tables = (Cohort, Person, Participation, Pairing, Goal, MentoringSession, AuditEntry)

    def counts() -> list[int]:
        with db.unit_of_work() as session:
            return [session.scalar(select(func.count()).select_from(t)) for t in tables]

    before = counts()
    with pytest.raises(UserError) as raised:
        write_demo(db)
    assert raised.value.message
    assert counts() == before
    with db.unit_of_work() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == "demo.write"))
        assert [e.summary for e in entries] == ["2026-2027"]


def test_a_file_with_a_program_year_is_refused(db: Database, cohort) -> None:
    with pytest.raises(UserError):
        write_demo(db)
    assert [c.name for c in list_cohorts(db)] == ["2026-2027"]


def _names_and_pairs(path: Path, now: datetime) -> tuple[list, list]:
    db = open_database(path, FixedClock(now))
    try:
        write_demo(db)
        with db.unit_of_work() as session:
            names = [(p.first_name, p.last_name, p.email) for p in session.scalars(select(Person))]
            pairs = [
                (p.mentor.person.email, p.mentee.person.email, p.status, p.ended_on)
                for p in session.scalars(select(Pairing))
            ]
            return names, pairs
    finally:
        db.close()


def test_the_demo_is_deterministic(tmp_path: Path, clock) -> None:
    first = _names_and_pairs(tmp_path / "a.sqlite3", clock.now())
    second = _names_and_pairs(tmp_path / "b.sqlite3", clock.now())
    assert first == second
    # Another day moves the dates but keeps the same people.
    later = _names_and_pairs(tmp_path / "c.sqlite3", clock.now() + timedelta(days=100))
    assert later[0] == first[0]


@pytest.mark.parametrize(
    ("today", "start"),
    [
        (date(2026, 6, 30), date(2025, 9, 1)),
        (date(2026, 7, 1), date(2026, 9, 1)),
        (date(2026, 12, 31), date(2026, 9, 1)),
        (date(2027, 1, 1), date(2026, 9, 1)),
    ],
)
def test_program_year_start(today: date, start: date) -> None:
    assert program_year_start(today) == start


def test_cli_writes_the_demo_once(tmp_path: Path, capsys) -> None:
    path = tmp_path / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert str(path) in out and "25" in out and "35" in out
    assert main(["cohorts", "--db", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    start = program_year_start(date.today()).year
    assert lines[1].startswith(f"{start}-{start + 1}")
    assert lines[2].startswith(f"{start - 1}-{start}")
    assert main(["cohorts", "--db", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data[0]["mentors"], data[0]["mentees"]) == (25, 35)
    assert main(["demo", "--db", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.err and "Traceback" not in captured.err


def test_the_demo_history_tells_both_years_in_order_and_holds_its_chain(
    db: Database, demo: DemoSummary
) -> None:
    from mentorat_desktop.services.privacy.chain import verify_chain
    from mentorat_desktop.services.privacy.history import HistoryFilter, history

    rows = history(db)
    actions = Counter(row.action for row in rows)
    with db.unit_of_work() as session:
        people = session.scalar(select(func.count(Participation.id)))
        confirmed = session.scalar(
            select(func.count(Pairing.id)).where(Pairing.assigned_at.is_not(None))
        )
    assert actions["participation.register"] == people
    assert actions["pairing.confirm"] == confirmed
    assert actions["session.add"] > 0 and actions["pairing.end"] > 0
    # After the file's own set-up (questionnaires installed when it was made), oldest first.
    told = [row.at for row in rows if row.action != "questionnaires_installed"]
    assert told == sorted(told)
    for cohort in list_cohorts(db):
        assert history(db, HistoryFilter(cohort_id=cohort.id, action="pairing.confirm"))
    assert verify_chain(db).intact
