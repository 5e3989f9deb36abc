"""The evaluation answers of program years, read as plain rows or counted by the database.

Every query starts from the responses of the year's participations to an evaluation
questionnaire, so self-reflections never mix in; none of them loads an ORM object, so two
thousand responses cost a few grouped queries, not two thousand object graphs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, distinct, func, or_, select
from sqlalchemy.orm import Session

from mentorat_desktop.models import (
    Answer,
    Pairing,
    Participation,
    Question,
    Questionnaire,
    QuestionnaireVersion,
    Response,
)
from mentorat_desktop.models.enums import PairingStatus, QuestionKind, QuestionnaireKind, Role

CHOICE_KINDS = (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE)


def _evaluations(query: Select[Any], cohort_ids: Sequence[int]) -> Select[Any]:
    """``query`` limited to evaluation responses of the given program years."""
    return (
        query.join(Participation, Participation.id == Response.participation_id)
        .join(QuestionnaireVersion, QuestionnaireVersion.id == Response.version_id)
        .join(Questionnaire, Questionnaire.id == QuestionnaireVersion.questionnaire_id)
        .where(
            Participation.cohort_id.in_(cohort_ids),
            Questionnaire.kind == QuestionnaireKind.EVALUATION,
        )
    )


def _answers(query: Select[Any], cohort_ids: Sequence[int]) -> Select[Any]:
    return _evaluations(
        query.select_from(Answer)
        .join(Response, Response.id == Answer.response_id)
        .join(Question, Question.id == Answer.question_id),
        cohort_ids,
    )


@dataclass(frozen=True)
class QuestionRow:
    """One question of a version answered in a program year."""

    audience: Role
    version_number: int
    code: str
    position: int
    kind: QuestionKind
    text_fr: str
    text_en: str
    options: tuple[tuple[str, str, str], ...]  # (code, fr, en)

    def text_in(self, language: str) -> str:
        return self.text_en if language == "en" else self.text_fr


def answered_questions(session: Session, cohort_ids: Sequence[int]) -> dict[int, list[QuestionRow]]:
    """Program year -> the questions of every evaluation version answered that year."""
    answered = session.execute(
        _evaluations(
            select(Participation.cohort_id, Response.version_id).select_from(Response),
            cohort_ids,
        ).distinct()
    ).all()
    version_ids = {version_id for _cohort, version_id in answered}
    rows = session.execute(
        select(
            Question.version_id,
            Questionnaire.audience,
            QuestionnaireVersion.number,
            Question.code,
            Question.position,
            Question.kind,
            Question.text_fr,
            Question.text_en,
            Question.options,
        )
        .join(QuestionnaireVersion, QuestionnaireVersion.id == Question.version_id)
        .join(Questionnaire, Questionnaire.id == QuestionnaireVersion.questionnaire_id)
        .where(Question.version_id.in_(version_ids))
    ).all()
    by_version: dict[int, list[QuestionRow]] = defaultdict(list)
    for version_id, audience, number, code, position, kind, fr, en, options in rows:
        by_version[version_id].append(
            QuestionRow(
                audience,
                number,
                code,
                position,
                kind,
                fr,
                en,
                tuple(
                    (str(o.get("code", "")), str(o.get("fr", "")), str(o.get("en", "")))
                    for o in options or ()
                ),
            )
        )
    found: dict[int, list[QuestionRow]] = {cohort_id: [] for cohort_id in cohort_ids}
    for cohort_id, version_id in answered:
        found[cohort_id].extend(by_version.get(version_id, ()))
    return found


# (program year, audience, code, kind, number) -> how many answered that number.
NumberCounts = dict[tuple[int, Role, str, QuestionKind, float], int]


def number_counts(session: Session, cohort_ids: Sequence[int]) -> NumberCounts:
    """Scale and yes/no answers, counted per value by the database."""
    rows = session.execute(
        _answers(
            select(
                Participation.cohort_id,
                Questionnaire.audience,
                Question.code,
                Question.kind,
                Answer.number,
                func.count(),
            ),
            cohort_ids,
        )
        .where(
            Answer.number.is_not(None),
            Question.kind.in_((QuestionKind.SCALE, QuestionKind.YES_NO)),
        )
        .group_by(
            Participation.cohort_id,
            Questionnaire.audience,
            Question.code,
            Question.kind,
            Answer.number,
        )
    ).all()
    return {(c, who, code, kind, float(n)): count for c, who, code, kind, n, count in rows}


# (program year, audience, code) -> how many different people answered the question.
PeopleCounts = dict[tuple[int, Role, str], int]


def people_counts(session: Session, cohort_ids: Sequence[int]) -> PeopleCounts:
    """People, not answers: a mentor with two mentees answers each question twice, and the
    "fewer than 3 respondents" rule is about whether a person can be recognised."""
    answered = or_(
        Answer.number.is_not(None),
        func.trim(Answer.text) != "",
        func.json_array_length(Answer.choices) > 0,
    )
    rows = session.execute(
        _answers(
            select(
                Participation.cohort_id,
                Questionnaire.audience,
                Question.code,
                func.count(distinct(Participation.person_id)),
            ),
            cohort_ids,
        )
        .where(answered)
        .group_by(Participation.cohort_id, Questionnaire.audience, Question.code)
    ).all()
    return {(c, who, code): n for c, who, code, n in rows}


def chosen_options(
    session: Session, cohort_id: int
) -> list[tuple[Role, str, QuestionKind, list[str]]]:
    """The options picked in each answer to a choice question of one program year."""
    rows = session.execute(
        _answers(
            select(Questionnaire.audience, Question.code, Question.kind, Answer.choices),
            [cohort_id],
        ).where(Question.kind.in_(CHOICE_KINDS))
    ).all()
    return [(audience, code, kind, list(choices or ())) for audience, code, kind, choices in rows]


def written_answers(session: Session, cohort_id: int) -> list[tuple[Role, str, str]]:
    """The non-empty answers to text questions of one program year."""
    rows = session.execute(
        _answers(select(Questionnaire.audience, Question.code, Answer.text), [cohort_id]).where(
            Question.kind == QuestionKind.TEXT, Answer.text != ""
        )
    ).all()
    return [(audience, code, text) for audience, code, text in rows]


@dataclass(frozen=True)
class ReturnCounts:
    mentors: int
    mentees: int
    from_ended_pairs: int


def returns_by_year(session: Session, cohort_ids: Sequence[int]) -> dict[int, ReturnCounts]:
    """Evaluations received per program year and audience, and how many are of ended pairs."""
    rows = session.execute(
        _evaluations(
            select(
                Participation.cohort_id,
                Questionnaire.audience,
                Pairing.status == PairingStatus.ENDED,
                func.count(),
            )
            .select_from(Response)
            .outerjoin(Pairing, Pairing.id == Response.pairing_id),
            cohort_ids,
        ).group_by(
            Participation.cohort_id,
            Questionnaire.audience,
            Pairing.status == PairingStatus.ENDED,
        )
    ).all()
    totals: dict[int, list[int]] = {cohort_id: [0, 0, 0] for cohort_id in cohort_ids}
    for cohort_id, audience, ended, count in rows:
        totals[cohort_id][0 if audience == Role.MENTOR else 1] += count
        if ended:
            totals[cohort_id][2] += count
    return {cohort_id: ReturnCounts(*values) for cohort_id, values in totals.items()}
