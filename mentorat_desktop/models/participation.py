"""A person's registration in one program year, as mentor or mentee, with their answers."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorat_desktop.models.base import Base
from mentorat_desktop.models.columns import code_enum
from mentorat_desktop.models.enums import (
    CareerStage,
    Language,
    ParticipationStatus,
    Role,
)

if TYPE_CHECKING:
    from mentorat_desktop.models.cohort import Cohort
    from mentorat_desktop.models.person import Person


class Participation(Base):
    __tablename__ = "participations"
    __table_args__ = (
        UniqueConstraint("cohort_id", "person_id", name="one_registration_per_year"),
        CheckConstraint("capacity >= 0", name="capacity_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Raised by every change (SQLAlchemy's version counter): an edit based on an older read
    # of the row is refused instead of written over it (services/safekeeping/versions.py).
    version: Mapped[int] = mapped_column(server_default=text("1"))
    __mapper_args__: ClassVar[dict[str, Any]] = {"version_id_col": version}
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("persons.id", ondelete="RESTRICT"), index=True
    )
    role: Mapped[Role] = mapped_column(code_enum(Role, "role"))
    status: Mapped[ParticipationStatus] = mapped_column(
        code_enum(ParticipationStatus, "participation_status"),
        default=ParticipationStatus.REGISTERED,
    )

    # Registration answers (phase 2).
    preferred_language: Mapped[Language] = mapped_column(code_enum(Language, "language"))
    organisation: Mapped[str] = mapped_column(String(200))
    workplace: Mapped[str] = mapped_column(String(200), default="")
    region: Mapped[str] = mapped_column(String(20))
    job_title: Mapped[str] = mapped_column(String(200))
    career_stage: Mapped[CareerStage] = mapped_column(code_enum(CareerStage, "career_stage"))
    years_of_experience: Mapped[int | None] = mapped_column(Integer)
    is_member: Mapped[bool] = mapped_column(default=False)
    is_certified: Mapped[bool] = mapped_column(default=False)
    meeting_modes: Mapped[list[str]] = mapped_column(JSON, default=list)
    motivation: Mapped[str] = mapped_column(Text, default="")
    # Mentors: what they can offer, and how many mentees they can take this year.
    expertise_areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    capacity: Mapped[int] = mapped_column(Integer, default=0)
    # Mentees: what they want to develop and what they expect of a mentor.
    development_areas: Mapped[list[str]] = mapped_column(JSON, default=list)
    development_objectives: Mapped[str] = mapped_column(Text, default="")
    mentor_expectations: Mapped[str] = mapped_column(Text, default="")
    # LEADS capabilities the person wants to share (mentor) or develop (mentee).
    leads_capabilities: Mapped[list[str]] = mapped_column(JSON, default=list)

    # Privacy: the date consent was given to the stated purpose of collection.
    consent_date: Mapped[date] = mapped_column(Date)
    # The purposes of collection as worded when the person consented.
    consent_purpose: Mapped[str] = mapped_column(Text, default="")
    registered_on: Mapped[date] = mapped_column(Date)
    # Phase 3: when the person reviewed the program's resources.
    resources_reviewed_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    withdrawal_reason: Mapped[str] = mapped_column(Text, default="")
    committee_notes: Mapped[str] = mapped_column(Text, default="")
    # The form service's entry number, and answers an import kept as written (field -> text)
    # for the committee to review: a wording the app did not know is never a lost registration.
    entry_number: Mapped[str] = mapped_column(String(60), default="", server_default="")
    answers_to_review: Mapped[dict[str, str]] = mapped_column(
        JSON, default=dict, server_default="{}"
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    cohort: Mapped[Cohort] = relationship(back_populates="participations")
    person: Mapped[Person] = relationship(back_populates="participations")
