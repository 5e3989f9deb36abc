"""The demo's audit trail: the steps a committee took over its two years, in the order taken.

Without it the History page of a fresh demo held one line; with it a newcomer can filter by
year, pair, person, action and period as on a real file. Entries are chained like any other
(each through ``audit.record``), so `mentorat audit verify` holds on the demo too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy.orm import Session

from mentorat_desktop.clock import FixedClock
from mentorat_desktop.models import Cohort, Pairing, Participation
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.services import audit
from mentorat_desktop.services.followup.steps_common import names


@dataclass(frozen=True)
class _Step:
    at: datetime
    action: str
    entity: str
    entity_id: int
    cohort_id: int
    summary: str


def _registration(person: Participation) -> _Step:
    return _Step(
        datetime.combine(person.registered_on, time(10)),
        "participation.register",
        "participation",
        person.id,
        person.cohort_id,
        f"{person.person.full_name} ({person.role.value})",
    )


def _pair_steps(pairing: Pairing) -> list[_Step]:
    def step(at: datetime, action: str) -> _Step:
        return _Step(at, action, "pairing", pairing.id, pairing.cohort_id, names(pairing))

    if pairing.status == PairingStatus.DRAFT or pairing.assigned_at is None:
        return []
    steps = [step(pairing.assigned_at, "pairing.confirm")]
    if pairing.first_contact_on is not None:
        steps.append(
            step(datetime.combine(pairing.first_contact_on, time(17)), "pairing.first_contact")
        )
    steps += [
        step(datetime.combine(meeting.held_on, time(18)), "session.add")
        for meeting in pairing.sessions
    ]
    if pairing.ended_on is not None:
        steps.append(step(datetime.combine(pairing.ended_on, time(17, 30)), "pairing.end"))
    return steps


def write_history(session: Session, cohorts: list[Cohort], actor: str, now: datetime) -> int:
    """Record the years' registrations and pair steps, oldest first; returns how many."""
    steps: list[_Step] = []
    for cohort in cohorts:
        steps += [_registration(person) for person in cohort.participations]
        for pairing in cohort.pairings:
            steps += _pair_steps(pairing)
    steps.sort(key=lambda s: (s.at, s.entity, s.entity_id))
    for s in steps:
        audit.record(
            session,
            FixedClock(min(s.at, now)),
            actor=actor,
            action=s.action,
            entity=s.entity,
            entity_id=s.entity_id,
            cohort_id=s.cohort_id,
            summary=s.summary,
        )
    return len(steps)
