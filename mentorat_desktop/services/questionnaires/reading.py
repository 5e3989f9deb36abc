"""Turning stored questionnaires into ``shapes``, inside a caller's unit of work."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentorat_desktop.errors import NotFound
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Question, Questionnaire, QuestionnaireVersion, Response
from mentorat_desktop.services.questionnaires.shapes import (
    ChoiceOption,
    QuestionDraft,
    QuestionInfo,
    QuestionnaireInfo,
)


def load_questionnaire(session: Session, questionnaire_id: int) -> Questionnaire:
    questionnaire = session.get(Questionnaire, questionnaire_id)
    if questionnaire is None:
        raise NotFound(_("This questionnaire no longer exists."))
    return questionnaire


def load_version(session: Session, version_id: int) -> QuestionnaireVersion:
    version = session.get(QuestionnaireVersion, version_id)
    if version is None:
        raise NotFound(_("This version of the questionnaire no longer exists."))
    return version


def current_version(questionnaire: Questionnaire) -> QuestionnaireVersion:
    """The version new answers go to: the one with the highest number."""
    return max(questionnaire.versions, key=lambda v: v.number)


def options_of(question: Question) -> tuple[ChoiceOption, ...]:
    return tuple(
        ChoiceOption(str(o.get("code", "")), str(o.get("fr", "")), str(o.get("en", "")))
        for o in question.options or []
    )


def question_info(question: Question) -> QuestionInfo:
    return QuestionInfo(
        question_id=question.id,
        code=question.code,
        position=question.position,
        kind=question.kind,
        text_fr=question.text_fr,
        text_en=question.text_en,
        options=options_of(question),
        required=question.required,
    )


def draft_of(question: Question) -> QuestionDraft:
    return question_info(question).draft()


def response_count(session: Session, version_ids: list[int]) -> int:
    if not version_ids:
        return 0
    count = session.scalar(
        select(func.count(Response.id)).where(Response.version_id.in_(version_ids))
    )
    return int(count or 0)


def info_of(session: Session, version: QuestionnaireVersion) -> QuestionnaireInfo:
    questionnaire = version.questionnaire
    questions = sorted(version.questions, key=lambda q: q.position)
    return QuestionnaireInfo(
        questionnaire_id=questionnaire.id,
        kind=questionnaire.kind,
        audience=questionnaire.audience,
        title_fr=questionnaire.title_fr,
        title_en=questionnaire.title_en,
        version_id=version.id,
        version_number=version.number,
        questions=tuple(question_info(q) for q in questions),
        answered=response_count(session, [version.id]),
        total_answered=response_count(session, [v.id for v in questionnaire.versions]),
    )


def codes_ever_used(questionnaire: Questionnaire) -> dict[str, set[str]]:
    """Code -> the question kinds it has had, over every version of the questionnaire."""
    used: dict[str, set[str]] = {}
    for version in questionnaire.versions:
        for question in version.questions:
            used.setdefault(question.code, set()).add(question.kind)
    return used
