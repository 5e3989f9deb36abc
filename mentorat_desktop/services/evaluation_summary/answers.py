"""The evaluation answers of program years, read as plain rows or counted by the database.

Every query starts from the responses of the year's participations to an evaluation
questionnaire, so self-reflections never mix in; none of them loads an ORM object, so two
thousand responses cost a few grouped queries, not two thousand object graphs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, distinct, func, or_, select
from sqlalchemy.orm import Session

from mentorat_desktop.models.enums import PairingStatus, QuestionKind, QuestionnaireKind, Role
from mentorat_desktop.services.evaluation_summary.tables import (
    ANSWER,
    ANSWERS,
    PAIRING,
    PAIRINGS,
    PARTICIPATION,
    PARTICIPATIONS,
    QUESTION,
    QUESTIONNAIRE,
    QUESTIONNAIRES,
    QUESTIONS,
    RESPONSE,
    RESPONSES,
    VERSION,
    VERSIONS,
    in_years,
    of_years,
)

CHOICE_KINDS = (QuestionKind.SINGLE_CHOICE, QuestionKind.MULTIPLE_CHOICE)


def _evaluations(query: Select[Any]) -> Select[Any]:
    """``query`` limited to evaluation responses of the program years ``years``."""
    return (
        query.join(PARTICIPATIONS, PARTICIPATION.id == RESPONSE.participation_id)
        .join(VERSIONS, VERSION.id == RESPONSE.version_id)
        .join(QUESTIONNAIRES, QUESTIONNAIRE.id == VERSION.questionnaire_id)
        .where(
            in_years(PARTICIPATION.cohort_id),
            QUESTIONNAIRE.kind == QuestionnaireKind.EVALUATION,
        )
    )


def _answers(query: Select[Any]) -> Select[Any]:
    return _evaluations(
        query.select_from(ANSWERS)
        .join(RESPONSES, RESPONSE.id == ANSWER.response_id)
        .join(QUESTIONS, QUESTION.id == ANSWER.question_id)
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


# The versions answered in each year, then their questions: one statement.
_ANSWERED = (
    _evaluations(select(PARTICIPATION.cohort_id, RESPONSE.version_id).select_from(RESPONSES))
    .distinct()
    .subquery("answered")
)
_QUESTIONS = (
    select(
        _ANSWERED.c.cohort_id,
        QUESTIONNAIRE.audience,
        VERSION.number,
        QUESTION.code,
        QUESTION.position,
        QUESTION.kind,
        QUESTION.text_fr,
        QUESTION.text_en,
        QUESTION.options,
    )
    .select_from(QUESTIONS)
    .join(_ANSWERED, _ANSWERED.c.version_id == QUESTION.version_id)
    .join(VERSIONS, VERSION.id == QUESTION.version_id)
    .join(QUESTIONNAIRES, QUESTIONNAIRE.id == VERSION.questionnaire_id)
)


def answered_questions(session: Session, cohort_ids: Sequence[int]) -> dict[int, list[QuestionRow]]:
    """Program year -> the questions of every evaluation version answered that year."""
    found: dict[int, list[QuestionRow]] = {cohort_id: [] for cohort_id in cohort_ids}
    rows = session.execute(_QUESTIONS, of_years(cohort_ids))
    for cohort_id, audience, number, code, position, kind, fr, en, options in rows:
        found[cohort_id].append(
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
    return found


# (program year, audience, code, kind, number) -> how many answered that number.
NumberCounts = dict[tuple[int, Role, str, QuestionKind, float], int]

_NUMBERS = (
    _answers(
        select(
            PARTICIPATION.cohort_id,
            QUESTIONNAIRE.audience,
            QUESTION.code,
            QUESTION.kind,
            ANSWER.number,
            func.count(),
        )
    )
    .where(
        ANSWER.number.is_not(None),
        QUESTION.kind.in_((QuestionKind.SCALE, QuestionKind.YES_NO)),
    )
    .group_by(
        PARTICIPATION.cohort_id,
        QUESTIONNAIRE.audience,
        QUESTION.code,
        QUESTION.kind,
        ANSWER.number,
    )
)


def number_counts(session: Session, cohort_ids: Sequence[int]) -> NumberCounts:
    """Scale and yes/no answers, counted per value by the database."""
    rows = session.execute(_NUMBERS, of_years(cohort_ids))
    return {(c, who, code, kind, float(n)): count for c, who, code, kind, n, count in rows}


# (program year, audience, code) -> how many different people answered the question.
PeopleCounts = dict[tuple[int, Role, str], int]

_PEOPLE = (
    _answers(
        select(
            PARTICIPATION.cohort_id,
            QUESTIONNAIRE.audience,
            QUESTION.code,
            func.count(distinct(PARTICIPATION.person_id)),
        )
    )
    .where(
        or_(
            ANSWER.number.is_not(None),
            func.trim(ANSWER.text) != "",
            func.json_array_length(ANSWER.choices) > 0,
        )
    )
    .group_by(PARTICIPATION.cohort_id, QUESTIONNAIRE.audience, QUESTION.code)
)


def people_counts(session: Session, cohort_ids: Sequence[int]) -> PeopleCounts:
    """People, not answers: a mentor with two mentees answers each question twice, and the
    "fewer than 3 respondents" rule is about whether a person can be recognised."""
    rows = session.execute(_PEOPLE, of_years(cohort_ids))
    return {(c, who, code): n for c, who, code, n in rows}


ChosenOptions = list[tuple[Role, str, QuestionKind, list[str]]]
WrittenAnswers = list[tuple[Role, str, str]]

# The answers to choice and text questions of one year, in one statement.
_CHOSEN_OR_WRITTEN = _answers(
    select(QUESTIONNAIRE.audience, QUESTION.code, QUESTION.kind, ANSWER.choices, ANSWER.text)
).where(QUESTION.kind.in_((*CHOICE_KINDS, QuestionKind.TEXT)))


def chosen_and_written(session: Session, cohort_id: int) -> tuple[ChosenOptions, WrittenAnswers]:
    """The options picked in each answer to a choice question of one program year, and the
    non-empty answers to its text questions."""
    chosen: ChosenOptions = []
    written: WrittenAnswers = []
    for audience, code, kind, choices, text in session.execute(
        _CHOSEN_OR_WRITTEN, of_years([cohort_id])
    ):
        if kind == QuestionKind.TEXT:
            if text:
                written.append((audience, code, text))
        else:
            chosen.append((audience, code, kind, list(choices or ())))
    return chosen, written


@dataclass(frozen=True)
class ReturnCounts:
    mentors: int
    mentees: int
    from_ended_pairs: int


_ENDED = PAIRING.status == PairingStatus.ENDED
_RETURNS = _evaluations(
    select(PARTICIPATION.cohort_id, QUESTIONNAIRE.audience, _ENDED, func.count())
    .select_from(RESPONSES)
    .outerjoin(PAIRINGS, PAIRING.id == RESPONSE.pairing_id)
).group_by(PARTICIPATION.cohort_id, QUESTIONNAIRE.audience, _ENDED)


def returns_by_year(session: Session, cohort_ids: Sequence[int]) -> dict[int, ReturnCounts]:
    """Evaluations received per program year and audience, and how many are of ended pairs."""
    totals: dict[int, list[int]] = {cohort_id: [0, 0, 0] for cohort_id in cohort_ids}
    for cohort_id, audience, ended, count in session.execute(_RETURNS, of_years(cohort_ids)):
        totals[cohort_id][0 if audience == Role.MENTOR else 1] += count
        if ended:
            totals[cohort_id][2] += count
    return {cohort_id: ReturnCounts(*values) for cohort_id, values in totals.items()}
