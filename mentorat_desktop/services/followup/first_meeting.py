"""Phase 7: the first formal meeting sets the goals, and both sign the confidentiality
engagement. The pair keeps the signed page; the file records only that it was signed, and when.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, UserError, ValidationFailed
from mentorat_desktop.i18n import _
from mentorat_desktop.models import Pairing
from mentorat_desktop.services.followup import goals as goal_rules
from mentorat_desktop.services.followup import sessions as session_rules
from mentorat_desktop.services.followup.goals import GoalForm
from mentorat_desktop.services.followup.sessions import SessionForm
from mentorat_desktop.services.followup.steps_common import (
    changes,
    date_errors,
    load_pairing,
    record_step,
    snapshot,
)

_FIELDS = ("first_meeting_on", "engagement_signed_on")


@dataclass
class FirstMeetingForm:
    met_on: date | None = None
    goals: list[GoalForm] = field(default_factory=list)
    # None while the engagement is not signed yet; the dashboard then reminds the committee.
    engagement_signed_on: date | None = None
    # The meeting logged as a session too, so that its hours count; None to leave it out.
    session: SessionForm | None = None


def validate(form: FirstMeetingForm, pairing: Pairing, today: date) -> list[FieldError]:
    after = pairing.shared_understanding_on or pairing.first_contact_on
    what = (
        _("the shared understanding") if pairing.shared_understanding_on else _("the first contact")
    )
    errors = date_errors("met_on", form.met_on, today, after, what)
    if pairing.ended_on and form.met_on and form.met_on > pairing.ended_on:
        errors.append(FieldError("met_on", _("The date cannot come after the end.")))
    errors += goal_rules.validate_goals(form.goals, form.met_on)
    errors += date_errors(
        "engagement_signed_on",
        form.engagement_signed_on,
        today,
        pairing.first_contact_on,
        _("the first contact"),
        required=False,
    )
    if form.session is not None:
        errors += session_rules.validate(form.session, pairing, today)
    return errors


def record_first_meeting(
    db: Database, pairing_id: int, form: FirstMeetingForm, actor: str = ""
) -> None:
    now = db.clock.now()
    with db.unit_of_work() as session:
        pairing = load_pairing(session, pairing_id)
        if pairing.first_contact_on is None or pairing.suits_both is False:
            raise UserError(_("Record a first contact where the pairing suits both first."))
        errors = validate(form, pairing, now.date())
        if errors:
            raise ValidationFailed(errors)
        correction = pairing.first_meeting_on is not None
        before = snapshot(pairing, _FIELDS)
        pairing.first_meeting_on = form.met_on
        pairing.engagement_signed_on = form.engagement_signed_on
        goal_changes = goal_rules.apply_goals(pairing, form.goals, now)
        logged = form.session is not None and all(
            s.held_on != form.session.held_on for s in pairing.sessions
        )
        if logged:
            assert form.session is not None
            session_rules.new_session(pairing, form.session, now)
        record_step(
            session,
            db,
            actor,
            "pairing.first_meeting",
            pairing,
            correction,
            changes(before, snapshot(pairing, _FIELDS)),
            goals=goal_changes.as_details(),
            session_logged=logged,
        )
