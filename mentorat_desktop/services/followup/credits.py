"""Logged mentoring hours per person, and certification-maintenance credits.

Certified members of the College, mentor and mentee alike, earn one credit per hour of
mentoring; the hours come from the sessions the committee logged for each pair.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import selectinload

from mentorat_desktop.db import Database
from mentorat_desktop.errors import NotFound
from mentorat_desktop.i18n import _
from mentorat_desktop.models import MentoringSession, Pairing, Participation
from mentorat_desktop.models.enums import MeetingMode, Role

CREDITS_PER_HOUR = Decimal(1)
_CENT = Decimal("0.01")


def hours_of(minutes: int) -> Decimal:
    """Minutes as hours to the hundredth, the way a statement prints them."""
    return (Decimal(minutes) / 60).quantize(_CENT, rounding=ROUND_HALF_UP)


def credits_of(minutes: int, is_certified: bool) -> Decimal | None:
    """None for people who are not certified members: they earn no credits."""
    return hours_of(minutes) * CREDITS_PER_HOUR if is_certified else None


@dataclass(frozen=True)
class PersonHours:
    participation_id: int
    sessions: int
    minutes: int
    is_certified: bool

    @property
    def hours(self) -> Decimal:
        return hours_of(self.minutes)

    @property
    def credits(self) -> Decimal | None:
        return credits_of(self.minutes, self.is_certified)


# Built once, the year a bound parameter: the Pairs page reads them at every show.
_PEOPLE = select(Participation.id, Participation.is_certified).where(
    Participation.cohort_id == bindparam("cohort_id")
)
_MEETINGS_BY_PAIR = (
    select(
        Pairing.mentor_id,
        Pairing.mentee_id,
        func.count(),
        func.sum(MentoringSession.duration_minutes),
    )
    .join(MentoringSession, MentoringSession.pairing_id == Pairing.id)
    .where(Pairing.cohort_id == bindparam("cohort_id"))
    .group_by(Pairing.id)
)


def hours_by_person(db: Database, cohort_id: int) -> dict[int, PersonHours]:
    """Participation id -> hours, for everyone of the program year (zero when no session)."""
    with db.unit_of_work() as session:
        year = {"cohort_id": cohort_id}
        people = session.execute(_PEOPLE, year).all()
        totals: dict[int, list[int]] = {pid: [0, 0] for pid, _certified in people}
        rows = session.execute(_MEETINGS_BY_PAIR, year)
        for mentor_id, mentee_id, count, minutes in rows:
            for pid in (mentor_id, mentee_id):
                totals[pid][0] += count
                totals[pid][1] += minutes or 0
    return {
        pid: PersonHours(pid, totals[pid][0], totals[pid][1], certified)
        for pid, certified in people
    }


@dataclass(frozen=True)
class StatementLine:
    held_on: date
    minutes: int
    mode: MeetingMode
    partner: str


@dataclass(frozen=True)
class CreditStatement:
    """What a certified member shows for certification maintenance: one program year."""

    full_name: str
    email: str
    role: Role
    language: str
    cohort_name: str
    cohort_start: date
    cohort_end: date
    is_certified: bool
    lines: tuple[StatementLine, ...]

    @property
    def minutes(self) -> int:
        return sum(line.minutes for line in self.lines)

    @property
    def hours(self) -> Decimal:
        return hours_of(self.minutes)

    @property
    def credits(self) -> Decimal | None:
        return credits_of(self.minutes, self.is_certified)


def credit_statement(db: Database, participation_id: int) -> CreditStatement:
    with db.unit_of_work() as session:
        person = session.get(Participation, participation_id)
        if person is None:
            raise NotFound(_("This participant no longer exists."))
        pairings = session.scalars(
            select(Pairing)
            .where(or_(Pairing.mentor_id == person.id, Pairing.mentee_id == person.id))
            .options(
                selectinload(Pairing.sessions),
                selectinload(Pairing.mentor).selectinload(Participation.person),
                selectinload(Pairing.mentee).selectinload(Participation.person),
            )
        ).all()
        lines = sorted(
            (
                StatementLine(
                    s.held_on,
                    s.duration_minutes,
                    s.mode,
                    (p.mentee if p.mentor_id == person.id else p.mentor).person.full_name,
                )
                for p in pairings
                for s in p.sessions
            ),
            key=lambda line: (line.held_on, line.partner),
        )
        return CreditStatement(
            person.person.full_name,
            person.person.email,
            person.role,
            person.preferred_language.value,
            person.cohort.name,
            person.cohort.start_date,
            person.cohort.end_date,
            person.is_certified,
            tuple(lines),
        )
