"""Who took part: registrations by role, withdrawals apart, by region and career stage."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorat_desktop.i18n import translate_in
from mentorat_desktop.models.enums import CareerStage, ParticipationStatus, Role
from mentorat_desktop.services.evaluation_summary.shapes import (
    Count,
    ParticipationFigures,
    RoleParticipation,
)
from mentorat_desktop.services.evaluation_summary.tables import PARTICIPATION as _P
from mentorat_desktop.services.evaluation_summary.tables import in_years, of_years
from mentorat_desktop.services.labels import label_in
from mentorat_desktop.services.regions import OUTSIDE_QUEBEC, REGIONS


def region_in(language: str, code: str) -> str:
    """Regions are proper nouns; only "outside Quebec" is translated; unknown codes as stored."""
    name = REGIONS.get(code)
    if name is None:
        return code
    return translate_in(language, name) if code == OUTSIDE_QUEBEC else name


_BREAKDOWN = (_P.cohort_id, _P.role, _P.status, _P.region, _P.career_stage)
_COUNTS = select(*_BREAKDOWN, func.count()).where(in_years(_P.cohort_id)).group_by(*_BREAKDOWN)


def participation_by_year(
    session: Session, cohort_ids: Sequence[int], language: str
) -> dict[int, ParticipationFigures]:
    """Each program year's participation, counted by the database in one grouped query."""
    rows = session.execute(_COUNTS, of_years(cohort_ids)).all()
    registered: Counter[tuple[int, Role]] = Counter()
    withdrawn: Counter[tuple[int, Role]] = Counter()
    regions: dict[tuple[int, Role], Counter[str]] = {}
    stages: dict[tuple[int, Role], Counter[CareerStage]] = {}
    for cohort_id, role, status, region, stage, n in rows:
        key = (cohort_id, role)
        if status == ParticipationStatus.WITHDRAWN:
            withdrawn[key] += n
            continue
        registered[key] += n
        regions.setdefault(key, Counter())[region] += n
        stages.setdefault(key, Counter())[stage] += n

    def of(cohort_id: int, role: Role) -> RoleParticipation:
        key = (cohort_id, role)
        by_region = regions.get(key, Counter())
        by_stage = stages.get(key, Counter())
        return RoleParticipation(
            role=role,
            registered=registered[key],
            withdrawn=withdrawn[key],
            by_region=tuple(
                Count(code, region_in(language, code), by_region[code])
                for code in sorted(by_region)
            ),
            by_career_stage=tuple(
                Count(stage.value, label_in(language, stage), by_stage[stage])
                for stage in CareerStage
            ),
        )

    return {
        cohort_id: ParticipationFigures(of(cohort_id, Role.MENTOR), of(cohort_id, Role.MENTEE))
        for cohort_id in cohort_ids
    }
