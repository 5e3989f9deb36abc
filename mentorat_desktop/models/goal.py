"""A goal set at the first formal meeting (phase 7) and followed in the sessions."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorat_desktop.models.base import Base
from mentorat_desktop.models.columns import code_enum
from mentorat_desktop.models.enums import GoalStatus

if TYPE_CHECKING:
    from mentorat_desktop.models.pairing import Pairing


class Goal(Base):
    __tablename__ = "goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    # Raised by every change (SQLAlchemy's version counter): an edit based on an older read
    # of the row is refused instead of written over it (services/safekeeping/versions.py).
    version: Mapped[int] = mapped_column(server_default=text("1"))
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    pairing_id: Mapped[int] = mapped_column(
        ForeignKey("pairings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    leads_capabilities: Mapped[list[str]] = mapped_column(JSON, default=list)
    actions: Mapped[str] = mapped_column(Text, default="")
    success_indicator: Mapped[str] = mapped_column(Text, default="")
    target_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[GoalStatus] = mapped_column(
        code_enum(GoalStatus, "goal_status"), default=GoalStatus.NOT_STARTED
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    pairing: Mapped[Pairing] = relationship(back_populates="goals")
