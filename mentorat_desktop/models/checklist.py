"""Per-phase checklist items: the small things each phase asks for, ticked with a date.

An item belongs to a participation (phases 1-3: self-reflection done, resources reviewed)
or to a pairing (phases 4-10: introduction sent, engagement printed, evaluation received).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentorat_desktop.models.base import Base


class ChecklistItem(Base):
    __tablename__ = "checklist_items"
    __table_args__ = (
        CheckConstraint("phase BETWEEN 1 AND 10", name="phase_range"),
        CheckConstraint("(participation_id IS NULL) <> (pairing_id IS NULL)", name="one_owner"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), index=True)
    participation_id: Mapped[int | None] = mapped_column(
        ForeignKey("participations.id", ondelete="CASCADE"), index=True
    )
    pairing_id: Mapped[int | None] = mapped_column(
        ForeignKey("pairings.id", ondelete="CASCADE"), index=True
    )
    phase: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(60))
    done_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
