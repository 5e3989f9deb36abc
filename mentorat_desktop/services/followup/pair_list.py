"""The list of a program year's pairs on the Pairs page: where each stands and what is next."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from mentorat_desktop.db import Database
from mentorat_desktop.models import Pairing, Participation
from mentorat_desktop.models.enums import PairingStatus
from mentorat_desktop.services.followup import goals as goal_rules
from mentorat_desktop.services.followup import sessions as session_rules
from mentorat_desktop.services.followup.due import evaluated_by
from mentorat_desktop.services.followup.pair_detail import PairDetail, detail_of


def pair_list(db: Database, cohort_id: int) -> list[PairDetail]:
    """Every confirmed, active or ended pair, open ones first, then by mentee name."""
    now = db.clock.now()
    with db.unit_of_work() as session:
        pairings = session.scalars(
            select(Pairing)
            .where(Pairing.cohort_id == cohort_id, Pairing.status != PairingStatus.DRAFT)
            .options(
                selectinload(Pairing.cohort),
                selectinload(Pairing.mentor).selectinload(Participation.person),
                selectinload(Pairing.mentee).selectinload(Participation.person),
            )
        ).all()
        evaluated = evaluated_by(
            session, [p.id for p in pairings if p.status == PairingStatus.ENDED]
        )
        # Goals and meetings as plain rows: thousands of objects were most of the list's cost.
        ids = [p.id for p in pairings]
        goals = goal_rules.rows_by_pairing(session, ids)
        meetings = session_rules.rows_by_pairing(session, ids)
        details = [
            detail_of(
                session,
                p,
                now,
                len(evaluated.get(p.id, ())),
                goals=goals[p.id],
                sessions=meetings[p.id],
            )
            for p in pairings
        ]
    details.sort(key=lambda d: (not d.is_open, d.mentee.full_name.casefold(), d.pairing_id))
    return details
