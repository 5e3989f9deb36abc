"""The year's training activities in figures, for the year-end summary.

Invited and attended count held activities only: a planned one has no attendance yet and a
cancelled one invited nobody in the end. Rows of erased people still count.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorat_desktop.models import ActivityInvitation, ActivityRequest, TrainingActivity
from mentorat_desktop.models.enums import ActivityKind, ActivityStatus, Attendance


@dataclass(frozen=True)
class TrainingFigures:
    held_by_kind: tuple[tuple[ActivityKind, int], ...]
    planned: int
    cancelled: int
    invited: int
    attended: int
    excused: int
    requests: int
    requests_answered: int

    @property
    def held(self) -> int:
        return sum(count for _kind, count in self.held_by_kind)

    @property
    def attendance_rate(self) -> float | None:
        """Present over invited, for held activities; None before any was held."""
        return self.attended / self.invited if self.invited else None


def training_figures(session: Session, cohort_id: int) -> TrainingFigures:
    statuses = dict(
        session.execute(
            select(TrainingActivity.status, func.count())
            .where(TrainingActivity.cohort_id == cohort_id)
            .group_by(TrainingActivity.status)
        ).all()
    )
    kinds = dict(
        session.execute(
            select(TrainingActivity.kind, func.count())
            .where(TrainingActivity.cohort_id == cohort_id)
            .where(TrainingActivity.status == ActivityStatus.HELD)
            .group_by(TrainingActivity.kind)
        ).all()
    )
    marks = dict(
        session.execute(
            select(ActivityInvitation.attendance, func.count())
            .join(TrainingActivity, ActivityInvitation.activity_id == TrainingActivity.id)
            .where(TrainingActivity.cohort_id == cohort_id)
            .where(TrainingActivity.status == ActivityStatus.HELD)
            .where(ActivityInvitation.attendance.is_not(None))
            .group_by(ActivityInvitation.attendance)
        ).all()
    )
    requests = session.execute(
        select(func.count(), func.count(ActivityRequest.activity_id)).where(
            ActivityRequest.cohort_id == cohort_id
        )
    ).one()
    return TrainingFigures(
        held_by_kind=tuple((kind, kinds[kind]) for kind in ActivityKind if kinds.get(kind)),
        planned=statuses.get(ActivityStatus.PLANNED, 0),
        cancelled=statuses.get(ActivityStatus.CANCELLED, 0),
        invited=sum(marks.values()),
        attended=marks.get(Attendance.PRESENT, 0),
        excused=marks.get(Attendance.EXCUSED, 0),
        requests=requests[0],
        requests_answered=requests[1],
    )
