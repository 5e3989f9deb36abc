"""One person's answers to a questionnaire, entered by the committee or imported.

A person answers each questionnaire once per program year (the evaluation once per pair they
were in): recording again replaces the earlier answers, on the version they belong to. The
audit trail says that answers were recorded, never what they were.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorat_desktop.clock import Clock
from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, NotFound, UserError, ValidationFailed
from mentorat_desktop.i18n import _
from mentorat_desktop.models import (
    Answer,
    Pairing,
    Participation,
    Questionnaire,
    QuestionnaireVersion,
    Response,
)
from mentorat_desktop.models.enums import (
    PairingStatus,
    QuestionKind,
    QuestionnaireKind,
    ResponseSource,
    Role,
)
from mentorat_desktop.services import audit
from mentorat_desktop.services.questionnaires.reading import info_of, load_version
from mentorat_desktop.services.questionnaires.shapes import QuestionInfo, QuestionnaireInfo
from mentorat_desktop.services.validation import too_long_message

TEXT_LIMIT = 4000
SCALE = range(1, 6)


@dataclass(frozen=True)
class AnswerValue:
    """An answer of any kind: scale 1-5 and yes (1.0) / no (0.0) in ``number``, free text in
    ``text``, option codes in ``choices``."""

    number: float | None = None
    text: str = ""
    choices: tuple[str, ...] = ()

    @property
    def is_blank(self) -> bool:
        return self.number is None and not self.text.strip() and not self.choices


@dataclass
class ResponseForm:
    participation_id: int
    version_id: int
    pairing_id: int | None = None  # evaluations: the pair evaluated
    submitted_on: date | None = None
    answers: dict[str, AnswerValue] = field(default_factory=dict)  # by question code


def _given(question: QuestionInfo, value: AnswerValue) -> bool:
    """Whether the part of ``value`` this kind of question reads is filled in."""
    if question.kind in (QuestionKind.SCALE, QuestionKind.YES_NO):
        return value.number is not None
    if question.kind == QuestionKind.TEXT:
        return bool(value.text.strip())
    return bool(value.choices)


def _answer_error(question: QuestionInfo, value: AnswerValue) -> str | None:
    n, number = question.position, value.number
    kind = question.kind
    if kind == QuestionKind.SCALE:
        if number is None or not math.isfinite(number) or number not in SCALE:
            return _("Question {n}: choose a value from 1 to 5.").format(n=n)
    elif kind == QuestionKind.YES_NO:
        if number not in (0.0, 1.0):
            return _("Question {n}: answer yes or no.").format(n=n)
    elif kind == QuestionKind.SINGLE_CHOICE:
        if len(value.choices) != 1 or question.option(value.choices[0]) is None:
            return _("Question {n}: choose one of the listed answers.").format(n=n)
    elif kind == QuestionKind.MULTIPLE_CHOICE:
        unknown = any(question.option(c) is None for c in value.choices)
        if unknown or len(set(value.choices)) != len(value.choices):
            return _("Question {n}: choose only among the listed answers.").format(n=n)
    elif len(value.text.strip()) > TEXT_LIMIT:
        return too_long_message(_("Question {n}").format(n=n), TEXT_LIMIT)
    return None


def validate_response(info: QuestionnaireInfo, form: ResponseForm, today: date) -> list[FieldError]:
    """Problems with ``form`` against the version it answers; fields are question codes
    (or "submitted_on")."""
    errors: list[FieldError] = []
    if form.submitted_on is None:
        errors.append(FieldError("submitted_on", _("Enter the date of the answers.")))
    elif form.submitted_on > today:
        errors.append(FieldError("submitted_on", _("The date cannot be in the future.")))
    for code in form.answers:
        if info.question(code) is None:
            errors.append(
                FieldError(
                    code,
                    _("This question is not in version {number} of the questionnaire.").format(
                        number=info.version_number
                    ),
                )
            )
    for question in info.questions:
        value = form.answers.get(question.code, AnswerValue())
        if value.is_blank:
            if question.required:
                message = _("Question {n}: an answer is required.").format(n=question.position)
                errors.append(FieldError(question.code, message))
            continue
        problem = _answer_error(question, value)
        if problem:
            errors.append(FieldError(question.code, problem))
    return errors


def _stored(question: QuestionInfo, value: AnswerValue) -> Answer:
    if question.kind in (QuestionKind.SCALE, QuestionKind.YES_NO):
        return Answer(question_id=question.question_id, number=float(value.number or 0))
    if question.kind == QuestionKind.TEXT:
        return Answer(question_id=question.question_id, text=value.text.strip())
    chosen = set(value.choices)
    # Stored in the questionnaire's order, so the same choices always read the same.
    ordered = [o.code for o in question.options if o.code in chosen]
    return Answer(question_id=question.question_id, choices=ordered)


def _check_respondent(
    session: Session, questionnaire: Questionnaire, participation: Participation, form: ResponseForm
) -> None:
    name = participation.person.full_name
    if participation.role != questionnaire.audience:
        if questionnaire.audience == Role.MENTOR:
            message = _("This questionnaire is for mentors; {name} is a mentee this year.")
        else:
            message = _("This questionnaire is for mentees; {name} is a mentor this year.")
        raise UserError(message.format(name=name))
    if questionnaire.kind == QuestionnaireKind.SELF_REFLECTION:
        if form.pairing_id is not None:
            raise UserError(_("A self-reflection is about the person, not about a pair."))
        return
    if form.pairing_id is None:
        raise UserError(_("Choose the pair this evaluation is about."))
    pairing = session.get(Pairing, form.pairing_id)
    if pairing is None:
        raise NotFound(_("This pair no longer exists."))
    if pairing.cohort_id != participation.cohort_id:
        raise UserError(_("This pair belongs to another program year."))
    if participation.id not in (pairing.mentor_id, pairing.mentee_id):
        raise UserError(_("{name} is not part of this pair.").format(name=name))
    if pairing.status == PairingStatus.DRAFT:
        raise UserError(_("This pair was never confirmed, so there is nothing to evaluate."))


def _earlier(
    session: Session, questionnaire: Questionnaire, participation_id: int, form: ResponseForm
) -> list[Response]:
    """This person's earlier responses to the same questionnaire (and pair), any version."""
    query = (
        select(Response)
        .join(QuestionnaireVersion, Response.version_id == QuestionnaireVersion.id)
        .where(
            QuestionnaireVersion.questionnaire_id == questionnaire.id,
            Response.participation_id == participation_id,
        )
        .order_by(Response.id)
    )
    if questionnaire.kind == QuestionnaireKind.EVALUATION:
        query = query.where(Response.pairing_id == form.pairing_id)
    return list(session.scalars(query))


@dataclass(frozen=True)
class Recorded:
    response_id: int
    replaced: bool  # the person had answered this questionnaire (and pair) before


def record_response(
    db: Database,
    form: ResponseForm,
    actor: str = "",
    source: ResponseSource = ResponseSource.ENTERED,
) -> int:
    """Save ``form`` whole or not at all, replacing the person's earlier answers to the same
    questionnaire; returns the response id (the earlier one's, when replaced)."""
    with db.unit_of_work() as session:
        return record_in(session, db.clock, form, actor, source).response_id


def record_in(
    session: Session,
    clock: Clock,
    form: ResponseForm,
    actor: str = "",
    source: ResponseSource = ResponseSource.ENTERED,
    audited: bool = True,
) -> Recorded:
    """``record_response`` inside the caller's unit of work, so that an import writes many
    responses in one transaction; ``audited=False`` leaves the audit entry to the caller."""
    version = load_version(session, form.version_id)
    questionnaire = version.questionnaire
    participation = session.get(Participation, form.participation_id)
    if participation is None:
        raise NotFound(_("This participant no longer exists."))
    _check_respondent(session, questionnaire, participation, form)
    info = info_of(session, version)
    errors = validate_response(info, form, clock.today())
    if errors:
        raise ValidationFailed(errors)
    earlier = _earlier(session, questionnaire, participation.id, form)
    for extra in earlier[1:]:
        session.delete(extra)
    response = earlier[0] if earlier else Response(participation=participation)
    response.answers.clear()
    session.flush()
    response.version = version
    response.pairing_id = form.pairing_id
    assert form.submitted_on is not None  # checked by validate_response
    response.submitted_on = form.submitted_on
    response.source = source
    response.created_at = clock.now()
    for question in info.questions:
        value = form.answers.get(question.code, AnswerValue())
        if _given(question, value):
            response.answers.append(_stored(question, value))
    session.add(response)
    session.flush()
    if audited:
        audit.record(
            session,
            clock,
            actor=actor,
            action="response_recorded",
            entity="response",
            entity_id=response.id,
            cohort_id=participation.cohort_id,
            summary=participation.person.full_name,
            details={
                "questionnaire": f"{questionnaire.kind.value}:{questionnaire.audience.value}",
                "version": version.number,
                "participation_id": participation.id,
                "pairing_id": form.pairing_id,
                "source": source.value,
                "replaced": bool(earlier),
                "answers": len(response.answers),
            },
        )
    return Recorded(response.id, bool(earlier))


def _load_response(session: Session, response_id: int) -> Response:
    response = session.get(Response, response_id)
    if response is None:
        raise NotFound(_("These answers no longer exist."))
    return response


def response_form(db: Database, response_id: int) -> tuple[ResponseForm, QuestionnaireInfo]:
    """Stored answers, ready to edit, with the questions of the version they answered."""
    with db.unit_of_work() as session:
        response = _load_response(session, response_id)
        info = info_of(session, response.version)
        answers = {
            a.question.code: AnswerValue(a.number, a.text or "", tuple(a.choices or ()))
            for a in response.answers
        }
        form = ResponseForm(
            participation_id=response.participation_id,
            version_id=response.version_id,
            pairing_id=response.pairing_id,
            submitted_on=response.submitted_on,
            answers=answers,
        )
        return form, info


def delete_response(db: Database, response_id: int, actor: str = "") -> None:
    with db.unit_of_work() as session:
        response = _load_response(session, response_id)
        questionnaire = response.version.questionnaire
        participation = response.participation
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="response_deleted",
            entity="response",
            entity_id=response.id,
            cohort_id=participation.cohort_id,
            summary=participation.person.full_name,
            details={
                "questionnaire": f"{questionnaire.kind.value}:{questionnaire.audience.value}",
                "version": response.version.number,
                "participation_id": participation.id,
                "pairing_id": response.pairing_id,
            },
        )
        session.delete(response)
