"""Reading the audit trail: who changed what and when, filtered, never the answers' contents.

Rows carry the entry's action, its one-line summary (a name, a program year) and nothing of
its details, where a questionnaire entry could hold what someone answered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session, selectinload

from mentorat_desktop.db import Database
from mentorat_desktop.models import AuditEntry, Cohort, Pairing, Participation


@dataclass(frozen=True)
class HistoryFilter:
    cohort_id: int | None = None
    person_id: int | None = None
    pairing_id: int | None = None
    action: str = ""  # an exact action, or a prefix ending in "." ("pairing.")
    since: date | None = None
    until: date | None = None


@dataclass(frozen=True)
class HistoryRow:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    cohort: str
    summary: str


def _about_person(query: Select[Any], session: Session, person_id: int) -> Select[Any]:
    registrations = list(
        session.scalars(select(Participation.id).where(Participation.person_id == person_id))
    )
    pairs = list(
        session.scalars(
            select(Pairing.id).where(
                or_(Pairing.mentor_id.in_(registrations), Pairing.mentee_id.in_(registrations))
            )
        )
    )
    return query.where(
        or_(
            and_(AuditEntry.entity == "person", AuditEntry.entity_id == person_id),
            and_(AuditEntry.entity == "participation", AuditEntry.entity_id.in_(registrations)),
            and_(AuditEntry.entity == "pairing", AuditEntry.entity_id.in_(pairs)),
        )
    )


def history(db: Database, wanted: HistoryFilter | None = None) -> list[HistoryRow]:
    """Entries matching ``wanted``, the oldest first."""
    wanted = wanted or HistoryFilter()
    with db.unit_of_work() as session:
        query = (
            select(AuditEntry, Cohort.name)
            .outerjoin(Cohort, Cohort.id == AuditEntry.cohort_id)
            .order_by(AuditEntry.id)
        )
        if wanted.cohort_id is not None:
            query = query.where(AuditEntry.cohort_id == wanted.cohort_id)
        if wanted.person_id is not None:
            query = _about_person(query, session, wanted.person_id)
        if wanted.pairing_id is not None:
            query = query.where(
                AuditEntry.entity == "pairing", AuditEntry.entity_id == wanted.pairing_id
            )
        if wanted.action:
            if wanted.action.endswith("."):
                query = query.where(AuditEntry.action.startswith(wanted.action, autoescape=True))
            else:
                query = query.where(AuditEntry.action == wanted.action)
        if wanted.since is not None:
            query = query.where(AuditEntry.at >= datetime.combine(wanted.since, time.min))
        if wanted.until is not None:
            query = query.where(AuditEntry.at <= datetime.combine(wanted.until, time.max))
        return [
            HistoryRow(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, name or "", e.summary)
            for e, name in session.execute(query)
        ]


def actions(db: Database) -> list[str]:
    with db.unit_of_work() as session:
        return sorted(session.scalars(select(AuditEntry.action).distinct()))


def pair_choices(db: Database, cohort_id: int) -> list[tuple[int, str]]:
    """A year's pairs, drafts included, as "Mentor – Mentee", to filter the history by pair."""
    with db.unit_of_work() as session:
        pairings = session.scalars(
            select(Pairing)
            .where(Pairing.cohort_id == cohort_id)
            .options(
                selectinload(Pairing.mentor).selectinload(Participation.person),
                selectinload(Pairing.mentee).selectinload(Participation.person),
            )
        ).all()
        choices = [
            (p.id, f"{p.mentor.person.full_name} – {p.mentee.person.full_name}") for p in pairings
        ]
    return sorted(choices, key=lambda choice: (choice[1].casefold(), choice[0]))
