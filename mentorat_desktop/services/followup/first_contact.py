"""Phase 5: the mentor's first call, the working agreements, and whether the pairing suits.

"It does not suit" is a normal outcome: the pair ends early on the day of the call and the
mentee goes back to the matching board's waiting list, with the pair kept in the history.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.exc import IntegrityError

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, UserError, ValidationFailed
from mentorat_desktop.i18n import N_, _, format_date
from mentorat_desktop.models import Pairing
from mentorat_desktop.models.enums import EarlyEndReason, EndKind, PairingStatus
from mentorat_desktop.services.followup.first_contact_guide import GUIDE_CODES
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

# What the pair agrees on at first contact, in the order the wizard asks.
AGREEMENT_TOPICS: dict[str, str] = {
    "calendar": N_("Meeting calendar"),
    "frequency": N_("Frequency and length of meetings"),
    "modes": N_("Meeting modes"),
    "cancellations": N_("Cancellations"),
    "problems": N_("How problems are handled"),
    "confidentiality": N_("Confidentiality"),
}
AGREEMENT_LIMIT = 1000
_FIELDS = (
    "first_contact_on",
    "agreements",
    "topics_discussed",
    "suits_both",
    "status",
    "ended_on",
    "end_kind",
    "end_reason",
    "mentee_wants_new_mentor",
)


def agreement_title(key: str) -> str:
    return _(AGREEMENT_TOPICS[key])


@dataclass
class FirstContactForm:
    contact_on: date | None = None
    agreements: dict[str, str] = field(default_factory=dict)
    # None until someone answers; the wizard asks explicitly.
    suits_both: bool | None = None
    # Codes of the guide's questions they talked about (first_contact_guide), not the answers.
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class FirstContactOutcome:
    pairing_id: int
    ended: bool
    # The mentee is waiting for a new mentor on the matching board.
    mentee_back_to_waiting: bool


def validate(form: FirstContactForm, assigned: date, today: date) -> list[FieldError]:
    errors = date_errors(
        "contact_on", form.contact_on, today, assigned, _("the assignment of the pair")
    )
    for key, text in form.agreements.items():
        if key not in AGREEMENT_TOPICS:
            errors.append(FieldError("agreements", _("Unknown agreement topic.")))
        elif len(text.strip()) > AGREEMENT_LIMIT:
            errors.append(
                FieldError(
                    "agreements",
                    _("{field} is too long (at most {limit} characters).").format(
                        field=agreement_title(key), limit=AGREEMENT_LIMIT
                    ),
                )
            )
    if any(code not in GUIDE_CODES for code in form.topics):
        errors.append(FieldError("topics", _("Unknown question of the first-contact guide.")))
    if form.suits_both is None:
        errors.append(FieldError("suits_both", _("Say whether the pairing suits both of them.")))
    return errors


def _later_steps_errors(pairing: Pairing, form: FirstContactForm) -> list[FieldError]:
    """A correction must not contradict the steps recorded after the first contact."""
    later = [
        d
        for d in (
            pairing.shared_understanding_on,
            pairing.first_meeting_on,
            *(s.held_on for s in pairing.sessions),
        )
        if d is not None
    ]
    if not later:
        return []
    errors = []
    if not form.suits_both:
        errors.append(
            FieldError(
                "suits_both",
                _(
                    "Later steps are already recorded for this pair; record the end of the "
                    "relationship instead."
                ),
            )
        )
    assert form.contact_on is not None
    if form.contact_on > min(later):
        errors.append(
            FieldError(
                "contact_on",
                _("The first contact cannot come after the steps that followed it ({day}).").format(
                    day=format_date(min(later))
                ),
            )
        )
    return errors


def _unsuitable(pairing: Pairing) -> bool:
    return (
        pairing.status == PairingStatus.ENDED
        and pairing.end_reason == EarlyEndReason.UNSUITABLE_AT_FIRST_CONTACT
    )


def record_first_contact(
    db: Database, pairing_id: int, form: FirstContactForm, actor: str = ""
) -> FirstContactOutcome:
    """Record (or correct) the first contact in one transaction."""
    today = db.clock.today()
    try:
        with db.unit_of_work() as session:
            pairing = load_pairing(session, pairing_id)
            errors = validate(form, assigned_on(pairing), today)
            if errors:
                raise ValidationFailed(errors)
            assert form.contact_on is not None
            if pairing.status == PairingStatus.ENDED and not _unsuitable(pairing):
                if not form.suits_both:
                    raise ValidationFailed(
                        [
                            FieldError(
                                "suits_both",
                                _(
                                    "This relationship has already ended for another reason; "
                                    "correct its end instead."
                                ),
                            )
                        ]
                    )
                if pairing.ended_on is not None and form.contact_on > pairing.ended_on:
                    raise ValidationFailed(
                        [
                            FieldError(
                                "contact_on",
                                _("The first contact cannot come after the end of the pair."),
                            )
                        ]
                    )
            later = _later_steps_errors(pairing, form)
            if later:
                raise ValidationFailed(later)
            correction = pairing.first_contact_on is not None
            before = snapshot(pairing, _FIELDS)
            pairing.first_contact_on = form.contact_on
            pairing.agreements = {
                key: form.agreements.get(key, "").strip()
                for key in AGREEMENT_TOPICS
                if form.agreements.get(key, "").strip()
            }
            pairing.topics_discussed = [c for c in GUIDE_CODES if c in form.topics]
            pairing.suits_both = form.suits_both
            if not form.suits_both:
                _end_unsuitable(pairing, form.contact_on)
            elif _unsuitable(pairing):
                reopen(session, pairing)
            elif pairing.status == PairingStatus.CONFIRMED:
                pairing.status = PairingStatus.ACTIVE
            record_step(
                session,
                db,
                actor,
                "pairing.first_contact",
                pairing,
                correction,
                changes(before, snapshot(pairing, _FIELDS)),
            )
            session.flush()
            return FirstContactOutcome(
                pairing.id,
                ended=pairing.status == PairingStatus.ENDED,
                mentee_back_to_waiting=pairing.status == PairingStatus.ENDED
                and pairing.mentee_wants_new_mentor,
            )
    except IntegrityError as error:
        raise UserError(mentee_taken_message()) from error


def _end_unsuitable(pairing: Pairing, on: date) -> None:
    pairing.status = PairingStatus.ENDED
    pairing.ended_on = on
    pairing.end_kind = EndKind.EARLY
    pairing.end_reason = EarlyEndReason.UNSUITABLE_AT_FIRST_CONTACT
    pairing.mentee_wants_new_mentor = True
