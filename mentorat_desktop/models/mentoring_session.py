"""One meeting of a pair (phase 8); its duration feeds hours and certification credits."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, CheckConstraint, Date, DateTime, ForeignKey, Integer, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorat_desktop.models.base import Base
from mentorat_desktop.models.columns import code_enum
from mentorat_desktop.models.enums import MeetingMode

if TYPE_CHECKING:
    from mentorat_desktop.models.pairing import Pairing


class MentoringSession(Base):
    __tablename__ = "mentoring_sessions"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0 AND duration_minutes <= 1440", name="duration_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Raised by every change (SQLAlchemy's version counter): an edit based on an older read
    # of the row is refused instead of written over it (services/safekeeping/versions.py).
    version: Mapped[int] = mapped_column(server_default=text("1"))
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    pairing_id: Mapped[int] = mapped_column(
        ForeignKey("pairings.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    duration_minutes: Mapped[int] = mapped_column(Integer)
    mode: Mapped[MeetingMode] = mapped_column(code_enum(MeetingMode, "meeting_mode"))
    topics: Mapped[str] = mapped_column(Text, default="")
    leads_capabilities: Mapped[list[str]] = mapped_column(JSON, default=list)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    pairing: Mapped[Pairing] = relationship(back_populates="sessions")
