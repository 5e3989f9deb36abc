"""The program year: its dates and the settings the committee chooses for it."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, CheckConstraint, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorat_desktop.models.base import Base

if TYPE_CHECKING:
    from mentorat_desktop.models.pairing import Pairing
    from mentorat_desktop.models.participation import Participation


class Cohort(Base):
    __tablename__ = "cohorts"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates_in_order"),
        CheckConstraint("first_contact_hours > 0", name="first_contact_positive"),
        CheckConstraint("session_cadence_days > 0", name="cadence_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    start_date: Mapped[date] = mapped_column(Date)
    # The default end of every relationship of the year; a pair may override it.
    end_date: Mapped[date] = mapped_column(Date)
    # Phase 5: the mentor calls within 48 to 72 hours of the assignment.
    first_contact_reminder_hours: Mapped[int] = mapped_column(Integer, default=48)
    first_contact_hours: Mapped[int] = mapped_column(Integer, default=72)
    # Phase 8: longest gap between sessions before a pair shows as late.
    session_cadence_days: Mapped[int] = mapped_column(Integer, default=42)
    # Phase 4: criterion -> weight, and switchable matching rules.
    matching_weights: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    forbid_same_organisation: Mapped[bool] = mapped_column(default=False)
    forbid_previous_pairs: Mapped[bool] = mapped_column(default=True)
    # Privacy: personal information of the year is kept until this date, then anonymised.
    retention_until: Mapped[date | None] = mapped_column(Date)
    # Set when the year's personal information was destroyed (services/privacy/erasure.py).
    anonymised_at: Mapped[datetime | None] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)

    participations: Mapped[list[Participation]] = relationship(
        back_populates="cohort", cascade="all, delete-orphan"
    )
    pairings: Mapped[list[Pairing]] = relationship(
        back_populates="cohort", cascade="all, delete-orphan"
    )
