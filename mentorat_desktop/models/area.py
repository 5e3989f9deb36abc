"""One area of expertise in a program year's bilingual vocabulary."""

from __future__ import annotations

from sqlalchemy import JSON, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from mentorat_desktop.models.base import Base


class AreaOfExpertise(Base):
    __tablename__ = "areas_of_expertise"
    __table_args__ = (UniqueConstraint("cohort_id", "code", name="one_code_per_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), index=True)
    # Stored in registrations in place of the wording; never shown.
    code: Mapped[str] = mapped_column(String(40))
    label_fr: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    # Other wordings recognised in registrations, in either language.
    other_wordings: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(Integer, default=0)
