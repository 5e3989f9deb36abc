"""Questionnaires as data (phases 1 and 10), versioned so that answers keep their meaning.

A questionnaire has versions; editing makes a new version, and every response points at the
version it answered, so last year's results never change when the committee edits questions.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mentorat_desktop.models.base import Base
from mentorat_desktop.models.columns import code_enum
from mentorat_desktop.models.enums import QuestionKind, QuestionnaireKind, ResponseSource, Role

if TYPE_CHECKING:
    from mentorat_desktop.models.pairing import Pairing
    from mentorat_desktop.models.participation import Participation


class Questionnaire(Base):
    __tablename__ = "questionnaires"
    __table_args__ = (UniqueConstraint("kind", "audience", name="one_per_kind_and_role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[QuestionnaireKind] = mapped_column(
        code_enum(QuestionnaireKind, "questionnaire_kind")
    )
    audience: Mapped[Role] = mapped_column(code_enum(Role, "audience"))
    title_fr: Mapped[str] = mapped_column(String(200))
    title_en: Mapped[str] = mapped_column(String(200))

    versions: Mapped[list[QuestionnaireVersion]] = relationship(
        back_populates="questionnaire",
        cascade="all, delete-orphan",
        order_by="QuestionnaireVersion.number",
    )


class QuestionnaireVersion(Base):
    __tablename__ = "questionnaire_versions"
    __table_args__ = (UniqueConstraint("questionnaire_id", "number", name="version_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    questionnaire_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaires.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    questionnaire: Mapped[Questionnaire] = relationship(back_populates="versions")
    questions: Mapped[list[Question]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="Question.position"
    )


class Question(Base):
    __tablename__ = "questions"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaire_versions.id", ondelete="CASCADE"), index=True
    )
    # Stable across versions, so a report can follow one question from year to year.
    code: Mapped[str] = mapped_column(String(60))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[QuestionKind] = mapped_column(code_enum(QuestionKind, "question_kind"))
    text_fr: Mapped[str] = mapped_column(Text)
    text_en: Mapped[str] = mapped_column(Text)
    # Choice questions: [{"code": ..., "fr": ..., "en": ...}, ...]
    options: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    required: Mapped[bool] = mapped_column(default=False)

    version: Mapped[QuestionnaireVersion] = relationship(back_populates="questions")


class Response(Base):
    """One person's answers to one questionnaire version."""

    __tablename__ = "responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("questionnaire_versions.id", ondelete="RESTRICT"), index=True
    )
    participation_id: Mapped[int] = mapped_column(
        ForeignKey("participations.id", ondelete="CASCADE"), index=True
    )
    pairing_id: Mapped[int | None] = mapped_column(
        ForeignKey("pairings.id", ondelete="SET NULL"), index=True
    )
    submitted_on: Mapped[date] = mapped_column(Date)
    source: Mapped[ResponseSource] = mapped_column(
        code_enum(ResponseSource, "response_source"), default=ResponseSource.ENTERED
    )
    created_at: Mapped[datetime] = mapped_column(DateTime)

    version: Mapped[QuestionnaireVersion] = relationship()
    participation: Mapped[Participation] = relationship()
    pairing: Mapped[Pairing | None] = relationship()
    answers: Mapped[list[Answer]] = relationship(
        back_populates="response", cascade="all, delete-orphan"
    )


class Answer(Base):
    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("response_id", "question_id", name="one_answer"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("responses.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[int] = mapped_column(
        ForeignKey("questions.id", ondelete="RESTRICT"), index=True
    )
    number: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text, default="")
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)

    response: Mapped[Response] = relationship(back_populates="answers")
    question: Mapped[Question] = relationship()
