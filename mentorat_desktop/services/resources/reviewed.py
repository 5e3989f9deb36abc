"""Phase 3: recording who has reviewed the program's resources, and when.

Participants read the resources on their own; the committee only writes down that they
did. Several people are usually marked at once (after an information session), so one call
records a list of them in one transaction: all or nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from mentorat_desktop.db import Database
from mentorat_desktop.errors import FieldError, NotFound, ValidationFailed
from mentorat_desktop.i18n import _, format_date
from mentorat_desktop.models import Participation, Person
from mentorat_desktop.models.enums import ParticipationStatus, Role
from mentorat_desktop.models.person import first_name_shown
from mentorat_desktop.services import audit

ACTION = "resources_reviewed"


@dataclass(frozen=True)
class ReviewStatus:
    """One registered participant and the date they reviewed the resources, if they have."""

    participation_id: int
    name: str
    role: Role
    reviewed_on: date | None
    registered_on: date
    sort_name: str  # "last first", to sort as a list of people is read


@dataclass(frozen=True)
class ReviewCounts:
    """For the dashboard: how many of the year's registered participants have reviewed."""

    reviewed: int
    registered: int


def record_resources_reviewed(
    db: Database,
    participation_ids: Sequence[int],
    reviewed_on: date | None,
    actor: str = "",
) -> int:
    """Set (or, with None, clear) the review date of each participant; returns how many
    records changed. Refuses a date in the future, a date before a person registered and
    withdrawn people, naming each person concerned."""
    ids = list(dict.fromkeys(participation_ids))
    if not ids:
        return 0
    today = db.clock.today()
    if reviewed_on is not None and reviewed_on > today:
        raise ValidationFailed(
            [
                FieldError(
                    "reviewed_on",
                    _("The review date cannot be in the future (today is {today}).").format(
                        today=format_date(today)
                    ),
                )
            ]
        )
    with db.unit_of_work() as session:
        participations = {
            p.id: p for p in session.scalars(select(Participation).where(Participation.id.in_(ids)))
        }
        missing = [pid for pid in ids if pid not in participations]
        if missing:
            raise NotFound(_("This participant no longer exists."))
        chosen = [participations[pid] for pid in ids]
        errors = _problems(chosen, reviewed_on)
        if errors:
            raise ValidationFailed(errors)
        changed = 0
        for participation in chosen:
            before = participation.resources_reviewed_on
            if before == reviewed_on:
                continue
            participation.resources_reviewed_on = reviewed_on
            participation.updated_at = db.clock.now()
            audit.record(
                session,
                db.clock,
                actor=actor,
                action=ACTION,
                entity="participation",
                entity_id=participation.id,
                cohort_id=participation.cohort_id,
                summary=participation.person.full_name,
                details={
                    "before": before.isoformat() if before else None,
                    "reviewed_on": reviewed_on.isoformat() if reviewed_on else None,
                },
            )
            changed += 1
        return changed


def _problems(chosen: list[Participation], reviewed_on: date | None) -> list[FieldError]:
    errors: list[FieldError] = []
    for participation in chosen:
        name = participation.person.full_name
        if participation.status == ParticipationStatus.WITHDRAWN:
            errors.append(
                FieldError(
                    "participation_ids",
                    _("{name} has withdrawn from the program year.").format(name=name),
                )
            )
        elif reviewed_on is not None and reviewed_on < participation.registered_on:
            errors.append(
                FieldError(
                    "reviewed_on",
                    _("{name} registered on {registered}: the review cannot come before.").format(
                        name=name, registered=format_date(participation.registered_on)
                    ),
                )
            )
    return errors


def resources_status(db: Database, cohort_id: int) -> list[ReviewStatus]:
    """The year's registered (not withdrawn) participants, by last name (read as plain
    columns: a year of people as objects, with their registration's answers, cost more than
    the page's whole show)."""
    with db.unit_of_work() as session:
        rows = session.execute(
            select(
                Participation.id,
                Participation.role,
                Participation.resources_reviewed_on,
                Participation.registered_on,
                Person.first_name,
                Person.last_name,
                Person.anonymised_at,
            )
            .join(Person)
            .where(
                Participation.cohort_id == cohort_id,
                Participation.status == ParticipationStatus.REGISTERED,
            )
            .order_by(func.lower(Person.last_name), func.lower(Person.first_name))
        ).all()
    statuses = []
    for pid, role, reviewed_on, registered_on, first, last, anonymised_at in rows:
        first = first_name_shown(first, anonymised_at)  # as a Person object reads
        statuses.append(
            ReviewStatus(
                participation_id=pid,
                name=f"{first} {last}".strip(),
                role=role,
                reviewed_on=reviewed_on,
                registered_on=registered_on,
                sort_name=f"{last} {first}".strip(),
            )
        )
    return statuses


def review_counts(db: Database, cohort_id: int) -> ReviewCounts:
    with db.unit_of_work() as session:
        registered, reviewed = session.execute(
            select(func.count(), func.count(Participation.resources_reviewed_on)).where(
                Participation.cohort_id == cohort_id,
                Participation.status == ParticipationStatus.REGISTERED,
            )
        ).one()
    return ReviewCounts(reviewed=reviewed, registered=registered)
