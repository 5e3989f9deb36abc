"""Sessions and hours logged, and the certification credits they earned (phase 8)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorat_desktop.models import MentoringSession, Pairing, Participation
from mentorat_desktop.services.evaluation_summary.shapes import ActivityFigures
from mentorat_desktop.services.followup.credits import credits_of


def activity_by_year(session: Session, cohort_ids: Sequence[int]) -> dict[int, ActivityFigures]:
    """Sessions summed by the database per pairing, then per year and per person.

    Credits are computed per person with ``credits_of``, exactly as each person's credit
    statement prints them, then added up: the total matches the statements.
    """
    per_pairing = session.execute(
        select(
            Pairing.cohort_id,
            Pairing.mentor_id,
            Pairing.mentee_id,
            func.count(MentoringSession.id),
            func.sum(MentoringSession.duration_minutes),
        )
        .join(MentoringSession, MentoringSession.pairing_id == Pairing.id)
        .where(Pairing.cohort_id.in_(cohort_ids))
        .group_by(Pairing.id)
    ).all()
    certified = set(
        session.scalars(
            select(Participation.id).where(
                Participation.cohort_id.in_(cohort_ids), Participation.is_certified
            )
        )
    )
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
