"""Training activities organised for some or all participants of a program year.

The agreement provides for them at the mentees' request or on the mentors' initiative; the
committee plans them, invites, and records who came.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorat_desktop.models.base import Base
from mentorat_desktop.models.columns import code_enum
from mentorat_desktop.models.enums import (
    ActivityAudience,
    ActivityKind,
    ActivityLanguage,
    ActivityProposer,
    ActivityStatus,
    Attendance,
)


class TrainingActivity(Base):
    __tablename__ = "training_activities"
    __table_args__ = (CheckConstraint("duration_minutes > 0", name="duration_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[ActivityKind] = mapped_column(code_enum(ActivityKind, "activity_kind"))
    held_on: Mapped[date] = mapped_column(Date)
    starts_at: Mapped[time] = mapped_column(Time)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    place: Mapped[str] = mapped_column(String(300), default="")
    video_link: Mapped[str] = mapped_column(String(500), default="")
    language: Mapped[ActivityLanguage] = mapped_column(
        code_enum(ActivityLanguage, "activity_language")
    )
    audience: Mapped[ActivityAudience] = mapped_column(
        code_enum(ActivityAudience, "activity_audience")
    )
    proposed_by: Mapped[ActivityProposer] = mapped_column(
        code_enum(ActivityProposer, "activity_proposer")
    )
    # The mentor who proposed it, when ``proposed_by`` is a mentor.
    proposing_mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("participations.id", ondelete="SET NULL")
    )
    status: Mapped[ActivityStatus] = mapped_column(
        code_enum(ActivityStatus, "activity_status"), default=ActivityStatus.PLANNED
    )
    cancellation_reason: Mapped[str] = mapped_column(Text, default="")
    attendance_recorded_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)

    invitations: Mapped[list[ActivityInvitation]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", passive_deletes=True
    )
    requests: Mapped[list[ActivityRequest]] = relationship(back_populates="activity")


class ActivityInvitation(Base):
    """One person's place on an activity: chosen by hand, or written when attendance is taken.

    ``participation_id`` becomes empty when the person is erased; the row stays so that the
    year's counts (invited, present) do not change.
    """

    __tablename__ = "activity_invitations"

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(
        ForeignKey("training_activities.id", ondelete="CASCADE"), index=True
    )
    participation_id: Mapped[int | None] = mapped_column(
        ForeignKey("participations.id", ondelete="SET NULL"), index=True
    )
    attendance: Mapped[Attendance | None] = mapped_column(code_enum(Attendance, "attendance"))

    activity: Mapped[TrainingActivity] = relationship(back_populates="invitations")


class ActivityRequest(Base):
    """A participant's wish for a topic; answered when an activity is planned for it."""

    __tablename__ = "activity_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), index=True)
    participation_id: Mapped[int | None] = mapped_column(
        ForeignKey("participations.id", ondelete="SET NULL"), index=True
    )
    topic: Mapped[str] = mapped_column(String(300))
    details: Mapped[str] = mapped_column(Text, default="")
    requested_on: Mapped[date] = mapped_column(Date)
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_activities.id", ondelete="SET NULL"), index=True
    )

    activity: Mapped[TrainingActivity | None] = relationship(back_populates="requests")
