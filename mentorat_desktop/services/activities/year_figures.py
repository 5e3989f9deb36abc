"""The year's training activities in figures, for the year-end summary.

Invited and attended count held activities only: a planned one has no attendance yet and a
cancelled one invited nobody in the end. Rows of erased people still count.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, func, select, true
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


_ACTIVITY = TrainingActivity.__table__.c
_INVITATION = ActivityInvitation.__table__.c
_REQUEST = ActivityRequest.__table__.c
_HELD = _ACTIVITY.status == ActivityStatus.HELD
_THIS_YEAR = bindparam("cohort_id")

# Every figure in one statement, built once: three one-row counts side by side.
_ACTIVITIES = (
    select(
        func.count().filter(_ACTIVITY.status == ActivityStatus.PLANNED).label("planned"),
        func.count().filter(_ACTIVITY.status == ActivityStatus.CANCELLED).label("cancelled"),
        *(
            func.count().filter(_HELD, _ACTIVITY.kind == kind).label(f"held_{kind.value}")
            for kind in ActivityKind
        ),
    )
    .where(_ACTIVITY.cohort_id == _THIS_YEAR)
    .subquery("activities")
)
_MARKS = (
    select(
        func.count(_INVITATION.attendance).label("invited"),  # attendance recorded
        func.count().filter(_INVITATION.attendance == Attendance.PRESENT).label("attended"),
        func.count().filter(_INVITATION.attendance == Attendance.EXCUSED).label("excused"),
    )
    .join(TrainingActivity.__table__, _INVITATION.activity_id == _ACTIVITY.id)
    .where(_ACTIVITY.cohort_id == _THIS_YEAR, _HELD)
    .subquery("marks")
)
_REQUESTS = (
    select(
        func.count().label("requests"),
        func.count(_REQUEST.activity_id).label("requests_answered"),
    )
    .where(_REQUEST.cohort_id == _THIS_YEAR)
    .subquery("requests")
)
_FIGURES = select(_ACTIVITIES, _MARKS, _REQUESTS).select_from(
    _ACTIVITIES.join(_MARKS, true()).join(_REQUESTS, true())  # one row each
)


def training_figures(session: Session, cohort_id: int) -> TrainingFigures:
    row = session.execute(_FIGURES, {"cohort_id": cohort_id}).one()._mapping
    held = tuple((kind, row[f"held_{kind.value}"]) for kind in ActivityKind)
    return TrainingFigures(
        held_by_kind=tuple((kind, count) for kind, count in held if count),
        planned=row["planned"],
        cancelled=row["cancelled"],
        invited=row["invited"],
        attended=row["attended"],
        excused=row["excused"],
        requests=row["requests"],
        requests_answered=row["requests_answered"],
    )
