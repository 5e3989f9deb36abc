"""What is due or late in a program year, so that no pair falls through the cracks.

Every rule reads the database clock: "late" is late at the moment asked, and tests move
the clock instead of waiting.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, selectinload

from mentorat_desktop.db import Database
from mentorat_desktop.i18n import N_, _, format_date, ngettext
from mentorat_desktop.models import (
    Pairing,
    Participation,
    Questionnaire,
    QuestionnaireVersion,
    Response,
)
from mentorat_desktop.models.enums import PairingStatus, QuestionnaireKind
from mentorat_desktop.services.cohorts import load_cohort

HOUR = timedelta(hours=1)


class DueKind(StrEnum):
    FIRST_CONTACT_LATE = "first_contact_late"
    FIRST_CONTACT_SOON = "first_contact_soon"
    NO_RECENT_SESSION = "no_recent_session"
    ENGAGEMENT_NOT_SIGNED = "engagement_not_signed"
    PAST_END = "past_end"
    EVALUATIONS_MISSING = "evaluations_missing"
    # A program year (any year, not only the one shown) whose retention date passed.
    INFORMATION_TO_DESTROY = "personal_information_to_destroy"


_TITLES = {
    DueKind.FIRST_CONTACT_LATE: N_("First contact late"),
    DueKind.FIRST_CONTACT_SOON: N_("First contact to make"),
    DueKind.NO_RECENT_SESSION: N_("No recent session"),
    DueKind.ENGAGEMENT_NOT_SIGNED: N_("Engagement not signed"),
    DueKind.PAST_END: N_("Relationship to close"),
    DueKind.EVALUATIONS_MISSING: N_("Evaluations missing"),
    DueKind.INFORMATION_TO_DESTROY: N_("Personal information to destroy"),
}


def due_title(kind: DueKind) -> str:
    return _(_TITLES[kind])


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    pairing_id: int
    mentor_name: str
    mentor_email: str
    mentee_name: str
    mentee_email: str
    # When the item became due: the deadline that passed, or the day the step was missed.
    since: date
    detail: str
    # The program year an item is about when it is about no pair (pairing_id is then 0).
    cohort_id: int | None = None
    cohort_name: str = ""

    @property
    def is_late(self) -> bool:
        return self.kind != DueKind.FIRST_CONTACT_SOON


def retention_items(db: Database) -> list[DueItem]:
    """Years whose personal information is due for destruction, as items of the due list."""
    from mentorat_desktop.services.privacy.retention import years_to_destroy

    return [
        DueItem(
            kind=DueKind.INFORMATION_TO_DESTROY,
            pairing_id=0,
            mentor_name="",
            mentor_email="",
            mentee_name="",
            mentee_email="",
            since=year.retention_until,
            detail=_("{name}: kept until {date}, to anonymise").format(
                name=year.name, date=format_date(year.retention_until)
            ),
            cohort_id=year.cohort_id,
            cohort_name=year.name,
        )
        for year in years_to_destroy(db)
    ]


# Built once (the pairs an expanding bound parameter): the Pairs page reads it at every show.
_EVALUATED = (
    select(Response.pairing_id, Response.participation_id)
    .join(QuestionnaireVersion, Response.version_id == QuestionnaireVersion.id)
    .join(Questionnaire, QuestionnaireVersion.questionnaire_id == Questionnaire.id)
    .where(Questionnaire.kind == QuestionnaireKind.EVALUATION)
    .where(Response.pairing_id.in_(bindparam("pairing_ids", expanding=True)))
)


def evaluated_by(session: Session, pairing_ids: list[int]) -> dict[int, set[int]]:
    """Pairing id -> participations that returned their end-of-relationship evaluation."""
    if not pairing_ids:
        return {}
    rows = session.execute(_EVALUATED, {"pairing_ids": pairing_ids})
    found: dict[int, set[int]] = {}
    for pairing_id, participation_id in rows:
        found.setdefault(pairing_id, set()).add(participation_id)
    return found


def _hours(delta: timedelta) -> int:
    return int(delta / HOUR)


def due_items(db: Database, cohort_id: int) -> list[DueItem]:
    """Everything due or late in the program year, the most urgent kinds first."""
    now = db.clock.now()
    today = now.date()
    with db.unit_of_work() as session:
        cohort = load_cohort(session, cohort_id)
        pairings = session.scalars(
            select(Pairing)
            .where(Pairing.cohort_id == cohort_id, Pairing.status != PairingStatus.DRAFT)
            .options(
                selectinload(Pairing.mentor).selectinload(Participation.person),
                selectinload(Pairing.mentee).selectinload(Participation.person),
                selectinload(Pairing.sessions),
            )
        ).all()
        ended = [p.id for p in pairings if p.status == PairingStatus.ENDED]
        evaluated = evaluated_by(session, ended)
        items: list[DueItem] = []

        def add(kind: DueKind, p: Pairing, since: date, detail: str) -> None:
            items.append(
                DueItem(
                    kind,
                    p.id,
                    p.mentor.person.full_name,
                    p.mentor.person.email,
                    p.mentee.person.full_name,
                    p.mentee.person.email,
                    since,
                    detail,
                )
            )

        for p in pairings:
            if p.status == PairingStatus.ENDED:
                missing = [
                    who.person.full_name
                    for who in (p.mentor, p.mentee)
                    if who.id not in evaluated.get(p.id, set())
                ]
                if missing:
                    add(
                        DueKind.EVALUATIONS_MISSING,
                        p,
                        p.ended_on or today,
                        _("No evaluation yet from {people}.").format(people=", ".join(missing)),
                    )
                continue
            if p.first_contact_on is None and p.assigned_at is not None:
                waited = now - p.assigned_at
                late = cohort.first_contact_hours * HOUR
                soon = cohort.first_contact_reminder_hours * HOUR
                if waited >= late:
                    add(
                        DueKind.FIRST_CONTACT_LATE,
                        p,
                        (p.assigned_at + late).date(),
                        _(
                            "Assigned {hours} hours ago; the mentor calls within {limit} hours."
                        ).format(hours=_hours(waited), limit=cohort.first_contact_hours),
                    )
                elif waited >= soon:
                    add(
                        DueKind.FIRST_CONTACT_SOON,
                        p,
                        (p.assigned_at + soon).date(),
                        _("Assigned {hours} hours ago; {left} hours left to call.").format(
                            hours=_hours(waited), left=math.ceil((late - waited) / HOUR)
                        ),
                    )
            if p.first_meeting_on is not None:
                if p.engagement_signed_on is None:
                    add(
                        DueKind.ENGAGEMENT_NOT_SIGNED,
                        p,
                        p.first_meeting_on,
                        _("First formal meeting on {day}; no signed engagement recorded.").format(
                            day=format_date(p.first_meeting_on)
                        ),
                    )
                last = max([p.first_meeting_on, *(s.held_on for s in p.sessions)])
                gap = (today - last).days
                if gap > cohort.session_cadence_days:
                    add(
                        DueKind.NO_RECENT_SESSION,
                        p,
                        last + timedelta(days=cohort.session_cadence_days),
                        ngettext(
                            "Last session {days} day ago.", "Last session {days} days ago.", gap
                        ).format(days=gap),
                    )
            end = p.planned_end_on or cohort.end_date
            if today > end:
                add(
                    DueKind.PAST_END,
                    p,
                    end,
                    _("The relationship was to end on {day}.").format(day=format_date(end)),
                )
        order = list(DueKind)
        items.sort(key=lambda i: (order.index(i.kind), i.since, i.mentee_name))
        return items
