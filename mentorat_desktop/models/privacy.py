"""The register of confidentiality incidents that Quebec's privacy law requires."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentorat_desktop.models.base import Base


class ConfidentialityIncident(Base):
    __tablename__ = "confidentiality_incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[date | None] = mapped_column(Date)
    discovered_on: Mapped[date] = mapped_column(Date)
    description: Mapped[str] = mapped_column(Text)
    information_involved: Mapped[str] = mapped_column(Text, default="")
    persons_affected: Mapped[int | None] = mapped_column(Integer)
    risk_of_serious_injury: Mapped[bool] = mapped_column(default=False)
    measures_taken: Mapped[str] = mapped_column(Text, default="")
    commission_notified_on: Mapped[date | None] = mapped_column(Date)
    persons_notified_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
