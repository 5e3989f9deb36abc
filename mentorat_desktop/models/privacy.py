"""The register of confidentiality incidents that Quebec's privacy law requires.

The fields follow the regulation on confidentiality incidents: what information is
concerned (or why it cannot be described), the circumstances, when it happened (or an
estimate), when the committee learned of it, how many people (or an estimate), the risk of
serious injury and its reasons, the notification dates and the measures taken. Rows are
never deleted (a trigger refuses it); corrections are kept in ``corrections``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from mentorat_desktop.models.base import Base


class ConfidentialityIncident(Base):
    __tablename__ = "confidentiality_incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_on: Mapped[date | None] = mapped_column(Date)
    occurred_estimated: Mapped[bool] = mapped_column(default=False)
    discovered_on: Mapped[date] = mapped_column(Date)
    # The circumstances of the incident.
    description: Mapped[str] = mapped_column(Text)
    information_involved: Mapped[str] = mapped_column(Text, default="")
    persons_affected: Mapped[int | None] = mapped_column(Integer)
    persons_estimated: Mapped[bool] = mapped_column(default=False)
    risk_of_serious_injury: Mapped[bool] = mapped_column(default=False)
    risk_reasons: Mapped[str] = mapped_column(Text, default="")
    measures_taken: Mapped[str] = mapped_column(Text, default="")
    commission_notified_on: Mapped[date | None] = mapped_column(Date)
    persons_notified_on: Mapped[date | None] = mapped_column(Date)
    # Earlier values of corrected fields: [{"at", "actor", "field", "before", "after"}].
    corrections: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime)
