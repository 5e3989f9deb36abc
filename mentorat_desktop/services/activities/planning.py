"""Planning, changing, cancelling and listing a year's activities; one transaction each."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, NotFound, UserError, ValidationFailed
from mentorat_desktop.i18n import _
from mentorat_desktop.models import (
    ActivityInvitation,
    ActivityRequest,
    Cohort,
    Participation,
    TrainingActivity,
)
from mentorat_desktop.models.enums import (
    ActivityAudience,
    ActivityProposer,
    ActivityStatus,
    Attendance,
    Role,
)
from mentorat_desktop.services import audit
from mentorat_desktop.services.activities.audience import audience_participations, invitees
from mentorat_desktop.services.activities.records import (
    ActivityForm,
    ActivityRow,
    Invitee,
    RequestRow,
)

MAX_DURATION_MINUTES = 12 * 60


def validate(form: ActivityForm) -> list[FieldError]:
    errors = []
    if not form.title.strip():
        errors.append(FieldError("title", _("Give the activity a title.")))
    if form.held_on is None:
        errors.append(FieldError("held_on", _("Choose the date of the activity.")))
    if not 0 < form.duration_minutes <= MAX_DURATION_MINUTES:
        errors.append(
            FieldError("duration_minutes", _("The duration must be between 1 minute and 12 hours."))
        )
    link = form.video_link.strip()
    if link and not link.lower().startswith(("https://", "http://")):
        errors.append(
            FieldError("video_link", _("The video link must start with https:// or http://."))
        )
    if form.audience == ActivityAudience.CHOSEN and not form.chosen:
        errors.append(FieldError("chosen", _("Choose at least one person to invite.")))
    if form.proposed_by == ActivityProposer.MENTOR and form.proposing_mentor_id is None:
        errors.append(FieldError("proposing_mentor_id", _("Choose the mentor who proposed it.")))
    return errors


def request_row(request: ActivityRequest, session: Session) -> RequestRow:
    requester = (
        session.get(Participation, request.participation_id) if request.participation_id else None
    )
    return RequestRow(
        id=request.id,
        topic=request.topic,
        details=request.details,
        requested_on=request.requested_on,
        requester_name=requester.person.full_name if requester else _("(removed)"),
        requester_id=request.participation_id,
        activity_id=request.activity_id,
        activity_title=request.activity.title if request.activity else "",
    )


def activity_row(session: Session, activity: TrainingActivity) -> ActivityRow:
    counts = {kind: 0 for kind in Attendance}
    if activity.attendance_recorded_at is not None:
        for invitation in activity.invitations:
            if invitation.attendance is not None:
                counts[invitation.attendance] += 1
        invited = sum(counts.values())
    else:
        invited = len(audience_participations(session, activity))
    cohort = session.get(Cohort, activity.cohort_id)
    assert cohort is not None
    return ActivityRow(
        id=activity.id,
        cohort_id=activity.cohort_id,
        cohort_name=cohort.name,
        title=activity.title,
        description=activity.description,
        kind=activity.kind,
        held_on=activity.held_on,
        starts_at=activity.starts_at,
        duration_minutes=activity.duration_minutes,
        place=activity.place,
        video_link=activity.video_link,
        language=activity.language,
        audience=activity.audience,
        proposed_by=activity.proposed_by,
        proposing_mentor_id=activity.proposing_mentor_id,
        status=activity.status,
        cancellation_reason=activity.cancellation_reason,
        attendance_recorded_at=activity.attendance_recorded_at,
        invited=invited,
        present=counts[Attendance.PRESENT],
        absent=counts[Attendance.ABSENT],
        excused=counts[Attendance.EXCUSED],
        requests=tuple(request_row(r, session) for r in activity.requests),
    )


def record_activity(
    session: Session,
    db: Database,
    actor: str,
    action: str,
    activity: TrainingActivity,
    details: dict[str, object] | None = None,
) -> None:
    """The audit entry of a step on an activity: who, which activity, in which year."""
    audit.record(
        session,
        db.clock,
        actor=actor,
        action=action,
        entity="training_activity",
        entity_id=activity.id,
        cohort_id=activity.cohort_id,
        summary=activity.title,
        details=details,
    )


def load_activity(session: Session, activity_id: int) -> TrainingActivity:
    activity = session.get(
        TrainingActivity,
        activity_id,
        options=[
            selectinload(TrainingActivity.invitations),
            selectinload(TrainingActivity.requests),
        ],
    )
    if activity is None:
        raise NotFound(_("There is no activity number {id}.").format(id=activity_id))
    return activity


def _apply(session: Session, activity: TrainingActivity, form: ActivityForm) -> None:
    assert form.held_on is not None
    activity.title = form.title.strip()
    activity.description = form.description.strip()
    activity.kind = form.kind
    activity.held_on = form.held_on
    activity.starts_at = form.starts_at
    activity.duration_minutes = form.duration_minutes
    activity.place = form.place.strip()
    activity.video_link = form.video_link.strip()
    activity.language = form.language
    activity.audience = form.audience
    activity.proposed_by = form.proposed_by
    activity.proposing_mentor_id = (
        form.proposing_mentor_id if form.proposed_by == ActivityProposer.MENTOR else None
    )
    if activity.attendance_recorded_at is None:
        activity.invitations.clear()
        if form.audience == ActivityAudience.CHOSEN:
            for participation_id in dict.fromkeys(form.chosen):
                _check_participation(session, activity.cohort_id, participation_id)
                activity.invitations.append(ActivityInvitation(participation_id=participation_id))
    if form.proposed_by == ActivityProposer.MENTOR:
        _check_participation(session, activity.cohort_id, form.proposing_mentor_id, Role.MENTOR)
    for request in list(activity.requests):
        if request.id not in form.request_ids:
            request.activity = None
    for request_id in form.request_ids:
        request = session.get(ActivityRequest, request_id)
        if request is None or request.cohort_id != activity.cohort_id:
            raise NotFound(_("There is no request number {id}.").format(id=request_id))
        request.activity = activity


def _check_participation(
    session: Session, cohort_id: int, participation_id: int | None, role: Role | None = None
) -> None:
    p = session.get(Participation, participation_id) if participation_id else None
    if p is None or p.cohort_id != cohort_id or (role and p.role != role):
        raise NotFound(_("That person is not registered in this program year."))


def plan_activity(db: Database, cohort_id: int, form: ActivityForm, actor: str = "") -> ActivityRow:
    errors = validate(form)
    if errors:
        raise ValidationFailed(errors)
    with db.unit_of_work() as session:
        if session.get(Cohort, cohort_id) is None:
            raise NotFound(_("There is no such program year."))
        activity = TrainingActivity(cohort_id=cohort_id, created_at=db.clock.now())
        session.add(activity)
        _apply(session, activity, form)
        session.flush()
        record_activity(session, db, actor, "activity_planned", activity)
        return activity_row(session, activity)


def update_activity(
    db: Database, activity_id: int, form: ActivityForm, actor: str = ""
) -> ActivityRow:
    errors = validate(form)
    if errors:
        raise ValidationFailed(errors)
    with db.unit_of_work() as session:
        activity = load_activity(session, activity_id)
        _apply(session, activity, form)
        record_activity(session, db, actor, "activity_changed", activity)
        return activity_row(session, activity)


def delete_activity(db: Database, activity_id: int, actor: str = "") -> None:
    """Take back a planning (the undo of ``plan_activity``); refused once attendance is taken."""
    with db.unit_of_work() as session:
        activity = load_activity(session, activity_id)
        if activity.attendance_recorded_at is not None:
            raise UserError(_("An activity whose attendance is recorded cannot be deleted."))
        for request in list(activity.requests):
            request.activity = None
        record_activity(session, db, actor, "activity_deleted", activity)
        session.delete(activity)


def cancel_activity(
    db: Database, activity_id: int, reason: str = "", actor: str = ""
) -> ActivityRow:
    with db.unit_of_work() as session:
        activity = load_activity(session, activity_id)
        if activity.status == ActivityStatus.HELD:
            raise UserError(_("This activity was held; it can no longer be cancelled."))
        activity.status = ActivityStatus.CANCELLED
        activity.cancellation_reason = reason.strip()
        record_activity(session, db, actor, "activity_cancelled", activity)
        return activity_row(session, activity)


def restore_activity(db: Database, activity_id: int, actor: str = "") -> ActivityRow:
    """Put a cancelled activity back as planned (the undo of ``cancel_activity``)."""
    with db.unit_of_work() as session:
        activity = load_activity(session, activity_id)
        if activity.status == ActivityStatus.CANCELLED:
            activity.status = ActivityStatus.PLANNED
            activity.cancellation_reason = ""
            record_activity(session, db, actor, "activity_restored", activity)
        return activity_row(session, activity)


def list_activities(db: Database, cohort_id: int) -> list[ActivityRow]:
    """The year's activities: upcoming first (soonest first), then the rest, latest first."""
    now = db.clock.now()
    with db.unit_of_work() as session:
        activities = session.scalars(
            select(TrainingActivity)
            .options(
                selectinload(TrainingActivity.invitations),
                selectinload(TrainingActivity.requests),
            )
            .where(TrainingActivity.cohort_id == cohort_id)
        ).all()
        rows = [activity_row(session, a) for a in activities]
    upcoming = sorted((r for r in rows if r.is_upcoming(now)), key=lambda r: r.starts)
    others = sorted(
        (r for r in rows if not r.is_upcoming(now)), key=lambda r: r.starts, reverse=True
    )
    return upcoming + others


def get_activity(db: Database, activity_id: int) -> ActivityRow:
    with db.unit_of_work() as session:
        return activity_row(session, load_activity(session, activity_id))


def activity_invitees(db: Database, activity_id: int) -> list[Invitee]:
    with db.unit_of_work() as session:
        return invitees(session, load_activity(session, activity_id))


def attendance_due(db: Database, cohort_id: int) -> list[ActivityRow]:
    """Activities that took place and still wait for their attendance, oldest first."""
    now = db.clock.now()
    rows = [r for r in list_activities(db, cohort_id) if r.attendance_due(now)]
    return sorted(rows, key=lambda r: r.starts)


def next_activity(db: Database, cohort_id: int) -> ActivityRow | None:
    now = db.clock.now()
    upcoming = [r for r in list_activities(db, cohort_id) if r.is_upcoming(now)]
    return upcoming[0] if upcoming else None
