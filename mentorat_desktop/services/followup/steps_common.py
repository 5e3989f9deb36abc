"""What every follow-up step shares: finding the pair, checking dates, writing the audit.

Each step can be recorded again to correct it; the audit entry then says so and keeps the
values it replaced, so the trail shows who changed what and when.
"""

from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, NotFound, UserError
from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.models import Pairing
from mentorat_desktop.models.enums import PairingStatus, ParticipationStatus
from mentorat_desktop.services import audit


def load_pairing(session: Session, pairing_id: int) -> Pairing:
    """A confirmed, active or ended pair; drafts have no follow-up yet."""
    pairing = session.get(Pairing, pairing_id)
    if pairing is None:
        raise NotFound(_("This pair no longer exists."))
    if pairing.status == PairingStatus.DRAFT or pairing.assigned_at is None:
        raise UserError(_("Confirm this pair on the matching board before following it up."))
    return pairing


def names(pairing: Pairing) -> str:
    return f"{pairing.mentor.person.full_name} – {pairing.mentee.person.full_name}"


def date_errors(
    field: str,
    value: date | None,
    today: date,
    not_before: date | None,
    before_what: str = "",
    required: bool = True,
) -> list[FieldError]:
    """A date is given when required, not in the future, and not before the step it follows."""
    if value is None:
        return [FieldError(field, _("Enter the date."))] if required else []
    if value > today:
        return [FieldError(field, _("The date cannot be in the future."))]
    if not_before is not None and value < not_before:
        return [
            FieldError(
                field,
                _("The date cannot come before {what} ({day}).").format(
                    what=before_what, day=format_date(not_before)
                ),
            )
        ]
    return []


def assigned_on(pairing: Pairing) -> date:
    assert pairing.assigned_at is not None
    return pairing.assigned_at.date()


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def snapshot(pairing: Pairing, fields: tuple[str, ...]) -> dict[str, Any]:
    return {name: _plain(getattr(pairing, name)) for name in fields}


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Field -> [before, after] for what a correction changed."""
    return {k: [before.get(k), v] for k, v in after.items() if before.get(k) != v}


def record_step(
    session: Session,
    db: Database,
    actor: str,
    action: str,
    pairing: Pairing,
    correction: bool,
    changed: dict[str, list[Any]] | None = None,
    **details: Any,
) -> None:
    audit.record(
        session,
        db.clock,
        actor=actor,
        action=action,
        entity="pairing",
        entity_id=pairing.id,
        cohort_id=pairing.cohort_id,
        summary=names(pairing),
        details={"correction": correction, "changes": changed or {}, **details},
    )


def mentee_taken_message() -> str:
    return _(
        "The mentee already has another pair, so this one cannot go on; end or remove the "
        "other pair first."
    )


def reopen(session: Session, pairing: Pairing) -> None:
    """An end recorded by mistake: the pair goes on, as long as nothing replaced it."""
    other = session.scalar(
        select(Pairing.id).where(
            Pairing.mentee_id == pairing.mentee_id,
            Pairing.id != pairing.id,
            Pairing.status != PairingStatus.ENDED,
        )
    )
    if other is not None:
        raise UserError(mentee_taken_message())
    if any(p.status == ParticipationStatus.WITHDRAWN for p in (pairing.mentor, pairing.mentee)):
        raise UserError(
            _("One of the two has withdrawn from the program year; reinstate them first.")
        )
    pairing.status = PairingStatus.ACTIVE if pairing.first_contact_on else PairingStatus.CONFIRMED
    pairing.ended_on = None
    pairing.end_kind = None
    pairing.end_reason = None
    pairing.end_reason_detail = ""
    pairing.mentee_wants_new_mentor = False
    pairing.reflection = ""
