"""What one participant did in the year's activities, for their line on the Participants page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from mentorat_desktop.db import Database
from mentorat_desktop.models import ActivityInvitation, TrainingActivity
from mentorat_desktop.models.enums import ActivityStatus, Attendance


@dataclass(frozen=True)
class AttendedActivity:
    title: str
    held_on: date
    attendance: Attendance


def activities_attended(db: Database, participation_id: int) -> list[AttendedActivity]:
    """Held activities the participant was invited to, with their attendance, by date."""
    with db.unit_of_work() as session:
        rows = session.execute(
            select(TrainingActivity.title, TrainingActivity.held_on, ActivityInvitation.attendance)
            .join(ActivityInvitation, ActivityInvitation.activity_id == TrainingActivity.id)
            .where(ActivityInvitation.participation_id == participation_id)
            .where(ActivityInvitation.attendance.is_not(None))
            .where(TrainingActivity.status == ActivityStatus.HELD)
            .order_by(TrainingActivity.held_on)
        ).all()
        return [AttendedActivity(title, held_on, mark) for title, held_on, mark in rows]
