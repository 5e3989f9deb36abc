"""Figures of a program year at a glance, for the dashboard."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from mentorat_desktop.db import Database
from mentorat_desktop.models import Pairing, Participation
from mentorat_desktop.models.enums import PairingStatus, ParticipationStatus, Role


@dataclass(frozen=True)
class CohortOverview:
    mentors: int
    mentees: int
    withdrawn: int
    mentor_capacity: int
    pairs: dict[PairingStatus, int] = field(default_factory=dict)

    @property
    def open_places(self) -> int:
        """Mentee places mentors still offer, counting every pair that has not ended."""
        taken = sum(n for status, n in self.pairs.items() if status != PairingStatus.ENDED)
        return max(self.mentor_capacity - taken, 0)


def cohort_overview(db: Database, cohort_id: int) -> CohortOverview:
    with db.unit_of_work() as session:
        counts = {
            (role, status): (n, capacity or 0)
            for role, status, n, capacity in session.execute(
                select(
                    Participation.role,
                    Participation.status,
                    func.count(),
                    func.sum(Participation.capacity),
                )
                .where(Participation.cohort_id == cohort_id)
                .group_by(Participation.role, Participation.status)
            )
        }
        pairs = {
            status: n
            for status, n in session.execute(
                select(Pairing.status, func.count())
                .where(Pairing.cohort_id == cohort_id)
                .group_by(Pairing.status)
            )
        }
    registered = ParticipationStatus.REGISTERED
    withdrawn = ParticipationStatus.WITHDRAWN
    return CohortOverview(
        mentors=counts.get((Role.MENTOR, registered), (0, 0))[0],
        mentees=counts.get((Role.MENTEE, registered), (0, 0))[0],
        withdrawn=sum(counts.get((role, withdrawn), (0, 0))[0] for role in Role),
        mentor_capacity=counts.get((Role.MENTOR, registered), (0, 0))[1],
        pairs={status: pairs.get(status, 0) for status in PairingStatus},
    )
