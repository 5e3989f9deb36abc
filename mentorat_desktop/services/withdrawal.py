"""Withdrawing a participant from a program year, and reinstating one withdrawn by mistake.

A withdrawn person stays on file. Their relationships cannot go on without them: draft
pairs (mere proposals) are removed, and confirmed or active pairs end early in the same
transaction; a mentor's withdrawal sends their mentees back to the waiting list.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, NotFound, ValidationFailed
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Pairing, Participation
from mentorat_desktop.models.enums import (
    EarlyEndReason,
    EndKind,
    PairingStatus,
    ParticipationStatus,
    Role,
)
from mentorat_desktop.services import audit
from mentorat_desktop.services.registration import ParticipantRow, row_of
from mentorat_desktop.services.validation import required_message


def _open_pairings(session: Session, participation_id: int) -> list[Pairing]:
    return list(
        session.scalars(
            select(Pairing).where(
                or_(Pairing.mentor_id == participation_id, Pairing.mentee_id == participation_id),
                Pairing.status != PairingStatus.ENDED,
            )
        )
    )


def open_pairings_count(db: Database, participation_id: int) -> int:
    """How many pairs a withdrawal would remove or end, to warn before doing it."""
    with db.unit_of_work() as session:
        return len(_open_pairings(session, participation_id))


def _load(session: Session, participation_id: int) -> Participation:
    participation = session.get(Participation, participation_id)
    if participation is None:
        raise NotFound(_("This participant no longer exists."))
    return participation


def withdraw(
    db: Database, participation_id: int, on: date, reason: str, actor: str = ""
) -> ParticipantRow:
    """Mark a participant withdrawn with the date and reason, and close their pairs."""
    reason = reason.strip()
    if not reason:
        raise ValidationFailed([FieldError("reason", required_message(_("Reason")))])
    with db.unit_of_work() as session:
        participation = _load(session, participation_id)
        if participation.status == ParticipationStatus.WITHDRAWN:
            raise ValidationFailed(
                [FieldError("status", _("This participant has already withdrawn."))]
            )
        if on < participation.registered_on:
            raise ValidationFailed(
                [FieldError("on", _("The withdrawal cannot come before the registration."))]
            )
        participation.status = ParticipationStatus.WITHDRAWN
        participation.withdrawn_on = on
        participation.withdrawal_reason = reason
        participation.updated_at = db.clock.now()
        for pairing in _open_pairings(session, participation_id):
            _close(session, db, pairing, participation, on, reason, actor)
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="participation.withdraw",
            entity="participation",
            entity_id=participation.id,
            cohort_id=participation.cohort_id,
            summary=participation.person.full_name,
        )
        return row_of(participation)


def _close(
    session: Session,
    db: Database,
    pairing: Pairing,
    leaving: Participation,
    on: date,
    reason: str,
    actor: str,
) -> None:
    if pairing.status == PairingStatus.DRAFT:
        session.delete(pairing)
        action = "pairing.discard"
    else:
        pairing.status = PairingStatus.ENDED
        pairing.ended_on = max(on, pairing.assigned_at.date()) if pairing.assigned_at else on
        pairing.end_kind = EndKind.EARLY
        pairing.end_reason = EarlyEndReason.OTHER
        pairing.end_reason_detail = reason
        pairing.mentee_wants_new_mentor = leaving.role == Role.MENTOR
        action = "pairing.end"
    audit.record(
        session,
        db.clock,
        actor=actor,
        action=action,
        entity="pairing",
        entity_id=pairing.id,
        cohort_id=pairing.cohort_id,
        summary=leaving.person.full_name,
        details={"cause": "withdrawal"},
    )


def reinstate(db: Database, participation_id: int, actor: str = "") -> ParticipantRow:
    """Undo a withdrawal made by mistake; pairs it ended stay ended."""
    with db.unit_of_work() as session:
        participation = _load(session, participation_id)
        if participation.status != ParticipationStatus.WITHDRAWN:
            raise ValidationFailed([FieldError("status", _("This participant has not withdrawn."))])
        participation.status = ParticipationStatus.REGISTERED
        participation.withdrawn_on = None
        participation.withdrawal_reason = ""
        participation.updated_at = db.clock.now()
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="participation.reinstate",
            entity="participation",
            entity_id=participation.id,
            cohort_id=participation.cohort_id,
            summary=participation.person.full_name,
        )
        return row_of(participation)
