"""Phase 9: the end of the relationship, normal or early.

An early end says why; when the mentee wants a new mentor, they go back to the matching
board's waiting list and the ended pair stays in the history.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.exc import IntegrityError

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, UserError, ValidationFailed
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Pairing
from mentorat_desktop.models.enums import EarlyEndReason, EndKind, PairingStatus
from mentorat_desktop.services.followup.steps_common import (
    assigned_on,
    changes,
    date_errors,
    load_pairing,
    mentee_taken_message,
    record_step,
    reopen,
    snapshot,
)
from mentorat_desktop.services.validation import too_long_message

TEXT_LIMIT = 4000
# The reasons someone chooses when ending; "did not suit at first contact" is recorded by
# the first-contact step itself.
CHOSEN_REASONS = (
    EarlyEndReason.GOALS_REACHED_EARLY,
    EarlyEndReason.EXPECTATIONS_NOT_MET,
    EarlyEndReason.AVAILABILITY,
    EarlyEndReason.OTHER,
)
_FIELDS = (
    "status",
    "ended_on",
    "end_kind",
    "end_reason",
    "end_reason_detail",
    "mentee_wants_new_mentor",
    "reflection",
)


@dataclass
class EndForm:
    kind: EndKind | None = None
    ended_on: date | None = None
    reason: EarlyEndReason | None = None
    reason_detail: str = ""
    mentee_wants_new_mentor: bool = False
    reflection: str = ""


@dataclass(frozen=True)
class EndOutcome:
    pairing_id: int
    mentee_back_to_waiting: bool


def validate(form: EndForm, pairing: Pairing, today: date) -> list[FieldError]:
    errors: list[FieldError] = []
    if form.kind is None:
        errors.append(
            FieldError("kind", _("Say whether the relationship ended normally or early."))
        )
    last_session = max((s.held_on for s in pairing.sessions), default=None)
    if last_session is not None:
        errors += date_errors("ended_on", form.ended_on, today, last_session, _("the last session"))
    else:
        errors += date_errors(
            "ended_on", form.ended_on, today, assigned_on(pairing), _("the assignment of the pair")
        )
    if form.kind == EndKind.EARLY:
        if form.reason is None:
            errors.append(FieldError("reason", _("Choose why the relationship ended early.")))
        elif form.reason == EarlyEndReason.OTHER and not form.reason_detail.strip():
            errors.append(FieldError("reason_detail", _("Say briefly what the other reason is.")))
    for field, label, text in (
        ("reason_detail", _("Details"), form.reason_detail),
        ("reflection", _("Reflection"), form.reflection),
    ):
        if len(text.strip()) > TEXT_LIMIT:
            errors.append(FieldError(field, too_long_message(label, TEXT_LIMIT)))
    return errors


def end_relationship(db: Database, pairing_id: int, form: EndForm, actor: str = "") -> EndOutcome:
    """End (or correct the end of) a relationship in one transaction."""
    with db.unit_of_work() as session:
        pairing = load_pairing(session, pairing_id)
        errors = validate(form, pairing, db.clock.today())
        if errors:
            raise ValidationFailed(errors)
        correction = pairing.status == PairingStatus.ENDED
        before = snapshot(pairing, _FIELDS)
        early = form.kind == EndKind.EARLY
        pairing.status = PairingStatus.ENDED
        pairing.ended_on = form.ended_on
        pairing.end_kind = form.kind
        pairing.end_reason = form.reason if early else None
        pairing.end_reason_detail = form.reason_detail.strip() if early else ""
        pairing.mentee_wants_new_mentor = early and form.mentee_wants_new_mentor
        pairing.reflection = form.reflection.strip()
        record_step(
            session,
            db,
            actor,
            "pairing.end",
            pairing,
            correction,
            changes(before, snapshot(pairing, _FIELDS)),
        )
        return EndOutcome(pairing.id, pairing.mentee_wants_new_mentor)


def reopen_relationship(db: Database, pairing_id: int, actor: str = "") -> None:
    """Undo an end recorded by mistake, as long as the mentee has not been paired again."""
    try:
        with db.unit_of_work() as session:
            pairing = load_pairing(session, pairing_id)
            if pairing.status != PairingStatus.ENDED:
                raise UserError(_("This relationship has not ended."))
            before = snapshot(pairing, _FIELDS)
            if pairing.end_reason == EarlyEndReason.UNSUITABLE_AT_FIRST_CONTACT:
                pairing.suits_both = True
            reopen(session, pairing)
            record_step(
                session,
                db,
                actor,
                "pairing.reopen",
                pairing,
                True,
                changes(before, snapshot(pairing, _FIELDS)),
            )
    except IntegrityError as error:
        raise UserError(mentee_taken_message()) from error
