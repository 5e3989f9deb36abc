"""The tables the summary reads, as plain columns, and its one parameter: the program years.

The summary's statements are built once, when their module loads, over the tables' columns
rather than the mapped classes: a statement of plain columns compiles in a fifth of the
time, and the first show of the summary in a session compiles each of them once. Each
statement takes the program years as the list parameter ``years``, so one compiled form
serves this year alone and this year with the earlier ones. Nothing here holds data.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam

from mentorat_desktop.models import (
    Answer,
    MentoringSession,
    Pairing,
    Participation,
    Person,
    Question,
    Questionnaire,
    QuestionnaireVersion,
    Response,
)

ANSWERS = Answer.__table__
PAIRINGS = Pairing.__table__
PARTICIPATIONS = Participation.__table__
PERSONS = Person.__table__
QUESTIONS = Question.__table__
QUESTIONNAIRES = Questionnaire.__table__
RESPONSES = Response.__table__
SESSIONS = MentoringSession.__table__
VERSIONS = QuestionnaireVersion.__table__

ANSWER = ANSWERS.c
PAIRING = PAIRINGS.c
PARTICIPATION = PARTICIPATIONS.c
PERSON = PERSONS.c
QUESTION = QUESTIONS.c
QUESTIONNAIRE = QUESTIONNAIRES.c
RESPONSE = RESPONSES.c
SESSION = SESSIONS.c
VERSION = VERSIONS.c


def in_years(column: Any) -> Any:
    """``column`` among the program years of the parameter ``years``."""
    return column.in_(bindparam("years", expanding=True))


def of_years(cohort_ids: Sequence[int]) -> dict[str, list[int]]:
    """The parameters of a statement over ``cohort_ids``."""
    return {"years": list(cohort_ids)}
