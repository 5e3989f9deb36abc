"""Phase 8: the pair's meetings, entered quickly after each one; their length feeds the
hours and certification credits of both people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, NotFound, UserError, ValidationFailed
from mentorat_desktop.i18n import _
from mentorat_desktop.models import MentoringSession, Pairing
from mentorat_desktop.models.enums import GoalStatus, MeetingMode
from mentorat_desktop.services.followup.goals import apply_statuses
from mentorat_desktop.services.followup.steps_common import (
    assigned_on,
    date_errors,
    load_pairing,
    record_step,
)
from mentorat_desktop.services.leads import CAPABILITIES
from mentorat_desktop.services.validation import too_long_message

# Five minutes to ten hours: anything else is a typing mistake.
MIN_MINUTES = 5
MAX_MINUTES = 600
TEXT_LIMIT = 2000
_CODES = {c.code for c in CAPABILITIES}


@dataclass
class SessionForm:
    held_on: date | None = None
    duration_minutes: int = 60
    mode: MeetingMode | None = None
    topics: str = ""
    leads_capabilities: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class SessionRow:
    session_id: int
    held_on: date
    duration_minutes: int
    mode: MeetingMode
    topics: str
    leads_capabilities: tuple[str, ...]
    note: str


def row_of(meeting: MentoringSession) -> SessionRow:
    return SessionRow(
        meeting.id,
        meeting.held_on,
        meeting.duration_minutes,
        meeting.mode,
        meeting.topics,
        tuple(meeting.leads_capabilities or ()),
        meeting.note,
    )


# Built once (the pairs an expanding bound parameter): a year's list reads it at every show.
_BY_PAIRING = (
    select(
        MentoringSession.pairing_id,
        MentoringSession.id,
        MentoringSession.held_on,
        MentoringSession.duration_minutes,
        MentoringSession.mode,
        MentoringSession.topics,
        MentoringSession.leads_capabilities,
        MentoringSession.note,
    )
    .where(MentoringSession.pairing_id.in_(bindparam("pairing_ids", expanding=True)))
    .order_by(MentoringSession.held_on)
)


def rows_by_pairing(session: Session, pairing_ids: list[int]) -> dict[int, tuple[SessionRow, ...]]:
    """The meetings of many pairs, as ``row_of`` gives them and in the pair's order, read
    as plain rows (a year's list of pairs need not load each meeting as an object)."""
    found: dict[int, list[SessionRow]] = {pairing_id: [] for pairing_id in pairing_ids}
    if not pairing_ids:
        return {}
    rows = session.execute(_BY_PAIRING, {"pairing_ids": pairing_ids})
    for pairing_id, meeting_id, held_on, minutes, mode, topics, leads, note in rows:
        found[pairing_id].append(
            SessionRow(meeting_id, held_on, minutes, mode, topics, tuple(leads or ()), note)
        )
    return {pairing_id: tuple(meetings) for pairing_id, meetings in found.items()}


def form_of(row: SessionRow) -> SessionForm:
    return SessionForm(
        row.held_on, row.duration_minutes, row.mode, row.topics, row.leads_capabilities, row.note
    )


def validate(form: SessionForm, pairing: Pairing, today: date) -> list[FieldError]:
    errors = date_errors(
        "held_on", form.held_on, today, assigned_on(pairing), _("the assignment of the pair")
    )
    if pairing.ended_on and form.held_on and form.held_on > pairing.ended_on:
        errors.append(
            FieldError("held_on", _("The session cannot come after the end of the relationship."))
        )
    if not MIN_MINUTES <= form.duration_minutes <= MAX_MINUTES:
        errors.append(
            FieldError(
                "duration_minutes",
                _("The length must be between {low} and {high} minutes.").format(
                    low=MIN_MINUTES, high=MAX_MINUTES
                ),
            )
        )
    if form.mode is None:
        errors.append(FieldError("mode", _("Choose how they met.")))
    for field, label, text in (
        ("topics", _("Topics"), form.topics),
        ("note", _("Note"), form.note),
    ):
        if len(text.strip()) > TEXT_LIMIT:
            errors.append(FieldError(field, too_long_message(label, TEXT_LIMIT)))
    if set(form.leads_capabilities) - _CODES:
        errors.append(FieldError("leads_capabilities", _("Unknown LEADS capability.")))
    return errors


def _fill(meeting: MentoringSession, form: SessionForm) -> None:
    assert form.held_on is not None and form.mode is not None
    meeting.held_on = form.held_on
    meeting.duration_minutes = form.duration_minutes
    meeting.mode = form.mode
    meeting.topics = form.topics.strip()
    meeting.leads_capabilities = sorted(set(form.leads_capabilities))
    meeting.note = form.note.strip()


def new_session(pairing: Pairing, form: SessionForm, now: datetime) -> MentoringSession:
    meeting = MentoringSession(created_at=now)
    _fill(meeting, form)
    pairing.sessions.append(meeting)
    return meeting


def _checked(form: SessionForm, pairing: Pairing, today: date) -> None:
    errors = validate(form, pairing, today)
    if errors:
        raise ValidationFailed(errors)


def add_session(
    db: Database,
    pairing_id: int,
    form: SessionForm,
    goal_statuses: dict[int, GoalStatus] | None = None,
    actor: str = "",
) -> int:
    """Log a session and the goal statuses it changed, in one transaction."""
    now = db.clock.now()
    with db.unit_of_work() as session:
        pairing = load_pairing(session, pairing_id)
        _checked(form, pairing, now.date())
        meeting = new_session(pairing, form, now)
        goals = apply_statuses(pairing, goal_statuses or {}, now)
        session.flush()
        record_step(
            session,
            db,
            actor,
            "session.add",
            pairing,
            False,
            session_id=meeting.id,
            held_on=meeting.held_on.isoformat(),
            minutes=meeting.duration_minutes,
            goals=goals,
        )
        return meeting.id


def _load_session(session, session_id: int) -> MentoringSession:  # type: ignore[no-untyped-def]
    meeting = session.get(MentoringSession, session_id)
    if meeting is None:
        raise NotFound(_("This session no longer exists."))
    return meeting


def update_session(
    db: Database,
    session_id: int,
    form: SessionForm,
    goal_statuses: dict[int, GoalStatus] | None = None,
    actor: str = "",
) -> None:
    now = db.clock.now()
    with db.unit_of_work() as session:
        meeting = _load_session(session, session_id)
        pairing = load_pairing(session, meeting.pairing_id)
        _checked(form, pairing, now.date())
        before = row_of(meeting)
        _fill(meeting, form)
        after = row_of(meeting)
        changed = {
            name: [str(getattr(before, name)), str(getattr(after, name))]
            for name in (
                "held_on",
                "duration_minutes",
                "mode",
                "topics",
                "leads_capabilities",
                "note",
            )
            if getattr(before, name) != getattr(after, name)
        }
        goals = apply_statuses(pairing, goal_statuses or {}, now)
        record_step(
            session,
            db,
            actor,
            "session.update",
            pairing,
            True,
            changed,
            session_id=meeting.id,
            goals=goals,
        )


def delete_session(db: Database, session_id: int, actor: str = "") -> None:
    """Remove a session entered by mistake; the audit keeps its date and length."""
    with db.unit_of_work() as session:
        meeting = _load_session(session, session_id)
        pairing = load_pairing(session, meeting.pairing_id)
        if meeting not in pairing.sessions:
            raise UserError(_("This session no longer exists."))
        pairing.sessions.remove(meeting)
        record_step(
            session,
            db,
            actor,
            "session.delete",
            pairing,
            True,
            held_on=meeting.held_on.isoformat(),
            minutes=meeting.duration_minutes,
        )
