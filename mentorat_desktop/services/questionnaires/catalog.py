"""Reading the questionnaires: the four of the program, a version of one, its history.

Reading installs whatever shipped questionnaire the file lacks, in the same unit of work, so
a brand-new file always shows the four questionnaires.
"""

from __future__ import annotations

from sqlalchemy import func, select

from mentorat_desktop.db import Database
from mentorat_desktop.errors import NotFound
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Question, Questionnaire, QuestionnaireVersion, Response
from mentorat_desktop.models.enums import QuestionnaireKind, Role
from mentorat_desktop.services.questionnaires.defaults import install_defaults
from mentorat_desktop.services.questionnaires.reading import (
    current_version,
    info_of,
    load_questionnaire,
    load_version,
)
from mentorat_desktop.services.questionnaires.shapes import QuestionnaireInfo, VersionInfo

# Self-reflection (phase 1) before evaluation (phase 10); mentor before mentee in each.
ORDER = [
    (QuestionnaireKind.SELF_REFLECTION, Role.MENTOR),
    (QuestionnaireKind.SELF_REFLECTION, Role.MENTEE),
    (QuestionnaireKind.EVALUATION, Role.MENTOR),
    (QuestionnaireKind.EVALUATION, Role.MENTEE),
]


def questionnaires(db: Database) -> list[QuestionnaireInfo]:
    """Every questionnaire as its current version asks it, in the program's order."""
    with db.unit_of_work() as session:
        install_defaults(session, db.clock)
        found = list(session.scalars(select(Questionnaire)))
        found.sort(key=lambda q: ORDER.index((q.kind, q.audience)))
        return [info_of(session, current_version(q)) for q in found]


def questionnaire_for(db: Database, kind: QuestionnaireKind, audience: Role) -> QuestionnaireInfo:
    """The questionnaire a mentor or a mentee answers in phase 1 or 10 (current version)."""
    with db.unit_of_work() as session:
        install_defaults(session, db.clock)
        questionnaire = session.scalar(
            select(Questionnaire).where(
                Questionnaire.kind == kind, Questionnaire.audience == audience
            )
        )
        if questionnaire is None:
            raise NotFound(_("This questionnaire no longer exists."))
        return info_of(session, current_version(questionnaire))


def questionnaire_info(db: Database, questionnaire_id: int) -> QuestionnaireInfo:
    """One questionnaire by id, as its current version asks it (what the editor opens)."""
    with db.unit_of_work() as session:
        return info_of(session, current_version(load_questionnaire(session, questionnaire_id)))


def version_questions(db: Database, version_id: int) -> QuestionnaireInfo:
    """The questions of one version, even an old one: editing an old response shows what
    that person was asked."""
    with db.unit_of_work() as session:
        return info_of(session, load_version(session, version_id))


def versions(db: Database, questionnaire_id: int) -> list[VersionInfo]:
    """The history of a questionnaire, oldest version first."""
    with db.unit_of_work() as session:
        questionnaire = load_questionnaire(session, questionnaire_id)
        ids = [v.id for v in questionnaire.versions]
        questions: dict[int, int] = dict(
            session.execute(
                select(Question.version_id, func.count(Question.id))
                .where(Question.version_id.in_(ids))
                .group_by(Question.version_id)
            ).all()
        )
        responses: dict[int, int] = dict(
            session.execute(
                select(Response.version_id, func.count(Response.id))
                .where(Response.version_id.in_(ids))
                .group_by(Response.version_id)
            ).all()
        )
        ordered: list[QuestionnaireVersion] = sorted(questionnaire.versions, key=lambda v: v.number)
        return [
            VersionInfo(
                version_id=v.id,
                number=v.number,
                created_at=v.created_at,
                note=v.note,
                questions=questions.get(v.id, 0),
                responses=responses.get(v.id, 0),
            )
            for v in ordered
        ]
