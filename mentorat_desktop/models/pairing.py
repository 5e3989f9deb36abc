"""A mentor and a mentee of one program year, from draft on the board to the end (phases 4-9)."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Text,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorat_desktop.models.base import Base
from mentorat_desktop.models.columns import code_enum
from mentorat_desktop.models.enums import EarlyEndReason, EndKind, PairingStatus

if TYPE_CHECKING:
    from mentorat_desktop.models.cohort import Cohort
    from mentorat_desktop.models.goal import Goal
    from mentorat_desktop.models.mentoring_session import MentoringSession
    from mentorat_desktop.models.participation import Participation


class Pairing(Base):
    __tablename__ = "pairings"
    __table_args__ = (
        CheckConstraint("mentor_id <> mentee_id", name="two_people"),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 100)", name="score_range"),
        # A mentee is in at most one pairing that has not ended.
        Index(
            "uq_pairings_open_mentee",
            "mentee_id",
            unique=True,
            sqlite_where=text("status <> 'ended'"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Raised by every change (SQLAlchemy's version counter): an edit based on an older read
    # of the row is refused instead of written over it (services/safekeeping/versions.py).
    version: Mapped[int] = mapped_column(server_default=text("1"))
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), index=True)
    mentor_id: Mapped[int] = mapped_column(
        ForeignKey("participations.id", ondelete="RESTRICT"), index=True
    )
    mentee_id: Mapped[int] = mapped_column(
        ForeignKey("participations.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[PairingStatus] = mapped_column(
        code_enum(PairingStatus, "pairing_status"), default=PairingStatus.DRAFT
    )
    # Phase 4: how the pair was made on the board.
    score: Mapped[float | None] = mapped_column(Float)
    suggested: Mapped[bool] = mapped_column(default=False)
    locked: Mapped[bool] = mapped_column(default=False)
    # The pairing this one replaces after an early end, so history reads as a chain.
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("pairings.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Confirmation is the assignment: it starts the first-contact deadline (phase 5).
    assigned_at: Mapped[datetime | None] = mapped_column(DateTime)

    # Phase 5: first contact and the working agreements the pair recorded.
    first_contact_on: Mapped[date | None] = mapped_column(Date)
    agreements: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Codes of the guide's questions talked about (``first_contact_guide``), never the answers.
    topics_discussed: Mapped[list[str]] = mapped_column(
        JSON, default=list, server_default=text("'[]'")
    )
    suits_both: Mapped[bool | None] = mapped_column()

    # Phase 6: shared understanding of roles and expectations.
    shared_understanding_on: Mapped[date | None] = mapped_column(Date)
    roles_reviewed: Mapped[bool] = mapped_column(default=False)
    expectations_agreed: Mapped[bool] = mapped_column(default=False)

    # Phase 7: first formal meeting; only THAT and WHEN the engagement was signed.
    first_meeting_on: Mapped[date | None] = mapped_column(Date)
    engagement_signed_on: Mapped[date | None] = mapped_column(Date)

    # Phase 9: the end. ``planned_end_on`` overrides the program year's end date.
    planned_end_on: Mapped[date | None] = mapped_column(Date)
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_kind: Mapped[EndKind | None] = mapped_column(code_enum(EndKind, "end_kind"))
    end_reason: Mapped[EarlyEndReason | None] = mapped_column(
        code_enum(EarlyEndReason, "early_end_reason")
    )
    end_reason_detail: Mapped[str] = mapped_column(Text, default="")
    mentee_wants_new_mentor: Mapped[bool] = mapped_column(default=False)
    reflection: Mapped[str] = mapped_column(Text, default="")

    cohort: Mapped[Cohort] = relationship(back_populates="pairings")
    mentor: Mapped[Participation] = relationship(foreign_keys=[mentor_id])
    mentee: Mapped[Participation] = relationship(foreign_keys=[mentee_id])
    goals: Mapped[list[Goal]] = relationship(
        back_populates="pairing", cascade="all, delete-orphan", order_by="Goal.position"
    )
    sessions: Mapped[list[MentoringSession]] = relationship(
        back_populates="pairing",
        cascade="all, delete-orphan",
        order_by="MentoringSession.held_on",
    )
