"""What the documents print, read from the database in one short unit of work each.

Layout code receives these frozen dataclasses only, never an ORM object or a Session, so a
document can be built (and tested) from plain values and the file is never held open while
reportlab works.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import selectinload

from mentorat_desktop.db import Database
from mentorat_desktop.errors import NotFound
from mentorat_desktop.i18n import _
from mentorat_desktop.models import MentoringSession, Pairing, Participation, Person
from mentorat_desktop.models.enums import GoalStatus, PairingStatus
from mentorat_desktop.models.person import first_name_shown
from mentorat_desktop.services.areas.store import labels_of


@dataclass(frozen=True)
class ProgramYear:
    name: str
    start_date: date
    end_date: date
    first_contact_hours: int


@dataclass(frozen=True)
class PersonSheet:
    """One participant as the documents show them."""

    participation_id: int
    first_name: str
    last_name: str
    email: str
    phone: str
    language: str
    job_title: str
    organisation: str
    workplace: str
    region: str  # the region's code; named at print time
    expertise_areas: tuple[str, ...]
    development_areas: tuple[str, ...]
    development_objectives: str
    mentor_expectations: str
    leads_capabilities: tuple[str, ...]

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class GoalSheet:
    title: str
    description: str
    leads_capabilities: tuple[str, ...]
    actions: str
    success_indicator: str
    target_on: date | None
    status: GoalStatus


@dataclass(frozen=True)
class PairSheet:
    """A pair and its program year: everything the three pair documents print."""

    pairing_id: int
    year: ProgramYear
    mentor: PersonSheet
    mentee: PersonSheet
    status: PairingStatus
    assigned_at: datetime | None
    first_meeting_on: date | None
    goals: tuple[GoalSheet, ...]
    # What the pair agreed at first contact, by topic code (calendar, modes...), as typed.
    agreements: tuple[tuple[str, str], ...] = ()

    def agreement(self, topic: str) -> str:
        return dict(self.agreements).get(topic, "")

    @property
    def first_contact_deadline(self) -> datetime | None:
        """The mentor calls within the program year's delay of the assignment (phase 5)."""
        if self.assigned_at is None:
            return None
        return self.assigned_at + timedelta(hours=self.year.first_contact_hours)


def person_sheet(p: Participation) -> PersonSheet:
    return PersonSheet(
        participation_id=p.id,
        first_name=p.person.first_name,
        last_name=p.person.last_name,
        email=p.person.email,
        phone=p.person.phone,
        language=p.preferred_language.value,
        job_title=p.job_title,
        organisation=p.organisation,
        workplace=p.workplace,
        region=p.region,
        expertise_areas=labels_of(p, p.expertise_areas),
        development_areas=labels_of(p, p.development_areas),
        development_objectives=p.development_objectives,
        mentor_expectations=p.mentor_expectations,
        leads_capabilities=tuple(p.leads_capabilities or ()),
    )


def pair_sheet_of(pairing: Pairing) -> PairSheet:
    cohort = pairing.cohort
    return PairSheet(
        pairing_id=pairing.id,
        year=ProgramYear(
            cohort.name, cohort.start_date, cohort.end_date, cohort.first_contact_hours
        ),
        mentor=person_sheet(pairing.mentor),
        mentee=person_sheet(pairing.mentee),
        status=pairing.status,
        assigned_at=pairing.assigned_at,
        first_meeting_on=pairing.first_meeting_on,
        goals=tuple(
            GoalSheet(
                g.title,
                g.description,
                tuple(g.leads_capabilities or ()),
                g.actions,
                g.success_indicator,
                g.target_on,
                g.status,
            )
            for g in pairing.goals
        ),
        agreements=tuple(
            (str(topic), str(text)) for topic, text in (pairing.agreements or {}).items() if text
        ),
    )


def _pair_query() -> Select[tuple[Pairing]]:
    return select(Pairing).options(
        selectinload(Pairing.cohort),
        selectinload(Pairing.goals),
        selectinload(Pairing.mentor).selectinload(Participation.person),
        selectinload(Pairing.mentee).selectinload(Participation.person),
    )


def load_pair(db: Database, pairing_id: int) -> PairSheet:
    with db.unit_of_work() as session:
        pairing = session.scalars(_pair_query().where(Pairing.id == pairing_id)).first()
        if pairing is None:
            raise NotFound(_("This pair no longer exists."))
        return pair_sheet_of(pairing)


def load_pairs(db: Database, cohort_id: int) -> list[PairSheet]:
    """Every pair of the program year past the draft stage, by mentee then mentor name."""
    with db.unit_of_work() as session:
        pairings = session.scalars(
            _pair_query().where(
                Pairing.cohort_id == cohort_id, Pairing.status != PairingStatus.DRAFT
            )
        ).all()
        sheets = [pair_sheet_of(p) for p in pairings]
    return sorted(
        sheets,
        key=lambda s: (
            s.mentee.last_name.casefold(),
            s.mentee.first_name.casefold(),
            s.mentor.last_name.casefold(),
            s.pairing_id,
        ),
    )


@dataclass(frozen=True)
class NamedParticipant:
    participation_id: int
    first_name: str
    last_name: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def participants_with_sessions(db: Database, cohort_id: int) -> list[NamedParticipant]:
    """Participants of the year with at least one logged session, by name.

    Certified or not (the statement of hours is useful to everyone and says when no credit
    is due), and withdrawn or not: hours logged before a withdrawal were still earned.
    """
    with db.unit_of_work() as session:
        rows = session.execute(
            select(Participation.id, Person.first_name, Person.last_name, Person.anonymised_at)
            .join(Person, Person.id == Participation.person_id)
            .join(
                Pairing,
                or_(Pairing.mentor_id == Participation.id, Pairing.mentee_id == Participation.id),
            )
            .join(MentoringSession, MentoringSession.pairing_id == Pairing.id)
            .where(Participation.cohort_id == cohort_id)
            .distinct()
        ).all()
    # An erased person's first name as a Person object reads it (the reader's language).
    people = [
        NamedParticipant(pid, first_name_shown(first, erased), last)
        for pid, first, last, erased in rows
    ]
    return sorted(
        people,
        key=lambda p: (p.last_name.casefold(), p.first_name.casefold(), p.participation_id),
    )
