"""Sessions and hours logged, and the certification credits they earned (phase 8)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorat_desktop.services.evaluation_summary.shapes import ActivityFigures
from mentorat_desktop.services.evaluation_summary.tables import (
    PAIRING,
    PARTICIPATION,
    SESSION,
    SESSIONS,
    in_years,
    of_years,
)
from mentorat_desktop.services.followup.credits import credits_of

_PER_PAIRING = (
    select(
        PAIRING.cohort_id,
        PAIRING.mentor_id,
        PAIRING.mentee_id,
        func.count(SESSION.id),
        func.sum(SESSION.duration_minutes),
    )
    .join(SESSIONS, SESSION.pairing_id == PAIRING.id)
    .where(in_years(PAIRING.cohort_id))
    .group_by(PAIRING.id)
)
_CERTIFIED = select(PARTICIPATION.id).where(
    in_years(PARTICIPATION.cohort_id), PARTICIPATION.is_certified
)


def activity_by_year(session: Session, cohort_ids: Sequence[int]) -> dict[int, ActivityFigures]:
    """Sessions summed by the database per pairing, then per year and per person.

    Credits are computed per person with ``credits_of``, exactly as each person's credit
    statement prints them, then added up: the total matches the statements.
    """
    per_pairing = session.execute(_PER_PAIRING, of_years(cohort_ids)).all()
    certified = set(session.scalars(_CERTIFIED, of_years(cohort_ids)))
    sessions: Counter[int] = Counter()
    minutes: Counter[int] = Counter()
    pairs: Counter[int] = Counter()
    person_minutes: dict[int, Counter[int]] = {cohort_id: Counter() for cohort_id in cohort_ids}
    for cohort_id, mentor_id, mentee_id, count, total in per_pairing:
        sessions[cohort_id] += count
        minutes[cohort_id] += total or 0
        pairs[cohort_id] += 1
        for person in (mentor_id, mentee_id):
            person_minutes[cohort_id][person] += total or 0
    figures = {}
    for cohort_id in cohort_ids:
        earned = [
            credits_of(spent, True)
            for person, spent in person_minutes[cohort_id].items()
            if person in certified and spent > 0
        ]
        figures[cohort_id] = ActivityFigures(
            sessions=sessions[cohort_id],
            minutes=minutes[cohort_id],
            pairs_with_sessions=pairs[cohort_id],
            certified_with_hours=len(earned),
            credits=sum((c for c in earned if c is not None), Decimal(0)),
        )
    return figures
