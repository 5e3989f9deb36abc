"""Who is expected to answer a questionnaire this program year, and who already did.

Everyone registered answers the self-reflection; both people of every ended pair answer the
evaluation of that pair. Someone who evaluated a pair before it ended is listed too, so no
recorded answer is hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from mentorat_desktop.db import Database
from mentorat_desktop.models import (
    Pairing,
    Participation,
    Questionnaire,
    QuestionnaireVersion,
    Response,
)
from mentorat_desktop.models.enums import (
    PairingStatus,
    ParticipationStatus,
    QuestionnaireKind,
    ResponseSource,
    Role,
)
from mentorat_desktop.services.text import plain


@dataclass(frozen=True)
class Respondent:
    participation_id: int
    name: str
    email: str
    role: Role
    pairing_id: int | None  # evaluations: the pair evaluated
    partner_name: str  # evaluations: the other person of the pair
    response_id: int | None  # None: not answered yet
    submitted_on: date | None
    source: ResponseSource | None


_Key = tuple[int, int | None]


def _responses(session: Session, cohort_id: int, kind: QuestionnaireKind) -> dict[_Key, Response]:
    """(participation, pairing) -> response, for one kind of questionnaire in one year."""
    rows = session.scalars(
        select(Response)
        .join(QuestionnaireVersion, Response.version_id == QuestionnaireVersion.id)
        .join(Questionnaire, QuestionnaireVersion.questionnaire_id == Questionnaire.id)
        .join(Participation, Response.participation_id == Participation.id)
        .where(Questionnaire.kind == kind, Participation.cohort_id == cohort_id)
    )
    return {(r.participation_id, r.pairing_id): r for r in rows}


def _respondent(
    participation: Participation,
    pairing_id: int | None,
    partner: Participation | None,
    response: Response | None,
) -> Respondent:
    return Respondent(
        participation_id=participation.id,
        name=participation.person.full_name,
        email=participation.person.email,
        role=participation.role,
        pairing_id=pairing_id,
        partner_name=partner.person.full_name if partner else "",
        response_id=response.id if response else None,
        submitted_on=response.submitted_on if response else None,
        source=response.source if response else None,
    )


def _self_reflection(session: Session, cohort_id: int) -> list[Respondent]:
    answered = _responses(session, cohort_id, QuestionnaireKind.SELF_REFLECTION)
    people = session.scalars(
        select(Participation)
        .where(
            Participation.cohort_id == cohort_id,
            Participation.status == ParticipationStatus.REGISTERED,
        )
        .options(selectinload(Participation.person))
    )
    return [_respondent(p, None, None, answered.get((p.id, None))) for p in people]


def _evaluation(session: Session, cohort_id: int) -> list[Respondent]:
    answered = _responses(session, cohort_id, QuestionnaireKind.EVALUATION)
    pairings = {
        p.id: p
        for p in session.scalars(
            select(Pairing)
            .where(Pairing.cohort_id == cohort_id, Pairing.status != PairingStatus.DRAFT)
            .options(
                selectinload(Pairing.mentor).selectinload(Participation.person),
                selectinload(Pairing.mentee).selectinload(Participation.person),
            )
        )
    }
    expected: set[_Key] = set()
    for pairing in pairings.values():
        if pairing.status == PairingStatus.ENDED:
            expected |= {(pairing.mentor_id, pairing.id), (pairing.mentee_id, pairing.id)}
    expected |= {key for key in answered if key[1] in pairings}
    result = []
    for participation_id, pairing_id in expected:
        assert pairing_id is not None
        pairing = pairings[pairing_id]
        mentor_side = participation_id == pairing.mentor_id
        me, partner = (
            (pairing.mentor, pairing.mentee) if mentor_side else (pairing.mentee, pairing.mentor)
        )
        result.append(_respondent(me, pairing_id, partner, answered.get((me.id, pairing_id))))
    return result


def respondents(db: Database, cohort_id: int, kind: QuestionnaireKind) -> list[Respondent]:
    """The people of a program year who should answer ``kind``, by name."""
    with db.unit_of_work() as session:
        if kind == QuestionnaireKind.SELF_REFLECTION:
            found = _self_reflection(session, cohort_id)
        else:
            found = _evaluation(session, cohort_id)
    found.sort(
        key=lambda r: (plain(r.name), plain(r.partner_name), r.participation_id, r.pairing_id or 0)
    )
    return found


def response_counts(db: Database, cohort_id: int) -> dict[QuestionnaireKind, tuple[int, int]]:
    """(answered, expected) per kind of questionnaire, for the dashboard.

    The same people as ``respondents`` lists, counted by the database instead of built,
    named and sorted: the dashboard shows only the two numbers.
    """
    with db.unit_of_work() as session:
        return {
            QuestionnaireKind.SELF_REFLECTION: _self_reflection_counts(session, cohort_id),
            QuestionnaireKind.EVALUATION: _evaluation_counts(session, cohort_id),
        }


def _answered(kind: QuestionnaireKind, cohort_id: int) -> Select:
    """Responses of ``kind`` by people of the year: (participation, pairing), once each."""
    return (
        select(Response.participation_id, Response.pairing_id)
        .join(QuestionnaireVersion, Response.version_id == QuestionnaireVersion.id)
        .join(Questionnaire, QuestionnaireVersion.questionnaire_id == Questionnaire.id)
        .join(Participation, Response.participation_id == Participation.id)
        .where(Questionnaire.kind == kind, Participation.cohort_id == cohort_id)
        .distinct()
    )


def _self_reflection_counts(session: Session, cohort_id: int) -> tuple[int, int]:
    registered = select(Participation.id).where(
        Participation.cohort_id == cohort_id,
        Participation.status == ParticipationStatus.REGISTERED,
    )
    expected = session.scalar(select(func.count()).select_from(registered.subquery()))
    answers = _answered(QuestionnaireKind.SELF_REFLECTION, cohort_id).where(
        Response.pairing_id.is_(None), Response.participation_id.in_(registered)
    )
    answered = session.scalar(select(func.count()).select_from(answers.subquery()))
    return int(answered or 0), int(expected or 0)


def _evaluation_counts(session: Session, cohort_id: int) -> tuple[int, int]:
    """Both people of every ended pair, plus anyone who evaluated an open pair early."""
    ended = session.scalar(
        select(func.count(Pairing.id)).where(
            Pairing.cohort_id == cohort_id, Pairing.status == PairingStatus.ENDED
        )
    )
    answers = (
        _answered(QuestionnaireKind.EVALUATION, cohort_id)
        .add_columns(Pairing.status, Pairing.mentor_id, Pairing.mentee_id)
        .join(Pairing, Response.pairing_id == Pairing.id)
        .where(Pairing.cohort_id == cohort_id, Pairing.status != PairingStatus.DRAFT)
    )
    answered = extra = 0
    for participation_id, _pairing_id, status, mentor_id, mentee_id in session.execute(answers):
        answered += 1
        if status != PairingStatus.ENDED or participation_id not in (mentor_id, mentee_id):
            extra += 1
    return answered, 2 * int(ended or 0) + extra
