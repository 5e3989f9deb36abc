"""Questionnaire answers in one call, so report and list tests start from recorded responses."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from helpers.pairs import ConfirmedPair, confirmed_pair
from mentorat_desktop.db import Database
from mentorat_desktop.models import Participation
from mentorat_desktop.models.enums import EndKind, QuestionKind, QuestionnaireKind, ResponseSource
from mentorat_desktop.services.followup.ending import EndForm, end_relationship
from mentorat_desktop.services.questionnaires.answers import (
    AnswerValue,
    ResponseForm,
    record_response,
)
from mentorat_desktop.services.questionnaires.catalog import questionnaire_for
from mentorat_desktop.services.questionnaires.shapes import QuestionnaireInfo


def complete_answers(
    info: QuestionnaireInfo, scale: int = 4, yes: bool = True, text: str = "Une belle année."
) -> dict[str, AnswerValue]:
    """A valid answer to every question: ``scale`` on scales, the first option on choices."""
    answers = {}
    for question in info.questions:
        if question.kind == QuestionKind.SCALE:
            value = AnswerValue(number=float(scale))
        elif question.kind == QuestionKind.YES_NO:
            value = AnswerValue(number=1.0 if yes else 0.0)
        elif question.kind == QuestionKind.TEXT:
            value = AnswerValue(text=text)
        else:
            value = AnswerValue(choices=(question.options[0].code,))
        answers[question.code] = value
    return answers


def answer_all(
    db: Database,
    participation_id: int,
    pairing_id: int | None = None,
    kind: QuestionnaireKind = QuestionnaireKind.EVALUATION,
    scale: int = 4,
    yes: bool = True,
    text: str = "Une belle année.",
    submitted_on: date | None = None,
    source: ResponseSource = ResponseSource.ENTERED,
) -> int:
    """Record a complete, valid response of the participant to the current version of
    their role's ``kind`` questionnaire; returns the response id."""
    with db.unit_of_work() as session:
        participation = session.get(Participation, participation_id)
        assert participation is not None
        role = participation.role
    info = questionnaire_for(db, kind, role)
    form = ResponseForm(
        participation_id=participation_id,
        version_id=info.version_id,
        pairing_id=pairing_id,
        submitted_on=submitted_on or db.clock.today(),
        answers=complete_answers(info, scale, yes, text),
    )
    return record_response(db, form, source=source)


def ended_pair(db: Database, cohort_id: int, **pair: Any) -> ConfirmedPair:
    """A confirmed pair whose relationship ended normally today: ready to be evaluated."""
    made = confirmed_pair(db, cohort_id, **pair)
    end_relationship(db, made.pairing_id, EndForm(kind=EndKind.NORMAL, ended_on=db.clock.today()))
    return made


def questionnaire_json(**changes: Any) -> dict[str, Any]:
    """A small valid questionnaire in the shipped files' format; ``changes`` replace keys."""
    data: dict[str, Any] = {
        "kind": "evaluation",
        "audience": "mentee",
        "title": {"fr": "Évaluation (mentoré)", "en": "Evaluation (mentee)"},
        "questions": [
            {
                "code": "satisfaction",
                "kind": "scale",
                "required": True,
                "text": {"fr": "Êtes-vous satisfait?", "en": "Are you satisfied?"},
            },
            {
                "code": "format",
                "kind": "single_choice",
                "required": False,
                "text": {"fr": "Format préféré?", "en": "Preferred format?"},
                "options": [
                    {"code": "in_person", "fr": "En personne", "en": "In person"},
                    {"code": "video", "fr": "Vidéo", "en": "Video"},
                ],
            },
        ],
    }
    data.update(changes)
    return data


def write_questionnaire(folder: Path, name: str = "evaluation_mentee.json", **changes: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(questionnaire_json(**changes), ensure_ascii=False), "utf-8")
    return path
