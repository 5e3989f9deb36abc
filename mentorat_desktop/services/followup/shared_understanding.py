"""Phase 6: both have gone over roles and responsibilities and aligned their expectations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, UserError, ValidationFailed
from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.models import Pairing
from mentorat_desktop.services.followup.steps_common import (
    changes,
    date_errors,
    load_pairing,
    record_step,
    snapshot,
)

_FIELDS = ("shared_understanding_on", "roles_reviewed", "expectations_agreed")


@dataclass
class SharedUnderstandingForm:
    understood_on: date | None = None
    roles_reviewed: bool = False
    expectations_agreed: bool = False


def validate(form: SharedUnderstandingForm, pairing: Pairing, today: date) -> list[FieldError]:
    errors = date_errors(
        "understood_on",
        form.understood_on,
        today,
        pairing.first_contact_on,
        _("the first contact"),
    )
    if not form.roles_reviewed:
        errors.append(
            FieldError(
                "roles_reviewed",
                _("The step is done once both have reviewed their roles and responsibilities."),
            )
        )
    if not form.expectations_agreed:
        errors.append(
            FieldError(
                "expectations_agreed",
                _("The step is done once both have agreed on what they expect."),
            )
        )
    if (
        pairing.first_meeting_on
        and form.understood_on
        and form.understood_on > pairing.first_meeting_on
    ):
        errors.append(
            FieldError(
                "understood_on",
                _("The date cannot come after the first formal meeting ({day}).").format(
                    day=format_date(pairing.first_meeting_on)
                ),
            )
        )
    if pairing.ended_on and form.understood_on and form.understood_on > pairing.ended_on:
        errors.append(FieldError("understood_on", _("The date cannot come after the end.")))
    return errors


def record_shared_understanding(
    db: Database, pairing_id: int, form: SharedUnderstandingForm, actor: str = ""
) -> None:
    with db.unit_of_work() as session:
        pairing = load_pairing(session, pairing_id)
        if pairing.first_contact_on is None or pairing.suits_both is False:
            raise UserError(_("Record a first contact where the pairing suits both first."))
        errors = validate(form, pairing, db.clock.today())
        if errors:
            raise ValidationFailed(errors)
        correction = pairing.shared_understanding_on is not None
        before = snapshot(pairing, _FIELDS)
        pairing.shared_understanding_on = form.understood_on
        pairing.roles_reviewed = form.roles_reviewed
        pairing.expectations_agreed = form.expectations_agreed
        record_step(
            session,
            db,
            actor,
            "pairing.shared_understanding",
            pairing,
            correction,
            changes(before, snapshot(pairing, _FIELDS)),
        )
