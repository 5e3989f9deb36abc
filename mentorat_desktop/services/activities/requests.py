"""Participants' wishes for a topic, kept with who asked and when, until an activity answers."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, NotFound, ValidationFailed
from mentorat_desktop.i18n import _
from mentorat_desktop.models import ActivityRequest, Participation
from mentorat_desktop.services import audit
from mentorat_desktop.services.activities.planning import request_row
from mentorat_desktop.services.activities.records import RequestRow


def record_request(
    db: Database,
    participation_id: int,
    topic: str,
    details: str = "",
    requested_on: date | None = None,
    actor: str = "",
) -> RequestRow:
    if not topic.strip():
        raise ValidationFailed([FieldError("topic", _("Say which topic was asked for."))])
    with db.unit_of_work() as session:
        participation = session.get(Participation, participation_id)
        if participation is None:
            raise NotFound(_("That person is not registered in this program year."))
        request = ActivityRequest(
            cohort_id=participation.cohort_id,
            participation_id=participation_id,
            topic=topic.strip(),
            details=details.strip(),
            requested_on=requested_on or db.clock.today(),
        )
        session.add(request)
        session.flush()
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="activity_requested",
            entity="activity_request",
            entity_id=request.id,
            cohort_id=participation.cohort_id,
        )
        return request_row(request, session)


def delete_request(db: Database, request_id: int, actor: str = "") -> None:
    with db.unit_of_work() as session:
        request = session.get(ActivityRequest, request_id)
        if request is None:
            raise NotFound(_("There is no request number {id}.").format(id=request_id))
        audit.record(
            session,
            db.clock,
            actor=actor,
            action="activity_request_deleted",
            entity="activity_request",
            entity_id=request.id,
            cohort_id=request.cohort_id,
        )
        session.delete(request)


def list_requests(db: Database, cohort_id: int, *, pending_only: bool = False) -> list[RequestRow]:
    """The year's requests, oldest first; ``pending_only`` keeps those no activity answers."""
    with db.unit_of_work() as session:
        query = (
            select(ActivityRequest)
            .options(selectinload(ActivityRequest.activity))
            .where(ActivityRequest.cohort_id == cohort_id)
            .order_by(ActivityRequest.requested_on, ActivityRequest.id)
        )
        if pending_only:
            query = query.where(ActivityRequest.activity_id.is_(None))
        return [request_row(r, session) for r in session.scalars(query)]
