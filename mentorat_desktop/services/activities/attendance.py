"""Recording who came to an activity, for everyone at once, in one transaction."""

from __future__ import annotations

from collections.abc import Mapping

from mentorat_desktop.db import Database
from mentorat_desktop.errors import UserError
from mentorat_desktop.i18n import _
from mentorat_desktop.models import ActivityInvitation
from mentorat_desktop.models.enums import ActivityStatus, Attendance
from mentorat_desktop.services.activities.audience import audience_participations
from mentorat_desktop.services.activities.planning import (
    activity_row,
    load_activity,
    record_activity,
)
from mentorat_desktop.services.activities.records import ActivityRow


def record_attendance(
    db: Database,
    activity_id: int,
    attendance: Mapping[int, Attendance],
    actor: str = "",
) -> ActivityRow:
    """Write the attendance of every invitee; the activity becomes held.

    ``attendance`` maps every invited participation to present, absent or excused; anyone
    missing from it is refused rather than guessed, so that the counts stay true.
    """
    with db.unit_of_work() as session:
        activity = load_activity(session, activity_id)
        if activity.status == ActivityStatus.CANCELLED:
            raise UserError(_("This activity was cancelled; there is no attendance to record."))
        if db.clock.now().date() < activity.held_on:
            raise UserError(_("Attendance can be recorded from the day of the activity."))
        if activity.attendance_recorded_at is not None:
            invited = [i.participation_id for i in activity.invitations if i.participation_id]
        else:
            invited = [p.id for p in audience_participations(session, activity)]
        missing = [pid for pid in invited if pid not in attendance]
        unknown = [pid for pid in attendance if pid not in invited]
        if missing or unknown:
            raise UserError(
                _("Say for every invited person whether they were present, absent or excused.")
            )
        by_participation = {
            i.participation_id: i for i in activity.invitations if i.participation_id is not None
        }
        for participation_id in invited:
            invitation = by_participation.get(participation_id)
            if invitation is None:
                invitation = ActivityInvitation(participation_id=participation_id)
                activity.invitations.append(invitation)
            invitation.attendance = Attendance(attendance[participation_id])
        activity.attendance_recorded_at = db.clock.now()
        activity.status = ActivityStatus.HELD
        session.flush()
        record_activity(
            session,
            db,
            actor,
            "activity_attendance",
            activity,
            details={"present": sum(a == Attendance.PRESENT for a in attendance.values())},
        )
        return activity_row(session, activity)


def clear_attendance(db: Database, activity_id: int, actor: str = "") -> ActivityRow:
    """Take back recorded attendance (the undo): the activity is planned again."""
    with db.unit_of_work() as session:
        activity = load_activity(session, activity_id)
        for invitation in list(activity.invitations):
            if activity.audience.value == "chosen" and invitation.participation_id is not None:
                invitation.attendance = None
            else:
                activity.invitations.remove(invitation)
        activity.attendance_recorded_at = None
        activity.status = ActivityStatus.PLANNED
        record_activity(session, db, actor, "activity_attendance_cleared", activity)
        return activity_row(session, activity)
